"""Errors that end in a sentence for the user rather than a traceback.

A refusal is raised with an English template and named fields::

    raise DatabaseLockedError("The database ({path}) is in use by another program.", path=path)

``str(error)`` is the English sentence (the CLI prints it). The template and the fields are kept
apart (``.template``, ``.fields``) so the GUI can translate the template with Qt and then fill in
the fields: the headless core needs no Qt for that. A field may itself be a :class:`Phrase` (or
another ``UserError``), an English fragment the GUI translates in turn.
"""

from __future__ import annotations

from typing import Any


def fill(template: str, fields: dict[str, Any]) -> str:
    """``template`` with its ``{name}`` placeholders replaced; a template without fields is a
    plain sentence and is returned as written (it may hold braces of its own)."""
    return template.format_map(fields) if fields else template


class Phrase:
    """An English fragment with named fields, used as a field of a larger sentence."""

    __slots__ = ("fields", "template")

    def __init__(self, template: str, /, **fields: Any) -> None:
        self.template = template
        self.fields = fields

    def __str__(self) -> str:
        return fill(self.template, self.fields)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.template, self.fields) == (
            other.template,
            other.fields,
        )

    def __hash__(self) -> int:
        return hash(self.template)


class UserError(Exception):
    """A refusal explained to the user in one sentence; the CLI prints it and exits with 2.

    ``UserError("plain sentence")`` still works: the sentence is its own template.
    """

    template: str
    fields: dict[str, Any]

    def __init__(self, template: str = "", /, **fields: Any) -> None:
        self.template = template
        self.fields = fields
        super().__init__(fill(template, fields))

    def __str__(self) -> str:
        return fill(self.template, self.fields)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles only ``args``; keep the template and fields across processes.
        return (_rebuild, (type(self), self.template, self.fields, self.__dict__))


def _rebuild(
    cls: type[UserError], template: str, fields: dict[str, Any], state: dict[str, Any]
) -> UserError:
    error = cls.__new__(cls)
    Exception.__init__(error, fill(template, fields))
    error.__dict__.update(state)
    return error

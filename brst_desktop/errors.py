"""Errors that end in a sentence for the user rather than a traceback.

A refusal is raised with an English template and named fields::

    raise DatabaseLockedError("The database ({path}) is in use by another program.", path=path)

``str(error)`` is the English sentence (the CLI prints it). The template and the fields are kept
apart (``.template``, ``.fields``) so the GUI can translate the template with Qt and then fill in
the fields: the headless core needs no Qt for that. A field may itself be a :class:`Phrase` (or
another ``UserError``), an English fragment the GUI translates in turn.
"""

from __future__ import annotations

import re
from typing import Any

#: What must not reach a terminal or a dialog as it is: control characters (an escape sequence
#: can rewrite a terminal), invisible direction overrides (they reorder a name as it is shown)
#: and lone surrogates (no screen can draw them).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def shown(value: object) -> str:
    """``value`` as text that is safe to show: each unsafe character written as an escape
    (``\\x1b``, ``\\u202e``), so a hostile file name is read, never obeyed."""
    if isinstance(value, Phrase | UserError):
        return str(value)  # its own fields were made safe when it was filled
    return _UNSAFE.sub(_escape, str(value))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def fill(template: str, fields: dict[str, Any]) -> str:
    """``template`` with its ``{name}`` placeholders replaced by the fields, each made safe to
    show (:func:`shown`); a template without fields is a plain sentence and is returned as
    written (it may hold braces of its own)."""
    if not fields:
        return template
    return template.format_map({name: shown(value) for name, value in fields.items()})


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

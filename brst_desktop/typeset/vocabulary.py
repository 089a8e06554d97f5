"""A document's own words: names of people, organisations, places and titles, kept whole.

General dictionaries do not know the names a document is about (``ฉงชิ่งเจียงเป่ย``,
``หยิน เหอจวิ้น``, ``Yin Hejun``, ``阴和俊``). A :class:`Vocabulary` lists them; wherever one
occurs in a paragraph the segmenter takes it as one word, and a line never ends inside it unless
it does not fit on a line of its own (then first at its spaces).

The typesetter stays generic: whoever prints a document (the book export) makes its vocabulary
and lays the document out inside :func:`using`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cached_property

from brst_desktop.typeset.thai import breakable, is_thai_letter

#: shorter terms (a one-character nickname) would catch ordinary words
MIN_LENGTH = 2


def _latin_edge(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class Vocabulary:
    """Terms (any script) that a line should not break inside."""

    def __init__(self, terms: Iterable[str]) -> None:
        cleaned = {" ".join(t.split()) for t in terms}
        self.terms = frozenset(t for t in cleaned if len(t) >= MIN_LENGTH)

    def __repr__(self) -> str:
        return f"Vocabulary({len(self.terms)} terms)"

    def __bool__(self) -> bool:
        return bool(self.terms)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.terms:
            return None
        alternatives = []
        # longest first: the first alternative that matches at a position wins
        for term in sorted(self.terms, key=lambda t: (-len(t), t)):
            pattern = re.escape(term).replace(r"\ ", r"\s+")
            if _latin_edge(term[0]):
                pattern = r"(?<![A-Za-z0-9])" + pattern
            if _latin_edge(term[-1]):
                pattern += r"(?![A-Za-z0-9])"
            alternatives.append(pattern)
        return re.compile("|".join(alternatives))

    def matches(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of each term found in ``text``, left to right, longest first."""
        pattern = self._pattern
        if pattern is None:
            return []
        found = []
        for match in pattern.finditer(text):
            start, end = match.span()
            if _cuts_a_syllable(text, start) or _cuts_a_syllable(text, end):
                continue  # ดี inside เดียว is no occurrence of ดี
            found.append((start, end))
        return found

    def nested(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Terms inside the occurrence ``text[start:end]`` of a longer one (the name inside a
        titled name, the ministry inside an agreement's title), the longest at each place."""
        pattern = self._pattern
        if pattern is None:
            return []
        found = []
        for position in range(start, end):
            match = pattern.match(text, position, end)
            if match is None or match.span() == (start, end):
                continue
            a, b = match.span()
            if not (_cuts_a_syllable(text, a) or _cuts_a_syllable(text, b)):
                found.append((a, b))
        return found


def _cuts_a_syllable(text: str, i: int) -> bool:
    return (
        0 < i < len(text)
        and is_thai_letter(text[i - 1])
        and is_thai_letter(text[i])
        and not breakable(text, i)
    )


_current: ContextVar[Vocabulary | None] = ContextVar("brst_typeset_vocabulary", default=None)


@contextmanager
def using(vocabulary: Vocabulary | None) -> Iterator[None]:
    """Paragraphs prepared and lines drawn inside this block know ``vocabulary``.

    A context variable, like :func:`~brst_desktop.typeset.drawing.layout_only`: a preview on
    one thread and an export on another each see their own book's words.
    """
    token = _current.set(vocabulary)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> Vocabulary | None:
    return _current.get()

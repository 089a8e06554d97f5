"""The same words in Thai and in English: fixed names the program says in either language.

A record's own text has ``_th`` and ``_en`` columns; words the program itself owns (the name of
a kind of record, a label the book prints) are kept as a pair the same way, so headless code
(the book, the command line) can say them in a language chosen at run time. ``str()`` gives
the English, as the command line prints; the window picks by its own language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Words:
    """The same words in Thai and in English."""

    th: str
    en: str

    def __str__(self) -> str:
        return self.en

    def capitalised(self) -> Words:
        """As a label rather than inside a sentence: "briefing book" -> "Briefing book"."""
        return Words(self.th, self.en[:1].upper() + self.en[1:])

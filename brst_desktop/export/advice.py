"""What an export tells the book's author besides the PDF: a brief that runs too long, a photo
that could not be read. The book is written all the same; these are said after it.

Each is an English template with named fields, like a refusal (:class:`UserError`), so the
command line prints the English and the window shows it translated (``errors_th.ts``); a field
that is a record's own text is given in both languages (:class:`Words`) and shown in the
window's.
"""

from __future__ import annotations

from brst_desktop.core.words import Words
from brst_desktop.errors import UserError


class BookWarning(UserError):
    """Something to tell the author of an exported book (never raised: the book was made)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BookWarning) and (self.template, self.fields) == (
            other.template,
            other.fields,
        )

    def __hash__(self) -> int:
        return hash(self.template)


def both(th: str, en: str) -> Words:
    """A record's own name for a warning: each language falls back to the other."""
    return Words(th or en, en or th)

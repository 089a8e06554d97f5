"""Break opportunities and grapheme boundaries from Qt's Unicode segmenter (QtCore only).

``QTextBoundaryFinder`` implements UAX #14 line breaking (with Chinese/Japanese kinsoku) and
UAX #29 graphemes, and finds Thai word boundaries with a dictionary, with no QApplication. It
counts in UTF-16 code units; positions are converted to Python string indexes here.
"""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder

_BoundaryType = QTextBoundaryFinder.BoundaryType


def _utf16_to_index(text: str) -> list[int] | None:
    """Map UTF-16 offsets to code point indexes, or None when they coincide (BMP-only text)."""
    if not text or max(text) < "\U00010000":
        return None
    mapping: list[int] = []
    for i, ch in enumerate(text):
        mapping.append(i)
        if ord(ch) > 0xFFFF:
            mapping.append(i)  # a boundary never falls between surrogates
    mapping.append(len(text))
    return mapping


def _boundaries(kind: QTextBoundaryFinder.BoundaryType, text: str) -> list[int]:
    finder = QTextBoundaryFinder(kind, text)
    mapping = _utf16_to_index(text)
    found: list[int] = []
    position = finder.toNextBoundary()
    while position > 0:
        found.append(position if mapping is None else mapping[position])
        position = finder.toNextBoundary()
    return found


def _starts_thai_word(ch: str) -> bool:
    # consonants, PAIYANNOI (the honorific ฯพณฯ begins with it) and the leading vowels
    return "\u0e01" <= ch <= "\u0e2f" or "\u0e40" <= ch <= "\u0e44"


def line_break_opportunities(text: str) -> list[int]:
    """Indexes ``i`` (0 < i <= len) where a line may end before ``text[i]``; ends with len.

    Qt 6.12 misses the opportunity after a space that follows non-Thai text when a Thai word
    comes next (``neutrality) พลังงาน``, ``“U2T” โดย``, ``, ฯพณฯ``), which UAX #14 (LB18) allows;
    without it a narrow column had to cut the Thai word. Those positions are added back.
    """
    found = _boundaries(_BoundaryType.Line, text)
    extra = [i for i in range(1, len(text)) if text[i - 1] == " " and _starts_thai_word(text[i])]
    if extra:
        found = sorted(set(found).union(extra))
    return found


def grapheme_boundaries(text: str) -> list[int]:
    """Indexes between grapheme clusters (user-perceived characters); ends with len."""
    return _boundaries(_BoundaryType.Grapheme, text)


def word_boundaries(text: str) -> list[int]:
    """Indexes of word boundaries (dictionary-based for Thai); used by tests as the reference."""
    return _boundaries(_BoundaryType.Word, text)

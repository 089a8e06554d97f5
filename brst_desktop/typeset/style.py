"""How a paragraph looks: :class:`TextStyle` for the whole, :class:`Span` for runs inside it."""

from __future__ import annotations

from dataclasses import dataclass

ALIGNMENTS = ("left", "center", "right", "justify")


@dataclass(frozen=True)
class TextStyle:
    """Size and spacing in points; ``leading`` defaults to 1.45 x size, room for Thai marks."""

    size: float = 11
    leading: float | None = None
    alignment: str = "left"
    bold: bool = False
    italic: bool = False
    color: str = "#000000"
    space_before: float = 0
    space_after: float = 0
    first_line_indent: float = 0
    left_indent: float = 0

    def __post_init__(self) -> None:
        if self.alignment not in ALIGNMENTS:
            raise ValueError(f"alignment must be one of {ALIGNMENTS}, not {self.alignment!r}")

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else 1.45 * self.size


@dataclass(frozen=True)
class Span:
    """A run of literal text; fields left as None are taken from the paragraph's style.

    ``keep_together``: the span's words are never broken across lines. Lines may still end at
    the spaces inside it (between a Thai given name and surname, ``หยิน เหอจวิ้น / Yin Hejun``),
    but not where the segmenter would split a word it does not know (a personal name such as
    ``แทน|ทรัพย์``), nor between Chinese characters (``阴和俊``). Only a piece wider than the
    whole column is cut, first where the segmenter allows, then between grapheme clusters.
    To keep a whole phrase on one line, join its words with NO-BREAK SPACE instead.

    ``label``: the span ends a label its value follows (``Organisation: ``). A line never
    ends right after it while the value's first word fits there: the value parts between its
    words instead (at a space first, never inside a word, never after a title), rather than
    leave the label alone above a name moved whole to the next line.
    """

    text: str
    bold: bool | None = None
    italic: bool | None = None
    color: str | None = None
    keep_together: bool = False
    label: bool = False

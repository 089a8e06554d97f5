"""Kept-together spans: a person's name is never broken inside a word, on the layout and on paper.

The dictionary segmenter does not know personal names: it splits the surname แทนทรัพย์ as
แทน|ทรัพย์ and อิศรภักดี as อิศร|ภักดี. A span marked ``keep_together`` may end a line only at
its spaces (between given name and surname), unless one of its pieces is wider than the column.
"""

from __future__ import annotations

import pypdfium2
import pytest

from brst_desktop.typeset import Paragraph, Span, TextStyle, text_width
from brst_desktop.typeset.scripts import is_mark
from tests.helpers.typesetting import build_pdf

NAMES = [
    "นางสาวสุชาดา แทนทรัพย์",
    "นางสาวศุภมาส อิศรภักดี",
    "หยิน เหอจวิ้น / Yin Hejun / 阴和俊",
    "ฯพณฯ หยิน เหอจวิ้น (阴和俊)",
    "นายวีระพงษ์ แพสุวรรณ",
]
WIDTHS = [60.0, 75.0, 90.0, 110.0, 140.0]  # at 60 pt, นางสาวสุชาดา alone is too wide
STYLE = TextStyle(size=11)


def participants(keep: bool) -> list[Span]:
    spans = [Span("ผู้เข้าร่วม: ", bold=True)]
    for index, name in enumerate(NAMES):
        if index:
            spans.append(Span(", "))
        spans.append(Span(name, keep_together=keep))
    return spans


def word_interiors(text: str, width: float = 1e9) -> set[int]:
    """Positions strictly inside a word of any name (between its first and last character),
    for the words no wider than ``width`` (a wider one may be cut as a last resort)."""
    inside: set[int] = set()
    for name in NAMES:
        start = text.find(name)
        assert start >= 0
        offset = start
        for word in name.split(" "):
            if text_width(word, STYLE) <= width:
                inside.update(range(offset + 1, offset + len(word)))
            offset += len(word) + 1
    return inside


def layout_lines(spans: list[Span], width: float) -> tuple[str, list[str], list[int]]:
    paragraph = Paragraph(spans, STYLE)
    paragraph.wrap(width, 10_000)
    text = paragraph.text
    lines = paragraph.lines
    assert "".join(text[ln.start : ln.end] for ln in lines) == text
    return text, [text[ln.start : ln.end] for ln in lines], [ln.end for ln in lines[:-1]]


def pdf_lines(spans: list[Span], width: float) -> list[str]:
    """The paragraph's lines as pdfium reads them from the printed page."""
    # the frame is the column: 72 pt margins on each side, SimpleDocTemplate's 6 pt padding
    pdf = build_pdf([Paragraph(spans, STYLE)], pagesize=(width + 144 + 12, 842))
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    return text.replace("\r\n", "\n").split("\n")


def test_old_segmentation_breaks_inside_surnames() -> None:
    # the defect this feature fixes, shown on the same text and widths (so the test below can fail)
    broken = 0
    for width in WIDTHS:
        text, _lines, ends = layout_lines(participants(keep=False), width)
        broken += len(set(ends) & word_interiors(text))
    assert broken >= 3


@pytest.mark.parametrize("width", WIDTHS)
def test_names_break_only_between_their_words(width: float) -> None:
    spans = participants(keep=True)
    text, lines, ends = layout_lines(spans, width)
    assert not set(ends) & word_interiors(text, width), lines
    for line in lines:
        assert not is_mark(line[0])
    # the surnames and the Chinese name each sit whole on one line, on the layout and on paper
    printed = pdf_lines(spans, width)
    assert [ln.rstrip(" ") for ln in printed] == [ln.rstrip(" ") for ln in lines]
    for word in ("แทนทรัพย์", "อิศรภักดี", "แพสุวรรณ", "阴和俊", "เหอจวิ้น", "ฯพณฯ"):
        assert any(word in ln for ln in printed), (word, printed)


def test_lines_still_end_at_the_spaces_of_a_name() -> None:
    _text, lines, _ends = layout_lines([Span(NAMES[2], keep_together=True)], 60)
    assert lines == ["หยิน ", "เหอจวิ้น / ", "Yin Hejun / ", "阴和俊"]


def test_a_kept_piece_wider_than_the_column_is_cut_as_a_last_resort() -> None:
    name = [Span("นางสาวศุภมาส", keep_together=True)]
    paragraph = Paragraph(name, STYLE)
    whole = paragraph.minWidth()
    # narrower than the whole piece: cut where the segmenter would have cut, title | name
    _text, lines, _ends = layout_lines(name, whole - 1)
    assert lines == ["นางสาว", "ศุภมาส"]
    # narrower than a word: whole grapheme clusters, never a line starting with a mark
    text, lines, _ends = layout_lines(name, 12)
    assert len(lines) > 2 and "".join(lines) == text
    assert not any(is_mark(line[0]) for line in lines)


def test_kept_spans_keep_their_look_and_text() -> None:
    spans = [
        Span("ลงนามโดย "),
        Span("นางสาวศุภมาส อิศรภักดี", bold=True, keep_together=True),
        Span(" และ "),
        Span("阴和俊", color="#AA0000", keep_together=True),
    ]
    printed = "".join(pdf_lines(spans, 70))
    assert printed == "ลงนามโดย นางสาวศุภมาส อิศรภักดี และ 阴和俊"

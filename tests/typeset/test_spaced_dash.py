"""A spaced dash never begins a line: it stays with the word before it (Stop 21).

Seen on the bilingual change sheet: the title cell ``การประชุมทวิภาคีไทย – จีน`` broke as
``การประชุมทวิภาคีไทย`` / ``– จีน``; a line that opens with a dash reads as a list item or a
reply. The line may end after the dash instead. Checked in the layout and read back from a PDF
by pdfium and pdftotext.
"""

from __future__ import annotations

import pytest

from brst_desktop.typeset import Paragraph, TextStyle, text_width
from tests.helpers import readers
from tests.helpers.typesetting import build_pdf

STYLE = TextStyle(size=10, bold=True)
#: (text, its words up to the dash: a column just wider than those left the dash at a line's
#: start before the fix)
CASES = [
    ("การประชุมทวิภาคีไทย – จีน", "การประชุมทวิภาคีไทย –"),
    ("Thailand – China bilateral meeting", "Thailand –"),
    ("เวลา 09:00 – 12:00 CST", "เวลา 09:00 –"),
    ("Chongqing — the host city of the conference", "Chongqing —"),
]
DASHES = ("–", "—")


def lines_of(text: str, width: float) -> list[str]:
    paragraph = Paragraph(text, STYLE)
    paragraph.wrap(width, 10_000)
    lines = [text[ln.start : ln.end] for ln in paragraph.lines]
    assert "".join(lines) == text
    return lines


def squeezed(text: str, first: str) -> float:
    """A width where the words before the dash and the dash fit but the word after does not:
    before the fix the line ended before the dash there."""
    width = text_width(first, STYLE) + 2
    assert text_width(text[: text.index(first[-1]) + 3], STYLE) > width  # "– จ" overflows
    return width


@pytest.mark.parametrize(("text", "first"), CASES)
def test_a_line_never_begins_with_a_spaced_dash(text: str, first: str) -> None:
    width = squeezed(text, first)
    lines = lines_of(text, width)
    assert len(lines) > 1, lines
    assert not any(line.startswith(DASHES) for line in lines), lines
    # every width from the paragraph's narrowest (its widest piece, the word before the dash
    # with the dash: a table column is never narrower) to one line
    paragraph = Paragraph(text, STYLE)
    paragraph.wrap(10_000, 10_000)
    narrowest = paragraph.narrowest()
    step = narrowest
    while step < text_width(text, STYLE) + 3:
        for line in lines_of(text, step):
            assert not line.lstrip().startswith(DASHES), (step, lines_of(text, step))
        step += 2.5


@pytest.mark.parametrize("reader", ["pdfium", "pdftotext"])
@pytest.mark.parametrize(("text", "first"), CASES)
def test_on_paper_the_dash_ends_the_line(reader: str, text: str, first: str) -> None:
    width = squeezed(text, first)
    # the frame's own padding is 6 pt a side within the 1 inch margins
    pdf = build_pdf([Paragraph(text, STYLE)], pagesize=(width + 144 + 12, 842))
    read = readers.PAGES[reader](pdf)[0].replace("\u00a0", " ")
    printed = [line.strip() for line in read.split("\n") if line.strip()]
    assert len(printed) > 1, printed
    assert any(first[-1] in line for line in printed), printed
    assert not any(line.startswith(DASHES) for line in printed), printed

"""A quote sticks to its word and a title to the name after it, at every column width.

Seen in the printed book (issue 14): an A5 meeting brief's title ended a line with ``“`` and began
the next with ``หนึ่งแถบหนึ่งเส้นทาง”``; a narrow delegation column printed ``Ms.`` alone above
``Supamas Isarabhakdi``. Checked on the layout and on the page as pdfium reads it back.
"""

from __future__ import annotations

import re

import pypdfium2
import pytest

from brst_desktop.typeset import Paragraph, TextStyle, text_width
from brst_desktop.typeset.linebreak import line_break_opportunities
from tests.helpers.typesetting import build_pdf

STYLE = TextStyle(size=11)
QUOTED = "การประชุมระดับรัฐมนตรีว่าด้วยวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม “หนึ่งแถบหนึ่งเส้นทาง” ครั้งที่ 1"
ENGLISH = 'The "Belt and Road" conference on ‘science’ and the “Chang’e-7” mission'
TITLED = [
    ("Ms.", "Supamas", "Ms. Supamas Isarabhakdi"),
    ("Dr.", "Weerapong", "Assoc. Prof. Dr. Weerapong Pairsuwan"),
    ("Mr.", "Yin", "H.E. Mr. Yin Hejun"),
    ("ศ.ดร.", "สมชาย", "ศ.ดร. สมชาย ใจดี ผู้อำนวยการ"),
    ("นาย", "วีระพงษ์", "ประธานโดยนายวีระพงษ์ แพสุวรรณ"),
    ("นางสาว", "ศุภมาส", "นางสาวศุภมาส อิศรภักดี รัฐมนตรีว่าการกระทรวง"),
    ("ฯพณฯ", "หยิน", "ฯพณฯ หยิน เหอจวิ้น"),
]
WIDTHS = [float(w) for w in range(40, 330, 7)]


def lines_of(text: str, width: float) -> list[str]:
    paragraph = Paragraph(text, STYLE)
    paragraph.wrap(width, 10_000)
    return [text[ln.start : ln.end].strip() for ln in paragraph.lines]


def test_qt_alone_would_end_a_line_after_an_opening_quote() -> None:
    # the defect, so the tests below can fail: UAX #14 as Qt applies it before Thai
    after_quote = QUOTED.index("“") + 1
    assert after_quote in line_break_opportunities(QUOTED)


@pytest.mark.parametrize("text", [QUOTED, ENGLISH])
def test_no_line_ends_with_an_opening_quote_or_begins_with_a_closing_one(text: str) -> None:
    seen = 0
    widest = max(text_width(word, STYLE) for word in ENGLISH.split())  # "conference"
    for width in [w for w in WIDTHS if w >= widest]:  # narrower: any grapheme as a last resort
        lines = lines_of(text, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            assert not line.endswith(("“", "‘", ' "')) and line != '"', (width, lines)
            assert not line.startswith(("”", "’")), (width, lines)
        seen += len(lines) > 1
    assert seen > 20  # the widths did make the text wrap


@pytest.mark.parametrize(("title", "name", "text"), TITLED)
def test_a_title_stays_with_the_name_after_it(title: str, name: str, text: str) -> None:
    together = text[text.index(title) : text.index(name) + len(name)]
    wrapped = 0
    for width in WIDTHS:
        if text_width(together, STYLE) > width:
            continue  # too wide for the column: it may part there as a last resort
        lines = lines_of(text, width)
        for line in lines:
            assert not line.endswith(title), (width, lines)
        # the name's first word (or, for a Thai name the dictionary cuts, its first part)
        assert any(title + " " + name[:3] in line or title + name[:3] in line for line in lines)
        wrapped += len(lines) > 1
    assert wrapped >= 3


def test_on_the_page_in_a_narrow_column() -> None:
    """pdfium reads the printed lines of a 72 pt column: ``Ms. Supamas`` on one line, the
    quote with its word."""
    paragraphs = [Paragraph(t, STYLE) for t in ("Ms. Supamas Isarabhakdi", QUOTED)]
    width = 92.0
    pdf = build_pdf(paragraphs, pagesize=(width + 144 + 12, 842))
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = document[0].get_textpage().get_text_range().replace("\r\n", "\n")
    finally:
        document.close()
    lines = [line.strip() for line in text.split("\n")]
    assert "Ms. Supamas" in lines
    assert not [line for line in lines if line.endswith("“") or line.startswith("”")]
    assert any("“หนึ่ง" in line for line in lines) and "หนึ่งเส้นทาง”" in lines, lines


RANGES = [
    (
        "เวลา 14.30–15.15 น.",
        "วันอังคารที่ 7 พฤศจิกายน 2566 เวลา 14.30–15.15 น. ตามเวลาจีน (13.30–14.15 น. ตามเวลาไทย)",
    ),
    ("5–9 พฤศจิกายน 2566", "การประชุมหนึ่งแถบหนึ่งเส้นทาง ครั้งที่ 1 · 5–9 พฤศจิกายน 2566 ณ นครฉงชิ่ง"),
    (
        "(13:30–14:15",
        "When: Monday 6 November 2023, 14:30–15:15 China time (13:30–14:15 Thailand time)",
    ),
]


def test_qt_alone_would_end_a_line_inside_a_range() -> None:
    # the defect, so the test below can fail: UAX #14 breaks after an en dash
    _range, text = RANGES[0]
    dash = text.index("14.30–") + len("14.30–")
    assert dash in line_break_opportunities(text)


@pytest.mark.parametrize(("whole", "text"), RANGES)
def test_a_range_is_never_cut_at_its_dash(whole: str, text: str) -> None:
    """Seen in the A5 meeting briefs: ``(13.30–`` ended a line, ``14.15 น. ตามเวลาไทย)`` began
    the next. A range parts only where it cannot fit a line with what is kept with it (its
    label ``เวลา``, its unit ``น.``, the month after a range of days)."""
    wrapped = 0
    for width in WIDTHS:
        if text_width(whole, STYLE) > width:
            continue
        lines = lines_of(text, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            assert not re.search(r"\d[–—]$", line), (width, lines)
        wrapped += len(lines) > 1
    assert wrapped >= 10

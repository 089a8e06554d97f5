"""Lines a book setter would accept at a page break and at the end of a paragraph: no line alone
at the foot or the head of a page, no word alone on a paragraph's last line when a slightly
narrower setting gives it company."""

from __future__ import annotations

from brst_desktop.typeset import Paragraph, Span, TextStyle, register_fonts

STYLE = TextStyle(size=10)
LONG = "การประชุมหนึ่งแถบหนึ่งเส้นทางว่าด้วยการแลกเปลี่ยนทางวิทยาศาสตร์และเทคโนโลยี " * 6


def _lines(paragraph: Paragraph) -> int:
    return len(paragraph.lines)


def test_no_line_alone_at_the_foot_or_the_head_of_a_page() -> None:
    register_fonts()
    paragraph = Paragraph(LONG, STYLE)
    paragraph.wrap(200, 1e6)
    total = _lines(paragraph)
    assert total >= 5
    line = STYLE.line_height
    # room for one line: the paragraph moves on whole rather than leave one behind
    assert paragraph.split(200, line * 1.5) == []
    # room for all but one: two go on together, so the next page does not open with one
    head, tail = paragraph.split(200, line * (total - 1) + 1)
    head.wrap(200, 1e6)
    tail.wrap(200, 1e6)
    assert (_lines(head), _lines(tail)) == (total - 2, 2)
    # room for two: they stay
    head, tail = paragraph.split(200, line * 2 + 1)
    head.wrap(200, 1e6)
    assert _lines(head) == 2
    # a two-line paragraph is never split
    short = Paragraph("การประชุมหนึ่งแถบหนึ่งเส้นทาง ว่าด้วยการแลกเปลี่ยน", STYLE)
    short.wrap(1e6, 1e6)
    width = short.lines[0].width * 0.7
    short.wrap(width, 1e6)
    assert _lines(short) == 2
    assert short.split(width, line * 1.5) == []


def test_a_word_alone_on_a_last_line_gets_company() -> None:
    register_fonts()
    title = "พบปะรัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และเทคโนโลยีจีน"
    english = "Call on the Minister of Science and Technology of China"
    style = TextStyle(size=8.3)
    plain = Paragraph([Span(title, bold=True)], style)
    plain.wrap(1e6, 1e6)
    width = plain.lines[0].width * 0.97  # just too narrow for the title on one line
    for content in ([Span(title, bold=True)], [Span(title, bold=True), Span(f"\n{english}")]):
        paragraph = Paragraph(content, style)
        paragraph.wrap(width, 1e6)
        texts = [paragraph.text[line.start : line.end].strip() for line in paragraph.lines]
        assert "จีน" not in texts and texts[0].startswith("พบปะ"), texts
        assert texts[1].endswith("เทคโนโลยีจีน"), texts
        # and no more lines than the plain greedy setting needed
        assert len(texts) == len(content) + 1, texts

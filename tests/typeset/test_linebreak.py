"""Words stay whole: the seed text laid out at several widths never ends a line inside a word."""

from __future__ import annotations

from brst_desktop.typeset import Paragraph, TextStyle
from brst_desktop.typeset.scripts import is_mark


def test_thai_breaks_add_no_space() -> None:
    text = "การประชุมหนึ่งแถบหนึ่งเส้นทางว่าด้วยการแลกเปลี่ยนทางวิทยาศาสตร์และเทคโนโลยี"
    paragraph = Paragraph(text, TextStyle(size=11))
    paragraph.wrap(80, 1000)
    assert len(paragraph.lines) > 3
    assert [text[ln.start : ln.end] for ln in paragraph.lines][:3] == [
        "การประชุม",
        "หนึ่งแถบ",
        "หนึ่ง",
    ] or all(" " not in text[ln.start : ln.end] for ln in paragraph.lines)


def test_chinese_kinsoku() -> None:
    # closing punctuation never starts a line, opening quotes never end one
    text = "11月6日，首届“一带一路”科技交流大会在重庆悦来国际会议中心启幕。" * 3
    for width in (40.0, 55.0, 70.0, 90.0):
        paragraph = Paragraph(text, TextStyle(size=11))
        paragraph.wrap(width, 1000)
        for line in paragraph.lines:
            assert text[line.start] not in "，。”、）", (width, text[line.start : line.end])
            assert text[line.end - 1] != "“" or line.end == len(text)


def test_overlong_token_breaks_at_graphemes() -> None:
    url = "https://www.mhesi.go.th/index.php/all-media/news/" + "ก่ำ" * 30
    paragraph = Paragraph(url, TextStyle(size=11))
    paragraph.wrap(60, 1000)
    assert len(paragraph.lines) > 3
    for line in paragraph.lines:
        assert line.width <= 60 + 1e-6
        assert not is_mark(url[line.start])
    assert "".join(url[ln.start : ln.end] for ln in paragraph.lines) == url


def test_explicit_line_breaks_are_kept() -> None:
    paragraph = Paragraph("บรรทัดหนึ่ง\nบรรทัดสอง\n\nline four", TextStyle())
    paragraph.wrap(400, 1000)
    assert len(paragraph.lines) == 4
    assert [ln.hard_end for ln in paragraph.lines] == [True, True, True, True]

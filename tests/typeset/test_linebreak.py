"""Words stay whole: the seed text laid out at several widths never ends a line inside a word."""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from brst_desktop.typeset import Paragraph, TextStyle
from brst_desktop.typeset.linebreak import word_boundaries
from brst_desktop.typeset.scripts import is_mark
from tests.typeset.conftest import seed_paragraphs

WIDTHS = [72.0, 130.0, 210.0, 340.0]  # points: narrow table cell to a full column


@cache
def _thai_dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@cache
def _newmm_boundaries(text: str) -> frozenset[int]:
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
    return frozenset(itertools.accumulate(len(t) for t in tokens))


def _made_of_words(piece: str) -> bool:
    """Whether ``piece`` is a sequence of PyThaiNLP dictionary words (and spaces: its
    dictionary holds names such as ministries' that contain spaces)."""
    if " " in piece:
        return all(_made_of_words(part) for part in piece.split(" ") if part)
    words = _thai_dictionary()
    reachable = [True] + [False] * len(piece)
    for i in range(len(piece)):
        if reachable[i]:
            for j in range(i + 1, min(len(piece), i + 30) + 1):
                if piece[i:j] in words:
                    reachable[j] = True
    return reachable[-1]


def _splits_dictionary_words(text: str, end: int) -> bool:
    """Second opinion from PyThaiNLP: an end inside one of its tokens is still between words
    when both halves of the token are made of dictionary words (Qt splits compounds such as
    ร่วม|กัน that newmm keeps whole)."""
    if end in _newmm_boundaries(text):
        return True
    bounds = sorted(_newmm_boundaries(text) | {0})
    lo = max(b for b in bounds if b < end)
    hi = min(b for b in bounds if b > end)
    return _made_of_words(text[lo:end]) and _made_of_words(text[end:hi])


def _token_width(paragraph: Paragraph, position: int) -> float:
    """Width of the unbreakable token around ``position`` (between break opportunities)."""
    p = paragraph._prepared
    before = max((b for b in p.breaks if b < position), default=0)
    after = min(b for b in p.breaks if b > position)
    return p.width(before, p.content_end(before, after))


@pytest.mark.parametrize("width", WIDTHS)
def test_seed_lines_end_between_words(width: float) -> None:
    style = TextStyle(size=11)
    checked = 0
    for text in seed_paragraphs():
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 10_000)
        lines = paragraph.lines
        words = set(word_boundaries(paragraph.text))
        # the lines cover the text exactly, in order, with nothing added
        assert "".join(paragraph.text[ln.start : ln.end] for ln in lines) == paragraph.text
        for line in lines:
            start_char = paragraph.text[line.start]
            assert not is_mark(start_char), (width, paragraph.text[line.start : line.end])
            if line.end == len(paragraph.text) or paragraph.text[line.end - 1] == "\n":
                continue
            end = line.content_end
            thai_on_both_sides = "\u0e00" <= paragraph.text[end - 1] <= "\u0e7f" and (
                "\u0e00" <= paragraph.text[line.end] <= "\u0e7f"
            )
            if line.end not in words and end not in words:
                # a last-resort cut is only allowed in a token wider than the column (a URL)
                assert _token_width(paragraph, line.end) > width, paragraph.text[
                    end - 10 : end + 10
                ]
                continue
            if thai_on_both_sides and end == line.end:
                assert _splits_dictionary_words(paragraph.text, end), paragraph.text[
                    end - 10 : end + 10
                ]
                checked += 1
            # never wider than the column unless one grapheme alone is
            assert line.width <= width + 1e-6 or line.end - line.start <= 2
    assert width > 200 or checked > 20  # the narrow widths do break inside Thai phrases


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

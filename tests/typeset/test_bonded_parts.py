"""A bonded part of a paragraph starts no page (issue 14): in the bilingual book the English
beneath a Thai key message was printed alone at the top of a page, its Thai at the foot of the
one before."""

from __future__ import annotations

import pytest

from brst_desktop.typeset import Paragraph, Span, TextStyle

STYLE = TextStyle(size=10)
WIDTH = 220.0
THAI = "ไทยสนใจความร่วมมือด้านเทคโนโลยีโปรตอนบำบัด ทั้งการวิจัย การฝึกอบรมบุคลากร และการถ่ายทอดเทคโนโลยี"
ENGLISH = "Thailand seeks cooperation on proton therapy: research, training and transfer."


def _pair(english: str = ENGLISH, *, bonded: bool = True) -> Paragraph:
    paragraph = Paragraph([Span(THAI), Span("\n"), Span(english, color="#4F6079")], STYLE)
    if bonded:
        paragraph.bonded = (len(THAI) + 1,)
    paragraph.wrap(WIDTH, 10_000)
    return paragraph


def _parts(paragraph: Paragraph, lines: int) -> list[list[str]]:
    text = paragraph._prepared.text
    out = []
    for part in paragraph.split(WIDTH, lines * STYLE.line_height + 0.1):
        assert isinstance(part, Paragraph)
        part.wrap(WIDTH, 10_000)
        out.append([text[ln.start : ln.end].strip() for ln in part.lines])
    return out


def test_unbonded_the_english_can_open_the_next_page() -> None:
    paragraph = _pair(bonded=False)
    thai_lines = next(n for n, ln in enumerate(paragraph.lines) if ln.start == len(THAI) + 1)
    parts = _parts(paragraph, thai_lines)
    assert len(parts) == 2 and parts[1][0].startswith("Thailand")  # the defect


@pytest.mark.parametrize("room", range(1, 12))
def test_the_english_never_opens_a_page_and_a_short_one_goes_whole(room: int) -> None:
    paragraph = _pair()
    total = len(paragraph.lines)
    thai_lines = next(n for n, ln in enumerate(paragraph.lines) if ln.start == len(THAI) + 1)
    assert total - thai_lines <= 3  # the English is short: it is never split
    parts = _parts(paragraph, room)
    if room >= total:
        assert len(parts) == 1
        return
    if parts:
        assert len(parts) == 2
        head, tail = parts
        assert not tail[0].startswith("Thailand"), parts
        assert not [line for line in head if line.isascii()], parts  # the English went whole


def test_a_long_english_part_may_split_but_not_open_the_page() -> None:
    paragraph = _pair(" ".join([ENGLISH] * 4))
    thai_lines = next(n for n, ln in enumerate(paragraph.lines) if ln.start == len(THAI) + 1)
    parts = _parts(paragraph, thai_lines)
    # the Thai (three lines) is not split either: the paragraph goes on whole
    assert not parts or not parts[-1][0].startswith("Thailand seeks"), parts
    parts = _parts(paragraph, thai_lines + 3)
    assert len(parts) == 2 and parts[0][-1] and parts[1][0]  # split inside the long English


@pytest.mark.parametrize("room", range(1, 12))
def test_the_part_before_leaves_no_line_alone_over_the_part_after(room: int) -> None:
    """Seen in the bilingual A5 book: a previous meeting's third Thai line alone at the top of
    a biography's continued page, over the English. The Thai before a bond is not split when
    it has three lines or less, and never leaves a single line for the next page."""
    for thai_words in (THAI, f"{THAI} {THAI}", f"{THAI} {THAI} {THAI}"):
        paragraph = Paragraph([Span(thai_words), Span("\n"), Span(ENGLISH)], STYLE)
        paragraph.bonded = (len(thai_words) + 1,)
        paragraph.wrap(WIDTH, 10_000)
        bond = next(n for n, ln in enumerate(paragraph.lines) if ln.start == len(thai_words) + 1)
        parts = paragraph.split(WIDTH, room * STYLE.line_height + 0.1)
        if len(parts) != 2 or room >= bond:
            continue
        head = parts[0]
        assert isinstance(head, Paragraph)
        head.wrap(WIDTH, 10_000)
        kept = len(head.lines)
        assert bond > 3 and bond - kept >= 2, (bond, kept)

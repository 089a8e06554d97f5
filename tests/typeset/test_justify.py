"""Justified Thai: the room of a line is shared by its spaces and its word joints, never put
inside a word, and the text read back is exactly the source.

Measured on the printed page: pdfium's character boxes of the same paragraph set justified and
ragged-right (the lines are the same; only the room added between characters differs).
"""

from __future__ import annotations

import pypdfium2
import pytest
from reportlab.lib.units import mm

from brst_desktop.typeset import Paragraph, TextStyle
from brst_desktop.typeset.layout import _spreads
from tests.helpers.typesetting import build_pdf, extract_text, seed_paragraphs

WIDTH = 80 * mm


def _chars(pdf: bytes) -> list[tuple[str, float, float]]:
    """(character, left, bottom) of every character pdfium reads, line ends left out."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[0].get_textpage()
        out = []
        for i in range(textpage.count_chars()):
            char = textpage.get_text_range(i, 1)
            if char in ("\r", "\n", ""):
                continue
            left, bottom, _right, _top = textpage.get_charbox(i)
            out.append((char, left, bottom))
        return out
    finally:
        document.close()


def _added_room(text: str, style: TextStyle) -> tuple[Paragraph, list[float]]:
    """room[i]: how much further character i+1 sits from character i when justified."""
    paragraph = Paragraph(text, style)
    ragged = _chars(build_pdf([Paragraph(text, TextStyle(size=style.size))], pagesize=_page()))
    justified = _chars(build_pdf([paragraph], pagesize=_page()))
    assert "".join(c for c, _x, _y in justified) == text
    assert [c for c, _x, _y in ragged] == [c for c, _x, _y in justified]
    paragraph.wrap(WIDTH, 10_000)
    line_of = [0] * len(text)
    for number, line in enumerate(paragraph.lines):
        line_of[line.start : line.end] = [number] * (line.end - line.start)
    room = []
    for i in range(len(text) - 1):
        if line_of[i] != line_of[i + 1]:
            room.append(0.0)
            continue
        room.append((justified[i + 1][1] - justified[i][1]) - (ragged[i + 1][1] - ragged[i][1]))
    return paragraph, room


def _page() -> tuple[float, float]:
    return (WIDTH + 144 + 12, 842)


@pytest.fixture(scope="module")
def thai_paragraph() -> str:
    # the seed's paragraph with ``รายงานสำคัญ ภายใต้หัวข้อ``: a line with a single space
    return next(p for p in seed_paragraphs() if "รายงานสำคัญ ภายใต้" in p)


def test_room_goes_only_to_spaces_and_word_joints(thai_paragraph: str) -> None:
    text = thai_paragraph
    paragraph, room = _added_room(text, TextStyle(size=11, alignment="justify"))
    breaks = set(paragraph._prepared.breaks)
    stretched = [i for i, r in enumerate(room) if r > 0.05]
    assert len(stretched) > 20
    for i in stretched:
        # after a space, or at a break opportunity between two Thai/Chinese characters
        assert text[i] == " " or (i + 1 in breaks and _spreads(text[i])), text[i - 5 : i + 5]
    # and nothing moved inside a word or a cluster (marks included)
    assert all(r > -0.05 for r in room)


def test_a_line_with_one_space_shares_its_room(thai_paragraph: str) -> None:
    text = thai_paragraph
    paragraph, room = _added_room(text, TextStyle(size=11, alignment="justify"))
    checked = 0
    for line in paragraph.lines[:-1]:
        body = text[line.start : line.content_end]
        if body.count(" ") != 1:
            continue
        span = room[line.start : line.content_end - 1]
        total = sum(span)
        space = span[body.index(" ")]
        joints = [r for i, r in enumerate(span) if r > 0.05 and body[i] != " "]
        if not joints:
            continue  # no Thai word joint on this line: the space takes it all, as in English
        checked += 1
        # the space stays the widest gap, but no longer a hole holding all of the room
        assert space < 0.6 * total, body
        assert all(space >= r for r in joints)
    assert checked >= 2


@pytest.mark.parametrize("width_mm", [45, 80, 120])
def test_justified_seed_text_reads_back_exactly(width_mm: int) -> None:
    paragraphs = seed_paragraphs()
    style = TextStyle(size=11, alignment="justify")
    pdf = build_pdf(
        [Paragraph(text, style) for text in paragraphs], pagesize=(width_mm * mm + 144, 842)
    )
    assert extract_text(pdf) == "".join(text.replace("\n", "") for text in paragraphs)


def test_latin_lines_still_stretch_only_their_spaces() -> None:
    text = (
        "Building Closer Belt and Road Partnerships on Science, Technology and Innovation: "
        "A Path toward Future-Oriented Innovation-Driven Development. "
    ) * 3
    _paragraph, room = _added_room(text, TextStyle(size=11, alignment="justify"))
    stretched = [i for i, r in enumerate(room) if r > 0.05]
    assert stretched and all(text[i] == " " for i in stretched)

"""Text round trip: what a reader extracts from the PDF is the source, nothing added or lost."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Table

from brst_desktop.typeset import Paragraph, TextStyle
from tests.helpers.typesetting import CORPUS, build_pdf, extract_text, seed_paragraphs

THAI = "การประชุมหนึ่งแถบหนึ่งเส้นทางว่าด้วยการแลกเปลี่ยนทางวิทยาศาสตร์และเทคโนโลยี ครั้งที่ 1 น้ำ กำ ทำงาน ฝั่ง ปี่"
CHINESE = "11月6日，首届“一带一路”科技交流大会在重庆悦来国际会议中心启幕。阴和俊"
ENGLISH = "The first Belt and Road Conference on Science and Technology Exchange: BRST, Chongqing."


@pytest.mark.parametrize("alignment", ["left", "justify", "center", "right"])
def test_seed_text_round_trips(alignment: str) -> None:
    paragraphs = seed_paragraphs()
    style = TextStyle(size=11, alignment=alignment)
    pdf = build_pdf([Paragraph(text, style) for text in paragraphs], pagesize=(100 * mm + 144, 842))
    assert extract_text(pdf) == "".join(text.replace("\n", "") for text in paragraphs)


@pytest.mark.parametrize("text", [THAI, CHINESE, ENGLISH], ids=["thai", "chinese", "english"])
@pytest.mark.parametrize("width", [50.0, 120.0, 400.0])
def test_each_script_round_trips_at_any_width(text: str, width: float) -> None:
    story = [Table([[Paragraph(text, TextStyle(size=12))]], colWidths=[width])]
    assert extract_text(build_pdf(story)) == text


@pytest.mark.parametrize("width", [60.0, 90.0, 150.0])
def test_justified_thai_gets_no_invented_spaces(width: float) -> None:
    # lines without spaces are spread between words; the room must not read as a space
    text = THAI.replace(" ", "") + "การแลกเปลี่ยนบุคลากรทางวิทยาศาสตร์และวัฒนธรรมนวัตกรรม"
    story = [Table([[Paragraph(text, TextStyle(size=12, alignment="justify"))]], colWidths=[width])]
    assert extract_text(build_pdf(story)) == text


@pytest.mark.parametrize("alignment", ["left", "justify"])
@pytest.mark.parametrize("width_mm", [25, 70])
def test_every_mark_position_reads_back_exactly(alignment: str, width_mm: int) -> None:
    # every tone mark over every upper vowel, with and without spaces: HarfBuzz shifts some
    # marks left (ปี่) and lowers others; neither the way back after them nor a space at a line
    # end after a lowered mark may add or lose a space
    words = (CORPUS / "thai-words.txt").read_text(encoding="utf-8").split()
    paragraphs = ["".join(words), " ".join(words)]
    style = TextStyle(size=11, alignment=alignment)
    pdf = build_pdf([Paragraph(t, style) for t in paragraphs], pagesize=(width_mm * mm + 144, 842))
    assert extract_text(pdf) == "".join(paragraphs)


@pytest.mark.parametrize("alignment", ["left", "justify"])
@pytest.mark.parametrize("width_mm", [25, 40, 70])
def test_spaces_between_scripts_survive_line_ends(alignment: str, width_mm: int) -> None:
    # a space between a change of face (Chinese, Thai, Latin) used to sit alone in its own
    # text operator; at a line end pdfium dropped it
    paragraphs = [
        "中文 ไทย 中文 English 中文\u3000中文 ไทย",
        "阴和俊 หยิน เหอจวิ้น Yin Hejun 阴和俊 阴和俊",
    ]
    style = TextStyle(size=11, alignment=alignment)
    pdf = build_pdf(
        [Paragraph(t, style) for t in paragraphs * 3], pagesize=(width_mm * mm + 144, 842)
    )
    assert extract_text(pdf) == "".join(paragraphs * 3)


def test_markup_lookalikes_print_literally() -> None:
    text = 'ข้อเสนอ <b>ห้ามตัวหนา</b> & "quotes" &amp; <para>5 < 6 > 4</para>'
    pdf = build_pdf([Paragraph(text, TextStyle())])
    assert extract_text(pdf) == text


def test_unknown_characters_keep_their_text() -> None:
    # no bundled face has Egyptian hieroglyphs: a box is printed, the text layer keeps the glyph
    text = "ก\U00013000ข"
    assert extract_text(build_pdf([Paragraph(text, TextStyle())])) == text

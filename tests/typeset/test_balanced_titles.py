"""A centred block is set in balanced lines (issue 14): the English cover printed
``Briefing book: the MHESI Minister in`` over ``Chongqing`` alone. A title of two lines gets two
lines of about equal length; it never takes more lines, nor breaks worse, than the greedy
setting would."""

from __future__ import annotations

import pytest

from brst_desktop.typeset import Paragraph, TextStyle, text_width

CENTRED = TextStyle(size=22, bold=True, alignment="center")
LEFT = TextStyle(size=22, bold=True)
TITLES = [
    "Briefing book: the MHESI Minister in Chongqing",
    "The first Belt and Road Conference on Science and Technology Exchange (BRST)",
    "เอกสารประกอบการเดินทาง: รัฐมนตรีว่าการกระทรวง อว. ณ นครฉงชิ่ง",
    "การประชุมหนึ่งแถบหนึ่งเส้นทางว่าด้วยการแลกเปลี่ยนทางวิทยาศาสตร์และเทคโนโลยี ครั้งที่ 1",
]


def _lines(text: str, style: TextStyle, width: float) -> list[str]:
    paragraph = Paragraph(text, style)
    paragraph.wrap(width, 10_000)
    return [text[ln.start : ln.end].strip() for ln in paragraph.lines]


def test_greedy_setting_leaves_a_word_alone() -> None:
    # the defect, so the test below can fail: set flush left, the last line is one word
    assert _lines(TITLES[0], LEFT, 430.0)[-1] == "Chongqing"


@pytest.mark.parametrize("text", TITLES)
@pytest.mark.parametrize("width", [200.0, 260.0, 330.0, 430.0, 520.0])
def test_a_centred_block_is_balanced_in_as_many_lines(text: str, width: float) -> None:
    greedy = _lines(text, LEFT, width)
    balanced = _lines(text, CENTRED, width)
    assert len(balanced) == len(greedy)
    assert "".join(balanced).replace(" ", "") == text.replace(" ", "")
    if len(balanced) == 2:
        widths = [text_width(line, CENTRED) for line in balanced]
        assert min(widths) >= 0.6 * max(widths), balanced
    # never shorter than the greedy setting's last line
    assert text_width(balanced[-1], CENTRED) >= text_width(greedy[-1], LEFT) - 1e-6

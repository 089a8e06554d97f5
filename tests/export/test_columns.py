"""Table columns sized from their content never go narrower than their head's longest word.

Seen in the printed book (issue 14): the A5 delegation table's number column set its head
``ลำดับ`` as ``ลำ|ดับ``. A table far too wide for its frame shares out the shortfall, but a
column keeps at least its head's word; a head cut between syllables is no heading.
"""

from __future__ import annotations

import pytest

from brst_desktop.export.flowables import fitted_widths, grid_table
from brst_desktop.export.styles import Styles
from brst_desktop.typeset import Paragraph, text_width

STYLES = Styles(9)
PADDING = 6
HEADS = ["ลำดับ", "ชื่อ", "ตำแหน่ง", "บทบาท", "อาหาร"]
LONG = (
    "รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
    "ผู้อำนวยการสถาบันวิจัยดาราศาสตร์แห่งชาติ (องค์การมหาชน)"
)


def _rows(heads: list[str], body: list[str]) -> list[list[object]]:
    return [
        [Paragraph(h, STYLES.cell_head) for h in heads],
        [Paragraph(text, STYLES.cell) for text in body],
    ]


@pytest.mark.parametrize("total", [140.0, 160.0, 200.0, 260.0, 320.0, 400.0])
def test_no_column_is_narrower_than_its_heads_word(total: float) -> None:
    body = ["1", "นางสาวศุภมาส อิศรภักดี", LONG, "หัวหน้าคณะผู้แทน", "ไม่รับประทานเนื้อหมู"]
    widths = fitted_widths(_rows(HEADS, body), total, padding=PADDING)
    heads = [text_width(h, STYLES.cell_head) + PADDING for h in HEADS]
    assert sum(heads) < total  # the heads fit side by side: each gets its word
    for head, width, word in zip(heads, widths, HEADS, strict=True):
        assert width >= head - 1e-6, (total, word, widths)
    assert sum(widths) == pytest.approx(total)


@pytest.mark.parametrize("total", [140.0, 150.0, 160.0, 170.0])
def test_every_head_is_one_line_in_a_squeezed_table(total: float) -> None:
    """Laid out: each head cell (``ลำดับ``, ``อาหาร``) is one line, not ``ลำ`` over ``ดับ``,
    though no column gets every word of its body on a line."""
    body = ["12", "นางสาวศุภมาส อิศรภักดี", LONG, LONG, "ไม่รับประทานเนื้อหมู"]
    rows = _rows(HEADS, body)
    minimum = sum(p.narrowest() + PADDING for p in rows[1] if isinstance(p, Paragraph))
    assert minimum > total  # every column's longest word does not fit: a shortfall shared
    table = grid_table(rows, fitted_widths(rows, total, padding=PADDING), padding=PADDING / 2)
    table.wrap(total, 10_000)
    lines = {}
    for cell in rows[0]:
        assert isinstance(cell, Paragraph)
        lines[cell.text] = [cell.text[ln.start : ln.end] for ln in cell.lines]
    assert all(len(broken) == 1 for broken in lines.values()), lines


@pytest.mark.parametrize("total", [351.0, 400.0, 482.0])
def test_short_columns_do_not_starve_the_running_text(total: float) -> None:
    """Seen in the English A5 book: the gifts table set ``Given / received`` and ``THB 3,500``
    unbroken, and its description ran six lines deep in a column a word wide. Short columns
    are set unbroken only while the running text keeps a fifth of the table (or all it needs)."""
    heads = ["Given / received", "Description", "From", "To", "Value"]
    # names are set whole in the book's tables
    ours, theirs = "Ms.\u00a0Supamas\u00a0Isarabhakdi", "H.E.\u00a0Yin\u00a0Hejun"
    rows = [
        *_rows(heads, ["Given", "Chiang Mai celadon vase with elephant motif (sample)", ours,
                       theirs, "THB 3,500"]),
        [Paragraph(t, STYLES.cell) for t in ("Received", "Memento from MOST", theirs, ours, "")],
    ]  # fmt: skip
    widths = fitted_widths(rows, total, padding=PADDING)
    assert sum(widths) == pytest.approx(total)
    described = rows[1][1]
    assert isinstance(described, Paragraph)
    natural = text_width(described.text, STYLES.cell) + PADDING
    assert widths[1] >= min(natural, total * 0.2) - 1e-6, widths
    table = grid_table(rows, widths, padding=PADDING / 2)
    table.wrap(total, 10_000)
    assert len(described.lines) <= 4, [described.text[ln.start : ln.end] for ln in described.lines]

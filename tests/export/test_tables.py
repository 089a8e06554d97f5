"""How a book's table breaks between pages (issue 14): never its last row alone overleaf, and a
page it runs onto opens with its heading marked continued."""

from __future__ import annotations

import pytest

from brst_desktop.export.flowables import BookTable, grid_table
from brst_desktop.export.styles import Styles
from brst_desktop.typeset import Paragraph

STYLES = Styles(10)
WIDTHS = [80.0, 300.0]


def _table(body_rows: int, *, titled: bool) -> BookTable:
    rows: list[list[object]] = [[Paragraph(h, STYLES.cell_head) for h in ("Date", "Event")]]
    for n in range(1, body_rows + 1):
        rows.append([Paragraph(f"{n} Nov", STYLES.cell), Paragraph(f"Event {n}", STYLES.cell)])
    if not titled:
        return grid_table(rows, WIDTHS)
    return grid_table(
        rows,
        WIDTHS,
        title=[Paragraph("Dress for each event", STYLES.h2)],
        continued_title=[Paragraph("Dress for each event (continued)", STYLES.h2)],
    )


def _texts(table: BookTable) -> list[str]:
    out = []
    for row in table._cellvalues:
        cell = row[0]
        cell = cell[0] if isinstance(cell, (list, tuple)) else cell
        out.append(cell.text if isinstance(cell, Paragraph) else str(cell))
    return out


@pytest.mark.parametrize("titled", [False, True])
@pytest.mark.parametrize("body_rows", [4, 6, 10])
def test_the_last_row_never_goes_overleaf_alone(body_rows: int, titled: bool) -> None:
    table = _table(body_rows, titled=titled)
    table.wrap(sum(WIDTHS), 10_000)
    heights = table._rowHeights
    head = 2 if titled else 1
    # room for every row but the last: the plain split would leave it alone overleaf
    room = sum(heights[:-1]) + 0.5
    first, rest = table.split(sum(WIDTHS), room)
    assert isinstance(first, BookTable) and isinstance(rest, BookTable)
    overleaf = len(rest._cellvalues) - head
    assert overleaf == 2, _texts(rest)
    assert len(first._cellvalues) - head == body_rows - 2
    if titled:
        assert _texts(first)[0] == "Dress for each event"
        assert _texts(rest)[:2] == ["Dress for each event (continued)", "Date"]


def test_two_rows_stay_behind_or_the_split_is_left_alone() -> None:
    """Header and two rows on this page, one overleaf: moving a row would leave one behind, an
    orphan instead of a widow; that split stays as it is."""
    table = _table(3, titled=False)
    table.wrap(sum(WIDTHS), 10_000)
    first, rest = table.split(sum(WIDTHS), sum(table._rowHeights[:-1]) + 0.5)
    assert isinstance(first, BookTable) and isinstance(rest, BookTable)
    assert len(first._cellvalues) - 1 == 2 and len(rest._cellvalues) - 1 == 1

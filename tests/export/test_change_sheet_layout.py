"""The change sheet's tables as printed (Stop 21): the moved event's title cell holds its title,
its English title and who moved it when (``แก้ไขโดย somchai เมื่อ 3 ธ.ค. 2569 17.24 น. และ
ling เมื่อ …`` / ``Changed by somchai, …``), and was squeezed into a fifth of the bilingual A4
table, eleven lines deep beside "was" and "now" columns with room to spare (twelve on A5). Its
title ``การประชุมทวิภาคีไทย – จีน`` broke before the dash. Read back by pdfium (character
boxes) and pdftotext.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pypdfium2
import pytest

from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.export import export_book
from tests.helpers import readers

PAPERS = ("a4", "a5")
MOVED = "กิจกรรมที่เปลี่ยนเวลาหรือสถานที่"
CANCELLED = "กิจกรรมที่ยกเลิก"


@pytest.fixture(scope="module")
def sheets(module_demo: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Bilingual books with a change sheet: the bilateral meeting moved by two colleagues, the
    exhibition visit deleted, since edition 1."""
    db = module_demo
    folder = tmp_path_factory.mktemp("sheet")
    export_book(db, demo_id("book"), folder / "1.pdf", language="th")
    for author, minutes in (("somchai", 30), ("ling", 15)):
        db.author = author
        event = records.read(db, "event", demo_id("event:bilateral"))
        later = timedelta(minutes=minutes)
        changes = {"starts_at": event["starts_at"] + later, "ends_at": event["ends_at"] + later}
        records.update(db, "event", event["id"], changes, version=event["row_version"])
    records.delete(db, "event", demo_id("event:exhibition"))
    out = {}
    for paper in PAPERS:
        path = folder / f"both-{paper}.pdf"
        export_book(db, demo_id("book"), path, language="both", paper=paper, changes_since=1)
        out[paper] = path
    return out


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("reader", ["pdfium", "pdftotext"])
def test_no_line_of_the_sheet_book_begins_with_a_spaced_dash(
    sheets: dict[str, Path], paper: str, reader: str
) -> None:
    pages = readers.PAGES[reader](sheets[paper].read_bytes())
    assert readers.lines_beginning_with_a_dash(pages) == []
    sheet = next(page for page in pages if MOVED in page)
    assert "ไทย –" in sheet  # the dash with the word before it


def _column_lines(page: pypdfium2.PdfPage, left: float, right: float) -> list[str]:
    """Lines pdfium finds between ``left`` and ``right`` in the moved events' table body:
    below its English column heads, above the next heading."""
    text = page.get_textpage()
    whole = text.get_text_range()
    head = whole.index("was", whole.index(MOVED))
    _l, head_bottom, _r, _t = text.get_charbox(head)
    _l, _b, _r, next_top = text.get_charbox(whole.index(CANCELLED, head))
    # the heading's marks (ที่) stand above its first letter's box
    column = text.get_text_bounded(left + 1, next_top + 8, right - 1, head_bottom - 1)
    return [line for line in column.replace("\r\n", "\n").split("\n") if line.strip()]


@pytest.mark.parametrize("paper", PAPERS)
def test_the_moved_events_title_column_is_no_deeper_than_its_neighbours(
    sheets: dict[str, Path], paper: str
) -> None:
    """The title column takes room the "was"/"now" columns do not need: on A4 no taller than
    they are (before: 11 lines beside 10). The A5 table is narrower than the columns' widest
    pieces together: "was"/"now" only give room their lines do not use, and the title column
    is at most a line taller (before: 12 beside 10)."""
    document = pypdfium2.PdfDocument(str(sheets[paper]))
    try:
        page = next(p for p in document if MOVED in p.get_textpage().get_text_range())
        text = page.get_textpage()
        whole = text.get_text_range()
        start = whole.index(MOVED)
        x = {
            head: text.get_charbox(whole.index(head, start))[0]
            for head in ("กิจกรรม\r\n", "เดิม", "ใหม่")
        }
        width, _height = page.get_size()
        event = _column_lines(page, x["กิจกรรม\r\n"] - 4, x["เดิม"] - 2)
        was = _column_lines(page, x["เดิม"] - 2, x["ใหม่"] - 2)
        now = _column_lines(page, x["ใหม่"] - 2, width)
    finally:
        document.close()
    assert event[0].startswith("การประชุมทวิภาคี"), event
    assert any("somchai" in line for line in event), event
    assert event[-1].startswith("3 Dec 2026") or "ling" in event[-1], event  # the whole cell
    assert any(line.startswith("8 พ.ย. 2566") for line in was), was
    slack = 0 if paper == "a4" else 1
    assert len(event) <= max(len(was), len(now)) + slack, (event, was, now)

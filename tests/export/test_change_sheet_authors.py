"""The change sheet names who made each change it lists, and when, in the book's language: the
author and time come from the records themselves (``changed_by``/``updated_at``), since edition
snapshots hold no authors. On a file the author is the login name the program records; on the
office server it is the PostgreSQL login."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.authorship import login_name
from brst_desktop.core.dates import BUDDHIST_ERA_OFFSET, ENGLISH_MONTHS
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.export import export_book
from tests.helpers.pdf import read_pdf

THAI_SHORT_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
BANGKOK = ZoneInfo("Asia/Bangkok")  # the demo trip's home zone


def _english(at: datetime) -> str:
    t = at.astimezone(BANGKOK)
    return f"{t.day} {ENGLISH_MONTHS[t.month - 1][:3]} {t.year} {t:%H:%M}"


def _thai(at: datetime) -> str:
    t = at.astimezone(BANGKOK)
    month = THAI_SHORT_MONTHS[t.month - 1]
    return f"{t.day} {month} {t.year + BUDDHIST_ERA_OFFSET} {t:%H.%M} น."


def _sheet(path: Path, heading: str) -> str:
    """The change sheet's text (the contents page names it too: the sheet's page starts with it)."""
    pages = read_pdf(path.read_bytes())
    first = next(n for n, text in enumerate(pages.texts) if text.lstrip().startswith(heading))
    return " ".join(" ".join(pages.texts[first : first + 2]).split())


def _stamp(db: Database, entity: str, record_id: object) -> tuple[str, datetime]:
    row = records.read(db, entity, record_id)  # type: ignore[arg-type]
    assert row is not None
    return row["changed_by"], row["updated_at"]


@pytest.mark.both_engines
def test_each_change_on_the_sheet_says_who_made_it_and_when(
    demo_db: Database, engine: str, out_dir: Path
) -> None:
    export_book(demo_db, demo_id("book"), out_dir / "one.pdf", language="en")

    # the program's own author: nobody sets it (the login name / the server's login)
    bilateral = records.read(demo_db, "event", demo_id("event:bilateral"))
    assert bilateral is not None
    records.update(
        demo_db,
        "event",
        demo_id("event:bilateral"),
        {
            "starts_at": bilateral["starts_at"] + timedelta(minutes=30),
            "ends_at": bilateral["ends_at"] + timedelta(minutes=30),
        },
        version=bilateral["row_version"],
    )
    mover, moved_at = _stamp(demo_db, "event", demo_id("event:bilateral"))
    if engine == "sqlite":
        assert mover == login_name() and mover
    else:
        assert mover == demo_db.server.split("@")[0]  # type: ignore[union-attr]
    # a colleague edits a talking point; another change is cancelled through the ORM
    demo_db.author = "ling"
    point = records.read(demo_db, "talking_point", demo_id("talking_point:space:0"))
    assert point is not None
    records.update(
        demo_db,
        "talking_point",
        demo_id("talking_point:space:0"),
        {"text_en": "Thank China warmly for flying the Space Weather Sensor."},
        version=point["row_version"],
    )
    demo_db.author = "somchai"
    with demo_db.session() as s:
        exhibition = s.get(m.Event, demo_id("event:exhibition"))
        assert exhibition is not None
        exhibition.status = m.EventStatus.CANCELLED
    # an event deleted: nothing is left to say who deleted it
    with demo_db.session() as s:
        gone = s.scalars(
            select(m.Event)
            .where(m.Event.trip_id == demo_id("trip"), m.Event.status != m.EventStatus.CANCELLED)
            .order_by(m.Event.starts_at.desc())
        ).first()
        assert gone is not None
        gone_id, gone_title = gone.id, gone.title_en
    records.delete(demo_db, "event", gone_id)
    _, pointed_at = _stamp(demo_db, "talking_point", demo_id("talking_point:space:0"))
    _, cancelled_at = _stamp(demo_db, "event", demo_id("event:exhibition"))

    english = export_book(
        demo_db, demo_id("book"), out_dir / "two.pdf", language="en", changes_since=1
    )
    sheet = _sheet(english.path, "Changes since edition 1")
    moved = sheet.index("Events moved")
    cancelled = sheet.index("Events cancelled")
    edited = sheet.index("Talking points edited")
    assert (
        f"Thailand – China bilateral meeting Last changed by {mover}, {_english(moved_at)}"
        in sheet[moved:cancelled]
    )
    cancelled_part = sheet[cancelled:edited]
    assert f"Last changed by somchai, {_english(cancelled_at)}" in cancelled_part
    assert f"{gone_title} Deleted; who deleted it is not recorded" in cancelled_part
    assert f"Last changed by ling, {_english(pointed_at)}" in sheet[edited:]
    assert sheet.count("Last changed by") == 3  # one line per change: nothing else is named

    thai = export_book(
        demo_db, demo_id("book"), out_dir / "three.pdf", language="th", changes_since=1
    )
    sheet = _sheet(thai.path, "รายการแก้ไขนับจากฉบับที่ 1")
    assert f"แก้ไขล่าสุดโดย {mover} เมื่อ {_thai(moved_at)}" in sheet
    assert f"แก้ไขล่าสุดโดย somchai เมื่อ {_thai(cancelled_at)}" in sheet
    assert f"แก้ไขล่าสุดโดย ling เมื่อ {_thai(pointed_at)}" in sheet
    assert "ถูกลบ ไม่มีบันทึกผู้ลบ" in sheet
    # a second reader (poppler) finds the same Thai line, Buddhist Era year and all
    text = subprocess.run(
        ["pdftotext", "-layout", str(thai.path), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert f"แก้ไขล่าสุดโดย ling เมื่อ {_thai(pointed_at)}" in " ".join(text.split())


def test_a_change_made_before_authors_were_recorded_says_so(
    demo_db: Database, out_dir: Path
) -> None:
    export_book(demo_db, demo_id("book"), out_dir / "one.pdf", language="en")
    with demo_db.session() as s:
        event = s.get(m.Event, demo_id("event:bilateral"))
        assert event is not None
        event.venue_en = "Room 2, Yuelai International Convention Center"
    # a row older than revision 0004, or written by an older program, names no author
    with demo_db.engine.begin() as connection:
        connection.execute(
            m.Event.__table__.update()  # type: ignore[attr-defined]
            .where(m.Event.__table__.c.id == demo_id("event:bilateral"))  # type: ignore[attr-defined]
            .values(changed_by=None)
        )
    book = export_book(
        demo_db, demo_id("book"), out_dir / "two.pdf", language="both", changes_since=1
    )
    sheet = _sheet(book.path, "รายการแก้ไขนับจากฉบับที่ 1")
    assert "ไม่มีบันทึกผู้แก้ไข" in sheet  # Thai first in a bilingual book, English beneath
    assert "Who changed it is not recorded" in sheet
    assert "Last changed by" not in sheet

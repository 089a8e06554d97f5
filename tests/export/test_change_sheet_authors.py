"""The change sheet names who made the changes it lists, and when, in the book's language: from
each record's history (``record_change``, revision 0007), so a row names the authors of the very
changes it lists (who moved an event, not who last touched its notes; who deleted it). On a file
the author is the login name the program records; on the office server the PostgreSQL login.
Where the history has nothing (changes older than revision 0007), the row says who last changed
the record, or that nobody is recorded."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from brst_desktop.core import models as m
from brst_desktop.core.authorship import login_name
from brst_desktop.core.dates import BUDDHIST_ERA_OFFSET, ENGLISH_MONTHS
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.export import export_book
from tests.helpers.office import colleague
from tests.helpers.pdf import read_pdf
from tests.helpers.readers import pdfium_pages, pdftotext_pages

THAI_SHORT_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
BANGKOK = ZoneInfo("Asia/Bangkok")  # the demo trip's home zone
BILATERAL, FORUM = demo_id("event:bilateral"), demo_id("event:exhibition")
POINT = demo_id("talking_point:space:0")


def _english(at: datetime) -> str:
    t = at.astimezone(BANGKOK)
    return f"{t.day} {ENGLISH_MONTHS[t.month - 1][:3]} {t.year} {t:%H:%M}"


def _thai(at: datetime) -> str:
    t = at.astimezone(BANGKOK)
    month = THAI_SHORT_MONTHS[t.month - 1]
    return f"{t.day} {month} {t.year + BUDDHIST_ERA_OFFSET} {t:%H.%M} น."


def _sheet(data: bytes, heading: str, reader: Callable[[bytes], list[str]] = pdfium_pages) -> str:
    """The change sheet's text as ``reader`` extracts it: the page that starts with the heading
    below the running header (the contents page names it too), and the next."""
    first = next(
        n for n, page in enumerate(read_pdf(data).texts) if page.lstrip().startswith(heading)
    )
    return " ".join(" ".join(reader(data)[first : first + 2]).split())


def _printed(line: str, sheet: str) -> bool:
    """Is ``line`` in the sheet's text, whole or wrapped at one of its spaces? (A reader that
    rebuilds lines from glyph positions puts the text of the next column between a cell's two
    lines.)"""
    words = line.split(" ")
    return line in sheet or any(
        " ".join(words[:cut]) in sheet and " ".join(words[cut:]) in sheet
        for cut in range(1, len(words))
    )


def _last_change(db: Database, record_id: uuid.UUID) -> tuple[str, datetime]:
    """Who made the record's last change and when, as its history holds it."""
    table = m.RecordChange.__table__
    with db.engine.connect() as connection:
        author, at = connection.execute(
            select(table.c.author, table.c.at)  # type: ignore[attr-defined]
            .where(table.c.record_id == record_id)  # type: ignore[attr-defined]
            .order_by(table.c.id.desc())  # type: ignore[attr-defined]
            .limit(1)
        ).one()
    return author, at


def _move(db: Database, event_id: uuid.UUID, minutes: int) -> None:
    event = records.read(db, "event", event_id)
    assert event is not None
    records.update(
        db,
        "event",
        event_id,
        {
            "starts_at": event["starts_at"] + timedelta(minutes=minutes),
            "ends_at": event["ends_at"] + timedelta(minutes=minutes),
        },
        version=event["row_version"],
    )


@pytest.mark.both_engines
def test_each_row_names_who_made_the_changes_it_lists(
    demo_db: Database, engine: str, out_dir: Path, request: pytest.FixtureRequest
) -> None:
    server = request.getfixturevalue("postgres_server") if engine == "postgresql" else None
    export_book(demo_db, demo_id("book"), out_dir / "one.pdf", language="en")

    # I move the bilateral meeting (the program's own author: nobody sets it) ...
    _move(demo_db, BILATERAL, 30)
    mover, moved_at = _last_change(demo_db, BILATERAL)
    if engine == "sqlite":
        assert mover == login_name() and mover
    else:
        assert mover == demo_db.server.split("@")[0]  # type: ignore[union-attr]
    with colleague(demo_db, "ling", server) as ling:
        # ... then a colleague edits its notes (not a move: not named on the moved row),
        event = records.read(ling, "event", BILATERAL)
        assert event is not None
        records.update(
            ling, "event", BILATERAL, {"notes_en": "Bring the gift."}, version=event["row_version"]
        )
        # edits a talking point's text and deletes the last event of the trip
        point = records.read(ling, "talking_point", POINT)
        assert point is not None
        records.update(
            ling,
            "talking_point",
            POINT,
            {"text_en": "Thank China warmly for flying the Space Weather Sensor."},
            version=point["row_version"],
        )
        _, pointed_at = _last_change(demo_db, POINT)
        with ling.session() as s:
            gone = s.scalars(
                select(m.Event)
                .where(m.Event.trip_id == demo_id("trip"), m.Event.id != FORUM)
                .order_by(m.Event.starts_at.desc())
            ).first()
            assert gone is not None
            gone_id, gone_title = gone.id, gone.title_en
        records.delete(ling, "event", gone_id)
        _, deleted_at = _last_change(demo_db, gone_id)
    with colleague(demo_db, "somchai", server) as somchai:
        # a third cancels the exhibition through the ORM, and moves it after ling did
        with somchai.session() as s:
            exhibition = s.get(m.Event, FORUM)
            assert exhibition is not None
            exhibition.status = m.EventStatus.CANCELLED
        _, cancelled_at = _last_change(demo_db, FORUM)

    english = export_book(
        demo_db, demo_id("book"), out_dir / "two.pdf", language="en", changes_since=1
    )
    sheet = _sheet(english.path.read_bytes(), "Changes since edition 1")
    moved = sheet.index("Events moved")
    cancelled = sheet.index("Events cancelled")
    edited = sheet.index("Talking points edited")
    assert (
        f"Thailand – China bilateral meeting Changed by {mover}, {_english(moved_at)}"
        in sheet[moved:cancelled]
    )
    assert "ling" not in sheet[moved:cancelled]  # the notes were ling's, the move was not
    cancelled_part = sheet[cancelled:edited]
    assert f"Changed by somchai, {_english(cancelled_at)}" in cancelled_part
    assert f"{gone_title} Deleted by ling, {_english(deleted_at)}" in cancelled_part
    assert f"Changed by ling, {_english(pointed_at)}" in sheet[edited:]
    assert "not recorded" not in sheet and "Last changed by" not in sheet

    thai = export_book(
        demo_db, demo_id("book"), out_dir / "three.pdf", language="th", changes_since=1
    )
    data = thai.path.read_bytes()
    lines = (
        f"แก้ไขโดย {mover} เมื่อ {_thai(moved_at)}",
        f"แก้ไขโดย somchai เมื่อ {_thai(cancelled_at)}",
        f"ลบโดย ling เมื่อ {_thai(deleted_at)}",
        f"แก้ไขโดย ling เมื่อ {_thai(pointed_at)}",
    )
    # two readers that share no code (pdfium; poppler rebuilding lines from glyph positions)
    for reader in (pdfium_pages, pdftotext_pages):
        sheet = _sheet(data, "รายการแก้ไขนับจากฉบับที่ 1", reader)
        for line in lines:
            assert _printed(line, sheet), (reader.__name__, line)
        assert "ไม่มีบันทึก" not in sheet and "แก้ไขล่าสุดโดย" not in sheet

    # a bilingual book prints both lines, the Thai first
    both = export_book(
        demo_db, demo_id("book"), out_dir / "four.pdf", language="both", changes_since=1
    )
    sheet = _sheet(both.path.read_bytes(), "รายการแก้ไขนับจากฉบับที่ 1")
    thai_line = f"ลบโดย ling เมื่อ {_thai(deleted_at)}"
    english_line = f"Deleted by ling, {_english(deleted_at)}"
    assert thai_line in sheet and english_line in sheet
    assert sheet.index(thai_line) < sheet.index(english_line)


@pytest.mark.both_engines
def test_two_people_moving_one_event_are_both_named_in_order(
    demo_db: Database, engine: str, out_dir: Path, request: pytest.FixtureRequest
) -> None:
    server = request.getfixturevalue("postgres_server") if engine == "postgresql" else None
    export_book(demo_db, demo_id("book"), out_dir / "one.pdf", language="en")
    times = {}
    for name, minutes in (("somchai", 30), ("ling", 15), ("somchai", 15)):
        with colleague(demo_db, name, server) as who:
            _move(who, BILATERAL, minutes)
        times[name] = _last_change(demo_db, BILATERAL)[1]
    book = export_book(
        demo_db, demo_id("book"), out_dir / "two.pdf", language="en", changes_since=1
    )
    sheet = _sheet(book.path.read_bytes(), "Changes since edition 1")
    # each author once, at their last change, in the order of those changes
    assert (
        f"Changed by ling, {_english(times['ling'])}; somchai, {_english(times['somchai'])}"
        in sheet
    )
    # a second edition starts afresh: changes before it are not named on its sheet
    export_book(demo_db, demo_id("book"), out_dir / "three.pdf", language="en")
    with colleague(demo_db, "ling", server) as ling:
        _move(ling, BILATERAL, 5)
    book = export_book(
        demo_db, demo_id("book"), out_dir / "four.pdf", language="en", changes_since=3
    )
    sheet = _sheet(book.path.read_bytes(), "Changes since edition 3")
    assert "Changed by ling," in sheet and "somchai" not in sheet


class _AnHourAhead(datetime):
    """This computer's clock, an hour ahead of the office server's."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
        return datetime.now(tz) + timedelta(hours=1)


@pytest.mark.both_engines
def test_a_workstation_clock_ahead_of_the_server_hides_no_author(
    demo_db: Database,
    engine: str,
    out_dir: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An edition is as of the moment its data was read by the clock the history is stamped
    with: on the server, the server's. Printed with this computer's clock an hour ahead, the
    edition's time fell after a colleague's move stamped by the server, and the next sheet
    listed the move without its author ("Last changed by" instead of "Changed by")."""
    server = request.getfixturevalue("postgres_server") if engine == "postgresql" else None
    monkeypatch.setattr("brst_desktop.export.book.datetime", _AnHourAhead)
    monkeypatch.setattr(m, "utcnow", lambda: _AnHourAhead.now(UTC))
    export_book(demo_db, demo_id("book"), out_dir / "one.pdf", language="en")
    with colleague(demo_db, "ling", server) as ling:
        _move(ling, BILATERAL, 20)
    _, moved_at = _last_change(demo_db, BILATERAL)
    # the server stamps by its own clock; a file by this computer's (the program's)
    ahead = moved_at - datetime.now(UTC) > timedelta(minutes=30)
    assert ahead == (engine == "sqlite")
    book = export_book(
        demo_db, demo_id("book"), out_dir / "two.pdf", language="en", changes_since=1
    )
    sheet = _sheet(book.path.read_bytes(), "Changes since edition 1")
    assert f"Thailand – China bilateral meeting Changed by ling, {_english(moved_at)}" in sheet
    assert "Last changed by" not in sheet


def test_a_change_made_before_the_history_was_kept_says_who_last_changed_it(
    demo_db: Database, out_dir: Path
) -> None:
    export_book(demo_db, demo_id("book"), out_dir / "one.pdf", language="en")
    demo_db.author = "ling"
    with demo_db.session() as s:
        event = s.get(m.Event, BILATERAL)
        assert event is not None
        event.venue_en = "Room 2, Yuelai International Convention Center"
    _, changed_at = _last_change(demo_db, BILATERAL)
    # as if the change had been made before revision 0007: no history of it
    with demo_db.engine.begin() as connection:
        connection.execute(text("DELETE FROM record_change WHERE op = 'update'"))
    book = export_book(
        demo_db, demo_id("book"), out_dir / "two.pdf", language="both", changes_since=1
    )
    sheet = _sheet(book.path.read_bytes(), "รายการแก้ไขนับจากฉบับที่ 1")
    assert f"แก้ไขล่าสุดโดย ling เมื่อ {_thai(changed_at)}" in sheet
    assert f"Last changed by ling, {_english(changed_at)}" in sheet
    assert "Changed by" not in sheet

    # older still: a row written before revision 0004 names no author at all
    with demo_db.engine.begin() as connection:
        connection.execute(
            m.Event.__table__.update()  # type: ignore[attr-defined]
            .where(m.Event.__table__.c.id == BILATERAL)  # type: ignore[attr-defined]
            .values(changed_by=None)
        )
        connection.execute(text("DELETE FROM record_change WHERE op = 'update'"))
    book = export_book(
        demo_db, demo_id("book"), out_dir / "three.pdf", language="both", changes_since=1
    )
    sheet = _sheet(book.path.read_bytes(), "รายการแก้ไขนับจากฉบับที่ 1")
    assert "ไม่มีบันทึกผู้แก้ไข" in sheet  # Thai first in a bilingual book, English beneath
    assert "Who changed it is not recorded" in sheet
    assert "Last changed by" not in sheet


@pytest.mark.both_engines
def test_a_point_new_in_the_book_because_its_topic_was_linked_names_who_linked_it(
    demo_db: Database, engine: str, out_dir: Path, request: pytest.FixtureRequest
) -> None:
    server = request.getfixturevalue("postgres_server") if engine == "postgresql" else None
    topic = uuid.uuid4()
    records.create(demo_db, "topic", {"id": topic, "title_en": "Ocean observation"})
    records.create(
        demo_db,
        "talking_point",
        {"topic_id": topic, "kind": "key_message", "text_en": "Propose joint buoys."},
    )
    export_book(demo_db, demo_id("book"), out_dir / "one.pdf", language="en")
    with colleague(demo_db, "ling", server) as ling:
        change = records.create(ling, "event_topic", {"event_id": BILATERAL, "topic_id": topic})
    link = next(key for table, key in change.added if table == "event_topic")
    _, linked_at = _last_change(demo_db, link)
    book = export_book(
        demo_db, demo_id("book"), out_dir / "two.pdf", language="en", changes_since=1
    )
    sheet = _sheet(book.path.read_bytes(), "Changes since edition 1")
    added = sheet[sheet.index("Talking points added") :]
    assert f"Ocean observation (Key messages) Added by ling, {_english(linked_at)}" in added

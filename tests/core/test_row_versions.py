"""Row versions and authors: every update raises the version and names its author; a save based
on a version someone else replaced is refused with a sentence saying who and when, and the
database keeps the other person's value."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.authorship import RecordChangedError, current_author, login_name
from brst_desktop.core.connection import Database, create_sqlite_engine
from brst_desktop.core.db import open_database
from brst_desktop.core.services import office, records


def _first_event(db: Database) -> uuid.UUID:
    with db.session() as session:
        return session.scalars(select(m.Event.id).order_by(m.Event.starts_at)).first()


@pytest.mark.both_engines
def test_an_update_raises_the_version_and_names_its_author(demo_db: Database) -> None:
    event_id = _first_event(demo_db)
    before = records.read(demo_db, "event", event_id)
    assert before is not None
    demo_db.author = "somchai"
    records.update(
        demo_db, "event", event_id, {"title_en": "Departure"}, version=before["row_version"]
    )
    after = records.read(demo_db, "event", event_id)
    assert after is not None
    assert after["row_version"] == before["row_version"] + 1
    assert after["changed_by"] == "somchai"
    assert after["title_en"] == "Departure"


@pytest.mark.both_engines
def test_a_stale_save_is_refused_naming_who_changed_it_and_when(demo_db: Database) -> None:
    event_id = _first_event(demo_db)
    loaded = records.read(demo_db, "event", event_id)
    assert loaded is not None
    demo_db.author = "Somchai"
    records.update(
        demo_db, "event", event_id, {"title_en": "Somchai's title"}, version=loaded["row_version"]
    )
    demo_db.author = "Ling"
    with pytest.raises(RecordChangedError) as refused:
        records.update(
            demo_db, "event", event_id, {"title_en": "Ling's title"}, version=loaded["row_version"]
        )
    stored = records.read(demo_db, "event", event_id)
    assert stored is not None
    at = stored["updated_at"].astimezone().strftime("%H:%M")
    assert str(refused.value) == (f"Somchai changed this event at {at}; your change was not saved.")
    assert stored["title_en"] == "Somchai's title"
    assert refused.value.stored["title_en"] == "Somchai's title"
    assert refused.value.stored["changed_by"] == "Somchai"


def test_a_second_connection_to_the_same_file_is_refused_too(tmp_path: Path) -> None:
    """Two windows or processes on one SQLite file: each has its own connection."""
    first = open_database(tmp_path / "shared.sqlite")
    first.author = "somchai"
    trip = records.create(
        first,
        "trip",
        {
            "title_en": "Chongqing",
            "home_timezone": "Asia/Bangkok",
            "destination_timezone": "Asia/Shanghai",
        },
    )
    trip_id = trip.new_id("trip")
    second = Database(create_sqlite_engine(tmp_path / "shared.sqlite"))
    second.author = "ling"
    try:
        seen_by_second = records.read(second, "trip", trip_id)
        assert seen_by_second is not None
        records.update(first, "trip", trip_id, {"title_en": "First"}, version=1)
        with pytest.raises(RecordChangedError, match="somchai changed this trip at"):
            records.update(
                second,
                "trip",
                trip_id,
                {"title_en": "Second"},
                version=seen_by_second["row_version"],
            )
        assert records.read(first, "trip", trip_id)["title_en"] == "First"
    finally:
        second.close()
        first.close()


@pytest.mark.both_engines
def test_undo_refuses_to_take_back_a_value_someone_else_replaced(demo_db: Database) -> None:
    event_id = _first_event(demo_db)
    demo_db.author = "me"
    records.update(demo_db, "event", event_id, {"title_en": "Mine"})
    demo_db.author = "Somchai"
    records.update(demo_db, "event", event_id, {"title_en": "Somchai's"})
    demo_db.author = "me"
    with pytest.raises(RecordChangedError, match="Somchai changed this event"):
        records.update(
            demo_db, "event", event_id, {"title_en": "Before"}, expected={"title_en": "Mine"}
        )
    assert records.read(demo_db, "event", event_id)["title_en"] == "Somchai's"


@pytest.mark.both_engines
def test_orm_writes_raise_the_version_and_name_the_author(empty_db: Database) -> None:
    empty_db.author = "somchai"
    office.set_office_name(empty_db, "สำนักงาน", "Office")
    with empty_db.session() as session:
        row = session.scalars(select(m.Office)).one()
        first = row.row_version
        assert row.changed_by == "somchai"
    empty_db.author = "ling"
    office.set_office_name(empty_db, "สำนักงานใหม่", "New office")
    with empty_db.session() as session:
        row = session.scalars(select(m.Office)).one()
        assert (row.row_version, row.changed_by) == (first + 1, "ling")


def test_the_author_on_sqlite_is_the_login_name(empty_db: Database) -> None:
    with empty_db.engine.connect() as connection:
        assert current_author(connection) == login_name()
    assert empty_db.author == login_name()
    assert login_name()  # the test machine has a login name


@pytest.mark.both_engines
def test_the_time_in_the_sentence_is_another_days_date_when_not_today(demo_db: Database) -> None:
    event_id = _first_event(demo_db)
    records.update(demo_db, "event", event_id, {"title_en": "x"})
    with demo_db.session() as session:
        session.execute(
            m.Event.__table__.update()
            .where(m.Event.__table__.c.id == event_id)
            .values(updated_at=datetime(2023, 11, 20, 7, 5).astimezone(), changed_by="Ling")
        )
    with pytest.raises(RecordChangedError) as refused:
        records.update(demo_db, "event", event_id, {"title_en": "y"}, version=1)
    assert str(refused.value).startswith("Ling changed this event on 2023-11-20 at 07:05;")


def test_the_import_preview_says_who_made_the_file_and_who_changed_it_here(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from brst_desktop.commands.unpack import print_plan
    from brst_desktop.core.demo import open_demo_database
    from brst_desktop.core.exchange import pack_trip, read_and_plan

    here = open_demo_database(tmp_path / "here")
    there = open_demo_database(tmp_path / "there")
    try:
        event_id = _first_event(here)
        here.author = "Somchai"
        records.update(here, "event", event_id, {"title_en": "Ours"})
        there.author = "Ling"
        records.update(there, "event", event_id, {"title_en": "Theirs"})
        pack_trip(there, tmp_path / "from-ling.brst")
        _package, plan = read_and_plan(here, tmp_path / "from-ling.brst")
    finally:
        here.close()
        there.close()
    assert plan.sent_by == "Ling"
    (conflict,) = [c for c in plan.conflicts if c.id == event_id]
    assert conflict.changed_here_by == "Somchai"
    assert conflict.changed_here_at is not None
    print_plan(plan)
    out = capsys.readouterr().out
    assert "Made by: Ling" in out
    at = conflict.changed_here_at.astimezone()
    assert f"event 'Theirs' [title_en] (here: Somchai {at:%Y-%m-%d %H:%M})" in out


@pytest.mark.both_engines
def test_the_import_preview_names_the_program_s_own_authors_on_either_engine(
    demo_db: Database, tmp_path: Path
) -> None:
    """Nobody sets an author: the file's maker is the laptop's login name, the record's author
    here the login the program records on this engine (the server's login on PostgreSQL)."""
    from brst_desktop.core.demo import open_demo_database
    from brst_desktop.core.exchange import pack_trip, read_and_plan

    event_id = _first_event(demo_db)
    records.update(demo_db, "event", event_id, {"title_en": "Ours"})
    there = open_demo_database(tmp_path / "there")
    try:
        records.update(there, "event", event_id, {"title_en": "Theirs"})
        pack_trip(there, tmp_path / "from-laptop.brst")
    finally:
        there.close()
    _package, plan = read_and_plan(demo_db, tmp_path / "from-laptop.brst")
    assert plan.sent_by == login_name() != ""
    (conflict,) = [c for c in plan.conflicts if c.id == event_id]
    if demo_db.on_server:
        assert conflict.changed_here_by == str(demo_db.server).split("@")[0]
    else:
        assert conflict.changed_here_by == login_name()
    stored = records.read(demo_db, "event", event_id)
    assert stored is not None and conflict.changed_here_at == stored["updated_at"]

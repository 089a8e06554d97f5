"""Every change records its author: the database keeps each record's history (who inserted,
updated or deleted it, when, which fields), whatever path the write takes, on both engines; on
the office server the history of a classified trip is hidden from those not cleared for it, and
nobody may write it but its trigger."""

from __future__ import annotations

import itertools
import uuid
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import select, text, update

from brst_desktop.core import history
from brst_desktop.core import models as m
from brst_desktop.core.db import Database, open_server_database
from brst_desktop.core.demo import demo_id, load_demo
from brst_desktop.core.services import records
from tests.helpers.cli import run_main
from tests.helpers.office import colleague

TRIP, BILATERAL = demo_id("trip"), demo_id("event:bilateral")
POINT = demo_id("talking_point:space:0")


def _entries(db: Database, record_id: uuid.UUID) -> list[tuple[str, str, str, str | None]]:
    """(op, author, fields, trip id) of each history entry of a record, oldest first."""
    table = m.RecordChange.__table__
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(table.c.op, table.c.author, table.c.fields, table.c.trip_id)
            .where(table.c.record_id == record_id)
            .order_by(table.c.id)
        ).all()
    return [
        (op, author, fields or "", str(trip) if trip else None) for op, author, fields, trip in rows
    ]


def _login(db: Database) -> str:
    return db.server.split("@")[0] if db.server else db.author  # type: ignore[union-attr]


@pytest.mark.both_engines
def test_every_write_path_is_recorded_with_its_author_and_the_fields_it_changed(
    demo_db: Database, engine: str, request: pytest.FixtureRequest
) -> None:
    server = request.getfixturevalue("postgres_server") if engine == "postgresql" else None
    me = _login(demo_db)
    assert me  # the login name / the server's login: nobody set it
    before = _entries(demo_db, BILATERAL)
    assert [op for op, *_ in before] == ["insert"]  # the demo's import

    # a service's Core update, by me
    event = records.read(demo_db, "event", BILATERAL)
    assert event is not None
    records.update(
        demo_db,
        "event",
        BILATERAL,
        {"title_en": "Bilateral", "notes_en": "Bring the gift."},
        version=event["row_version"],
    )
    # an ORM flush and raw SQL on the program's own connection, by a colleague
    with colleague(demo_db, "ling", server) as ling:
        with ling.session() as session:
            point = session.get(m.TalkingPoint, POINT)
            assert point is not None
            point.text_en = "Thank China warmly."
        with ling.engine.begin() as connection:
            connection.execute(
                update(m.Event.__table__)  # type: ignore[arg-type]
                .where(m.Event.__table__.c.id == BILATERAL)  # type: ignore[attr-defined]
                .values(venue_en="Room 2", row_version=m.Event.__table__.c.row_version + 1)  # type: ignore[attr-defined]
            )
    entries = _entries(demo_db, BILATERAL)[1:]
    trip = str(TRIP)
    assert entries == [
        ("update", me, "notes_en,title_en", trip),  # row_version, updated_at, changed_by: not named
        ("update", "ling", "venue_en", trip),
    ]
    assert _entries(demo_db, POINT)[-1] == ("update", "ling", "text_en", None)  # shared: no trip

    # a delete and what it cascades to, then its undo
    with demo_db.session() as session:
        participants = session.scalars(
            select(m.EventParticipant.id).where(m.EventParticipant.event_id == BILATERAL)
        ).all()
    assert participants
    _, stone = records.delete_with_tombstone(demo_db, "event", BILATERAL)
    assert _entries(demo_db, BILATERAL)[-1] == ("delete", me, "", trip)
    for participant in participants:  # deleted with it: the trip is still known
        assert _entries(demo_db, participant)[-1] == ("delete", me, "", trip)
    with colleague(demo_db, "ling", server) as ling:
        records.restore(ling, stone)
    assert _entries(demo_db, BILATERAL)[-1] == ("insert", "ling", "", trip)

    # the program reads it back, typed, after a moment
    with demo_db.session() as session:
        since = records.read(demo_db, "trip", TRIP)["created_at"] - timedelta(days=1)  # type: ignore[index]
        read = history.changes_since(session, [BILATERAL], since)[str(BILATERAL)]
    assert [(c.op, c.author, sorted(c.fields)) for c in read] == [
        ("insert", read[0].author, []),
        ("update", me, ["notes_en", "title_en"]),
        ("update", "ling", ["venue_en"]),
        ("delete", me, []),
        ("insert", "ling", []),
    ]
    assert all(a.at <= b.at for a, b in itertools.pairwise(read))


def test_a_plain_sqlite_writer_still_works_and_goes_unrecorded(demo_db: Database) -> None:
    """Nothing in the file refers to the program: another program's write is not refused."""
    import sqlite3

    assert demo_db.path is not None
    count = len(_entries(demo_db, BILATERAL))
    plain = sqlite3.connect(demo_db.path)
    try:
        plain.execute("UPDATE event SET venue_en = 'Elsewhere' WHERE venue_en IS NOT NULL")
        plain.commit()
        triggers = plain.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        assert triggers.fetchone()[0] == 0
    finally:
        plain.close()
    assert len(_entries(demo_db, BILATERAL)) == count


@pytest.fixture
def office(postgres_server, server_database):
    """A database set up by ``admin init`` (its owner may create roles, no superuser), holding
    the demo trip (ลับ); returns a function opening it as a user cleared for a level."""
    suffix = uuid.uuid4().hex[:6]
    owner = f"office_history_{suffix}"
    postgres_server.sql(f"CREATE ROLE {owner} LOGIN CREATEROLE")
    url = server_database(user=owner)
    name = url.split("?")[0].rsplit("/", 1)[1]
    postgres_server.sql(f'ALTER DATABASE "{name}" OWNER TO {owner}')
    init = run_main("--db", url, "admin", "init")
    assert init.returncode == 0, init.stderr
    admin = open_server_database(url)
    load_demo(admin)
    opened = [admin]

    def as_user(level: str) -> Database:
        user = f"clerk_{level}_{suffix}".replace("-", "_")
        granted = run_main("--db", url, "admin", "grant", user, "--clearance", level)
        assert granted.returncode == 0, granted.stderr
        database = open_server_database(url.replace(f"//{owner}@", f"//{user}@"))
        opened.append(database)
        return database

    as_user.admin = admin  # type: ignore[attr-defined]
    yield as_user
    for database in opened:
        database.close()


def _raw(db: Database) -> psycopg.Connection:
    """A plain psycopg connection of the same login (no program code in between)."""
    assert db.address is not None
    return psycopg.connect(db.address, autocommit=True)


def test_raw_sql_on_the_server_is_recorded_under_its_login_and_nobody_writes_the_history(
    office,
) -> None:
    writer = office("secret")
    login = _login(writer)
    with _raw(writer) as raw:
        # a forged author in the row is overwritten by the server; the history names the login
        raw.execute(
            "UPDATE event SET title_en = 'Renamed by hand', changed_by = 'somchai' WHERE id = %s",
            (BILATERAL,),
        )
        raw.execute("DELETE FROM gift WHERE trip_id = %s", (TRIP,))
        for forging in (
            "INSERT INTO record_change (table_name, record_id, op, author, at)"
            " VALUES ('event', gen_random_uuid(), 'update', 'somchai', now())",
            "UPDATE record_change SET author = 'somchai'",
            "DELETE FROM record_change",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(forging)
    assert _entries(office.admin, BILATERAL)[-1] == ("update", login, "title_en", str(TRIP))
    with office.admin.engine.connect() as connection:
        gifts = connection.execute(
            text(
                "SELECT author, trip_id FROM record_change"
                " WHERE table_name = 'gift' AND op = 'delete'"
            )
        ).all()
    assert gifts and {(a, str(t)) for a, t in gifts} == {(login, str(TRIP))}


def test_a_user_cleared_none_sees_no_history_of_a_confidential_trip(office) -> None:
    writer = office("secret")
    records.update(writer, "event", BILATERAL, {"notes_en": "Seen by the cleared only."})
    records.update(writer, "person", demo_id("person:zhang"), {"position_en": "Shared."})
    clerk = office("none")
    cleared = office("confidential")

    trip_rows = "SELECT count(*) FROM record_change WHERE trip_id IS NOT NULL"
    with office.admin.engine.connect() as connection:
        everything = connection.scalar(text(trip_rows))
    assert everything > 100  # the demo's import and the change, all of the ลับ trip
    with cleared.engine.connect() as connection:
        assert connection.scalar(text(trip_rows)) == everything
    # raw SQL on the clerk's own account: nothing of the trip, whatever is asked
    with _raw(clerk) as raw:
        assert raw.execute(trip_rows).fetchone()[0] == 0
        assert raw.execute(
            "SELECT count(*) FROM record_change WHERE record_id = %s OR trip_id = %s",
            (BILATERAL, TRIP),
        ).fetchone() == (0,)
        owned = raw.execute("SELECT DISTINCT table_name FROM record_change").fetchall()
        assert {t for (t,) in owned} & {"trip", "event", "briefing_book", "edition"} == set()
        # shared records' history stays shared
        assert raw.execute(
            "SELECT author FROM record_change WHERE record_id = %s AND op = 'update'",
            (demo_id("person:zhang"),),
        ).fetchall() == [(_login(writer),)]
    # through the program
    since = records.read(office.admin, "trip", TRIP)["created_at"] - timedelta(days=1)  # type: ignore[index]
    with clerk.session() as session:
        assert history.changes_since(session, [BILATERAL, TRIP], since) == {}
    with cleared.session() as session:
        seen = history.changes_since(session, [BILATERAL], since)[str(BILATERAL)]
    assert [(c.op, c.author) for c in seen][-1] == ("update", _login(writer))

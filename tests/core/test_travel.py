"""Travelling with a trip: take it from the server into a laptop copy, edit on both sides, bring
it back. Rows are compared after each step, on the server and in the copy."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from brst_desktop.core import backup
from brst_desktop.core import models as m
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.travel import (
    TravelError,
    bring_back,
    deletions,
    find_origin,
    plan_return,
    returning,
    take_trip,
)
from tests.helpers.database import dump
from tests.helpers.travel import unclassified

pytestmark = pytest.mark.both_engines
TRIP = demo_id("trip")
YIN = demo_id("person:yin")


def _all_rows(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every record of every exchanged table, as JSON values with its hash (any engine)."""
    out: dict[str, list[dict[str, Any]]] = {}
    with db.session() as session:
        for name, table in rec.TABLES.items():
            rows = [dict(r) for r in session.execute(select(table)).mappings()]
            out[name] = sorted(
                ({**rec.to_json(table, r), "_hash": rec.row_hash(name, r)} for r in rows),
                key=lambda r: r["id"],
            )
    return out


def _trip_rows(db: Database, trip_id: uuid.UUID = TRIP) -> dict[str, list[dict[str, Any]]]:
    with db.session() as session:
        tables = rec.collect_trip(session, trip_id)
    return {
        name: [{**rec.to_json(rec.TABLES[name], r), "_hash": rec.row_hash(name, r)} for r in rows]
        for name, rows in tables.items()
    }


def _add_other_trip(db: Database) -> uuid.UUID:
    """A second trip on the server, which no travelling copy may touch."""
    with db.session() as session:
        trip = m.Trip(
            title_en="Visit to Kunming", title_th="เยือนคุนหมิง", start_date=date(2024, 3, 1)
        )
        session.add(trip)
        session.flush()
        session.add(
            m.Event(
                trip_id=trip.id,
                title_en="Call on the governor",
                starts_at=datetime(2024, 3, 1, 2, 0, tzinfo=UTC),
                timezone="Asia/Shanghai",
            )
        )
        return trip.id


@pytest.fixture
def server(demo_db: Database) -> Database:
    """The office's database (a file, or PostgreSQL for ``both_engines`` tests): the demo trip
    and another trip."""
    _add_other_trip(demo_db)
    return unclassified(demo_db)


def _state(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every record and every note of a database, on any engine: equal states, equal data."""
    from brst_desktop.core.travel import origin

    rows = _all_rows(db)
    with db.session() as session:
        notes = [(s.record_id, s.content_hash) for s in session.scalars(select(m.ExchangeState))]
        taken = [(o.trip_id, o.source, o.taken_at) for o in origin.origins(session)]
        bases = sorted(origin.bases(session, TRIP).items(), key=str) if taken else []
    return {**rows, "_exchange": sorted(notes, key=str), "_origin": taken, "_bases": bases}  # type: ignore[dict-item]


def _first_event(db: Database) -> uuid.UUID:
    with db.session() as session:
        return session.scalars(
            select(m.Event.id).where(m.Event.trip_id == TRIP).order_by(m.Event.starts_at)
        ).first()


def _edit(db: Database, model: type[m.Base], record_id: uuid.UUID, **values: Any) -> None:
    with db.session() as session:
        record = session.get(model, record_id)
        for key, value in values.items():
            setattr(record, key, value)


def _value(db: Database, model: type[m.Base], record_id: uuid.UUID, field: str) -> Any:
    with db.session() as session:
        return getattr(session.get(model, record_id), field)


def _take(server: Database, tmp_path: Path) -> Database:
    result = take_trip(server, tmp_path / "laptop" / "trip.sqlite", str(TRIP))
    assert result.created and result.trip_id == TRIP
    return open_database(result.path, create=False)


@pytest.fixture
def laptop(server: Database, tmp_path: Path) -> Iterator[Database]:
    (tmp_path / "laptop").mkdir()
    copy_db = _take(server, tmp_path)
    yield copy_db
    copy_db.close()


def test_taking_copies_the_trip_whole_and_remembers_where_from(server, laptop, tmp_path) -> None:
    assert _trip_rows(laptop) == _trip_rows(server)  # every field, timestamps included
    with laptop.session() as session:
        assert [t.id for t in session.scalars(select(m.Trip))] == [TRIP]  # not the other trip
    found = find_origin(laptop)
    assert found.trip_id == TRIP
    assert found.source == (server.address if server.on_server else str(server.path.resolve()))
    assert found.returned_at is None
    # Nothing left beside a new copy but the copy (no temporary file, journal or lock).
    (tmp_path / "bag").mkdir()
    take_trip(server, tmp_path / "bag" / "trip.db", TRIP.hex[:8])
    assert [p.name for p in (tmp_path / "bag").iterdir()] == ["trip.db"]


def test_both_sides_edit_and_the_changes_come_back(server, laptop) -> None:
    event = _first_event(server)
    other_before = _other_rows(server)
    _edit(server, m.Person, YIN, position_en="Vice Minister (server)")  # the server's field
    _edit(laptop, m.Event, event, venue_en="Room 3, laptop")  # the laptop's field
    _edit(server, m.Trip, TRIP, notes="notes from the office")  # both sides: a conflict
    _edit(laptop, m.Trip, TRIP, notes="notes from the road")
    # The same record: a field each side besides, which are no conflict.
    _edit(server, m.Trip, TRIP, sensitivities_en="the office's sensitivities")
    _edit(laptop, m.Trip, TRIP, purpose_en="the laptop's purpose")

    preview = plan_return(server, laptop)
    conflicts = [(c.table, c.id, c.fields) for c in preview.plan.conflicts]
    assert conflicts == [("trip", TRIP, ["notes"])]
    by_id = {c.id: c for c in preview.plan.changes}
    assert by_id[event].kind == "changed" and by_id[event].fields == ["venue_en"]
    assert by_id[YIN].kind == "kept"  # the server's is newer
    assert preview.plan.counts()["added"] == 0

    result = bring_back(server, laptop)
    assert result.updated == 2 and result.added == 0  # the event, and the trip's purpose
    assert result.plan.conflicts[0].id == TRIP
    # The server: the laptop's field, its own field, and its own side of the conflict.
    assert _value(server, m.Event, event, "venue_en") == "Room 3, laptop"
    assert _value(server, m.Person, YIN, "position_en") == "Vice Minister (server)"
    assert _value(server, m.Trip, TRIP, "notes") == "notes from the office"
    assert _value(server, m.Trip, TRIP, "purpose_en") == "the laptop's purpose"
    assert _value(server, m.Trip, TRIP, "sensitivities_en") == "the office's sensitivities"
    # The copy now matches the server, and the other trip was not touched.
    assert _trip_rows(laptop) == _trip_rows(server)
    assert _other_rows(server) == other_before
    assert result.changes.ids("trip") == {TRIP} and result.changes.ids("person") == {YIN}
    assert find_origin(laptop).returned_at is not None
    # The copy was backed up before it took the server's version of the conflict.
    assert "before-import" in [b.reason for b in backup.list_backups(laptop.path)]

    # A second bring-back with no new edits changes nothing on either side.
    server_before, laptop_before = _state(server), dump(laptop.path)
    again = bring_back(server, laptop)
    assert again.added == again.updated == again.refreshed == 0
    assert {c.kind for c in again.plan.changes} == {"unchanged"}
    assert _state(server) == server_before
    assert _without_return_time(dump(laptop.path)) == _without_return_time(laptop_before)


def _other_rows(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every record that is not the demo trip's (the other trip, with its event)."""
    mine = {r["id"] for rows in _trip_rows(db).values() for r in rows}
    return {name: [r for r in rows if r["id"] not in mine] for name, rows in _all_rows(db).items()}


def _without_return_time(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith("travel_origin (")]


def test_the_laptops_side_of_a_conflict_wins_when_chosen(server, laptop) -> None:
    _edit(server, m.Trip, TRIP, notes="office")
    _edit(laptop, m.Trip, TRIP, notes="road")
    _edit(laptop, m.Person, YIN, position_en="laptop's")
    _edit(server, m.Person, YIN, position_en="office's")
    result = bring_back(server, laptop, choices={TRIP: "laptop"})  # the person: office wins
    assert {c.id for c in result.plan.conflicts} == {TRIP, YIN}
    assert _value(server, m.Trip, TRIP, "notes") == "road"
    assert _value(server, m.Person, YIN, "position_en") == "office's"
    assert _trip_rows(laptop) == _trip_rows(server)
    bring_back(server, laptop, prefer="laptop")  # nothing new: nothing changes
    assert _value(server, m.Person, YIN, "position_en") == "office's"


def test_a_record_both_changed_in_different_fields_is_merged(server, laptop) -> None:
    _edit(server, m.Person, YIN, position_en="Minister (office)")
    _edit(laptop, m.Person, YIN, honorific_en="Mr (laptop)")
    preview = plan_return(server, laptop)
    (yin,) = [c for c in preview.plan.changes if c.id == YIN]
    assert (yin.kind, yin.fields) == ("changed", ["honorific_en"])
    assert set(yin.values) == {"honorific_en"}
    version = _value(server, m.Person, YIN, "row_version")
    bring_back(server, laptop)
    assert _value(server, m.Person, YIN, "row_version") == version + 1  # a save like any other
    assert _value(server, m.Person, YIN, "position_en") == "Minister (office)"
    assert _value(server, m.Person, YIN, "honorific_en") == "Mr (laptop)"
    assert _trip_rows(laptop) == _trip_rows(server)


def test_records_added_on_the_laptop_and_deleted_on_the_server(server, laptop) -> None:
    # The laptop adds an event; the server deletes one the laptop left alone.
    with laptop.session() as session:
        added = m.Event(
            trip_id=TRIP,
            title_en="Dinner added on the road",
            starts_at=datetime(2023, 11, 8, 12, 0, tzinfo=UTC),
            timezone="Asia/Shanghai",
        )
        session.add(added)
        session.flush()
        added_id = added.id
    gone = _first_event(server)
    with server.session() as session:
        session.delete(session.get(m.Event, gone))
    result = bring_back(server, laptop)
    by_id = {c.id: c for c in result.plan.changes}
    assert by_id[added_id].kind == "added"
    assert by_id[gone].kind == "kept" and by_id[gone].note == returning.DELETED_ON_SERVER
    assert _value(server, m.Event, added_id, "title_en") == "Dinner added on the road"
    with server.session() as session:
        assert session.get(m.Event, gone) is None  # not brought back to life
    assert _trip_rows(laptop) == _trip_rows(server)  # gone from the copy too


def test_a_failed_return_leaves_both_databases_as_they_were(server, laptop, monkeypatch) -> None:
    _edit(laptop, m.Trip, TRIP, notes="road")
    server_before, laptop_before = _state(server), dump(laptop.path)
    real = returning.write_plan

    def write_then_fail(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)  # the server's rows are written, then the disk fails
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(returning, "write_plan", write_then_fail)
    with pytest.raises(OSError):
        bring_back(server, laptop)
    assert _state(server) == server_before
    assert dump(laptop.path) == laptop_before
    monkeypatch.undo()
    bring_back(server, laptop)  # and then it goes through
    assert _value(server, m.Trip, TRIP, "notes") == "road"


def test_refusals_are_sentences(server, laptop, tmp_path) -> None:
    with pytest.raises(TravelError, match="holds no trip taken from an office server"):
        bring_back(laptop, server)  # the wrong way round
    with pytest.raises(TravelError, match="already holds the trip"):
        take_trip(server, laptop.path, str(TRIP))
    if not server.on_server:
        with pytest.raises(TravelError, match="database it comes from"):
            take_trip(server, server.path, str(TRIP))
    other = tmp_path / "other.sqlite"
    second = open_database(other)
    second.close()
    result = take_trip(server, other, str(TRIP))  # an existing database without the trip
    assert not result.created and result.replaced == 0


BILATERAL = demo_id("event:bilateral")


def _delete(db: Database, model: type[m.Base], key: uuid.UUID) -> None:
    with db.session() as session:
        session.delete(session.get(model, key))


def _participants(db: Database, event: uuid.UUID) -> list[uuid.UUID]:
    with db.session() as session:
        statement = select(m.EventParticipant.id).where(m.EventParticipant.event_id == event)
        return list(session.scalars(statement))


def test_an_event_deleted_on_the_laptop_is_deleted_on_the_server(server, laptop) -> None:
    participants = _participants(server, BILATERAL)  # deleted with the event, everywhere
    assert participants
    _delete(laptop, m.Event, BILATERAL)
    preview = plan_return(server, laptop)
    (change,) = [c for c in preview.plan.changes if c.id == BILATERAL]
    assert (change.kind, change.note) == ("changed", deletions.DELETED_ON_LAPTOP)
    result = bring_back(server, laptop)
    deleted = result.server_changes.deleted
    assert ("event", BILATERAL) in deleted and result.deleted == len(deleted)
    assert {("event_participant", key) for key in participants} <= deleted
    with server.session() as session:
        assert session.get(m.Event, BILATERAL) is None
    assert _participants(server, BILATERAL) == []
    assert _trip_rows(laptop) == _trip_rows(server)


def test_a_deletion_that_would_take_a_servers_new_record_is_not_made(server, laptop) -> None:
    _delete(laptop, m.Event, BILATERAL)
    with server.session() as session:  # meanwhile the office adds someone to that meeting
        present = set(
            session.scalars(
                select(m.EventParticipant.person_id).where(m.EventParticipant.event_id == BILATERAL)
            )
        )
        person = next(p for p in session.scalars(select(m.Person.id)) if p not in present)
        session.add(m.EventParticipant(event_id=BILATERAL, person_id=person))
    result = bring_back(server, laptop)
    (change,) = [c for c in result.plan.changes if c.id == BILATERAL]
    assert (change.kind, change.note) == ("kept", deletions.STILL_NEEDED)
    assert result.deleted == 0
    with server.session() as session:
        assert session.get(m.Event, BILATERAL) is not None
    assert _trip_rows(laptop) == _trip_rows(server)  # the meeting is back on the laptop


def test_a_deletion_of_a_record_the_server_changed_is_a_conflict(server, laptop) -> None:
    _delete(laptop, m.Event, BILATERAL)
    _edit(server, m.Event, BILATERAL, title_en="Bilateral talks (moved)")
    preview = plan_return(server, laptop)
    (change,) = [c for c in preview.plan.changes if c.id == BILATERAL]
    assert (change.kind, change.note) == ("conflict", deletions.DELETED_ON_LAPTOP)
    bring_back(server, laptop)  # the server's version stays by default
    assert _value(server, m.Event, BILATERAL, "title_en") == "Bilateral talks (moved)"
    assert _value(laptop, m.Event, BILATERAL, "title_en") == "Bilateral talks (moved)"
    _delete(laptop, m.Event, BILATERAL)
    _edit(server, m.Event, BILATERAL, title_en="Bilateral talks (moved again)")
    bring_back(server, laptop, choices={BILATERAL: "laptop"})  # the laptop's deletion chosen
    with server.session() as session:
        assert session.get(m.Event, BILATERAL) is None


def test_a_classified_trip_goes_only_into_a_protected_copy(server, tmp_path) -> None:
    from brst_desktop.core import crypto
    from brst_desktop.core.travel.errors import UnprotectedCopyError

    with server.session() as session:
        book = session.scalars(select(m.BriefingBook).where(m.BriefingBook.trip_id == TRIP)).first()
        book.classification = m.Classification.SECRET
    target = tmp_path / "secret.sqlite"
    with pytest.raises(UnprotectedCopyError, match="has a secret briefing book") as refused:
        take_trip(server, target, str(TRIP))
    assert refused.value.fields["level"].th == "ลับมาก"
    assert not target.exists()
    plain = tmp_path / "plain.sqlite"
    open_database(plain).close()
    with pytest.raises(UnprotectedCopyError):
        take_trip(server, plain, str(TRIP))  # an existing file without a passphrase
    take_trip(server, target, str(TRIP), passphrase="a long passphrase")
    assert crypto.is_encrypted(target)
    copy_db = open_database(target, passphrase="a long passphrase", create=False)
    try:
        _edit(copy_db, m.Trip, TRIP, notes="secret notes from the road")
        bring_back(server, copy_db)
        assert _value(server, m.Trip, TRIP, "notes") == "secret notes from the road"
    finally:
        copy_db.close()


@pytest.mark.both_engines
def test_the_trip_s_own_classification_goes_out_and_comes_back(server, tmp_path) -> None:
    """Not just its books': the copy holds the trip's level, a level raised on the server
    reaches the copy, one raised on the laptop reaches the server."""
    from brst_desktop.core.services import records

    records.update(server, "trip", TRIP, {"classification": "confidential"})
    target = tmp_path / "copy.sqlite"
    take_trip(server, target, str(TRIP), passphrase="a long passphrase")
    copy_db = open_database(target, passphrase="a long passphrase", create=False)
    try:
        assert _value(copy_db, m.Trip, TRIP, "classification") is m.Classification.CONFIDENTIAL
        records.update(server, "trip", TRIP, {"classification": "secret"})
        bring_back(server, copy_db)  # nothing changed on the laptop: the copy is refreshed
        assert _value(copy_db, m.Trip, TRIP, "classification") is m.Classification.SECRET
        records.update(copy_db, "trip", TRIP, {"classification": "top_secret"})
        bring_back(server, copy_db)
        assert _value(server, m.Trip, TRIP, "classification") is m.Classification.TOP_SECRET
        assert _value(copy_db, m.Trip, TRIP, "classification") is m.Classification.TOP_SECRET
    finally:
        copy_db.close()

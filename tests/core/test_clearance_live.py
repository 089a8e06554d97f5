"""A clearance changed while a window listens takes effect at once, and a trip raised beyond a
listener leaves it at once, without the listener ever reading what it is not cleared for.

``admin grant``/``admin revoke`` send an empty notice; each listener then asks the server for
its own user's clearance and for the trips it can see now (the server filters them), and
publishes the trips that appeared or vanished. The same look follows any notice on a level's
channel, so a trip raised above a listener's clearance vanishes from its window although the
log (row-level security) tells it nothing about the trip."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from brst_desktop.core import change_notices, server
from brst_desktop.core.change_notices import Standing
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database, open_server_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.models import Classification
from brst_desktop.core.services import records, trips
from brst_desktop.core.travel import origin
from tests.helpers.cli import run_main
from tests.helpers.office import NOTICE_WAIT_MS, cleared_office
from tests.helpers.postgres import TestServer

TRIP = demo_id("trip")  # ลับ (its book's level)
OPEN_TRIP = uuid.UUID("0e2a5c1e-0000-4000-8000-0000000000a1")
WAIT = NOTICE_WAIT_MS / 1000


class Office:
    def __init__(self, server: TestServer) -> None:
        self.server = server
        self.name, self.urls = cleared_office(server, clerk="none", chief="top-secret")
        self.opened: list[Database] = []

    def open(self, who: str) -> Database:
        database = open_server_database(self.urls[who])
        self.opened.append(database)
        return database

    def login(self, who: str) -> str:
        return str(server.parse_address(self.urls[who]).user)

    def admin(self, *args: str) -> str:
        ran = run_main("--db", self.urls["owner"], "admin", *args)
        assert ran.returncode == 0, ran.stderr
        return ran.stdout


@pytest.fixture
def office(postgres_server: TestServer) -> Iterator[Office]:
    made = Office(postgres_server)
    yield made
    for database in made.opened:
        database.close()
    postgres_server.drop_database(made.name)


class _Ear:
    """change_notices.listen on a thread, as a window listens: what it read, published and
    was told of its clearance."""

    def __init__(self, database: Database) -> None:
        self.entries: list[dict] = []
        self.changes: list[ChangeSet] = []
        self.standings: list[tuple[Standing, Standing]] = []
        self.stop, self.ready = threading.Event(), threading.Event()
        self.thread = threading.Thread(
            target=change_notices.listen,
            args=(database.engine, self.changes.append, self.stop),
            kwargs={
                "ready": self.ready,
                "received": self.entries.extend,
                "cleared": lambda before, now: self.standings.append((before, now)),
            },
        )
        self.thread.start()
        assert self.ready.wait(10)

    def keys(self, kind: str) -> set[tuple[str, uuid.UUID]]:
        return {key for c in list(self.changes) for key in getattr(c, kind)}

    def wait_for(self, found, what: str) -> None:
        until = time.monotonic() + WAIT
        while time.monotonic() < until:
            if found():
                return
            time.sleep(0.02)
        raise AssertionError(f"not heard within {WAIT:.0f} s: {what}")

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        assert not self.thread.is_alive()


def _level(ear: _Ear) -> Classification | None:
    return ear.standings[-1][1].level if ear.standings else None


def test_a_grant_and_a_revoke_reach_a_listening_user_at_once(office: Office) -> None:
    clerk, chief = office.open("clerk"), office.open("chief")
    event = trips.itinerary(chief, TRIP)[0].id
    secret_ids = {str(TRIP), str(event)}
    # A curious user hears the clearance channel too: its notices carry nothing.
    spy = psycopg.connect(server.parse_address(office.urls["clerk"]).conninfo(), autocommit=True)
    spy.execute(f"LISTEN {change_notices.CLEARANCE_CHANNEL}")
    ear = _Ear(clerk)
    try:
        assert trips.list_trips(clerk) == []
        # Granted secret: told so, the ลับ trip appears, and its changes are heard.
        office.admin("grant", office.login("clerk"), "--clearance", "secret")
        ear.wait_for(lambda: _level(ear) is Classification.SECRET, "the grant")
        assert ear.standings[0][0] == Standing(True, Classification.UNCLASSIFIED)
        ear.wait_for(lambda: ("trip", TRIP) in ear.keys("added"), "the trip, now visible")
        records.update(chief, "event", event, {"title_en": "Talks at ten"})
        ear.wait_for(lambda: ("event", event) in ear.keys("updated"), "the ลับ trip's event")
        assert office.login("chief") in {e["author"] for e in ear.entries}

        # Back to none: told so, the trip is gone, and nothing of it is heard any more.
        office.admin("grant", office.login("clerk"), "--clearance", "none")
        ear.wait_for(lambda: _level(ear) is Classification.UNCLASSIFIED, "the lowering")
        ear.wait_for(lambda: ("trip", TRIP) in ear.keys("deleted"), "the trip, now hidden")
        heard = len(ear.entries)
        records.update(chief, "event", event, {"title_en": "Talks at eleven"})
        person = _a_person(chief)
        records.update(chief, "person", person, {"notes": "Vegetarian"})  # shared: heard
        ear.wait_for(lambda: ("person", person) in ear.keys("updated"), "a shared person")
        later = ear.entries[heard:]
        assert not {e["record_id"] for e in later} & secret_ids
        events = [e for e in later if e["table_name"] == "event"]
        assert office.login("chief") not in {e["author"] for e in events}
        assert trips.list_trips(clerk) == []

        # Revoked entirely: told so (no clearance at all), and the listener goes on.
        office.admin("revoke", office.login("clerk"))
        ear.wait_for(lambda: ear.standings[-1][1] == Standing(True, None), "the revoke")
        records.update(chief, "event", event, {"title_en": "Talks at noon"})
        office.admin("grant", office.login("clerk"), "--clearance", "confidential")
        ear.wait_for(lambda: _level(ear) is Classification.CONFIDENTIAL, "the new grant")
        assert ear.thread.is_alive()
        assert [t.id for t in trips.list_trips(clerk)] == [TRIP]
    finally:
        ear.close()
    notices = list(spy.notifies(timeout=0.5))
    spy.close()
    assert len(notices) >= 3 and {n.payload for n in notices} == {""}


def test_a_trip_raised_beyond_a_listener_leaves_it_and_tells_it_nothing(office: Office) -> None:
    clerk, chief = office.open("clerk"), office.open("chief")
    records.create(chief, "trip", {"id": OPEN_TRIP, "title_en": "Open day", "title_th": "วันเปิด"})
    event = trips.itinerary(chief, TRIP)[0].id
    ear = _Ear(clerk)
    try:
        assert [t.id for t in trips.list_trips(clerk)] == [OPEN_TRIP]
        records.update(chief, "trip", OPEN_TRIP, {"classification": "confidential"})
        ear.wait_for(lambda: ("trip", OPEN_TRIP) in ear.keys("deleted"), "the raised trip")
        told = [e for e in ear.entries if e["record_id"] == str(OPEN_TRIP)]
        # What the clerk learns: the trip it saw is no longer there; not who, not why.
        assert told == [
            {
                "table_name": "trip",
                "record_id": str(OPEN_TRIP),
                "version": None,
                "author": None,
                "op": "delete",
                "parent": None,
            }
        ]
        records.update(chief, "trip", OPEN_TRIP, {"notes": "Raised for the minister"})
        records.update(chief, "event", event, {"title_en": "Talks at ten"})
        # Lowered again: it comes back.
        records.update(chief, "trip", OPEN_TRIP, {"classification": "unclassified"})
        ear.wait_for(lambda: ("trip", OPEN_TRIP) in ear.keys("added"), "the lowered trip")
        assert [t.id for t in trips.list_trips(clerk)] == [OPEN_TRIP]
    finally:
        ear.close()
    assert not {e["record_id"] for e in ear.entries} & {str(TRIP), str(event)}
    assert ear.standings == []  # the clerk's own clearance never changed


def test_the_laptop_copy_tables_are_closed_to_staff_on_the_server(office: Office) -> None:
    """travel_origin/travel_base exist on the server (one schema) but only a laptop copy fills
    them: staff may neither read nor write them; the program never looks there on a server;
    running admin init again (how an older server gets this) keeps it so."""
    chief = office.open("chief")
    for statement in (
        "SELECT count(*) FROM travel_origin",
        "SELECT count(*) FROM travel_base",
        f"INSERT INTO travel_origin (trip_id, source, taken_at) VALUES ('{TRIP}', 'x', now())",
        "DELETE FROM travel_base",
    ):
        with pytest.raises(DBAPIError, match="permission denied"), chief.engine.begin() as c:
            c.execute(text(statement))
    with chief.session() as session:
        assert origin.origins(session) == [] and origin.bases(session, TRIP) == {}
    office.admin("init")
    with pytest.raises(DBAPIError, match="permission denied"), chief.engine.begin() as c:
        c.execute(text("SELECT count(*) FROM travel_origin"))
    owner = office.open("owner")
    with owner.engine.begin() as c:  # the administrator's tables still
        assert c.scalar(text("SELECT count(*) FROM travel_origin")) == 0


def _a_person(db: Database) -> uuid.UUID:
    from sqlalchemy import select

    from brst_desktop.core import models as m

    with db.session() as session:
        found = session.scalars(select(m.Person.id).order_by(m.Person.id)).first()
    assert found is not None
    return found

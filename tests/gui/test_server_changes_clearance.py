"""Windows on the office server hear of each other's changes only as far as their users are
cleared: a window cleared for the ลับ demo trip shows a colleague's change; a window of a user
cleared ``none``, open on the same server at the same time, receives nothing about it (its
listener publishes no key of the trip's records). How fast: benchmarks/office_server.py."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database, open_server_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records, trips
from tests.helpers.gui import BILATERAL, event_form, open_window
from tests.helpers.office import NOTICE_WAIT_MS, cleared_office
from tests.helpers.postgres import TestServer

TRIP = demo_id("trip")


@pytest.fixture
def office(postgres_server: TestServer) -> Iterator[dict[str, str]]:
    """Ask for it before ``qtbot``: the database is dropped after the windows closed."""
    name, urls = cleared_office(
        postgres_server, desk="confidential", chief="top-secret", clerk="none"
    )
    yield urls
    postgres_server.drop_database(name)


def test_a_cleared_window_shows_a_change_an_uncleared_one_hears_nothing(
    office: dict[str, str], qtbot, english
) -> None:
    chief = open_server_database(office["chief"])
    desk, clerk = open_server_database(office["desk"]), open_server_database(office["clerk"])
    windows = [open_window(qtbot, desk), open_window(qtbot, clerk)]
    heard_by_clerk: list[ChangeSet] = []
    try:
        for window in windows:
            listener = window.context.server_changes
            assert listener is not None and listener.ready.wait(10)
        windows[1].context.server_changes.arrived.connect(heard_by_clerk.append)
        assert trips.list_trips(clerk) == []  # the demo trip is ลับ: not the clerk's
        form = event_form(windows[0])
        thai = form.widgets["title_th"]
        assert thai.text() != "หารือทวิภาคีกับกระทรวงวิทยาศาสตร์"

        records.update(chief, "event", BILATERAL, {"title_th": "หารือทวิภาคีกับกระทรวงวิทยาศาสตร์"})
        shown = "หารือทวิภาคีกับกระทรวงวิทยาศาสตร์"
        qtbot.waitUntil(lambda: thai.text() == shown, timeout=NOTICE_WAIT_MS)

        # People are shared: the clerk's window hears of a change to one (it listens, and
        # would have heard), but it got nothing of the trip's.
        person = _a_person(clerk)
        records.update(chief, "person", person, {"notes": "Met at the airport"})
        qtbot.waitUntil(lambda: ("person", person) in _keys(heard_by_clerk), timeout=NOTICE_WAIT_MS)
        assert not {record_id for _, record_id in _keys(heard_by_clerk)} & {TRIP, BILATERAL}
    finally:
        for window in windows:
            if window.context.server_changes is not None:
                window.context.server_changes.stop()
            window.close()
        for db in (chief, desk, clerk):
            db.close()


def _keys(batches: list[ChangeSet]) -> set[tuple[str, uuid.UUID]]:
    return {key for c in batches for key in c.added | c.updated | c.deleted}


def _a_person(db: Database) -> uuid.UUID:
    with db.session() as session:
        return session.scalars(select(m.Person.id).order_by(m.Person.id)).first()

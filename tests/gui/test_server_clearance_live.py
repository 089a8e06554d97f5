"""A window open on the office server follows its user's clearance as the administrator changes
it, without reopening: a clerk cleared ``none`` is granted ลับ and the ลับ demo trip appears in
the trip list; cleared ``none`` again, it disappears (the open event with it) with a sentence;
revoked entirely, the window says so once and shows nothing. And a trip a colleague raises
above the clerk's clearance leaves the open window, with a sentence. The list is compared with
what the server lets the same user read."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from brst_desktop.core import server
from brst_desktop.core.db import Database, open_server_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records, trips
from tests.helpers.cli import run_main
from tests.helpers.gui import BILATERAL, event_form, open_window
from tests.helpers.office import NOTICE_WAIT_MS, cleared_office
from tests.helpers.postgres import TestServer

TRIP = demo_id("trip")  # ลับ
OPEN_TRIP = uuid.UUID("0e2a5c1e-0000-4000-8000-0000000000b1")


@pytest.fixture
def office(postgres_server: TestServer) -> Iterator[dict[str, str]]:
    """Ask for it before ``qtbot``: the database is dropped after the windows closed."""
    name, urls = cleared_office(postgres_server, clerk="none", chief="top-secret")
    yield urls
    postgres_server.drop_database(name)


def _admin(office: dict[str, str], *args: str) -> None:
    ran = run_main("--db", office["owner"], "admin", *args)
    assert ran.returncode == 0, ran.stderr


def _login(url: str) -> str:
    return str(server.parse_address(url).user)


def _listed(window: Any) -> list[uuid.UUID]:
    return sorted(row.id for row in window.trips_page.trips.model.rows)


def _readable(db: Database) -> list[uuid.UUID]:
    return sorted(trip.id for trip in trips.list_trips(db))


def _close(window: Any, *databases: Database) -> None:
    if window.context.server_changes is not None:
        window.context.server_changes.stop()
    window.close()
    for db in databases:
        db.close()


def test_a_grant_shows_the_trip_and_a_revoke_takes_it_away_in_the_open_window(
    office: dict[str, str], qtbot, english
) -> None:
    clerk = open_server_database(office["clerk"])
    window = open_window(qtbot, clerk)
    try:
        assert window.context.server_changes.ready.wait(10)
        assert _listed(window) == _readable(clerk) == []

        _admin(office, "grant", _login(office["clerk"]), "--clearance", "confidential")
        qtbot.waitUntil(lambda: TRIP in _listed(window), timeout=NOTICE_WAIT_MS)
        assert _listed(window) == _readable(clerk) == [TRIP]
        assert window.statusBar().currentMessage() == (
            "Your clearance on the office server is now confidential: every trip it lets you"
            " see is shown."
        )
        form = event_form(window)  # the ลับ trip's bilateral meeting, open in its editor
        assert form.isVisible() and form.widgets["title_en"].text()

        _admin(office, "grant", _login(office["clerk"]), "--clearance", "none")
        qtbot.waitUntil(lambda: TRIP not in _listed(window), timeout=NOTICE_WAIT_MS)
        assert _listed(window) == _readable(clerk) == []
        qtbot.waitUntil(lambda: not form.isVisible(), timeout=NOTICE_WAIT_MS)
        assert form.record_id != BILATERAL
        assert window.notice_box is not None and window.notice_box.isVisible()
        assert window.notice_box.text() == (
            "Your clearance on the office server is now none: trips classified above it, and"
            " anything of them you had open, are no longer shown."
        )
        window.notice_box.accept()

        _admin(office, "revoke", _login(office["clerk"]))
        qtbot.waitUntil(lambda: window.notice_box is not None, timeout=NOTICE_WAIT_MS)
        assert window.notice_box.text() == (
            f"Your user {_login(office['clerk'])} no longer has any clearance on the office"
            " server, so nothing of it is shown; ask the office's administrator to grant one."
        )
        assert not window.stack.isEnabled() and not window.search_box.isEnabled()
        window.notice_box.accept()

        # Cleared again: the window comes back to life and lists what it may see.
        _admin(office, "grant", _login(office["clerk"]), "--clearance", "secret")
        qtbot.waitUntil(lambda: TRIP in _listed(window), timeout=NOTICE_WAIT_MS)
        assert window.stack.isEnabled() and _listed(window) == _readable(clerk) == [TRIP]
    finally:
        _close(window, clerk)


def test_a_trip_raised_above_the_user_leaves_the_open_window_with_a_sentence(
    office: dict[str, str], qtbot, thai
) -> None:
    chief = open_server_database(office["chief"])
    records.create(chief, "trip", {"id": OPEN_TRIP, "title_en": "Open day", "title_th": "วันเปิด"})
    clerk = open_server_database(office["clerk"])
    window = open_window(qtbot, clerk)
    try:
        assert window.context.server_changes.ready.wait(10)
        page = window.pages.show("trips")
        assert _listed(window) == _readable(clerk) == [OPEN_TRIP]
        page.tabs.setCurrentWidget(page.trips.editor_scroll)  # the trip's own form, open
        assert page.trips.form.record_id == OPEN_TRIP and page.trips.form.isVisible()

        records.update(chief, "trip", OPEN_TRIP, {"classification": "confidential"})
        qtbot.waitUntil(lambda: OPEN_TRIP not in _listed(window), timeout=NOTICE_WAIT_MS)
        assert _listed(window) == _readable(clerk) == []
        assert page.trips.form.record_id is None and not page.trips.form.isVisible()
        assert window.statusBar().currentMessage() == (
            "รายการที่คุณเปิดอยู่ถูกลบบนเซิร์ฟเวอร์สำนักงาน หรือการเดินทางของรายการนั้นมีชั้นความลับ"
            "สูงกว่าสิทธิ์ของคุณแล้ว จึงถูกปิดไป"
        )

        records.update(chief, "trip", OPEN_TRIP, {"classification": "unclassified"})
        qtbot.waitUntil(lambda: OPEN_TRIP in _listed(window), timeout=NOTICE_WAIT_MS)
        assert _listed(window) == _readable(clerk) == [OPEN_TRIP]
    finally:
        _close(window, clerk, chief)

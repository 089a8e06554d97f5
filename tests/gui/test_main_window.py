"""The main window on the demo trip: lists trips, shows one, screenshots from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services.trips import itinerary
from tests.helpers.cli import run_main


def test_main_window_lists_the_demo_trip_and_shows_its_itinerary(demo_window) -> None:
    page = demo_window.trips_page
    titles = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert titles == [
        "The first Belt and Road Conference on Science and Technology Exchange (BRST)"
    ]
    assert page.current_trip == demo_id("trip")
    assert "Belt and Road" in page.heading.text()
    tree = page.itinerary.itinerary
    days = [tree.item(r, 0).text() for r in range(tree.rowCount())]
    assert days == [
        "Sunday 5 November 2023",
        "Monday 6 November 2023",
        "Tuesday 7 November 2023",
        "Wednesday 8 November 2023",
    ]
    last_day = tree.item(3, 0)
    flight = [last_day.child(last_day.rowCount() - 1, c).text() for c in range(5)]
    # The flight home leaves Chongqing at 22:50 (CST, UTC+8) and lands in Bangkok at 00:55 (ICT).
    assert flight[0] == "22:50 CST – 00:55 +1 ICT"
    assert flight[1] == "21:50–00:55 +1 ICT"
    assert "Crosses midnight (local time)" in flight[3]
    assert "Crosses midnight (home time)" in flight[3]


def test_itinerary_flags_overlaps_and_leaves_back_to_back_events_alone(demo_db) -> None:
    items = itinerary(demo_db, demo_id("trip"))
    assert len(items) == 12
    assert all(not item.overlaps for item in items)  # the demo programme is consistent
    meeting = next(i for i in items if i.id == demo_id("event:signing"))
    assert meeting.local_start.utcoffset().total_seconds() == 8 * 3600
    assert meeting.home_start.utcoffset().total_seconds() == 7 * 3600


def test_screenshot_option_writes_a_picture_of_the_window(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "brst_desktop", "--demo", "--lang", "th", "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)  # the common government laptop
    # Not a blank picture: the window drew text and tables into it.
    colours = {image.pixel(x, y) for x in range(0, 1366, 16) for y in range(0, 768, 16)}
    assert len(colours) > 10


def test_a_database_newer_than_the_program_is_refused_with_a_sentence(
    tmp_path: Path, english: None
) -> None:
    import sqlite3

    path = tmp_path / "new.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('future_revision_9999')")
    # in this process: the window's start-up path, refused before any window is made
    result = run_main("--db", path, "--screenshot", tmp_path / "x.png")
    assert result.returncode == 2
    assert "newer version of BRST Desktop" in result.stderr
    assert not (tmp_path / "x.png").exists()
    with sqlite3.connect(path) as connection:  # refused untouched
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("future_revision_9999",)
        ]


def test_the_window_carries_the_program_icon_and_desktop_id(qapp, demo_window) -> None:
    from PySide6.QtGui import QGuiApplication

    from brst_desktop.gui.identity import DESKTOP_ID, set_identity

    icon = demo_window.windowIcon()
    assert not icon.isNull()
    # A real drawing, not an empty pixmap: the small size has opaque, coloured pixels.
    image = icon.pixmap(32, 32).toImage()
    assert image.width() == 32
    opaque = [
        image.pixelColor(x, y)
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha()
    ]
    assert len(opaque) > 200
    assert len({c.rgb() for c in opaque}) > 3
    set_identity(qapp)
    assert QGuiApplication.desktopFileName() == DESKTOP_ID == "th.go.mhesi.BRSTDesktop"
    assert not qapp.windowIcon().isNull()


def test_itinerary_says_what_to_do_until_an_event_is_chosen(demo_window, qtbot) -> None:
    editor = demo_window.trips_page.itinerary_editor
    demo_window.show()
    qtbot.waitExposed(demo_window)
    assert editor.hint.isVisible()
    assert "Choose an event" in editor.hint.text()
    editor.select(demo_id("event:signing"))
    qtbot.waitUntil(lambda: editor.form.record_id == demo_id("event:signing"))
    assert not editor.hint.isVisible()

"""Date boxes in the Buddhist Era for Thai readers, Gregorian in English; the stored value is the
same real date either way."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QToolButton

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.gui.date_entry import DateTimeEntry
from brst_desktop.gui.main_window import MainWindow
from brst_desktop.gui.table_model import id_of
from tests.helpers.gui import make_context


def open_window(qtbot, db) -> MainWindow:
    window = MainWindow(make_context(db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def signing_form(window: MainWindow):
    editor = window.pages.show("trips").itinerary_editor
    editor.select(demo_id("event:signing"))
    assert editor.form.record_id == demo_id("event:signing")
    return editor.form


def retype(qtbot, box: DateTimeEntry, text: str) -> None:
    """Select the whole box and type over it, as a user does, then press Enter."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def first_talking_point_form(window: MainWindow):
    topics = window.pages.show("topics")
    topics.topics.select(demo_id("topic:space"))
    points = topics.points
    points.select(id_of(points.model.index(0, 0)))
    assert points.form.record_id is not None
    return points.form


def test_thai_event_editor_shows_the_buddhist_year(qtbot, demo_db, thai) -> None:
    form = signing_form(open_window(qtbot, demo_db))
    start = form.widgets["starts_at"]
    assert isinstance(start, DateTimeEntry)
    # The signing is at 11:00 in Chongqing on 8 November 2023 = พ.ศ. 2566.
    # The time as the Thai book writes it: 11.00 น.
    assert start.text() == "08/11/2566 11.00\u00a0น."
    assert "2023" not in start.text()
    assert start.toolTip() == "วันพุธที่ 8 พฤศจิกายน 2566"
    # The calendar popup's header counts in the Buddhist Era too.
    header = start.calendarWidget().findChild(QToolButton, "qt_calendar_yearbutton")
    assert header.text() == "2566"
    start.calendarWidget().setCurrentPage(2024, 2)
    assert header.text() == "2567"


def test_english_event_editor_stays_gregorian(qtbot, demo_db, english) -> None:
    form = signing_form(open_window(qtbot, demo_db))
    assert form.widgets["starts_at"].text() == "2023-11-08 11:00"


def test_a_buddhist_date_typed_in_thai_is_stored_as_the_gregorian_date(
    qtbot, demo_db, thai
) -> None:
    window = open_window(qtbot, demo_db)
    form = signing_form(window)
    retype(qtbot, form.widgets["starts_at"], "9/11/2566 10:30")
    row = records.read(demo_db, "event", demo_id("event:signing"))
    shanghai = ZoneInfo("Asia/Shanghai")
    assert row["starts_at"] == datetime(2023, 11, 9, 10, 30, tzinfo=shanghai)
    # The event keeps its half hour.
    assert row["ends_at"] == datetime(2023, 11, 9, 11, 0, tzinfo=shanghai)
    assert form.widgets["starts_at"].text() == "09/11/2566 10.30\u00a0น."
    # Only the day: the time of day stays.
    retype(qtbot, form.widgets["starts_at"], "7/11/2566")
    row = records.read(demo_db, "event", demo_id("event:signing"))
    assert row["starts_at"] == datetime(2023, 11, 7, 10, 30, tzinfo=shanghai)

    # A date-only box: the trip's first day.
    trips = window.pages.show("trips")
    trips.tabs.setCurrentWidget(trips.trips.editor_scroll)
    retype(qtbot, trips.trips.form.widgets["start_date"], "4/11/2566")
    assert records.read(demo_db, "trip", demo_id("trip"))["start_date"] == date(2023, 11, 4)


def test_29_february_of_a_buddhist_leap_year_round_trips(qtbot, demo_db, thai) -> None:
    window = open_window(qtbot, demo_db)
    form = first_talking_point_form(window)
    point_id = form.record_id
    box = form.widgets["cleared_on"]
    # พ.ศ. 2567 is 2024, a leap year.
    retype(qtbot, box, "29/2/2567")
    assert records.read(demo_db, "talking_point", point_id)["cleared_on"] == date(2024, 2, 29)
    assert box.text() == "29/02/2567"
    # Shown again from the database, in a fresh form.
    form.set_record(None)
    form.set_record(point_id)
    assert form.widgets["cleared_on"].text() == "29/02/2567"
    # พ.ศ. 2566 (2023) has no 29 February: nothing is stored, the typing stays in view with a
    # sentence under it (never silently moved to another day), and Ctrl+Z shows the stored day.
    retype(qtbot, box, "29/2/2566")
    assert records.read(demo_db, "talking_point", point_id)["cleared_on"] == date(2024, 2, 29)
    assert box.text() == "29/2/2566"
    error = form.errors["cleared_on"]
    assert error.isVisibleTo(form) and "08/11/2566" in error.text()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == "29/02/2567"
    assert not error.isVisibleTo(form)


def test_stepping_the_year_and_the_calendar_popup(qtbot, thai) -> None:
    box = DateTimeEntry(with_time=False)
    qtbot.addWidget(box)
    box.show()
    box.setDate(QDate(2024, 2, 29))
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)  # the cursor in the year
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.date() == QDate(2025, 2, 28)
    assert box.text() == "28/02/2568"
    # A day chosen in the popup shows in the Buddhist Era.
    box.calendarWidget().activated.emit(QDate(2023, 11, 5))
    assert box.text() == "05/11/2566"
    # A Gregorian year typed by habit is not taken as พ.ศ. 2023 (a date in 1480).
    retype(qtbot, box, "1/1/2023")
    assert box.date() == QDate(2023, 11, 5)


def test_up_at_the_end_of_a_thai_time_steps_the_minutes(qtbot, thai) -> None:
    """Behind the Thai unit (``09.30 น.|``) Up steps the minutes, as at the end of ``09:30``."""
    from PySide6.QtCore import QDateTime, QTime
    from PySide6.QtTest import QTest

    box = DateTimeEntry()
    qtbot.addWidget(box)
    box.show()
    box.set_value(QDateTime(QDate(2023, 11, 8), QTime(9, 30)))
    assert box.text() == "08/11/2566 09.30\u00a0น."
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_End)
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert box.text() == "08/11/2566 09.31\u00a0น."
    assert box.value() == QDateTime(QDate(2023, 11, 8), QTime(9, 31))

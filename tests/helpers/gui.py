"""Helpers of the window tests."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.gui.context import AppContext

#: the demo's bilateral meeting, 10:00-11:00 Chongqing time
BILATERAL = demo_id("event:bilateral")


def make_context(db: Database) -> AppContext:
    """Jobs run at once in the test's thread, so a click's effect is visible on the next line."""
    return AppContext.create(db, synchronous=True)


def open_window(qtbot: Any, db: Database) -> Any:
    """The main window on ``db``, shown at the common government laptop's size."""
    from brst_desktop.gui.main_window import MainWindow

    window = MainWindow(make_context(db))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def event_form(window: Any, event_id: uuid.UUID = BILATERAL) -> Any:
    """The itinerary's event editor with ``event_id`` chosen."""
    editor = window.pages.show("trips").itinerary_editor
    editor.select(event_id)
    assert editor.form.record_id == event_id
    return editor.form


def participants_of_bilateral(window: Any) -> Any:
    """The participants list of the bilateral meeting, on its tab, loaded."""
    trips = window.trips_page
    trips.tabs.setCurrentWidget(trips.itinerary_editor)
    event_form(window)
    editor = trips.itinerary_editor
    bar = editor.event_tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    participants = editor.participants
    assert participants.isVisible()
    participants.reload()
    return participants


def drive_instead_of_exec(monkeypatch: Any, dialog_class: type, drive: Any) -> None:
    """Every ``dialog_class(...).exec()`` shows the dialog and runs ``drive(dialog)`` on it
    (real clicks and keys) without a nested event loop, then returns the dialog's result.

    A timer that polls for a modal dialog from inside its exec() hung whole runs: in a busy
    full run the timer never came and the modal waited for ever. Here nothing waits: a step
    that fails, or a dialog the steps leave open, rejects the dialog and fails the test.
    """
    from PySide6.QtWidgets import QApplication

    def exec_by_hand(dialog: Any) -> int:
        dialog.show()
        QApplication.processEvents()
        try:
            drive(dialog)
        except BaseException:
            dialog.reject()
            raise
        if dialog.isVisible():
            dialog.reject()
            raise AssertionError(f"the steps left the {type(dialog).__name__} open")
        return int(dialog.result())

    monkeypatch.setattr(dialog_class, "exec", exec_by_hand)

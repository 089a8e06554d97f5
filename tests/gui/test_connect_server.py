"""File ▸ Connect to office server…: typed into by hand, tested off the GUI thread, switched
to, remembered for the next start; backups there are the administrator's."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from brst_desktop.core.db import open_database, open_server_database
from brst_desktop.core.demo import demo_id, load_demo
from brst_desktop.core.services import trips
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.language import install_language
from brst_desktop.gui.main_window import MainWindow
from brst_desktop.gui.safety.connect import ConnectDialog, saved_server
from brst_desktop.gui.safety.startup import open_for_gui
from tests.helpers.postgres import SUPERUSER


@pytest.fixture
def office_url(server_database) -> str:
    url = server_database()
    database = open_server_database(url, initialise=True)
    try:
        load_demo(database)
    finally:
        database.close()
    return url


@pytest.fixture
def window(qtbot, tmp_path: Path):
    # Real workers (not the tests' synchronous ones): the test runs off the GUI thread.
    context = AppContext.create(open_database(tmp_path / "laptop.sqlite"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    yield window
    context.tasks.wait()
    window.context.db.close()


def _type(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def _fill(dialog: ConnectDialog, folder: str, database: str) -> None:
    _type(dialog.host, folder)
    _type(dialog.port.lineEdit(), "5432")
    _type(dialog.database, database)
    _type(dialog.user, SUPERUSER)


def test_connecting_by_hand_switches_the_window_and_is_remembered(
    qtbot,
    window,
    office_url: str,
    postgres_server,
    english,
    message_boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    own = tmp_path / "own.sqlite"  # never the real user's database
    monkeypatch.setattr("brst_desktop.gui.safety.connect.default_db_path", lambda: own)
    folder = str(postgres_server.folder)
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, folder, "no_such_office")
    assert dialog.address.text() == f"postgresql://{SUPERUSER}@:5432/no_such_office?host={folder}"

    QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no_such_office" in dialog.answer.text(), timeout=15000)
    assert "has no database no_such_office" in dialog.answer.text()
    assert not window.context.db.on_server

    name = office_url.split("?")[0].rsplit("/", 1)[1]
    _type(dialog.database, name)
    QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "answers" in dialog.answer.text(), timeout=15000)

    QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.db.on_server, timeout=15000)
    assert not dialog.isVisible()
    assert [t.id for t in trips.list_trips(window.context.db)] == [demo_id("trip")]
    trips_list = window.pages.show("trips").trips
    qtbot.waitUntil(lambda: trips_list.model.rowCount() == 1, timeout=15000)
    assert saved_server() == dialog.address.text()

    # the next start opens the server again
    again = open_for_gui(argparse.Namespace(db=None, demo=False, passphrase_file=None))
    try:
        assert again.on_server and again.location == window.context.db.location
    finally:
        again.close()

    # backups of a server are the administrator's: the window says so, copies nothing
    window.safety.back_up_now()
    assert len(message_boxes) == 1 and "pg_dump" in message_boxes[0]
    message_boxes.clear()
    assert not window.safety.passphrase_action.isEnabled()

    window.connect_actions.use_local()
    assert not window.context.db.on_server and saved_server() is None
    assert window.context.db.path == own


def test_a_remembered_server_that_is_gone_is_said_and_the_laptop_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes, english
) -> None:
    from brst_desktop.gui.safety.connect import save_server

    monkeypatch.setattr("brst_desktop.app.default_db_path", lambda: tmp_path / "own.sqlite")
    save_server(f"postgresql://clerk@:5432/brst?host={tmp_path}&connect_timeout=2")
    database = open_for_gui(argparse.Namespace(db=None, demo=False, passphrase_file=None))
    try:
        assert not database.on_server and database.path == tmp_path / "own.sqlite"
    finally:
        database.close()
    assert len(message_boxes) == 1 and "cannot be reached" in message_boxes[0]
    message_boxes.clear()


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_dialog_in_each_language(
    qtbot, window, postgres_server, language: str, english
) -> None:
    """Screenshots for a person to look at (/tmp/brst-connect-LANG.png): the labels and the
    refusal in the window's language."""
    install_language(QApplication.instance(), language)
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, str(postgres_server.folder), "no_such_office")
    QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no_such_office" in dialog.answer.text(), timeout=15000)
    dialog.grab().save(str(Path("/tmp") / f"brst-connect-{language}.png"))
    if language == "th":
        assert "เซิร์ฟเวอร์สำนักงานไม่มีฐานข้อมูลชื่อ no_such_office" in dialog.answer.text()
        assert dialog.connect_button.text() == "เชื่อมต่อ (&C)"
    else:
        assert dialog.answer.text().startswith("The office server has no database")

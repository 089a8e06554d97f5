"""A server password typed "for this session only": asked for at the next start (a wrong one
said and asked again; Esc opens this computer's database, the server still remembered), and
used for every reopening of that server in the session — bringing a laptop copy back above all —
without ever being written to disk."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from brst_desktop.core import models as m
from brst_desktop.core import session_passwords
from brst_desktop.core.db import open_database, open_server_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records, trips
from brst_desktop.gui.language import install_language
from brst_desktop.gui.safety.connect import ConnectDialog, save_server, saved_server
from brst_desktop.gui.safety.server_password import ServerPasswordDialog
from brst_desktop.gui.safety.startup import open_for_gui
from brst_desktop.gui.travel import ReturnDialog
from tests.helpers.gui import drive_instead_of_exec, open_window
from tests.helpers.office import password_office

TRIP = demo_id("trip")
PASSWORD = "right horse"
START = argparse.Namespace(db=None, demo=False, passphrase_file=None)


@pytest.fixture
def office(postgres_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple]:
    """A password-only role's office database; no password file, no keyring; this computer's
    own database in the test's folder."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-password-file"))
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed: nothing kept there
    own = tmp_path / "own.sqlite"
    monkeypatch.setattr("brst_desktop.app.default_db_path", lambda: own)
    monkeypatch.setattr("brst_desktop.gui.safety.connect.default_db_path", lambda: own)
    role, name, url = password_office(postgres_server, PASSWORD, unclassified=True)
    yield role, name, url, own
    postgres_server.drop_database(name)


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def _settled(dialog: ServerPasswordDialog) -> bool:
    return dialog.connect_button.isEnabled() or not dialog.isVisible()


def _files_holding(folder: Path, secret: str) -> list[Path]:
    """Every file under ``folder`` whose bytes hold ``secret`` (UTF-8 or UTF-16, as a settings
    file, a SQLite page or a Qt binary might)."""
    found = []
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le")]
    for path in folder.rglob("*"):
        if path.is_file() and any(n in path.read_bytes() for n in needles):
            found.append(path)
    return found


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_next_start_asks_for_a_session_only_password_again_and_a_wrong_one_is_said(
    qtbot, qapp, office, monkeypatch: pytest.MonkeyPatch, message_boxes, english, language: str
) -> None:
    role, name, url, _own = office
    install_language(qapp, language)
    save_server(url)  # what File > Connect left in the settings last time (no password)
    seen: dict[str, str] = {}
    asked: list[int] = []

    def by_hand(dialog: ServerPasswordDialog) -> None:
        asked.append(1)
        seen["question"] = dialog.question.text()
        seen["note"] = dialog.note.text()
        seen["other"] = dialog.other_button.text()
        assert dialog.password.hasFocus() or QApplication.focusWidget() in (None, dialog.password)
        _type(dialog.password, "wrong horse")
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter: Connect
        qtbot.waitUntil(lambda: _settled(dialog), timeout=15000)
        assert dialog.isVisible()  # asked again
        seen["wrong"] = dialog.answer.text()
        shot = Path(tempfile.gettempdir()) / f"brst-server-password-{language}.png"
        dialog.grab().save(str(shot))
        _type(dialog.password, PASSWORD)
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)

    drive_instead_of_exec(monkeypatch, ServerPasswordDialog, by_hand)
    database = open_for_gui(START)
    try:
        assert database.on_server and [t.id for t in trips.list_trips(database)] == [TRIP]
        assert database.location == f"{role}@{database.location.split('@', 1)[1]}"
    finally:
        database.close()
    assert asked == [1]
    where = url.split("?")[0].rsplit("/", 1)[1]
    assert where == name
    if language == "th":
        assert seen["question"].startswith("เซิร์ฟเวอร์สำนักงาน ")
        assert seen["question"].endswith(f"/{name} ขอรหัสผ่านของผู้ใช้ {role}")
        assert "เพราะชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in seen["wrong"]
        assert seen["other"] == "ใช้ฐานข้อมูลในเครื่องนี้ (&U)"
        assert "เปิดฐานข้อมูลในเครื่องนี้แทน" in seen["note"]
    else:
        assert seen["question"].startswith("The office server ")
        assert seen["question"].endswith(f"/{name} asks for the password of the user {role}.")
        assert "the user name or its password is wrong" in seen["wrong"]
        assert seen["other"] == "&Use this computer's database"
        assert "opens this computer's own database instead; nothing is lost" in seen["note"]

    # Later in the same session (File > Connect again, say): not asked again.
    again = open_for_gui(START)
    try:
        assert again.on_server and asked == [1]
    finally:
        again.close()
    assert message_boxes == []


def test_escape_opens_this_computer_s_database_and_the_server_stays_remembered(
    qtbot, office, monkeypatch: pytest.MonkeyPatch, message_boxes, english
) -> None:
    _role, _name, url, own = office
    save_server(url)

    def escape(dialog: ServerPasswordDialog) -> None:
        QTest.keyClicks(dialog.password, "half typ")
        QTest.keyClick(dialog.password, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    drive_instead_of_exec(monkeypatch, ServerPasswordDialog, escape)
    database = open_for_gui(START)
    try:
        assert not database.on_server and database.path == own
    finally:
        database.close()
    assert saved_server() == url  # nothing lost: the next start asks again
    assert session_passwords.recall(_parsed(url)) is None
    assert message_boxes == []


def _parsed(url: str):  # type: ignore[no-untyped-def]
    from brst_desktop.core.server import parse_address

    return parse_address(url)


def test_a_server_named_on_the_command_line_asks_too_and_quits_without_it(
    qtbot, office, monkeypatch: pytest.MonkeyPatch, message_boxes, english
) -> None:
    from brst_desktop.core.server import ServerPasswordMissingError

    _role, _name, url, _own = office

    asked: list[str] = []

    def quit_(dialog: ServerPasswordDialog) -> None:
        asked.append(dialog.note.text())
        assert dialog.other_button.text() == "&Quit"
        QTest.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)

    drive_instead_of_exec(monkeypatch, ServerPasswordDialog, quit_)
    with pytest.raises(ServerPasswordMissingError, match="asks for a password"):
        open_for_gui(argparse.Namespace(db=url, demo=False, passphrase_file=None))
    assert asked == [
        "The password is kept in memory until BRST Desktop closes, never on disk. Without it,"
        " BRST Desktop stops; nothing was changed."
    ]


def _connect_by_hand(qtbot, window, url: str, role: str, name: str, folder: str) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog.host, folder)
    _type(dialog.database, name)
    _type(dialog.user, role)
    _type(dialog.password, PASSWORD)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.db.on_server, timeout=15000)
    assert saved_server() == dialog.address.text()


def _server_value(url: str, column: str) -> str:
    database = open_server_database(url, password=PASSWORD)
    try:
        return str(records.read(database, "trip", TRIP)[column])
    finally:
        database.close()


def test_take_and_bring_back_with_a_password_typed_for_this_session_only(
    qtbot, office, postgres_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    message_boxes, english,
) -> None:  # fmt: skip
    role, name, url, _own = office
    # In the office: the window on this computer's database connects by hand.
    window = open_window(qtbot, open_database(tmp_path / "laptop.sqlite"))
    _connect_by_hand(qtbot, window, url, role, name, str(postgres_server.folder))
    assert len(message_boxes) == 1 and "used only until BRST Desktop closes" in message_boxes[0]
    message_boxes.clear()
    # Back to this computer's database, then File > Connect again with no password typed:
    # Enter connects with the one typed earlier in the session.
    window.connect_actions.use_local()
    assert not window.context.db.on_server and saved_server() is None
    again = ConnectDialog(window)
    qtbot.addWidget(again)
    again.show()
    _type(again.host, str(postgres_server.folder))
    _type(again.database, name)
    _type(again.user, role)
    assert again.password.text() == ""
    QTest.keyClick(again.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.db.on_server, timeout=15000)
    assert message_boxes == []  # nothing typed: no keyring question, no note
    trips_list = window.pages.show("trips").trips
    qtbot.waitUntil(lambda: trips_list.model.rowCount() == 1)
    assert window.trips_page.current_trip == TRIP
    copy = tmp_path / "road" / "trip.sqlite"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.travel.take_action.trigger()
    qtbot.waitUntil(copy.exists)
    assert len(message_boxes) == 1 and "is on this laptop as" in message_boxes[0]
    message_boxes.clear()
    server_db = window.context.db
    window.close()
    server_db.close()

    # On the road: the copy is edited in its window and brought back, in the same session.
    asked: list[str] = []
    drive_instead_of_exec(
        monkeypatch, ServerPasswordDialog, lambda dialog: asked.append(dialog.question.text())
    )
    monkeypatch.setattr(ReturnDialog, "exec", lambda dialog: 1)  # "Bring back" pressed
    laptop = open_database(copy, create=False)
    try:
        road = open_window(qtbot, laptop)
        qtbot.waitUntil(road.travel.bring_back_action.isEnabled)
        records.update(laptop, "trip", TRIP, {"notes": "written on the road"})
        road.travel.bring_back_action.trigger()
        assert asked == []  # the session's password was used, nothing asked
        assert road.statusBar().currentMessage().startswith("Brought “")
        assert _server_value(url, "notes") == "written on the road"

        # A new session (the program started again on the copy): the server's password is
        # asked for, typed, and the return goes on.
        session_passwords.forget_all()
        records.update(laptop, "trip", TRIP, {"notes": "second day on the road"})

        def type_it(dialog: ServerPasswordDialog) -> None:
            asked.append(dialog.other_button.text())
            _type(dialog.password, PASSWORD)
            QTest.keyClick(dialog.password, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)

        drive_instead_of_exec(monkeypatch, ServerPasswordDialog, type_it)
        road.travel.bring_back_action.trigger()
        assert asked == ["Do&n't bring back"]
        assert _server_value(url, "notes") == "second day on the road"

        # Declined in yet another session: nothing brought back, said in the status line.
        session_passwords.forget_all()
        records.update(laptop, "trip", TRIP, {"notes": "third day"})
        drive_instead_of_exec(
            monkeypatch,
            ServerPasswordDialog,
            lambda dialog: QTest.keyClick(dialog.password, Qt.Key.Key_Escape),
        )
        road.travel.bring_back_action.trigger()
        assert road.statusBar().currentMessage() == (
            "Nothing was brought back; the changes stay in this copy."
        )
        assert road.travel.progress is None
        assert _server_value(url, "notes") == "second day on the road"
        with laptop.session() as session:
            assert session.get(m.Trip, TRIP).notes == "third day"
        road.close()
    finally:
        laptop.close()

    # Never on disk: not in the settings folder (every file in it), not in the copy.
    settings_folder = tmp_path / "cfg"
    assert any(p.is_file() for p in settings_folder.rglob("*"))
    assert _files_holding(settings_folder, PASSWORD) == []
    assert _files_holding(copy.parent, PASSWORD) == []
    assert message_boxes == []

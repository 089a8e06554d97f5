"""File ▸ Connect to office server…: typed into by hand, tested off the GUI thread, switched
to, remembered for the next start; backups there are the administrator's."""

from __future__ import annotations

import argparse
import sys
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


@pytest.fixture
def password_office(postgres_server, server_database, tmp_path: Path, monkeypatch):
    """A server database whose user must give a password (``password_users``: scram), holding
    the demo trip; no password file anywhere: only what is typed (or a keyring) can sign in."""
    import uuid

    from tests.helpers.postgres import PASSWORD_GROUP

    role = f"clerk_{uuid.uuid4().hex[:8]}"
    postgres_server.sql(f"CREATE ROLE {role} LOGIN PASSWORD 'right horse' IN ROLE {PASSWORD_GROUP}")
    url = server_database(user=role)
    name = url.split("?")[0].rsplit("/", 1)[1]
    postgres_server.sql(f'ALTER DATABASE "{name}" OWNER TO {role}')
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-password-file"))
    database = open_server_database(url, initialise=True, password="right horse")
    try:
        load_demo(database)
    finally:
        database.close()
    return role, name


def _settings_text() -> str:
    from brst_desktop.gui.settings import app_settings

    settings = app_settings()
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8")


def _by_hand(dialog: ConnectDialog, folder: str, database: str, user: str, password: str) -> None:
    _fill(dialog, folder, database)
    _type(dialog.user, user)
    _type(dialog.password, password)


def test_a_typed_password_signs_in_for_the_session_only_when_there_is_no_keyring(
    qtbot, window, password_office, postgres_server, english, message_boxes, monkeypatch
) -> None:
    role, name = password_office
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed: import fails
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keyring_note.text().startswith("This computer has no system keyring")
    folder = str(postgres_server.folder)
    _by_hand(dialog, folder, name, role, "")
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter: the default button, Connect
    qtbot.waitUntil(
        lambda: bool(dialog.answer.text()) and "…" not in dialog.answer.text(), timeout=15000
    )
    assert "asks for a password" in dialog.answer.text(), dialog.answer.text()
    assert not window.context.db.on_server

    _type(dialog.password, "wrong horse")
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "password is wrong" in dialog.answer.text(), timeout=15000)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert "horse" not in dialog.address.text()  # the address never holds it

    _type(dialog.password, "right horse")
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.db.on_server, timeout=15000)
    assert [t.id for t in trips.list_trips(window.context.db)] == [demo_id("trip")]
    assert window.windowTitle() == f"BRST Desktop — {role}@{folder}:5432/{name}"
    assert message_boxes == [
        f"This computer has no system keyring, so the password for {role}@{folder}:5432/{name}"
        " is used only until BRST Desktop closes; next time type it again, or put it in"
        " ~/.pgpass."
    ]
    message_boxes.clear()
    # remembered: the address, never the password (settings file read as it is on disk)
    assert saved_server() == dialog.address.text()
    assert "horse" not in _settings_text()
    assert dialog.password.text() == ""
    # the window's connections keep working with it (a new one from the pool, say)
    window.context.db.engine.dispose()
    assert [t.id for t in trips.list_trips(window.context.db)] == [demo_id("trip")]

    window.connect_actions.use_local()
    assert window.windowTitle() == "BRST Desktop"


def test_a_typed_password_is_kept_in_the_system_keyring_when_asked_and_read_from_it_next_time(
    qtbot, window, password_office, postgres_server, english, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers.keyring_double import keyring_module

    role, name = password_office
    keyring = keyring_module()
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    asked: list[str] = []

    def keep(box: QMessageBox) -> int:  # the person presses "Keep in keyring"
        asked.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == "&Keep in keyring"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep)
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keyring_note.text() == (
        "On Connect you may keep the password in the system keyring (Test keyring)."
    )
    folder = str(postgres_server.folder)
    _by_hand(dialog, folder, name, role, "right horse")
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.db.on_server, timeout=15000)
    who = f"{role}@{folder}:5432/{name}"
    assert asked == [
        f"Keep the password for {who} in the system keyring (Test keyring), so that BRST"
        " Desktop connects without asking next time?"
    ]
    assert keyring.stored == {("BRST Desktop", who): "right horse"}
    assert "horse" not in _settings_text()

    # next start: the address from the settings, the password from the keyring
    again = open_for_gui(argparse.Namespace(db=None, demo=False, passphrase_file=None))
    try:
        assert again.on_server and [t.id for t in trips.list_trips(again)] == [demo_id("trip")]
    finally:
        again.close()


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_password_field_and_the_window_title_in_each_language(
    qtbot, tmp_path: Path, password_office, postgres_server, language: str, english, message_boxes,
    monkeypatch,
) -> None:  # fmt: skip
    """Screenshots (/tmp/brst-connect-password-LANG.png, /tmp/brst-title-LANG.png): the typed
    password shown as dots, the keyring note, and the window's title naming the server."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    role, name = password_office
    monkeypatch.setitem(sys.modules, "keyring", None)
    install_language(QApplication.instance(), language)
    context = AppContext.create(open_database(tmp_path / "laptop.sqlite"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    try:
        dialog = ConnectDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        _by_hand(dialog, str(postgres_server.folder), name, role, "right horse")
        dialog.grab().save(f"/tmp/brst-connect-password-{language}.png")
        assert dialog.password.displayText() == "\u25cf" * len("right horse") or (
            dialog.password.displayText() != "right horse"
        )
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.context.db.on_server, timeout=15000)
        assert len(message_boxes) == 1
        message_boxes.clear()
        where = f"{role}@{postgres_server.folder}:5432/{name}"
        title = window.windowTitle()
        assert title == f"BRST Desktop — {where}"  # the same in Thai: names, not words
        if language == "th":
            assert dialog.keyring_note.text().startswith("เครื่องนี้ไม่มีพวงกุญแจของระบบ")
        trips_list = window.pages.show("trips").trips
        qtbot.waitUntil(lambda: trips_list.model.rowCount() == 1, timeout=15000)
        # the window with its title bar drawn above it (offscreen windows have no frame), once
        # the layout the new heading asked for has run: a grab before it showed the two-line
        # title squeezed into one line's height, a frame a person never sees
        QApplication.processEvents()
        body = window.grab()
        shot = QPixmap(body.width(), body.height() + 28)
        shot.fill(QColor("#dddddd"))
        painter = QPainter(shot)
        painter.drawText(10, 19, title)
        painter.drawPixmap(0, 28, body)
        painter.end()
        shot.save(f"/tmp/brst-title-{language}.png")
    finally:
        context.tasks.wait()
        window.context.db.close()

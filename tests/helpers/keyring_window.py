"""The program's window started as ``brst-desktop`` starts it (``run_gui``), driven from the
inside by a person's key presses, in a login with a real system keyring
(tests/helpers/secret_service.py runs it; it is a program of its own, not imported by tests).

    python keyring_window.py connect REPORT FOLDER DATABASE USER   (the password on stdin)
        File ▸ Connect to office server…: the fields typed in, the password typed into the
        dialog, Enter, and "Keep in keyring" pressed when the program asks.
    python keyring_window.py connect-once ...
        The same, pressing "Only this session".
    python keyring_window.py start REPORT   (the password on stdin, only to look for it)
        A plain start: the window opens whatever the program remembered.

REPORT gets a JSON object: the dialog's keyring note, every message box's text, and the window
once it is open (on the server or not, its title, the trips it lists) along with the processes
whose command line or environment holds the password (read from stdin by both steps: a password
must never be in any), or ``failed`` with the dialog's answer.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

#: The offer's buttons: what ``connect`` and ``connect-once`` press.
CHOICES = {"connect": "&Keep in keyring", "connect-once": "&Only this session"}
WAIT_MS = 90_000


def _visible(kind: type) -> Any:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def _type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def _holders(secret: str) -> list[str]:
    """Every process on this computer whose command line or environment holds ``secret``."""
    needle = secret.encode()
    found = []
    for folder in Path("/proc").iterdir():
        if not folder.name.isdigit():
            continue
        for part in ("cmdline", "environ"):
            try:
                if needle in (folder / part).read_bytes():
                    found.append(f"{folder.name} {part}")
            except OSError:  # gone, or not ours to read
                continue
    return found


class Driver:
    def __init__(self, step: str, report: Path, arguments: list[str], password: str) -> None:
        self.step, self.report_path, self.arguments = step, report, arguments
        self.password = password
        self.report: dict[str, Any] = {"boxes": []}
        self.seen: set[int] = set()
        self.answerer = QTimer()
        self.answerer.setInterval(50)
        self.answerer.timeout.connect(self.answer)
        self.answerer.start()  # from the first box on: an error at start comes before the window
        QTimer.singleShot(WAIT_MS, lambda: self.give_up("timed out"))

    def write(self) -> None:
        self.report_path.write_text(json.dumps(self.report), encoding="utf-8")

    def give_up(self, why: str) -> None:
        from brst_desktop.gui.safety.connect import ConnectDialog

        dialog = _visible(ConnectDialog)
        self.report["failed"] = why
        self.report["answer"] = dialog.answer.text() if dialog is not None else None
        self.write()
        os._exit(3)  # from inside nested dialogs: the report says why

    def answer(self) -> None:
        """A person reading each message box: the step's choice when offered, else OK."""
        box = _visible(QMessageBox)
        if box is None or id(box) in self.seen:
            if self.step in CHOICES:
                self.check_dialog()
            return
        self.seen.add(id(box))
        self.report["boxes"].append(box.text())
        chosen = [b for b in box.buttons() if b.text() == CHOICES.get(self.step)]
        button = chosen[0] if chosen else (box.defaultButton() or box.buttons()[0])
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def check_dialog(self) -> None:
        from brst_desktop.gui.safety.connect import ConnectDialog

        dialog = _visible(ConnectDialog)
        if dialog is not None and dialog.answer.text() and "…" not in dialog.answer.text():
            self.give_up("the dialog answered instead of connecting")

    def begin(self) -> None:
        try:
            self._begin()
        except BaseException:  # a slot's exception would leave the window open: report it
            import traceback

            self.give_up(traceback.format_exc())

    def _begin(self) -> None:
        from brst_desktop.gui.main_window import MainWindow

        window = _visible(MainWindow)
        if window is None:  # still opening the database (or saying why it could not)
            QTimer.singleShot(100, self.begin)
            return
        if self.step in CHOICES:
            QTimer.singleShot(100, self.fill)
            window.connect_actions.connect_action.trigger()  # File ▸ Connect… (modal)
        self.describe(window)
        self.write()
        window.close()
        QApplication.quit()

    def fill(self) -> None:
        from brst_desktop.gui.safety.connect import ConnectDialog

        dialog = _visible(ConnectDialog)
        if dialog is None:
            QTimer.singleShot(100, self.fill)
            return
        folder, database, user = self.arguments
        self.report["note"] = dialog.keyring_note.text()
        _type(dialog.host, folder)
        _type(dialog.port.lineEdit(), "5432")
        _type(dialog.database, database)
        _type(dialog.user, user)
        _type(dialog.password, self.password)
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter: Connect

    def describe(self, window: Any) -> None:
        from brst_desktop.core.services import trips

        db = window.context.db
        self.report["window"] = {
            "on_server": db.on_server,
            "title": window.windowTitle(),
            "trips": [str(trip.id) for trip in trips.list_trips(db)],
        }
        if self.password:
            self.report["holders"] = _holders(self.password)


def main() -> int:
    step, report, *arguments = sys.argv[1:]
    password = sys.stdin.read()  # typed into the dialog by ``connect``; looked for by both
    app = QApplication(sys.argv[:1])
    driver = Driver(step, Path(report), arguments, password)
    QTimer.singleShot(0, driver.begin)

    from brst_desktop.gui.launch import run_gui

    code = run_gui(
        argparse.Namespace(db=None, demo=False, passphrase_file=None, lang="en", screenshot=None)
    )
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())

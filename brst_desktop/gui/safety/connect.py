"""File ▸ Connect to office server…: the office's shared PostgreSQL database, remembered.

The dialog builds the address from its fields (a host name, or the folder of a local server's
socket), tests it off the GUI thread, and on Connect the window switches to it; the address is
saved in the settings and opened again at the next start. No password field: the password comes
from ~/.pgpass, a password file or the system keyring, as on the command line.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from brst_desktop.core import server
from brst_desktop.core.db import Database, open_database, open_server_database
from brst_desktop.core.location import default_db_path
from brst_desktop.gui.icons import icon
from brst_desktop.gui.messages import error_sentence
from brst_desktop.gui.settings import app_settings

if TYPE_CHECKING:
    from brst_desktop.gui.main_window import MainWindow

#: The settings key holding the office server's address (empty: this computer's database).
SERVER_KEY = "server/address"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectDialog", text)


def saved_server() -> str | None:
    value = app_settings().value(SERVER_KEY, "")
    return str(value) if value else None


def save_server(address: str | None) -> None:
    app_settings().setValue(SERVER_KEY, address or "")


def build_address(host: str, port: int, database: str, user: str, encrypted: bool) -> str:
    """``postgresql://user@host:port/dbname``; a host that is a folder (a local server's
    socket) goes in ``?host=`` as libpq wants it."""
    host, database, user = host.strip(), database.strip(), user.strip()
    options = []
    netloc = host
    if host.startswith("/"):
        netloc = ""
        options.append(f"host={quote(host, safe='/')}")
    if encrypted:
        options.append("sslmode=require")
    query = f"?{'&'.join(options)}" if options else ""
    who = f"{quote(user, safe='')}@" if user else ""
    return f"postgresql://{who}{netloc}:{port}/{quote(database, safe='')}{query}"


class ConnectDialog(QDialog):
    """The address fields, a test of the connection, and Connect."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(_tr("Connect to office server"))
        self.setMinimumWidth(640)  # the whole address on one line
        self.host = QLineEdit()
        self.host.setPlaceholderText(
            _tr("server name, or the socket folder such as /run/postgresql")
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setPlaceholderText("brst")
        self.user = QLineEdit(getpass.getuser())
        self.encrypted = QCheckBox(_tr("Require an encrypted connection"))
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setMinimumHeight(48)
        form = QFormLayout()
        form.addRow(_tr("&Server:"), self.host)
        form.addRow(_tr("&Port:"), self.port)
        form.addRow(_tr("&Database:"), self.database)
        form.addRow(_tr("&User name:"), self.user)
        form.addRow("", self.encrypted)
        form.addRow(_tr("Address:"), self.address)
        note = QLabel(
            _tr(
                "The password is read from ~/.pgpass or the system keyring; ask the office's"
                " administrator for your user name and password."
            )
        )
        note.setWordWrap(True)
        self.test_button = QPushButton(_tr("&Test Connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(_tr("&Connect"))
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._changed)
        self.port.valueChanged.connect(self._changed)
        self.encrypted.toggled.connect(self._changed)
        self._fill(saved_server())
        self._changed()

    def _fill(self, address: str | None) -> None:
        if not address:
            return
        try:
            parsed = server.parse_address(address)
        except server.ServerAddressError:
            return
        self.host.setText(parsed.params.get("host", ""))
        self.port.setValue(int(parsed.port.split(",")[0]))
        self.database.setText(parsed.database)
        self.user.setText(parsed.params.get("user", self.user.text()))
        self.encrypted.setChecked(parsed.params.get("sslmode") == "require")

    def current_address(self) -> str:
        return build_address(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            self.encrypted.isChecked(),
        )

    def _changed(self) -> None:
        self.address.setText(self.current_address())
        ready = bool(self.host.text().strip() and self.database.text().strip())
        self.test_button.setEnabled(ready)
        self.connect_button.setEnabled(ready)
        self.answer.clear()

    def _busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.connect_button):
            widget.setEnabled(not busy)

    def test_connection(self) -> None:
        """Reach the server and read its schema on a worker; the answer goes in the dialog."""
        address = self.current_address()
        self.answer.setText(_tr("Connecting…"))
        self._busy(True)

        def check() -> None:
            open_server_database(address, migrate_schema=False).close()

        self.window_.context.tasks.read(check, self._tested, self._failed)

    def _tested(self, _result: object) -> None:
        self._say(_tr("The office server answers and its database is ready."))

    def _failed(self, error: BaseException) -> None:
        self._say(error_sentence(error))

    def _say(self, sentence: str) -> None:
        self._busy(False)
        self.answer.setText(sentence)
        self.adjustSize()  # a long sentence gets the lines it needs

    def connect_to_server(self) -> None:
        """Open the server's database on a worker; the window switches to it when it opens."""
        address = self.current_address()
        self.answer.setText(_tr("Connecting…"))
        self._busy(True)
        self.window_.context.tasks.read(
            lambda: open_server_database(address),
            lambda db: self._opened(address, db),
            self._failed,
        )

    def _opened(self, address: str, database: Database) -> None:
        self._busy(False)
        switch_to(self.window_, database)
        save_server(address)
        self.accept()


def switch_to(window: MainWindow, database: Database) -> None:
    """Put ``database`` under the window in place of the one it has, and reload every page."""
    context = window.context
    context.tasks.wait()
    old = context.db
    context.db = database
    old.close()
    window.reload_everything()
    safety = getattr(window, "safety", None)
    if safety is not None:
        safety.update_for_database()


class ConnectActions:
    """The File menu's Connect to office server… and Use this computer's database."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.connect_action = QAction(
            icon("office-server"), _tr("C&onnect to office server…"), window
        )
        self.connect_action.triggered.connect(self.ask)
        self.local_action = QAction(
            icon("this-computer"), _tr("Use this computer's &database"), window
        )
        self.local_action.triggered.connect(self.use_local)
        window.add_file_action(self.connect_action, "data")
        window.add_file_action(self.local_action, "data")
        self.update()

    def update(self) -> None:
        self.local_action.setEnabled(self.window.context.db.on_server)

    def ask(self) -> None:
        dialog = ConnectDialog(self.window)
        dialog.exec()
        self.update()

    def use_local(self) -> None:
        from brst_desktop.gui.messages import show_error

        try:
            database = open_database(default_db_path())
        except Exception as error:
            show_error(self.window, error)
            return
        switch_to(self.window, database)
        save_server(None)
        self.update()


def install(window: MainWindow) -> None:
    window.connect_actions = ConnectActions(window)  # type: ignore[attr-defined]

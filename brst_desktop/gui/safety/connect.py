"""File ▸ Connect to office server…: the office's shared PostgreSQL database, remembered.

The dialog builds the address from its fields (a host name, or the folder of a local server's
socket), tests it off the GUI thread, and on Connect the window switches to it; the address is
saved in the settings and opened again at the next start. The password comes from ~/.pgpass, a
password file or the system keyring, as on the command line; one typed into the dialog is kept in
memory for this session's connections only (never in the settings, never in an address or on a
command line), and on Connect the dialog offers to keep it in the system keyring when there is
one.
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
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from brst_desktop.core import server, session_passwords
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
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_tr("only if ~/.pgpass or the keyring has none"))
        self.keyring = server.keyring_backend()  # asked once: it may talk to a desktop service
        if self.keyring is not None:
            keeping = _tr("On Connect you may keep the password in the system keyring ({name}).")
            keeping = keeping.replace("{name}", self.keyring)
        else:
            keeping = _tr(
                "This computer has no system keyring, so a password typed here is used only"
                " until BRST Desktop closes."
            )
        self.keyring_note = QLabel(keeping)
        self.keyring_note.setWordWrap(True)
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
        form.addRow(_tr("Pass&word:"), self.password)
        form.addRow("", self.keyring_note)
        form.addRow("", self.encrypted)
        form.addRow(_tr("Address:"), self.address)
        note = QLabel(
            _tr(
                "Without a password typed here it is read from ~/.pgpass or the system keyring;"
                " ask the office's administrator for your user name and password."
            )
        )
        note.setWordWrap(True)
        self.test_button = QPushButton(_tr("&Test Connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(_tr("&Connect"))
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        # Enter anywhere in the form connects: made the default once the button is in the
        # dialog (set before, the dialog never heard of it and Enter pressed Cancel)
        self.connect_button.setDefault(True)
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

        password = self.password.text() or None

        def check() -> None:
            open_server_database(address, migrate_schema=False, password=password).close()

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
        password = self.password.text() or None
        self.answer.setText(_tr("Connecting…"))
        self._busy(True)
        self.window_.context.tasks.read(
            lambda: open_server_database(address, password=password),
            lambda db: self._opened(address, db, password),
            self._failed,
        )

    def _opened(self, address: str, database: Database, password: str | None) -> None:
        self._busy(False)
        switch_to(self.window_, database)
        save_server(address)  # the address only: a password is never among the settings
        self.password.clear()
        if password:
            # every later opening of this server in the session (bringing a copy back,
            # connecting again) signs in with it; in memory only
            session_passwords.keep(server.parse_address(address), password)
            self._offer_keyring(address, password)
        self.accept()

    def _offer_keyring(self, address: str, password: str) -> None:
        """Ask to keep a typed password in the system keyring; with none, say it lasts for
        this session only."""
        from brst_desktop.gui.messages import show_error

        who = server.parse_address(address).describe()
        box = QMessageBox(self)
        box.setWindowTitle(_tr("Remember the password?"))
        if self.keyring is None:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(
                _tr(
                    "This computer has no system keyring, so the password for {server} is used"
                    " only until BRST Desktop closes; next time type it again, or put it in"
                    " ~/.pgpass."
                ).replace("{server}", who)
            )
            box.exec()
            return
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            _tr(
                "Keep the password for {server} in the system keyring ({name}), so that BRST"
                " Desktop connects without asking next time?"
            )
            .replace("{server}", who)
            .replace("{name}", self.keyring)
        )
        keep = box.addButton(_tr("&Keep in keyring"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("&Only this session"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            try:
                server.remember_password(server.parse_address(address), password)
            except server.KeyringError as error:
                show_error(self.window_, error)


def switch_to(window: MainWindow, database: Database) -> None:
    """Put ``database`` under the window in place of the one it has, and reload every page."""
    context = window.context
    context.tasks.wait()
    old = context.db
    context.db = database
    old.close()
    window.reload_everything()
    window.show_database_in_title()
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

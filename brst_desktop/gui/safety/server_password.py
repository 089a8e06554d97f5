"""The question for the office server's password, when the server wants one that neither
~/.pgpass, a password file nor the system keyring holds.

Asked at start (the remembered server, or ``--db URL``) and when a laptop copy is brought back
to its server. The dialog names the server and the user, connects off the GUI thread on Enter,
says a refusal in a sentence and asks again; Esc (or the other button) takes the way out the
caller names: this computer's own database at start, nothing brought back for a copy. A password
that signs in is kept in memory for the session (:mod:`brst_desktop.core.session_passwords`) so
the same server is not asked for again until the program closes; never written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core import server, session_passwords
from brst_desktop.core.db import Database, open_server_database
from brst_desktop.gui.messages import error_sentence, plain_text
from brst_desktop.gui.tasks import Tasks

#: A refusal reads as one.
REFUSAL = "color: #a61b1b;"
#: What happens when the person does not give the password.
Instead = Literal["laptop", "stay", "nothing brought back"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerPasswordDialog", text)


def wants_password(error: BaseException) -> bool:
    """Whether a typed password may help: the server asked for one, or refused the one found
    (a wrong line in ~/.pgpass, a keyring entry from before a change)."""
    return isinstance(error, server.ServerLoginError)


class ServerPasswordDialog(QDialog):
    """The server and user named, the password field, Connect; the way out named by the caller."""

    def __init__(
        self,
        address: str,
        reason: BaseException | None,
        parent: QWidget | None = None,
        *,
        instead: Instead = "laptop",
        opener: Callable[[str, str], Database] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("server-password")
        self.address = address
        self.parsed = server.parse_address(address)
        self.database: Database | None = None
        self._given_up = False
        self._open = opener or (lambda where, typed: open_server_database(where, password=typed))
        self.tasks = Tasks(parent=self)
        self.setWindowTitle(_tr("Password for the office server"))
        self.setMinimumWidth(560)
        where = f"{self.parsed.host}:{self.parsed.port}/{self.parsed.database}"
        self.question = QLabel(
            _tr("The office server %1 asks for the password of the user %2.")
            .replace("%1", where)
            .replace("%2", self.parsed.user)
        )
        self.question.setWordWrap(True)
        plain_text(self.question)
        self.password = QLineEdit()
        self.password.setObjectName("server-password-field")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.answer = QLabel()
        self.answer.setObjectName("server-password-answer")
        self.answer.setWordWrap(True)
        plain_text(self.answer)
        if reason is not None and not isinstance(reason, server.ServerPasswordMissingError):
            # a password found elsewhere (~/.pgpass, the keyring) was wrong
            self.answer.setText(error_sentence(reason))
            self.answer.setStyleSheet(REFUSAL)
        else:
            self.answer.setVisible(False)  # no empty gap above the note
        self.note = QLabel(self._note(instead))
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("Pass&word:"), self.password)
        self.buttons = QDialogButtonBox()
        self.connect_button = QPushButton(_tr("&Connect"))
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(self._way_out(instead))
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_password)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.connect_button.setDefault(True)  # Enter connects (set once it is in the dialog)
        self.password.setFocus()
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped lines need at the dialog's width: Qt's first guess lays the
        labels out narrower, and the rows then stood apart."""
        width = max(self.width(), self.minimumWidth())
        self.resize(width, self.heightForWidth(width))

    @staticmethod
    def _note(instead: Instead) -> str:
        kept = _tr("The password is kept in memory until BRST Desktop closes, never on disk.")
        if instead == "laptop":
            way_out = _tr(
                "Without it, BRST Desktop opens this computer's own database instead; nothing is"
                " lost, and the office server is asked for again at the next start."
            )
        elif instead == "nothing brought back":
            way_out = _tr(
                "Without it, nothing is brought back: the changes stay in this laptop copy."
            )
        else:
            way_out = _tr("Without it, BRST Desktop stops; nothing was changed.")
        return f"{kept} {way_out}"

    @staticmethod
    def _way_out(instead: Instead) -> str:
        if instead == "laptop":
            return _tr("&Use this computer's database")
        if instead == "nothing brought back":
            return _tr("Do&n't bring back")
        return _tr("&Quit")

    def try_password(self) -> None:
        """Connect with what is typed, on a worker; the dialog closes when the server opens."""
        typed = self.password.text()
        if not typed:
            self._say(_tr("Type the password first."))
            return
        self._say(_tr("Connecting…"), refusal=False)
        self.connect_button.setEnabled(False)
        self.password.setEnabled(False)
        where = self.address
        self.tasks.read(
            lambda: self._open(where, typed),
            lambda database: self._opened(database, typed),
            self._refused,
        )

    def _opened(self, database: Database, typed: str) -> None:
        session_passwords.keep(self.parsed, typed)
        self.database = database
        self.password.clear()
        if self._given_up:  # the person gave up while the server answered: not wanted
            database.close()
            self.database = None
        else:
            self.accept()

    def _refused(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.password.setEnabled(True)
        self._say(error_sentence(error))
        self.password.selectAll()
        self.password.setFocus()

    def _say(self, sentence: str, *, refusal: bool = True) -> None:
        self.answer.setStyleSheet(REFUSAL if refusal else "")
        self.answer.setText(sentence)
        self.answer.setVisible(True)
        self._fit()  # a long sentence gets the lines it needs

    def reject(self) -> None:
        self._given_up = True
        super().reject()
        self.tasks.wait()  # a connection under way: its answer arrives, and is closed
        if self.database is not None:
            self.database.close()
            self.database = None


def ask_server_password(
    address: str,
    reason: BaseException | None,
    parent: QWidget | None = None,
    *,
    instead: Instead = "laptop",
) -> Database | None:
    """Ask until the server opens (the database) or the person takes the way out (None)."""
    dialog = ServerPasswordDialog(address, reason, parent, instead=instead)
    try:
        if dialog.exec() and dialog.database is not None:
            return dialog.database
        return None
    finally:
        dialog.deleteLater()

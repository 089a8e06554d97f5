"""Opening the database for the window: a passphrase dialog for an encrypted file, an offer to
restore the newest good backup for a damaged one, and read-only when another window has it."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from brst_desktop.app import PassphrasePrompt, open_from_args
from brst_desktop.core import server
from brst_desktop.core.db import Database, DatabaseCorruptError
from brst_desktop.core.integrity import DatabaseInUseError
from brst_desktop.gui.messages import error_sentence, plain_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyStartup", text)


def dialog_prompt(parent: QWidget | None = None) -> PassphrasePrompt:
    """A passphrase prompt for :func:`open_from_args` that shows the unlock dialog."""

    def ask(path: Path, wrong: bool) -> str | None:
        from brst_desktop.gui.safety.passphrase import PassphraseDialog

        dialog = PassphraseDialog("unlock", path.name, parent, wrong=wrong)
        if not dialog.exec():
            return None
        return dialog.current_passphrase

    return ask


def open_for_gui(args: argparse.Namespace, parent: QWidget | None = None) -> Database:
    """Like :func:`open_from_args`, with dialogs where a person can help; raises UserError when
    the database stays closed (the caller shows the sentence)."""
    from brst_desktop.app import db_path_from_args, open_with_passphrase, passphrase_from_args

    asked: list[str] = []
    dialog = dialog_prompt(parent)

    def ask(path: Path, wrong: bool) -> str | None:
        answer = dialog(path, wrong)
        if answer is not None:
            asked.append(answer)  # a damaged file's backup opens with it: not asked again
        return answer

    from brst_desktop.app import server_from_args
    from brst_desktop.core.db import open_server_database
    from brst_desktop.gui.safety.server_password import ask_server_password, wants_password

    if not getattr(args, "db", None) and not getattr(args, "demo", False):
        from brst_desktop.errors import UserError
        from brst_desktop.gui.messages import show_error
        from brst_desktop.gui.safety.connect import saved_server

        address = saved_server()  # File > Connect to office server, remembered
        if address is not None:
            try:
                return open_server_database(address)
            except UserError as error:
                if not wants_password(error):
                    show_error(parent, error)  # said, then this computer's own database opens
                else:
                    # asked; without it this computer's database opens, the server stays
                    # remembered for the next start
                    found = ask_server_password(address, error, parent, instead="laptop")
                    if found is not None:
                        return found
    named = server_from_args(args)
    if named is not None:  # --db URL: that server or nothing
        try:
            return open_server_database(named)
        except server.ServerLoginError as error:
            found = ask_server_password(named, error, parent, instead="stay")
            if found is None:
                raise
            return found
    try:
        return open_from_args(args, ask_passphrase=ask, create=True)
    except DatabaseInUseError as error:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Database in use"))
        plain_text(box)
        box.setText(error_sentence(error))
        read_only = box.addButton(_tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not read_only:
            raise
        path = db_path_from_args(args)
        return open_with_passphrase(path, passphrase_from_args(args), ask, read_only=True)
    except DatabaseCorruptError as error:
        good = getattr(error, "backup", None)
        if good is None:
            raise
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("Damaged database"))
        plain_text(box)
        box.setText(error_sentence(error))
        restore = box.addButton(_tr("Restore the Backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not restore:
            raise
        from brst_desktop.core import backup, crypto

        path = db_path_from_args(args)
        passphrase = passphrase_from_args(args) or (asked[-1] if asked else None)
        if passphrase is None and crypto.is_encrypted(Path(good)):
            passphrase = ask(path, False)
        backup.restore(path, Path(good), passphrase=passphrase)
        return open_with_passphrase(path, passphrase, ask, create=True)

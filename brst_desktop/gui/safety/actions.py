"""The File menu's data-safety actions: back up now, restore, import and export a trip, and the
passphrase. Each runs its slow part through the window's workers; replacing the database file
(restore, passphrase) first waits for running jobs, closes the database, and reopens it after."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from brst_desktop.core import backup, crypto, server
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.passphrase import change_passphrase
from brst_desktop.gui.messages import translated

if TYPE_CHECKING:
    from brst_desktop.core.exchange import ImportResult
    from brst_desktop.gui.main_window import MainWindow

TRIP_FILTER = "BRST trip (*.brst)"
BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000  # look hourly whether the daily backup is due


class SafetyActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.backup_action = self._action(
            self.tr("&Back up now"), self.back_up_now, "hard-drive-download"
        )
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"), self.restore, "history"
        )
        self.import_action = self._action(self.tr("&Import a trip…"), self.import_trip, "import")
        self.import_action.setShortcut("Ctrl+I")
        self.export_action = self._action(
            self.tr("&Export the trip to a file…"), self.export_trip, "file-output"
        )
        self.export_action.setShortcut("Ctrl+Shift+E")
        self.passphrase_action = self._action("", self.passphrase, "lock")
        for action in (
            self.import_action,
            self.export_action,
            self.backup_action,
            self.restore_action,
            self.passphrase_action,
        ):
            window.add_file_action(action, "data")
        self._update_passphrase_text()
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start()
        self._update_enabled()

    def _action(self, text: str, slot: Callable[[], Any], icon_name: str = "") -> QAction:
        from brst_desktop.gui.icons import icon

        action = QAction(icon(icon_name), text, self.window)
        action.triggered.connect(slot)
        return action

    @property
    def db(self) -> Database:
        return self.window.context.db

    def _update_passphrase_text(self) -> None:
        self.passphrase_action.setText(
            self.tr("Change or remove the &passphrase…")
            if self.db.encrypted
            else self.tr("Protect with a &passphrase…")
        )

    def update_for_database(self) -> None:
        """After the window switched databases (a file, or the office server)."""
        self._update_passphrase_text()
        self._update_enabled()

    def _update_enabled(self) -> None:
        writable = not self.db.read_only
        for action in (self.import_action, self.restore_action, self.passphrase_action):
            action.setEnabled(writable)
        # A server encrypts its own disks; a passphrase belongs to a database file.
        self.passphrase_action.setEnabled(writable and not self.db.on_server)

    def _on_server(self) -> bool:
        """Say that backups of the office server are its administrator's (pg_dump)."""
        if not self.db.on_server:
            return False
        self._error(server.backups_are_the_administrators(self.db.location))
        return True

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _error(self, error: BaseException) -> None:
        from brst_desktop.gui.messages import show_error

        show_error(self.window, error)

    # --- backups ------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self._on_server():
            return
        db = self.db
        path = db.path
        assert path is not None
        self.window.context.tasks.read(
            lambda: backup.create_backup(path, reason="manual", passphrase=db.passphrase),
            lambda made: self._status(self.tr("Backed up to %1").replace("%1", str(made.path))),
            self._error,
        )

    def back_up_if_due(self) -> None:
        db = self.db
        path = db.path
        if path is None or db.read_only or not backup.backup_due(path):
            return
        self.window.context.tasks.read(
            lambda: backup.create_backup(path, reason="daily", passphrase=db.passphrase),
            lambda _made: None,
            self._error,
        )

    def restore(self) -> None:
        from brst_desktop.gui.safety.restore import RestoreDialog

        if self._on_server():
            return
        db = self.db
        assert db.path is not None
        path, passphrase = db.path, db.passphrase
        dialog = RestoreDialog(self.window)
        dialog.set_backups(backup.list_backups(path))

        def check_all() -> dict[Path, bool]:
            return {
                item.path: not backup.check_backup(item.path, passphrase)
                for item in backup.list_backups(path)
            }

        self.window.context.tasks.read(check_all, dialog.set_health, self._error)
        if not dialog.exec() or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        done = self.tr("Restored the backup of %1.").replace("%1", chosen.describe())
        self._replace_file(
            lambda: backup.restore(path, chosen.path, passphrase=passphrase), passphrase, done
        )

    def _replace_file(
        self, operation: Callable[[], Any], reopen_passphrase: str | None, done_text: str
    ) -> None:
        """Close the database, run ``operation`` (which replaces the file), reopen, reload."""
        context = self.window.context
        path = self.db.path
        assert path is not None
        context.tasks.wait()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.window.setEnabled(False)
        self.db.close()
        failure: BaseException | None = None
        try:
            operation()
        except Exception as error:  # shown below, after the database is open again
            failure = error
        finally:
            try:
                context.db = open_database(path, passphrase=reopen_passphrase, backups=False)
            except Exception as error:
                if failure is None:
                    failure = error
                context.db = open_database(path, passphrase=self.db.passphrase, backups=False)
            self.window.setEnabled(True)
            QApplication.restoreOverrideCursor()
        self.window.reload_everything()
        self._update_passphrase_text()
        self._update_enabled()
        if failure is not None:
            self._error(failure)
        else:
            self._status(done_text)

    # --- passphrase ---------------------------------------------------------------------------
    def passphrase(self) -> None:
        from brst_desktop.gui.safety.passphrase import PassphraseDialog

        db = self.db
        assert db.path is not None
        path = db.path
        mode = "set"
        if db.encrypted:
            box = QMessageBox(self.window)
            box.setWindowTitle(self.tr("Passphrase"))
            box.setText(self.tr("The database is protected by a passphrase."))
            change = box.addButton(self.tr("Change it…"), QMessageBox.ButtonRole.AcceptRole)
            remove = box.addButton(self.tr("Remove it…"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is change:
                mode = "change"
            elif box.clickedButton() is remove:
                mode = "remove"
            else:
                return
        dialog = PassphraseDialog(mode, path.name, self.window)
        if not dialog.exec():
            return
        old = dialog.current_passphrase if mode != "set" else None
        new = dialog.new_passphrase if mode != "remove" else None
        if old is not None and old != db.passphrase:
            self._error(crypto.PassphraseWrongError(self.tr("The current passphrase is wrong.")))
            return
        texts = {
            "set": self.tr("The database and its backups are now encrypted."),
            "change": self.tr("The passphrase was changed."),
            "remove": self.tr("The database and its backups are no longer encrypted."),
        }
        self._replace_file(lambda: change_passphrase(path, old, new), new, texts[mode])

    # --- trips between laptops ----------------------------------------------------------------
    def export_trip(self) -> None:
        from brst_desktop.core.exchange import pack_trip

        trip_id: uuid.UUID | None = getattr(self.window.trips_page, "current_trip", None)
        title = self._trip_file_name(trip_id)
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export trip to file"), str(Path.home() / title), TRIP_FILTER
        )
        if not name:
            return
        target = Path(name if name.endswith(".brst") else name + ".brst")
        db = self.db
        self.window.context.tasks.write(
            lambda: pack_trip(db, target, trip_id),
            lambda result: self._status(
                self.tr("Exported “%1” to %2")
                .replace("%1", translated(result.trip_name))
                .replace("%2", str(result.path))
            ),
            self._error,
        )

    def _trip_file_name(self, trip_id: uuid.UUID | None) -> str:
        from brst_desktop.core.services import records

        trip = records.read(self.db, "trip", trip_id) if trip_id is not None else None
        if trip is None:
            return "trip.brst"
        title = trip["title_en"] or trip["title_th"] or "trip"
        safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
        return (" ".join(safe.split())[:60] or "trip") + ".brst"

    def import_trip(self) -> None:
        from brst_desktop.core.exchange import read_and_plan

        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a trip"), str(Path.home()), TRIP_FILTER + ";;*"
        )
        if not name:
            return
        path = Path(name)
        db = self.db
        self.window.context.tasks.read(
            lambda: read_and_plan(db, path)[1],
            lambda plan: self.preview_and_import(path, plan),
            self._error,
        )

    def preview_and_import(self, path: Path, plan: Any) -> None:
        from brst_desktop.core.exchange import apply_import
        from brst_desktop.gui.safety.import_preview import ImportDialog, trip_title

        dialog = ImportDialog(plan, path.name, self.window)
        if not dialog.exec():
            return
        choices = dialog.choices()
        db = self.db

        def done(result: ImportResult) -> None:
            # An undo of an edit made before the import would write over what it brought in.
            self.window.context.undo.clear()
            self.window.context.bus.publish(result.changes)  # each view refreshes its part
            self._status(
                self.tr("Imported “%1”: %2 added, %3 updated.")
                .replace("%1", trip_title(result.plan))
                .replace("%2", str(result.added))
                .replace("%3", str(result.updated))
            )

        self.window.context.tasks.write(
            lambda: apply_import(db, path, choices=choices),
            done,
            self._error,
        )

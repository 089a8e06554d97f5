"""File ▸ Export to Calendar… / Export Contacts… and the matching imports.

An export writes the current trip (the one open in Trips, else the latest) for the phone in the
language chosen with the file type in the save dialog (Thai or English: the file's own, not the
window's), on a worker thread with a progress dialog. An import reads the file on a worker,
shows the same preview a trip file gets (what is added, updated, kept, in conflict, and the
entries not imported), and writes it through the write queue only when the user says Import.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from brst_desktop.core.db import Database
from brst_desktop.gui.icons import icon
from brst_desktop.gui.messages import translated

if TYPE_CHECKING:
    from brst_desktop.core.exchange.unpack import Choice
    from brst_desktop.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    window.phone = PhoneActions(window)  # type: ignore[attr-defined]


class _Progress(QObject):
    """Carries a worker's progress to the dialog in the GUI thread."""

    moved = Signal(int, int, str)

    def __call__(self, done: int, total: int, message: str) -> None:
        self.moved.emit(done, total, message)


class PhoneActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_calendar_action = self._action(
            self.tr("Export to &calendar…"), self.export_calendar, "calendar-arrow-up"
        )
        self.export_contacts_action = self._action(
            self.tr("Export c&ontacts…"), self.export_contacts, "contact"
        )
        self.import_calendar_action = self._action(
            self.tr("Import a calendar…"), self.import_calendar, "calendar-arrow-down"
        )
        self.import_contacts_action = self._action(
            self.tr("Import contacts…"), self.import_contacts, "user-plus"
        )
        for action in (
            self.export_calendar_action,
            self.export_contacts_action,
            self.import_calendar_action,
            self.import_contacts_action,
        ):
            window.add_file_action(action, "data")
        writable = not self.db.read_only
        self.import_calendar_action.setEnabled(writable)
        self.import_contacts_action.setEnabled(writable)

    def _action(self, text: str, slot: Callable[[], Any], icon_name: str) -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        action.triggered.connect(slot)
        return action

    @property
    def db(self) -> Database:
        return self.window.context.db

    def _trip_id(self) -> uuid.UUID | None:
        return getattr(self.window.trips_page, "current_trip", None)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _error(self, error: BaseException) -> None:
        from brst_desktop.gui.messages import show_error

        show_error(self.window, error)

    # --- exports ----------------------------------------------------------------------------
    def _save_path(self, title: str, suffix: str, kind: str) -> tuple[Path, str] | None:
        """Where to write and in which language: the file type chosen says the language."""
        from brst_desktop.gui.language import current_language

        thai = self.tr("%1, Thai (*%2)").replace("%1", kind).replace("%2", suffix)
        english = self.tr("%1, English (*%2)").replace("%1", kind).replace("%2", suffix)
        first, second = (thai, english) if current_language() == "th" else (english, thai)
        name, chosen = QFileDialog.getSaveFileName(
            self.window, title, str(Path.home() / f"trip{suffix}"), f"{first};;{second}", first
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(suffix) else name + suffix)
        return path, "th" if chosen == thai else "en"

    def _run_export(self, run: Callable[[_Progress], Any], done: Callable[[Any], None]) -> None:
        dialog = QProgressDialog(self.tr("Writing the file…"), "", 0, 100, self.window)
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        progress = _Progress(dialog)

        def moved(step: int, total: int, _message: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(step)

        progress.moved.connect(moved)

        def finished(result: Any) -> None:
            dialog.close()
            done(result)

        def failed(error: BaseException) -> None:
            dialog.close()
            self._error(error)

        self.window.context.tasks.read(lambda: run(progress), finished, failed)

    def export_calendar(self) -> None:
        chosen = self._save_path(
            self.tr("Export the programme to a calendar file"), ".ics", self.tr("iCalendar")
        )
        if chosen is None:
            return
        path, language = chosen
        db, trip_id = self.db, self._trip_id()

        def run(progress: _Progress) -> Any:
            from brst_desktop.core.phone.calendar import export_calendar

            return export_calendar(db, path, trip_id, language, progress=progress)

        self._run_export(
            run,
            lambda result: self._status(
                self.tr("Wrote %n event(s) of “%1” to %2", "", result.events)
                .replace("%1", translated(result.trip_name))
                .replace("%2", str(result.path))
            ),
        )

    def export_contacts(self) -> None:
        chosen = self._save_path(
            self.tr("Export the trip's people as contacts"), ".vcf", self.tr("vCard")
        )
        if chosen is None:
            return
        path, language = chosen
        db, trip_id = self.db, self._trip_id()

        def run(progress: _Progress) -> Any:
            from brst_desktop.core.phone.contacts import export_contacts

            return export_contacts(db, path, trip_id, language, progress=progress)

        self._run_export(
            run,
            lambda result: self._status(
                self.tr("Wrote %n contact(s) of “%1” to %2", "", result.people)
                .replace("%1", translated(result.trip_name))
                .replace("%2", str(result.path))
            ),
        )

    # --- imports ----------------------------------------------------------------------------
    def import_calendar(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import an organiser's programme"),
            str(Path.home()),
            self.tr("iCalendar (*.ics)") + ";;*",
        )
        if not name:
            return
        path, db, trip_id = Path(name), self.db, self._trip_id()
        from brst_desktop.core.phone.calendar_import import (
            apply_calendar_import,
            plan_calendar_import,
        )

        self._preview(
            lambda: plan_calendar_import(db, path, trip_id),
            lambda choices: apply_calendar_import(db, path, trip_id, choices=choices),
            path,
            self.tr("Import a programme"),
            into_trip=True,
        )

    def import_contacts(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("vCard (*.vcf)") + ";;*",
        )
        if not name:
            return
        path, db = Path(name), self.db
        from brst_desktop.core.phone.contacts_import import (
            apply_contacts_import,
            plan_contacts_import,
        )

        self._preview(
            lambda: plan_contacts_import(db, path),
            lambda choices: apply_contacts_import(db, path, choices=choices),
            path,
            self.tr("Import contacts"),
        )

    def _preview(
        self,
        plan: Callable[[], Any],
        apply: Callable[[dict[uuid.UUID, Choice]], Any],
        path: Path,
        title: str,
        into_trip: bool = False,
    ) -> None:
        """Plan on a reader thread, show the preview, then apply on the write queue."""

        def show(found: Any) -> None:
            from brst_desktop.gui.safety.import_preview import ImportDialog

            dialog = ImportDialog(
                found,
                path.name,
                self.window,
                title=title,
                source="calendar" if into_trip else "contacts",
            )
            if not dialog.exec():
                return
            choices = dialog.choices()

            def done(result: Any) -> None:
                # An undo of an edit made before the import would write over what it brought in.
                self.window.context.undo.clear()
                self.window.context.bus.publish(result.changes)  # each view refreshes its part
                self._status(
                    self.tr("Imported %1: %2 added, %3 updated.")
                    .replace("%1", path.name)
                    .replace("%2", str(result.added))
                    .replace("%3", str(result.updated))
                )

            self.window.context.tasks.write(lambda: apply(choices), done, self._error)

        self.window.context.tasks.read(plan, show, self._error)

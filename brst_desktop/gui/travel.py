"""File ▸ Take trip onto this laptop… and File ▸ Bring changes back to the office server….

Taking copies the current trip from the database the window shows (the office's) into a laptop
copy; bringing back previews, through the import dialog, what the copy the window shows would
change on the server it was taken from, then writes it with the user's choice for each conflict.
The slow parts run on the window's workers with a progress dialog; the core does the work
(:mod:`brst_desktop.core.travel`).
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from brst_desktop.core.db import Database
from brst_desktop.core.exchange import ImportPlan, PlannedChange
from brst_desktop.errors import shown
from brst_desktop.gui.messages import translated
from brst_desktop.gui.safety.import_preview import ImportDialog, PlanModel, trip_title

if TYPE_CHECKING:
    from brst_desktop.core.travel import ReturnPlan, ReturnResult, Side, TakeResult
    from brst_desktop.gui.main_window import MainWindow

COPY_FILTER = "BRST database (*.sqlite *.db)"


def install(window: MainWindow) -> None:
    window.travel = TravelActions(window)  # type: ignore[attr-defined]


class ReturnPlanModel(PlanModel):
    """The plan of a return, in its own words: the other side is this laptop, "here" the server."""

    def take_title(self) -> str:
        return self.tr("Take the laptop's")

    def kind_text(self, kind: str, exchanged: bool = True) -> str:
        return {
            "added": self.tr("Added to the server"),
            "changed": self.tr("Brought back (the laptop's is newer)"),
            "kept": self.tr("Kept (the server's is newer)"),
            "skipped": self.tr("Skipped (already on the server)"),
            "conflict": self.tr("Conflict: changed on the laptop and on the server"),
        }[kind]

    def data(self, index: Any, role: int = 0) -> Any:
        from PySide6.QtCore import Qt

        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            change = self.rows[index.row()]
            if index.column() == 0 and change.note:
                said = self.note_text(change)
                if said:
                    return said
            if index.column() == 4 and change.kind == "conflict":
                if self.choices[change.id] == "mine":
                    return self.tr("The server's")
                return self.tr("The laptop's")
        return super().data(index, role)

    def note_text(self, change: PlannedChange) -> str:
        """What happens to a record deleted on one side (the core notes it on the change)."""
        from brst_desktop.core.travel.deletions import DELETED_ON_LAPTOP, STILL_NEEDED
        from brst_desktop.core.travel.returning import DELETED_ON_SERVER

        if change.note == DELETED_ON_SERVER:
            return self.tr("Deleted on the server, stays deleted")
        if change.note == STILL_NEEDED:
            return self.tr("Deleted on this laptop, kept: the server added records to it")
        if change.note == DELETED_ON_LAPTOP and change.kind == "conflict":
            return self.tr("Conflict: deleted on this laptop, changed on the server")
        if change.note == DELETED_ON_LAPTOP:
            return self.tr("Deleted on this laptop, deleted on the server too")
        return ""


def deletions_of(plan: ImportPlan) -> int:
    """Records deleted on the laptop that the return deletes on the server (counted as updates
    by the plan)."""
    from brst_desktop.core.travel.deletions import DELETED_ON_LAPTOP

    return sum(1 for c in plan.changes if c.kind == "changed" and c.note == DELETED_ON_LAPTOP)


class ReturnDialog(ImportDialog):
    """The import preview for a trip brought back: the same list, choices and values."""

    model_class = ReturnPlanModel

    def __init__(self, plan: ImportPlan, server: str, parent: QWidget | None = None) -> None:
        super().__init__(
            plan, server, parent, title=self.tr("Bring changes back to the office server")
        )
        self.setObjectName("return-dialog")
        counts = plan.counts()
        self.import_button.setText(self.tr("Bring back"))
        # Even with nothing to send, the server's newer records refresh this copy.
        something = counts["added"] + counts["changed"] + counts["conflict"] + counts["kept"]
        if not something:
            self.import_button.setText(self.tr("Nothing to bring back"))
        self.import_button.setEnabled(bool(something))

    def summary_text(self, file_name: str) -> str:
        counts = self.plan.counts()
        trip = next((c for c in self.plan.changes if c.table == "trip"), None)
        title = self.model.record_text(trip) if trip is not None else self.plan.trip_title
        opening = (
            self.tr("“%1” on this laptop, taken from %2.")
            .replace("%1", title)
            .replace("%2", shown(file_name))
        )
        deleted = deletions_of(self.plan)
        updated = counts["changed"] - deleted
        parts = [
            (counts["added"], self.tr("Bringing it back adds %n record(s).", "", counts["added"])),
            (updated, self.tr("It updates %n record(s).", "", updated)),
            (
                deleted,
                self.tr(
                    "%n record(s) deleted on this laptop are deleted on the server too.",
                    "",
                    deleted,
                ),
            ),
            (
                counts["unchanged"],
                self.tr("%n record(s) are the same on both.", "", counts["unchanged"]),
            ),
            (
                counts["kept"],
                self.tr(
                    "%n record(s) are newer on the server and come to this laptop.",
                    "",
                    counts["kept"],
                ),
            ),
        ]
        said = [text for count, text in parts if count]
        if not said:
            said = [self.tr("Nothing differs between this laptop and the server.")]
        return " ".join([opening, *said])

    def conflict_text(self) -> str:
        count = len(self.plan.conflicts)
        if not count:
            return ""
        return " ".join(
            [
                self.tr(
                    "%n record(s) were changed both on this laptop and on the server since the"
                    " trip was taken.",
                    "",
                    count,
                ),
                self.tr("The server's version is kept unless you tick “%1”.").replace(
                    "%1", self.model.take_title()
                ),
            ]
        )

    def there_title(self) -> str:
        return self.tr("On this laptop")

    def _value_headers(self, change: PlannedChange) -> None:
        """The columns of the two versions: the server's (with who last changed it there, and
        when) and this laptop's."""
        from brst_desktop.gui.dates import format_moment

        server = self.tr("On the server")
        if change.changed_here_by:
            server = (
                self.tr("On the server (%1, %2)")
                .replace("%1", change.changed_here_by)
                .replace("%2", format_moment(change.changed_here_at))
            )
        self.values.setHorizontalHeaderLabels([self.tr("Field"), server, self.there_title()])


class _PasswordWanted(Exception):
    """The copy's server wants a password nothing on this computer holds: the window asks."""

    def __init__(self, address: str, trip_id: uuid.UUID, reason: BaseException) -> None:
        super().__init__(address)
        self.address = address
        self.trip_id = trip_id
        self.reason = reason


class _Progress(QObject):
    """Steps reported by the core from a worker thread, shown in the GUI thread."""

    step = Signal(str, int, int)


class TravelActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        from brst_desktop.gui.icons import icon

        self.take_action = QAction(
            icon("hard-drive-download"), self.tr("&Take trip onto this laptop…"), window
        )
        self.take_action.triggered.connect(self.take)
        self.bring_back_action = QAction(
            icon("refresh-cw"), self.tr("Brin&g changes back to the office server…"), window
        )
        self.bring_back_action.triggered.connect(self.bring_back)
        window.add_file_action(self.take_action, "data")
        window.add_file_action(self.bring_back_action, "data")
        self.progress: QProgressDialog | None = None
        self.update_enabled()

    @property
    def db(self) -> Database:
        return self.window.context.db

    def update_enabled(self) -> None:
        """Bringing back is for a laptop copy (a database holding a trip taken from a server)."""
        from brst_desktop.core.travel import origin

        def taken() -> bool:
            with self.db.session() as session:
                return bool(origin.origins(session))

        self.bring_back_action.setEnabled(False)
        self.window.context.tasks.read(
            taken,
            lambda found: self.bring_back_action.setEnabled(bool(found) and not self.db.read_only),
            lambda _error: None,  # a window that cannot read its database says so elsewhere
            quiet=True,
        )

    def _error(self, error: BaseException) -> None:
        from brst_desktop.gui.messages import show_error

        self._end_progress()
        show_error(self.window, error)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    # --- progress -----------------------------------------------------------------------------
    def _start_progress(self, title: str) -> _Progress:
        """A modal progress dialog fed by the core's steps (from the worker thread)."""
        dialog = QProgressDialog(self.window)
        dialog.setObjectName("travel-progress")
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)  # a transaction half done is not stopped midway
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 4)
        dialog.setValue(0)
        dialog.setLabelText(self.tr("Reading the trip…"))
        self.progress = dialog
        reporter = _Progress(self)
        reporter.step.connect(self._show_step)
        return reporter

    def _show_step(self, step: str, done: int, total: int) -> None:
        if self.progress is None:
            return
        labels = {
            "read": self.tr("Reading the trip…"),
            "plan": self.tr("Comparing with the office server…"),
            "write": self.tr("Writing…"),
            "refresh": self.tr("Refreshing this laptop's copy…"),
            "done": self.tr("Done."),
        }
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setLabelText(labels.get(step, ""))

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # --- taking -------------------------------------------------------------------------------
    def take(self) -> None:
        trip_id: uuid.UUID | None = getattr(self.window.trips_page, "current_trip", None)
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Take trip onto this laptop"),
            str(Path.home() / self._copy_name(trip_id)),
            COPY_FILTER,
        )
        if not name:
            return
        target = Path(name if name.endswith((".sqlite", ".db")) else name + ".sqlite")
        self._take(trip_id, target, None)

    def _take(self, trip_id: uuid.UUID | None, target: Path, passphrase: str | None) -> None:
        from brst_desktop.core.travel import take_trip

        source = self.db
        reporter = self._start_progress(self.tr("Take trip onto this laptop"))

        def failed(error: BaseException) -> None:
            from brst_desktop.core.travel.errors import UnprotectedCopyError

            if isinstance(error, UnprotectedCopyError) and passphrase is None:
                self._end_progress()
                self._take_protected(trip_id, target, error)
            else:
                self._error(error)

        self.window.context.tasks.write(
            lambda: take_trip(
                source, target, trip_id, passphrase=passphrase, progress=reporter.step.emit
            ),
            self._taken,
            failed,
        )

    def _take_protected(
        self, trip_id: uuid.UUID | None, target: Path, refusal: BaseException
    ) -> None:
        """A classified trip: the copy gets a passphrase, asked as File ▸ Protect asks it."""
        from brst_desktop.gui.safety.passphrase import PassphraseDialog

        dialog = PassphraseDialog("set", target.name, self.window)
        dialog.explanation.setText(translated(refusal))
        if dialog.exec():
            self._take(trip_id, target, dialog.new_passphrase)

    def _copy_name(self, trip_id: uuid.UUID | None) -> str:
        from brst_desktop.core.services import records

        trip = records.read(self.db, "trip", trip_id) if trip_id is not None else None
        title = (trip["title_en"] or trip["title_th"]) if trip is not None else ""
        safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title or "trip").strip()
        return (" ".join(safe.split())[:60] or "trip") + ".sqlite"

    def _taken(self, result: TakeResult) -> None:
        self._end_progress()
        text = (
            self.tr(
                "“%1” is on this laptop as %2. Open that file with BRST Desktop to work on the"
                " trip offline; then use File ▸ Bring changes back to the office server."
            )
            .replace("%1", translated(result.trip_name))
            .replace("%2", shown(result.path))
        )
        self._status(
            self.tr("Took “%1” onto this laptop.").replace("%1", translated(result.trip_name))
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Take trip onto this laptop"), text)
        box.setObjectName("travel-taken")
        box.setParent(self.window, box.windowFlags())
        box.exec()

    # --- bringing back ------------------------------------------------------------------------
    def bring_back(self) -> None:
        """Find where the copy came from, open that server, and preview the return."""
        from brst_desktop.core.server import ServerLoginError
        from brst_desktop.core.travel import find_origin, plan_return

        copy_db = self.db
        reporter = self._start_progress(self.tr("Bring changes back to the office server"))

        def prepare() -> tuple[Database, ReturnPlan]:
            reporter.step.emit("read", 0, 4)
            found = find_origin(copy_db)
            try:
                # a password typed earlier in this session is used (core.session_passwords)
                server = open_server(found.source)
            except ServerLoginError as error:
                raise _PasswordWanted(found.source, found.trip_id, error) from error
            return server, plan_on(server, found.trip_id)

        def plan_on(server: Database, trip_id: uuid.UUID) -> ReturnPlan:
            try:
                reporter.step.emit("plan", 1, 4)
                return plan_return(server, copy_db, trip_id)
            except BaseException:
                server.close()
                raise

        def failed(error: BaseException) -> None:
            if not isinstance(error, _PasswordWanted):
                self._error(error)
                return
            from brst_desktop.gui.safety.server_password import ask_server_password

            self._end_progress()
            server = ask_server_password(
                error.address, error.reason, self.window, instead="nothing brought back"
            )
            if server is None:
                self._status(self.tr("Nothing was brought back; the changes stay in this copy."))
                return
            # the first reporter still drives the progress (it is connected to it)
            self._start_progress(self.tr("Bring changes back to the office server"))
            self.window.context.tasks.read(
                lambda: (server, plan_on(server, error.trip_id)), self._preview, self._error
            )

        self.window.context.tasks.read(prepare, self._preview, failed)

    def _preview(self, prepared: tuple[Database, ReturnPlan]) -> None:
        from brst_desktop.core.travel import bring_back

        server, preview = prepared
        self._end_progress()
        dialog = ReturnDialog(preview.plan, preview.origin.source, self.window)
        if not dialog.exec():
            server.close()
            return
        sides: dict[str, Side] = {"mine": "office", "theirs": "laptop"}
        choices = {key: sides[choice] for key, choice in dialog.choices().items()}
        copy_db = self.db
        trip_id = preview.trip_id
        reporter = self._start_progress(self.tr("Bring changes back to the office server"))

        def run() -> ReturnResult:
            try:
                return bring_back(
                    server, copy_db, trip_id, choices=choices, progress=reporter.step.emit
                )
            finally:
                server.close()

        self.window.context.tasks.write(run, self._brought_back, self._error)

    def _brought_back(self, result: ReturnResult) -> None:
        self._end_progress()
        # An undo of an edit made before the return would write over what the server sent.
        self.window.context.undo.clear()
        self.window.context.bus.publish(result.changes)
        template = (
            self.tr(
                "Brought “%1” back to the office server: %2 added, %3 updated and %4 deleted"
                " there; %5 records of this copy refreshed."
            )
            if result.deleted
            else self.tr(
                "Brought “%1” back to the office server: %2 added, %3 updated there; %5 records"
                " of this copy refreshed."
            )
        )
        self._status(
            template.replace("%1", trip_title(result.plan))
            .replace("%2", str(result.added))
            .replace("%3", str(result.updated))
            .replace("%4", str(result.deleted))
            .replace("%5", str(result.refreshed))
        )


def open_server(address: str) -> Database:
    """The database a copy was taken from, opened as the command line opens ``--db``."""
    from brst_desktop.app import open_from_args

    return open_from_args(
        argparse.Namespace(db=address, demo=False, passphrase_file=None), ask_passphrase=None
    )

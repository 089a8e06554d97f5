"""What every window and page shares: the database, the workers, the change bus, undo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database
from brst_desktop.gui.tasks import Tasks


class ChangeBus(QObject):
    """Broadcasts what each write changed; views listen and refresh only their own part.

    A widget never tells another widget to reload: it publishes the service's ChangeSet here.
    """

    changed = Signal(object)  # ChangeSet

    def publish(self, changes: ChangeSet) -> None:
        if changes:
            self.changed.emit(changes)


@dataclass
class AppContext:
    db: Database
    tasks: Tasks
    bus: ChangeBus
    undo: QUndoStack

    @classmethod
    def create(
        cls, db: Database, *, synchronous: bool = False, parent: QObject | None = None
    ) -> AppContext:
        return cls(
            db=db,
            tasks=Tasks(synchronous=synchronous, parent=parent),
            bus=ChangeBus(parent),
            undo=QUndoStack(parent),
        )

"""What every window and page shares: the database, the workers, the change bus, undo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database
from brst_desktop.gui.server_changes import ServerChanges
from brst_desktop.gui.tasks import Tasks


class ChangeBus(QObject):
    """Broadcasts what each write changed; views listen and refresh only their own part.

    A widget never tells another widget to reload: it publishes the service's ChangeSet here.
    """

    changed = Signal(object)  # ChangeSet
    #: Someone else's changes from the office server, just before ``changed`` carries them
    #: (the window can still see what was open when they came).
    arriving = Signal(object)  # ChangeSet

    def publish(self, changes: ChangeSet) -> None:
        if changes:
            self.changed.emit(changes)

    def publish_theirs(self, changes: ChangeSet) -> None:
        """Changes made by others (the office server's notices)."""
        if changes:
            self.arriving.emit(changes)
            self.changed.emit(changes)


@dataclass
class AppContext:
    db: Database
    tasks: Tasks
    bus: ChangeBus
    undo: QUndoStack
    #: On the office server: other people's changes, fed to the bus (None for a file).
    server_changes: ServerChanges | None = None

    @classmethod
    def create(
        cls, db: Database, *, synchronous: bool = False, parent: QObject | None = None
    ) -> AppContext:
        context = cls(
            db=db,
            tasks=Tasks(synchronous=synchronous, parent=parent),
            bus=ChangeBus(parent),
            undo=QUndoStack(parent),
        )
        if db.on_server:
            context.server_changes = ServerChanges(db, parent)
            context.server_changes.arrived.connect(context.bus.publish_theirs)
        return context

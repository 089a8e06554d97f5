"""Other people's changes on the office server, published on this window's change bus.

A thread listens for the server's notices (:mod:`brst_desktop.core.change_notices`) and hands
each batch to the GUI thread through a queued signal; the bus then refreshes the views those
changes touch, exactly as after this window's own writes. Nothing runs for a database file.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, Signal

from brst_desktop.core import change_notices
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database

log = logging.getLogger(__name__)

#: How long opening a window on the server waits for the listener's first snapshot.
FIRST_SNAPSHOT_WAIT_S = 10.0


class ServerChanges(QObject):
    """Listens while it lives (:meth:`stop` ends it; so does quitting the program)."""

    #: A batch of changes committed on the server (emitted in the listener thread, received in
    #: the GUI thread).
    arrived = Signal(object)
    #: The user's clearance changed (before, now: change_notices.Standing); the window reads
    #: everything again. Emitted before the batch of changes read with it.
    cleared = Signal(object, object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ready = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(db,), name="server-changes", daemon=True
        )
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.destroyed.connect(self._stop.set)
        self._thread.start()
        # The window reads its lists and records after this returns: the listener must have
        # taken its first snapshot of the server's change log by then. A colleague's commit
        # between a read of the window and that snapshot would be in neither (the read saw the
        # old value, the log's first read starts after it) and the window would show the old
        # value until the record changed again. Bounded: an unreachable server fails the
        # listener at once, a slow one lets the window open (and that rare race back in).
        deadline = time.monotonic() + FIRST_SNAPSHOT_WAIT_S
        while not self.ready.wait(0.02) and self._thread.is_alive():
            if time.monotonic() > deadline:
                log.warning("the office server's change log was not read within %s s",
                            FIRST_SNAPSHOT_WAIT_S)  # fmt: skip
                break

    def _run(self, db: Database) -> None:
        try:
            change_notices.listen(
                db.engine, self._publish, self._stop, ready=self.ready, cleared=self._cleared
            )
        except Exception as error:
            # The server went away: the window keeps working on its own writes; the next
            # read or write says what is wrong in a sentence.
            if not self._stop.is_set():
                log.warning("listening for the office server's changes stopped: %s", error)

    def _publish(self, changes: ChangeSet) -> None:
        if not self._stop.is_set():
            self.arrived.emit(changes)

    def _cleared(self, before: change_notices.Standing, now: change_notices.Standing) -> None:
        if not self._stop.is_set():
            self.cleared.emit(before, now)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=2)

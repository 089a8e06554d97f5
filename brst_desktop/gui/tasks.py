"""Work off the GUI thread: database reads and writes, search indexing, PDF rendering.

Reads run on a small pool; writes run one at a time, in the order they were asked for, so undo
and redo apply in sequence. Results come back to the GUI thread through a queued signal. Tests
and ``--screenshot`` can use ``Tasks(synchronous=True)``, which runs each job at once.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], report: Callable[[bool, Any], None]) -> None:
        super().__init__()
        self._fn = fn
        self._report = report

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # handed to the GUI thread, which decides what to show
            self._report(False, error)
            return
        self._report(True, result)


class Tasks(QObject):
    """Runs callables in worker threads and calls back in the GUI thread."""

    #: A job failed and had no handler of its own: the window shows the sentence.
    failed = Signal(object)
    #: True while any job is running (the window shows a busy cursor).
    busy_changed = Signal(bool)
    _finished = Signal(int, bool, object)

    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # one write at a time, in order
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None]] = {}
        self._quiet: set[int] = set()
        self._finished.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)

    def read(
        self,
        fn: Callable[[], Any],
        done: Done | None = None,
        error: Failed | None = None,
        *,
        quiet: bool = False,
    ) -> None:
        """Run ``fn`` on a reader thread; ``quiet`` work (a preview, the search index) was not
        asked for by a click, so it shows no busy cursor."""
        self._start(self._reads, fn, done, error, quiet)

    def write(self, fn: Callable[[], Any], done: Done | None = None, error: Failed | None = None):
        self._start(self._writes, fn, done, error, False)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        done: Done | None,
        error: Failed | None,
        quiet: bool,
    ) -> None:
        token = next(self._ids)
        was_busy = self._busy
        self._pending[token] = (done, error)
        if quiet:
            self._quiet.add(token)
        if self._busy and not was_busy:
            self.busy_changed.emit(True)
        if self.synchronous:
            try:
                result = fn()
            except BaseException as exc:
                self._dispatch(token, False, exc)
            else:
                self._dispatch(token, True, result)
            return
        pool.start(_Job(fn, lambda ok, value: self._finished.emit(token, ok, value)))

    def _dispatch(self, token: int, ok: bool, value: Any) -> None:
        was_busy = self._busy
        done, error = self._pending.pop(token, (None, None))
        self._quiet.discard(token)
        if was_busy and not self._busy:
            self.busy_changed.emit(False)
        try:
            if ok:
                if done is not None:
                    done(value)
            elif error is not None:
                error(value)
            else:
                self._report(value)
        except RuntimeError as exc:
            # The widget that asked was closed meanwhile; its answer is no longer wanted.
            if "already deleted" not in str(exc):
                raise

    def _report(self, error: BaseException) -> None:
        if not _is_user_error(error):
            log.error("background job failed:\n%s", "".join(traceback.format_exception(error)))
        self.failed.emit(error)

    @property
    def _busy(self) -> bool:
        return len(self._pending) > len(self._quiet)

    @property
    def idle(self) -> bool:
        return not self._pending

    def wait(self, timeout_ms: int = 30000) -> None:
        """Block until every job has finished and its answer was delivered (tests, screenshots)."""
        self._reads.waitForDone(timeout_ms)
        self._writes.waitForDone(timeout_ms)
        for _ in range(100):
            QApplication.processEvents()
            if self.idle:
                break
            self._reads.waitForDone(timeout_ms)
            self._writes.waitForDone(timeout_ms)


def _is_user_error(error: BaseException) -> bool:
    from brst_desktop.errors import UserError

    return isinstance(error, UserError)

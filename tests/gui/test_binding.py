"""The Qt binding's missing references to None and True cannot end a long session
(gui/binding.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QLineEdit

import brst_desktop.gui  # noqa: F401  (importing the package puts the guard in place)
from brst_desktop.gui.binding import RESERVE, SHARED, keep_none_alive


class _Sender(QObject):
    said = Signal()


def test_a_hundred_thousand_calls_returning_nothing_leave_none_alive(qapp) -> None:
    box, size, sender = QLineEdit(), QSize(1, 1), _Sender()
    if sys.version_info < (3, 12):
        # Without the guard a session starts near 55,000 references to None and 14,000 to
        # True: these calls would end it.
        assert all(sys.getrefcount(shared) > RESERVE // 2 for shared in SHARED)
    for n in range(50_000):
        box.setText(str(n))
        size.setHeight(n)
        sender.said.emit()
    after = [sys.getrefcount(shared) for shared in SHARED]
    keep_none_alive()  # once is enough: a second call adds nothing
    again = [sys.getrefcount(shared) for shared in SHARED]
    assert all(abs(a - b) < 1000 for a, b in zip(after, again, strict=True))

"""The Qt binding's missing references to None cannot end a long session (gui/binding.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit

import brst_desktop.gui  # noqa: F401  (importing the package puts the guard in place)
from brst_desktop.gui.binding import RESERVE, keep_none_alive


def test_a_hundred_thousand_calls_returning_nothing_leave_none_alive(qapp) -> None:
    box, size = QLineEdit(), QSize(1, 1)
    if sys.version_info < (3, 12):
        # Without the guard a session starts near 55,000 references: these calls would end it.
        assert sys.getrefcount(None) > RESERVE // 2
    for n in range(50_000):
        box.setText(str(n))
        size.setHeight(n)
    after = sys.getrefcount(None)
    assert after > 0
    keep_none_alive()  # once is enough: a second call adds nothing
    assert abs(sys.getrefcount(None) - after) < 1000

"""Data-safety windows: restore from a backup, passphrase set/change/remove and unlock, import
with a preview and a choice per conflict, export of a trip to a file.

The main window calls :func:`install` once (see ``MainWindow.EXTENSIONS``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brst_desktop.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from brst_desktop.gui.safety import connect
    from brst_desktop.gui.safety.actions import SafetyActions

    window.safety = SafetyActions(window)  # type: ignore[attr-defined]
    connect.install(window)

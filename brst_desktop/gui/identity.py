"""What the desktop knows the program by: its icon and the id of its desktop entry.

The icon files are the packaging's (``resources/icons``, drawn from ``brst-desktop.svg``); the
id is that of the packaged ``th.go.mhesi.BRSTDesktop.desktop``, so a Linux desktop (Wayland's
app id, the dock, the task switcher) matches the running window to the installed entry and its
icon instead of showing a generic one.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from brst_desktop.resources import resource_path

DESKTOP_ID = "th.go.mhesi.BRSTDesktop"
#: The sizes drawn by the packaging; Qt picks the nearest for title bars, docks and HiDPI.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """The program's icon in every drawn size (the files are read when first painted)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"brst-desktop-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def set_identity(app: QGuiApplication) -> None:
    """Give ``app`` the program's icon and desktop entry id (before any window is shown)."""
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(application_icon())

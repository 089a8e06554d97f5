"""Put the bundled faces into Qt's font database so Thai on screen looks as it does on paper."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from brst_desktop.resources import resource_path

#: The screen face: the same Sarabun the book is printed in.
UI_FAMILY = "Sarabun"
#: Chinese names: the face the typesetter falls back to on paper.
CJK_FAMILY = "Droid Sans Fallback"


def load_bundled_fonts() -> list[str]:
    """Register every bundled TrueType file with Qt; returns the families found.

    The files are those of ``brst_desktop.typeset.font_files()``. They are listed from the
    resources folder here because importing the typesetter pulls in ReportLab (about half a
    second), which the window does not need until a book is exported.
    """
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def use_bundled_font(app: QApplication, point_size: float = 10.5) -> None:
    """Sarabun for everything, with the Chinese face as the fallback for Han characters."""
    QFont.insertSubstitution(UI_FAMILY, CJK_FAMILY)
    font = QFont(UI_FAMILY)
    font.setFamilies([UI_FAMILY, CJK_FAMILY])
    font.setPointSizeF(point_size)
    app.setFont(font)

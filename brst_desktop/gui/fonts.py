"""Put the bundled faces into Qt's font database so Thai on screen looks as it does on paper."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from brst_desktop.resources import resource_path

#: The screen face: the same Sarabun the book is printed in.
UI_FAMILY = "Sarabun"
#: Chinese names: the face the typesetter falls back to on paper.
CJK_FAMILY = "Droid Sans Fallback"
#: Thai with the tallest stacks: a vowel above plus a tone mark (ปั้น, ฟื้น, ญิ่).
TALL_THAI = "ปั้นฟื้นญิ่ค้นชิ่งเที่ยว"


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


class _RoomForThaiMarks(QProxyStyle):
    """Makes one-line fields (line edits, combo boxes, spin and date boxes) a few pixels taller.

    Qt sizes them from the font's ascent, but a Thai vowel above a consonant with a tone mark on
    top (ค้น, ชิ่ง, เที่ยว) rises above that ascent in Sarabun: in the search box the marks
    touched the frame. Only the height grows, by the overshoot on both sides, so the text stays
    centred and every platform style keeps its own look.
    """

    def __init__(self, base: QStyle, extra: int) -> None:
        super().__init__(base)
        self.extra = extra

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        # What QProxyStyle's own sizeFromContents does; asked directly because PySide's
        # declaration of the proxy's method forgets that the widget may be absent.
        result = self.baseStyle().sizeFromContents(kind, option, size, widget)
        if kind in _ONE_LINE_FIELDS:
            result.setHeight(result.height() + self.extra)
        return result


_ONE_LINE_FIELDS = (
    QStyle.ContentsType.CT_LineEdit,
    QStyle.ContentsType.CT_ComboBox,
    QStyle.ContentsType.CT_SpinBox,
)


def thai_mark_overshoot(font: QFont) -> int:
    """Pixels by which stacked Thai marks rise above ``font``'s ascent (0 when they fit)."""
    metrics = QFontMetrics(font)
    return max(0, -metrics.tightBoundingRect(TALL_THAI).top() - metrics.ascent())


def make_room_for_thai_marks(app: QApplication) -> None:
    """Install :class:`_RoomForThaiMarks` over the current style (once; after the font is set)."""
    if isinstance(app.style(), _RoomForThaiMarks):
        return
    extra = 2 * thai_mark_overshoot(app.font())
    if extra:
        # A fresh copy of the platform's style as the base (the proxy takes ownership of it).
        base = QStyleFactory.create(app.style().name())
        if base is not None:
            _installed.append(_RoomForThaiMarks(base, extra))
            app.setStyle(_installed[-1])


#: Keeps the Python side of the installed style alive as long as the application.
_installed: list[_RoomForThaiMarks] = []

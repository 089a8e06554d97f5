"""The pages of a book's preview: rasterised from the PDF off the GUI thread, shown at any zoom.

Each page first shows a picture made at a base width for the whole book; at another zoom it is
drawn scaled at once, and the pages in view are rasterised sharp at their new size by a worker
(see :class:`~brst_desktop.gui.book_preview.BookPreview`). PDFium is not thread-safe, so every
use of it goes through one lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

#: One conversion at a time: PDFium keeps global state.
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class Rendered:
    """A book made into a PDF, each page as a picture ``width`` pixels wide."""

    pdf: bytes
    images: list[QImage]
    #: Each page's size in PDF points (1/72 inch).
    sizes: list[QSizeF]


def _image(page, scale: float) -> QImage:
    bitmap = page.render(scale=scale)
    pil = bitmap.to_pil().convert("RGB")
    data = pil.tobytes()
    image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``data`` goes away


def rasterise(pdf: bytes, width_px: int) -> Rendered:
    """Every page of ``pdf`` as a picture ``width_px`` pixels wide."""
    import pypdfium2

    images, sizes = [], []
    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            for page in document:
                sizes.append(QSizeF(page.get_width(), page.get_height()))
                images.append(_image(page, width_px / page.get_width()))
                page.close()
        finally:
            document.close()
    return Rendered(pdf, images, sizes)


def sharpen(pdf: bytes, widths: dict[int, int]) -> dict[int, QImage]:
    """Pages ``widths`` names (number from 0 -> width in pixels), rasterised at that width."""
    import pypdfium2

    found: dict[int, QImage] = {}
    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            for number, width in widths.items():
                if 0 <= number < len(document):
                    page = document[number]
                    found[number] = _image(page, width / page.get_width())
                    page.close()
        finally:
            document.close()
    return found


class PageView(QWidget):
    """One page, white, at the size the preview's zoom gives it."""

    def __init__(self, number: int, base: QImage, points: QSizeF, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"preview_page_{number + 1}")
        self.number = number
        self.base = base
        self.points = points
        self.sharp: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_display_size(self, size: QSize) -> None:
        if size != self.size():
            self.setFixedSize(size)
            self.update()

    def wanted_width(self) -> int:
        """The picture width that fills this page on this screen, in device pixels."""
        return max(1, round(self.width() * (self.devicePixelRatioF() or 1.0)))

    def is_sharp(self) -> bool:
        return self.sharp is not None and self.sharp.width() == self.wanted_width()

    def set_sharp(self, image: QImage) -> None:
        self.sharp = image
        self.update()

    def shown_image(self) -> QImage:
        """The picture this page draws now: the sharp one when it fits the size, else the base."""
        return self.sharp if self.sharp is not None and self.is_sharp() else self.base

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = QRect(0, 0, self.width(), self.height())
        painter.fillRect(target, Qt.GlobalColor.white)
        # A sharp picture is drawn one pixel for one; the base one is scaled smoothly.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.shown_image())
        painter.end()

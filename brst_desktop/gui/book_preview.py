"""The live preview of a book: rendered to PDF and rasterised off the GUI thread, refreshed
shortly after the last change (a burst of edits costs one render)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from brst_desktop.core import registry
from brst_desktop.core.changes import ChangeSet
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.messages import error_sentence

#: Wait this long after a change before rendering again.
DEBOUNCE_MS = 700
#: Page images at this width (pixels) before the high-DPI factor.
PAGE_WIDTH = 460

#: Changes to these records can alter a printed book.
BOOK_CONTENT = registry.printed()


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookPreview", text)


def render_pages(db, book_id: uuid.UUID, width_px: int) -> tuple[bytes, list[QImage]]:
    """The book as PDF bytes and one image per page (runs in a worker thread)."""
    import pypdfium2

    from brst_desktop.export import render_book

    pdf_bytes = render_book(db, book_id)
    document = pypdfium2.PdfDocument(pdf_bytes)
    images = []
    try:
        for page in document:
            scale = width_px / page.get_width()
            bitmap = page.render(scale=scale)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: ``data`` goes away
            page.close()
    finally:
        document.close()
    return pdf_bytes, images


class BookPreview(QWidget):
    rendered = Signal(int)  # pages shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.book_id: uuid.UUID | None = None
        self.pdf: bytes | None = None
        self.page_count = 0
        self._generation = 0
        self._running = False
        self._again = False
        self._dirty = False
        self.status = QLabel()
        self.status.setObjectName("preview_status")
        self.status.setWordWrap(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.pages.setStyleSheet("background: #6b6b6b;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        self.page_scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        context.bus.changed.connect(self._on_changes)

    def set_book(self, book_id: uuid.UUID | None) -> None:
        self.book_id = book_id
        self._clear()
        if book_id is None:
            self.status.setText(_tr("Choose a book to see its preview."))
            return
        self.request()

    def request(self) -> None:
        """Render again shortly (restarts the wait on every call); a hidden preview waits
        until it is shown, so edits elsewhere cost no rendering."""
        if self.book_id is not None and not self.isVisible():
            self._dirty = True
            return
        if self.book_id is not None:
            self.status.setText(_tr("Updating the preview…"))
            self._timer.start()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*BOOK_CONTENT):
            self.request()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.request()

    def render_now(self) -> None:
        if self.book_id is None:
            return
        if self._running:
            self._again = True  # one more render when this one ends, with the latest data
            return
        self._running = True
        self._generation += 1
        generation, book_id, db = self._generation, self.book_id, self.context.db
        ratio = self.devicePixelRatioF() or 1.0
        width = int(PAGE_WIDTH * ratio)

        def done(result: tuple[bytes, list[QImage]]) -> None:
            self._finished()
            if generation == self._generation and book_id == self.book_id:
                self._show(*result, ratio)

        def failed(error: BaseException) -> None:
            self._finished()
            if isinstance(error, ImportError):
                self.status.setText(
                    _tr(
                        "The preview needs the PDF export, which is missing from this installation."
                    )
                )
            else:
                self.status.setText(error_sentence(error))

        self.context.tasks.read(lambda: render_pages(db, book_id, width), done, failed, quiet=True)

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.render_now()

    def _clear(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            page = item.widget() if item is not None else None
            if page is not None:
                page.deleteLater()
        self.pdf = None
        self.page_count = 0

    def _show(self, pdf: bytes, images: list[QImage], ratio: float) -> None:
        self._clear()
        self.pdf = pdf
        self.page_count = len(images)
        for image in images:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("background: white;")
            self.pages_layout.addWidget(label)
        self.status.setText(_tr("Preview: %1 pages").replace("%1", str(len(images))))
        self.rendered.emit(len(images))

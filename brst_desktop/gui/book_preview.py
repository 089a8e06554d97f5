"""The live preview of a book, zoomed and paged like a PDF viewer.

The book is made into a PDF and its pages rasterised on a reader thread, shortly after the last
change (a burst of edits costs one render). Zoom in and out (Ctrl++ / Ctrl+-), fit the page
width (Ctrl+0, where it starts) or the whole page (Ctrl+9); Page Up / Page Down and the page
box go from page to page. A new zoom shows the pictures scaled at once, then the pages in view
are rasterised sharp, off the GUI thread too.
"""

from __future__ import annotations

import uuid
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core import registry
from brst_desktop.core.changes import ChangeSet
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.icons import icon
from brst_desktop.gui.messages import error_sentence
from brst_desktop.gui.preview_pages import PageView, Rendered, rasterise, sharpen

#: Wait this long after a change before rendering again.
DEBOUNCE_MS = 700
#: Page pictures of a new render are this wide (pixels, before the high-DPI factor); other
#: zooms show them scaled until the pages in view are rasterised again.
PAGE_WIDTH = 460
#: Wait this long after a zoom or a scroll before rasterising the pages in view sharp.
SHARPEN_MS = 120
#: The zoom steps of Ctrl++ / Ctrl+- (1.0: the page at its printed size on this screen).
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
#: Grey around and between the pages, in pixels.
MARGIN = 12
#: Pages before and after those in view that keep their sharp pictures.
KEEP_SHARP = 2

#: Changes to these records can alter a printed book.
BOOK_CONTENT = registry.printed()

Fit = Literal["width", "page", "none"]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("BookPreview", text, None, n)


def render_pages(db, book_id: uuid.UUID, width_px: int) -> Rendered:
    """The book as PDF bytes and one picture per page (runs in a worker thread)."""
    from brst_desktop.export import render_book

    return rasterise(render_book(db, book_id), width_px)


class BookPreview(QWidget):
    rendered = Signal(int)  # pages shown
    #: The zoom or the page in view changed (the toolbar follows; tests wait on it).
    view_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.book_id: uuid.UUID | None = None
        self.pdf: bytes | None = None
        self.page_count = 0
        self.page_views: list[PageView] = []
        self.zoom = 1.0
        self.fit: Fit = "width"
        self._generation = 0
        self._running = False
        self._again = False
        self._dirty = False
        self._sharpening = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        self._sharp_timer = QTimer(self)
        self._sharp_timer.setSingleShot(True)
        self._sharp_timer.setInterval(SHARPEN_MS)
        self._sharp_timer.timeout.connect(self.sharpen_visible)

        self.status = QLabel()
        self.status.setObjectName("preview_status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.toolbar = self._make_toolbar()

        self.pages = QWidget()
        self.pages.setObjectName("preview_pages")
        # A click on the pages gives the preview the keyboard (Page Up / Page Down).
        self.pages.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.pages_layout.setSpacing(MARGIN)
        self.pages.setStyleSheet("#preview_pages { background: #6b6b6b; }")
        # What the pane says before there are pages to show: never a grey void.
        self.placeholder = QLabel()
        self.placeholder.setObjectName("preview_placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumWidth(240)
        self.placeholder.setStyleSheet("color: #f4f4f4; font-size: 12pt; padding: 24px;")
        self.pages_layout.addWidget(self.placeholder)
        scroll = QScrollArea()
        scroll.setObjectName("preview_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.viewport().installEventFilter(self)
        scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        scroll.horizontalScrollBar().valueChanged.connect(lambda _v: self._sharp_timer.start())
        self.page_scroll = scroll
        for action in (self.previous_action, self.next_action):
            scroll.addAction(action)  # Page Up / Page Down while the pages have the focus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        context.bus.changed.connect(self._on_changes)
        self._say(_tr("Choose a book on the left: its pages appear here."))
        self._update_toolbar()

    # --- toolbar ------------------------------------------------------------------------------
    def _action(self, icon_name: str, text: str, keys: list[str], slot) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        shown = ", ".join(keys)
        action.setToolTip(f"{text} ({shown})" if keys else text)
        action.triggered.connect(slot)
        return action

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("preview_toolbar")
        bar.setIconSize(QSize(18, 18))
        self.zoom_out_action = self._action("zoom-out", _tr("Zoom out"), ["Ctrl+-"], self.zoom_out)
        self.zoom_in_action = self._action(
            "zoom-in", _tr("Zoom in"), ["Ctrl++", "Ctrl+="], self.zoom_in
        )
        self.fit_width_action = self._action(
            "move-horizontal", _tr("Fit the page width"), ["Ctrl+0"], self.fit_width
        )
        self.fit_page_action = self._action(
            "rectangle-vertical", _tr("Show the whole page"), ["Ctrl+9"], self.fit_page
        )
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        self.previous_action = self._action(
            "chevron-up", _tr("Previous page"), ["PgUp"], self.previous_page
        )
        self.next_action = self._action(
            "chevron-down", _tr("Next page"), ["PgDown"], self.next_page
        )
        for action in (self.previous_action, self.next_action):
            # Page Up / Page Down belong to whatever list or text has the focus elsewhere.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("preview_zoom")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_box = QSpinBox()
        self.page_box.setObjectName("preview_page")
        self.page_box.setKeyboardTracking(False)  # the page typed, then Enter: one jump
        self.page_box.setAccessibleName(_tr("Page"))
        self.page_box.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        self.page_of = QLabel()
        self.page_of.setObjectName("preview_page_count")
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_width_action)
        bar.addAction(self.fit_page_action)
        bar.addSeparator()
        bar.addAction(self.previous_action)
        bar.addWidget(QLabel(_tr("Page")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_of)
        bar.addAction(self.next_action)
        return bar

    def _update_toolbar(self) -> None:
        has_pages = bool(self.page_views)
        for action in (
            self.zoom_out_action,
            self.zoom_in_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            action.setEnabled(has_pages)
        self.zoom_out_action.setEnabled(has_pages and self.zoom > ZOOM_STEPS[0] + 0.001)
        self.zoom_in_action.setEnabled(has_pages and self.zoom < ZOOM_STEPS[-1] - 0.001)
        self.fit_width_action.setChecked(self.fit == "width")
        self.fit_page_action.setChecked(self.fit == "page")
        self.zoom_label.setText(f"{round(self.zoom * 100)} %" if has_pages else "")
        current = self.current_page()
        self.previous_action.setEnabled(has_pages and current > 0)
        self.next_action.setEnabled(has_pages and current < self.page_count - 1)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if has_pages else 0, max(self.page_count, 0))
        self.page_box.setValue(current + 1 if has_pages else 0)
        self.page_box.setEnabled(has_pages)
        self.page_box.blockSignals(False)
        self.page_of.setText(_tr("of %n", self.page_count) if has_pages else "")
        self.view_changed.emit()

    # --- which book, when to render -------------------------------------------------------------
    def set_book(self, book_id: uuid.UUID | None) -> None:
        self.book_id = book_id
        self._clear()
        if book_id is None:
            self._say(_tr("Choose a book on the left: its pages appear here."))
            return
        self._say(_tr("Making the preview of this book: its pages appear here in a moment."))
        self.request()

    def request(self) -> None:
        """Render again shortly (restarts the wait on every call); a hidden preview waits
        until it is shown, so edits elsewhere cost no rendering."""
        if self.book_id is not None and not self.isVisible():
            self._dirty = True
            return
        if self.book_id is not None:
            if self.page_views:
                self._status(_tr("Updating the preview…"))
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
        self._timer.stop()  # this render answers the requests waiting for the pause
        if self.book_id is None:
            return
        if self._running:
            self._again = True  # one more render when this one ends, with the latest data
            return
        self._running = True
        self._generation += 1
        generation, book_id, db = self._generation, self.book_id, self.context.db
        width = int(PAGE_WIDTH * (self.devicePixelRatioF() or 1.0))

        def done(result: Rendered) -> None:
            self._finished()
            if generation == self._generation and book_id == self.book_id:
                self._show(result)

        def failed(error: BaseException) -> None:
            self._finished()
            if isinstance(error, ImportError):
                sentence = _tr(
                    "The preview needs the PDF export, which is missing from this installation."
                )
            else:
                sentence = error_sentence(error)
            if self.page_views:
                self._status(sentence)
            else:
                self._say(sentence)

        self.context.tasks.read(lambda: render_pages(db, book_id, width), done, failed, quiet=True)

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.render_now()

    # --- pages ----------------------------------------------------------------------------------
    def _say(self, sentence: str) -> None:
        """A sentence in the middle of the pane, where the pages will be."""
        self.placeholder.setText(sentence)
        self.placeholder.setVisible(not self.page_views)

    def _status(self, sentence: str) -> None:
        """A line above pages already shown (they stay while a new render runs)."""
        self.status.setText(sentence)
        self.status.setVisible(bool(sentence))

    def _clear(self) -> None:
        for view in self.page_views:
            self.pages_layout.removeWidget(view)
            view.deleteLater()
        self.page_views = []
        self.pdf = None
        self.page_count = 0
        self._status("")
        self._update_toolbar()

    def _show(self, result: Rendered) -> None:
        anchor = self._anchor()
        for view in self.page_views:
            self.pages_layout.removeWidget(view)
            view.deleteLater()
        self.pdf = result.pdf
        self.page_count = len(result.images)
        self.page_views = [
            PageView(number, image, size)
            for number, (image, size) in enumerate(zip(result.images, result.sizes, strict=True))
        ]
        for view in self.page_views:
            self.pages_layout.addWidget(view)
            view.show()  # now, not on the next turn of the event loop: the zoom needs its place
        self.placeholder.setVisible(not self.page_views)
        if not self.page_views:
            self._say(_tr("The book has no pages: tick at least one section."))
        self._status("")
        self._apply_zoom(anchor)
        self.rendered.emit(self.page_count)

    # --- zoom -----------------------------------------------------------------------------------
    def _dots_per_point(self) -> float:
        """Screen pixels per PDF point at 100 % (the page at its printed size)."""
        return self.logicalDpiX() / 72.0

    def _fitting_zoom(self, fit: Fit) -> float:
        if not self.page_views:
            return self.zoom
        viewport = self.page_scroll.viewport().size()
        widest = max(view.points.width() for view in self.page_views) * self._dots_per_point()
        tallest = max(view.points.height() for view in self.page_views) * self._dots_per_point()
        across = (viewport.width() - 2 * MARGIN) / widest
        if fit == "width":
            return across
        return min(across, (viewport.height() - 2 * MARGIN) / tallest)

    def set_zoom(self, zoom: float, fit: Fit = "none") -> None:
        """Show the pages at ``zoom`` (1.0: printed size), keeping the page in view in view."""
        self.fit = fit
        self.zoom = min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], zoom))
        self._apply_zoom(self._anchor(), recompute=False)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 0.001]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        self.fit = "width"
        self._apply_zoom(self._anchor())

    def fit_page(self) -> None:
        self.fit = "page"
        self._apply_zoom(self._anchor())

    def _apply_zoom(
        self, anchor: tuple[int, float] | None = None, *, recompute: bool = True
    ) -> None:
        if recompute and self.fit != "none":
            self.zoom = self._fitting_zoom(self.fit)
        scale = self.zoom * self._dots_per_point()
        for view in self.page_views:
            view.set_display_size(
                QSize(round(view.points.width() * scale), round(view.points.height() * scale))
            )
        self.pages_layout.activate()
        self.pages.adjustSize()
        if anchor is not None:
            self._restore(anchor)
        self._update_toolbar()
        self._sharp_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self.page_scroll.viewport() and event.type() == QEvent.Type.Resize
        if resized and self.fit != "none" and self.page_views:
            self._apply_zoom(self._anchor())  # a fitted zoom follows the pane's size
        return False

    # --- paging ---------------------------------------------------------------------------------
    def current_page(self) -> int:
        """The page at the top of the view (from 0): the one whose lower part is in view."""
        if not self.page_views:
            return 0
        top = self.page_scroll.verticalScrollBar().value() + MARGIN // 2
        for view in self.page_views:
            if view.geometry().bottom() > top + view.height() // 4:
                return view.number
        return self.page_views[-1].number

    def go_to_page(self, number: int) -> None:
        """Scroll page ``number`` (from 0) to the top of the view."""
        if not self.page_views:
            return
        view = self.page_views[max(0, min(number, len(self.page_views) - 1))]
        self.page_scroll.verticalScrollBar().setValue(view.geometry().top() - MARGIN)
        self._update_toolbar()

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _anchor(self) -> tuple[int, float] | None:
        """The page at the top of the view and how far down it the view starts (a fraction)."""
        if not self.page_views:
            return None
        view = self.page_views[self.current_page()]
        top = self.page_scroll.verticalScrollBar().value() + MARGIN
        return view.number, (top - view.geometry().top()) / max(1, view.height())

    def _restore(self, anchor: tuple[int, float]) -> None:
        number, fraction = anchor
        if not self.page_views:
            return
        view = self.page_views[min(number, len(self.page_views) - 1)]
        offset = view.geometry().top() + round(fraction * view.height()) - MARGIN
        self.page_scroll.verticalScrollBar().setValue(offset)

    def _scrolled(self, _value: int) -> None:
        self._update_toolbar()
        self._sharp_timer.start()

    # --- sharp pictures of the pages in view ----------------------------------------------------
    def visible_pages(self) -> list[PageView]:
        area = (
            self.page_scroll.viewport()
            .rect()
            .translated(
                self.page_scroll.horizontalScrollBar().value(),
                self.page_scroll.verticalScrollBar().value(),
            )
        )
        return [view for view in self.page_views if view.geometry().intersects(area)]

    def sharpen_visible(self) -> None:
        """Rasterise the pages in view at their shown size (a worker; the scaled picture
        stays until then)."""
        if self.pdf is None or self._sharpening:
            if self._sharpening:
                self._sharp_timer.start()  # again when this one ends
            return
        visible = self.visible_pages()
        if not visible:
            return
        # Sharp pictures are kept for the pages near the view only: a long book at 300 % would
        # otherwise hold hundreds of megabytes of them.
        near = range(visible[0].number - KEEP_SHARP, visible[-1].number + KEEP_SHARP + 1)
        for view in self.page_views:
            if view.number not in near:
                view.sharp = None
        wanted = {view.number: view.wanted_width() for view in visible if not view.is_sharp()}
        if not wanted:
            return
        self._sharpening = True
        pdf, generation = self.pdf, self._generation

        def done(images: dict) -> None:
            self._sharpening = False
            if generation != self._generation:
                return
            for number, image in images.items():
                if number < len(self.page_views):
                    self.page_views[number].set_sharp(image)
            self.view_changed.emit()

        def failed(_error: BaseException) -> None:
            self._sharpening = False  # the scaled pictures stay: still a readable preview

        self.context.tasks.read(lambda: sharpen(pdf, wanted), done, failed, quiet=True)

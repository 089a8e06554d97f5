"""The GUI in Thai: no untranslated English label on the main screens."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from brst_desktop.gui.main_window import MainWindow
from tests.helpers.gui import make_context

#: Latin words that are the same in a Thai interface: names, codes, shortcut keys.
ALLOWED = {
    "BRST",
    "Desktop",
    "PDF",
    "Ctrl",
    "Alt",
    "Shift",
    "Up",
    "Down",
    "PgUp",
    "PgDown",
    "UTC",
    "MoU",
    "TH",
    "Asia",
    "Bangkok",
    "A4",
    "A5",
    "JPEG",
    "PNG",
    "MB",
    "English",
}
#: Labels that show records (typed by users, in any language), not the interface.
DATA_LABELS = {"trip_heading"}  # and zone identifiers (Asia/Shanghai) under the zone boxes


def english_words(text: str) -> list[str]:
    return [
        w for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", text.replace("&", "")) if w not in ALLOWED
    ]


def interface_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every visible piece of interface text, not record data."""
    found: list[tuple[str, str]] = [("title", window.windowTitle())]
    for menu_action in window.menuBar().actions():
        found.append(("menu", menu_action.text()))
        menu = menu_action.menu()
        for action in menu.actions() if menu else []:
            found.append(("menu item", action.text()))
            for sub in action.menu().actions() if action.menu() else []:
                found.append(("submenu item", sub.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = type(widget).__name__
        data = widget.objectName() in DATA_LABELS or widget.objectName().endswith(".identifier")
        if isinstance(widget, QLabel) and not data:
            if not isinstance(widget.parent(), QAbstractItemView):
                found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
            found.append((name + " tooltip", widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((name + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found.extend((name, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            found.extend((name, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QListWidget) and widget.objectName() == "navigation":
            found.extend((name, widget.item(i).text()) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: no header
                columns = 0
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if header:
                    found.append((name + " header", str(header)))
    return found


def test_thai_gui_has_no_untranslated_labels(qtbot, demo_db, thai) -> None:
    window = MainWindow(make_context(demo_db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    seen: list[tuple[str, str]] = []
    for name in window.pages.names:
        page = window.pages.show(name)
        tabs = page.findChild(QTabWidget, "trip_tabs")
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            seen.extend(interface_texts(window))
    window.search_box.setText("ฉงชิ่ง")
    window.search_page.search_now()
    seen.extend(interface_texts(window))
    assert len(seen) > 200  # the walk really covered the screens
    untranslated = sorted({(where, text) for where, text in seen if english_words(text)})
    assert untranslated == []
    # The itinerary names each kind of event in Thai too.
    tree = window.pages.page("trips").itinerary.itinerary
    kinds = {
        tree.item(0, 0).child(r, 2).text().split(" · ")[0]
        for r in range(tree.item(0, 0).rowCount())
    }
    assert kinds == {"เที่ยวบิน", "การเดินทางภาคพื้น", "การประชุม"}


def test_the_same_walk_in_english_sees_english_labels(qtbot, demo_db, english) -> None:
    """The check above can fail: in English the walk finds the interface's English words."""
    window = MainWindow(make_context(demo_db))
    qtbot.addWidget(window)
    window.show()
    english = {text for _where, text in interface_texts(window) if english_words(text)}
    assert {"Trips", "Add event", "Local time", "Home time"} <= english


def ink_top(image) -> int:
    """The first row (from the top) holding a dark text pixel; the frame is lighter."""
    for y in range(image.height()):
        for x in range(6, image.width() - 30):  # clear of the frame's corners and clear button
            if image.pixelColor(x, y).lightness() < 90:
                return y
    return image.height()


def test_stacked_thai_marks_clear_the_frame_of_one_line_fields(qtbot, demo_db, thai) -> None:
    """A vowel and a tone mark stacked above a consonant (ค้น, ชิ่ง) rise above the font's
    ascent; the search box and the editors' fields leave room for them inside the frame."""
    window = MainWindow(make_context(demo_db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    box = window.search_box
    box.setText("ค้นชิ่งปั้นเที่ยว")
    box.setCursorPosition(0)
    image = box.grab().toImage()
    # Two pixels of frame and at least two of air above the highest mark.
    assert ink_top(image) >= 4, ink_top(image)
    assert box.height() >= box.fontMetrics().tightBoundingRect("ค้นชิ่ง").height() + 8
    title = window.pages.page("trips").trips.form.widgets["title_th"]
    assert title.sizeHint().height() == box.sizeHint().height()

"""Issue 12, comfortable at 1366×768: another record's editor starts at its top after a real
scroll, and the trips list shows its dates whole beside the trip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from brst_desktop.gui.language import install_language
from tests.helpers import hands
from tests.helpers.gui import open_window


def _wheel_down(widget, notches: int) -> None:
    """The mouse wheel turned towards the user over ``widget``, as a mouse sends it."""
    centre = QPointF(widget.rect().center())
    for _ in range(notches):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(widget.rect().center())),
            QPoint(),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def _click_row(table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_another_person_opens_at_the_top_of_the_editor_after_a_scroll(
    qtbot, demo_db, english
) -> None:
    window = open_window(qtbot, demo_db)
    people = window.pages.show("people").people
    bar = people.editor_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the person's editor is taller than the window at 1366×768
    first = people.current_id
    _wheel_down(people.editor_scroll.viewport(), 6)
    assert bar.value() > 0  # scrolled, as a hand on the wheel does
    _click_row(people.table, 1)
    assert people.current_id not in (None, first)
    assert bar.value() == 0
    assert people.form.record_id == people.current_id
    # Clicking the record already chosen leaves the place in its editor alone.
    _wheel_down(people.editor_scroll.viewport(), 3)
    kept = bar.value()
    assert kept > 0
    _click_row(people.table, 1)
    assert bar.value() == kept


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_trips_list_shows_its_dates_whole_at_1366(qtbot, qapp, demo_db, language) -> None:
    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        page = window.pages.show("trips")
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        table = page.table
        header = table.horizontalHeader()
        dates = 1
        text = page.model.index(0, dates).data()
        assert text == ("5–9 Nov 2023" if language == "en" else "5–9 พ.ย. 2566")
        # The column ends inside the list's visible part and is as wide as its text wants.
        right = header.sectionViewportPosition(dates) + header.sectionSize(dates)
        assert right <= table.viewport().width()
        assert header.sectionSize(dates) >= table.sizeHintForColumn(dates)
        assert not table.horizontalScrollBar().isVisible() or (
            table.horizontalScrollBar().value() == 0
        )
        # In pixels: the year's last digit is drawn inside the list (not cut at its edge).
        image = table.viewport().grab().toImage()
        row = table.visualRect(page.model.index(0, dates))
        ink = [
            x
            for x in range(row.left(), min(row.right(), image.width() - 1))
            for y in range(row.top() + 3, row.bottom() - 3)
            if image.pixelColor(x, y).lightness() > 200  # white text on the selection
        ]
        assert ink and max(ink) < table.viewport().width() - 2
        # The destination, not shown in the narrow list, is still found by its filter.
        destination = "ฉงชิ่ง" if language == "th" else "Chongqing"
        page.trips.filter.setText(destination)
        assert page.model.rowCount() == 1
        assert page.model.index(0, 2).data()  # the hidden column still holds it
    finally:
        install_language(qapp, "en")


def test_a_short_range_says_the_month_and_year_once(english, qapp) -> None:
    from datetime import date

    from brst_desktop.gui.dates import format_short_range

    assert format_short_range(date(2023, 11, 5), date(2023, 11, 9)) == "5–9 Nov 2023"
    assert format_short_range(date(2023, 10, 30), date(2023, 11, 2)) == "30 Oct – 2 Nov 2023"
    assert format_short_range(date(2023, 12, 30), date(2024, 1, 2)) == ("30 Dec 2023 – 2 Jan 2024")
    assert format_short_range(date(2023, 11, 5), date(2023, 11, 5)) == "5 Nov 2023"
    install_language(qapp, "th")
    try:
        assert format_short_range(date(2023, 10, 30), date(2023, 11, 2)) == (
            "30 ต.ค. – 2 พ.ย. 2566"
        )
    finally:
        install_language(qapp, "en")


def _scrolling_ancestors(widget):
    """The scroll areas (any QAbstractScrollArea: scroll areas, tables, lists, text boxes) that
    hold ``widget``, inside its own window."""
    from PySide6.QtWidgets import QAbstractScrollArea

    found, parent = [], widget.parentWidget()
    while parent is not None and not widget.isWindow():
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            found.append(parent)
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return found


def test_no_scroll_area_or_list_sits_inside_another_scroll_area(qtbot, demo_db, english) -> None:
    """Every page and tab visited: no list, table or scroll area is inside something else that
    scrolls. Paragraph boxes are the one kind allowed (a form of paragraphs needs them): they
    stay short, and the wheel over one that has nothing more to show scrolls the editor."""
    from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QTabWidget

    window = open_window(qtbot, demo_db)
    for name in window.pages.names:
        page = window.pages.show(name)
        for tabs in page.findChildren(QTabWidget):
            for index in [*range(1, tabs.count()), 0]:
                tabs.setCurrentIndex(index)
    scrolling = [w for w in window.findChildren(QAbstractScrollArea) if w.window() is window]
    assert len(scrolling) > 20
    nested = [
        (w.objectName() or type(w).__name__, [a.objectName() or type(a).__name__ for a in outer])
        for w in scrolling
        if (outer := _scrolling_ancestors(w)) and not isinstance(w, QPlainTextEdit)
    ]
    assert nested == [], "\n".join(map(str, nested))
    boxes = [w for w in scrolling if isinstance(w, QPlainTextEdit) and _scrolling_ancestors(w)]
    assert len(boxes) > 10 and all(box.maximumHeight() <= 768 // 5 for box in boxes)
    # The wheel over a box with nothing more to show is left to the editor behind it (Qt hands
    # an ignored wheel to the parent; a test's synthetic event is not handed on, so the ignore
    # is what is checked), and the editor itself scrolls.
    people = window.pages.show("people").people
    box = people.form.widgets["notes"]
    assert box.isVisible() and box.verticalScrollBar().maximum() == 0
    centre = QPointF(box.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(box.viewport().mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(box.viewport(), wheel)
    assert not wheel.isAccepted()
    # The same box with more lines than it shows keeps the wheel while it can scroll.
    hands.click(box)
    for n in range(30):
        hands.type_keys(box, f"line {n}")
        hands.enter(box)
    hands.press(box, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert box.verticalScrollBar().maximum() > 0 and box.verticalScrollBar().value() == 0
    wheel.setAccepted(True)
    QApplication.sendEvent(box.viewport(), wheel)
    assert wheel.isAccepted() and box.verticalScrollBar().value() > 0


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_paragraph_box_sits_beside_its_label(qtbot, qapp, demo_db, language) -> None:
    """A form with room to spare stretched its paragraph rows: the box floated far below its
    label (Notes on the organisations page) with gaps between the rows."""
    from PySide6.QtCore import QPoint as Point
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from brst_desktop.gui.forms import RecordForm

    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        checked = 0
        for name in ("organisations", "topics", "agreements"):
            page = window.pages.show(name)
            for form in page.findChildren(RecordForm):
                if not form.isVisible():
                    continue
                labels = {label.buddy(): label for label in form.findChildren(QLabel)}
                for widget in form.widgets.values():
                    if not isinstance(widget, QPlainTextEdit) or not widget.isVisible():
                        continue
                    label = labels[widget]
                    box_top = widget.mapTo(form, Point(0, 0)).y()
                    label_top = label.mapTo(form, Point(0, 0)).y()
                    assert abs(box_top - label_top) <= 8, (name, widget.objectName())
                    checked += 1
        assert checked >= 4
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize("language", ["th", "en"])
def test_an_events_people_and_topics_are_seen_with_their_editor(
    qtbot, qapp, demo_db, language
) -> None:
    """Under the itinerary at 1366×768 the editor below the participants list left it room for
    one and a half rows: the list and its editor now sit side by side, both seen whole."""
    from PySide6.QtCore import QRect

    from tests.helpers.gui import participants_of_bilateral

    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        participants = participants_of_bilateral(window)
        editor = window.trips_page.itinerary_editor
        for listing, index in ((participants, 3), (editor.topics, 4)):
            bar = editor.event_tabs.tabBar()
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            table = listing.table
            assert listing.model.rowCount() >= 4
            whole = [
                r
                for r in range(listing.model.rowCount())
                if table.viewport().rect().contains(table.visualRect(listing.model.index(r, 0)))
            ]
            assert len(whole) >= 4, (index, whole)
            window_rect = QRect(QPoint(0, 0), window.size())
            for widget in listing.form.widgets.values():
                top_left = widget.mapTo(window, QPoint(0, 0))
                assert window_rect.contains(QRect(top_left, widget.size())), widget.objectName()
    finally:
        install_language(qapp, "en")

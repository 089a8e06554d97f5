"""Issue 12: the book preview zooms and pages like a PDF viewer, driven with real keys and clicks;
the page shown is checked in pixels against poppler's rendering of the same PDF page."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from brst_desktop.gui.book_preview import MARGIN, BookPreview
from brst_desktop.gui.language import install_language
from tests.helpers import hands
from tests.helpers.gui import open_window

A4_WIDTH_POINTS = 595.28


def _books(qtbot, db):
    window = open_window(qtbot, db)
    page = window.pages.show("books")
    # The keyboard goes to the active window, as on a desktop where the user works in it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, page, page.preview


def _rendered(qtbot, preview: BookPreview) -> None:
    preview.render_now()  # the job runs at once in tests; its result arrives on the next turn
    qtbot.waitUntil(lambda: preview.page_count > 0 and preview.page_views[0].isVisible())


def _press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def _button(preview: BookPreview, action) -> QToolButton:
    button = preview.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def _to_pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(image.constBits())[: image.sizeInBytes()]
    return Image.frombuffer(
        "RGB", (image.width(), image.height()), data, "raw", "RGB", image.bytesPerLine(), 1
    )


def _poppler_page(pdf: bytes, number: int, width: int, folder: Path) -> Image.Image:
    """Page ``number`` (from 1) as poppler draws it, ``width`` pixels wide."""
    source = folder / "book.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-f", str(number), "-l", str(number), "-png", "-scale-to-x", str(width),
         "-scale-to-y", "-1", str(source), str(folder / "page")],
        check=True,
    )  # fmt: skip
    (made,) = sorted(folder.glob("page*.png"))
    image = Image.open(made).convert("RGB")
    made.unlink()
    return image


def _difference(a: Image.Image, b: Image.Image) -> float:
    """Mean difference of two pictures per channel (0-255), the second scaled to the first."""
    b = b.resize(a.size)
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_pane_says_what_it_is_doing_until_the_first_pages_come(
    qtbot, qapp, demo_db, language
) -> None:
    install_language(qapp, language)
    try:
        # Checked before the event loop runs again: the render starts after DEBOUNCE_MS, and
        # waiting for the window to become active (as _books does) could take longer than that.
        window = open_window(qtbot, demo_db)
        page = window.pages.show("books")
        preview = page.preview
        placeholder = preview.placeholder
        assert placeholder.isVisible()
        expected = {
            "en": "Making the preview of this book: its pages appear here in a moment.",
            "th": "กำลังจัดทำตัวอย่างของเอกสารนี้ อีกสักครู่หน้าของเอกสารจะแสดงที่นี่",
        }[language]
        assert placeholder.text() == expected
        # Light letters on the grey: the pane is not an empty grey box.
        grey = _to_pil(preview.page_scroll.viewport().grab().toImage()).convert("L")
        assert grey.getextrema()[1] > 200
        assert not preview.zoom_in_action.isEnabled() and not preview.page_box.isEnabled()
        _rendered(qtbot, preview)
        assert not placeholder.isVisible()
        assert preview.page_of.text() == (
            f"of {preview.page_count}" if language == "en" else f"จาก {preview.page_count}"
        )
        # No book chosen: the pane says how to get one.
        page.books.table.clearSelection()
        preview.set_book(None)
        assert placeholder.isVisible() and placeholder.text() in (
            "Choose a book on the left: its pages appear here.",
            "เลือกเอกสารประกอบการเดินทางทางซ้าย แล้วหน้าของเอกสารจะแสดงที่นี่",
        )
    finally:
        install_language(qapp, "en")


def test_zoom_keys_and_buttons_change_the_page_shown(qtbot, demo_db, english, tmp_path) -> None:
    window, _page, preview = _books(qtbot, demo_db)
    _rendered(qtbot, preview)
    first = preview.page_views[0]
    viewport = preview.page_scroll.viewport()
    dots = preview.logicalDpiX() / 72
    # It starts fitting the page width.
    assert preview.fit == "width" and preview.fit_width_action.isChecked()
    assert abs(first.width() - (viewport.width() - 2 * MARGIN)) <= 1
    fitted = preview.zoom
    assert preview.zoom_label.text() == f"{round(fitted * 100)} %"

    # Click the pages, Ctrl++: one step larger, the page drawn sharp at its new size.
    hands.click(first)
    _press(first, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom > fitted and preview.fit == "none"
    assert preview.zoom_label.text() == f"{round(preview.zoom * 100)} %"
    assert first.width() == round(A4_WIDTH_POINTS * preview.zoom * dots)
    qtbot.waitUntil(first.is_sharp)
    shown = first.shown_image()
    assert shown.width() == first.wanted_width()
    # The same page as poppler draws it: nearly the same picture; another page is not.
    ours = _to_pil(first.grab().toImage())
    theirs = _poppler_page(preview.pdf, 1, ours.width, tmp_path)
    other = _poppler_page(preview.pdf, 3, ours.width, tmp_path)
    assert _difference(ours, theirs) < 6 < _difference(ours, other)

    # Ctrl+- twice: smaller than where it started.
    for _ in range(2):
        _press(first, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom < fitted
    assert first.width() == round(A4_WIDTH_POINTS * preview.zoom * dots)
    # The toolbar's "whole page" button, clicked: the page fits the pane both ways.
    QTest.mouseClick(_button(preview, preview.fit_page_action), Qt.MouseButton.LeftButton)
    assert preview.fit == "page" and preview.fit_page_action.isChecked()
    assert first.height() <= viewport.height() - 2 * MARGIN + 1
    assert first.width() <= viewport.width() - 2 * MARGIN + 1
    whole = first.height()
    # Ctrl+0: back to the page width, wider than the whole page.
    _press(first, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.fit == "width" and abs(first.width() - (viewport.width() - 2 * MARGIN)) <= 1
    assert first.height() > whole
    # The zoom buttons, clicked with the mouse.
    before = preview.zoom
    QTest.mouseClick(_button(preview, preview.zoom_in_action), Qt.MouseButton.LeftButton)
    assert preview.zoom > before
    QTest.mouseClick(_button(preview, preview.zoom_out_action), Qt.MouseButton.LeftButton)
    assert preview.zoom == pytest.approx(max(z for z in (0.67, 0.75) if z <= before + 0.001))
    # A fitted zoom follows the pane when the window gets wider.
    preview.fit_width()
    narrow = first.width()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: first.width() > narrow)
    assert abs(first.width() - (viewport.width() - 2 * MARGIN)) <= 1


@pytest.mark.parametrize("language", ["th", "en"])
def test_page_keys_and_the_page_box_go_from_page_to_page(qtbot, qapp, demo_db, language) -> None:
    install_language(qapp, language)
    try:
        _window, _page, preview = _books(qtbot, demo_db)
        _rendered(qtbot, preview)
        scroll = preview.page_scroll.verticalScrollBar()
        views = preview.page_views

        def at_top(number: int) -> bool:
            """Page ``number`` (from 1) starts at the top of the view, the box says so."""
            return (
                scroll.value() == views[number - 1].geometry().top() - MARGIN
                and preview.page_box.value() == number
            )

        assert preview.page_box.value() == 1 and preview.page_box.maximum() == len(views)
        hands.click(views[0])
        focus = qapp.focusWidget()
        assert focus is preview.pages
        _press(focus, Qt.Key.Key_PageDown)
        assert at_top(2)
        _press(focus, Qt.Key.Key_PageDown)
        _press(focus, Qt.Key.Key_PageDown)
        assert at_top(4)
        _press(focus, Qt.Key.Key_PageUp)
        assert at_top(3)
        # The page number typed in the box, then Enter.
        box = preview.page_box
        hands.click(box.lineEdit())
        hands.select_all(box)
        hands.type_keys(box, "7")
        assert at_top(3)  # not before Enter
        hands.enter(box)
        assert at_top(7)
        # The toolbar's next-page button, clicked.
        QTest.mouseClick(_button(preview, preview.next_action), Qt.MouseButton.LeftButton)
        assert at_top(8)
        # Zooming keeps the page in view.
        hands.click(views[7])
        _press(views[7], Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert preview.page_box.value() == 8
        # Scrolling by hand moves the box along.
        scroll.setValue(views[11].geometry().top() + 10)
        assert preview.page_box.value() == 12
        # The last page: no next page.
        preview.go_to_page(len(views) - 1)
        assert not preview.next_action.isEnabled() and preview.previous_action.isEnabled()
    finally:
        install_language(qapp, "en")


def test_the_shortcuts_list_has_the_preview_keys_in_thai(qapp, thai) -> None:
    from brst_desktop.gui.shortcuts import shortcut_table

    listed = dict(shortcut_table())
    assert listed["Ctrl++, Ctrl+="] == "ตัวอย่างเอกสาร: ขยาย"
    assert listed["Ctrl+-"] == "ตัวอย่างเอกสาร: ย่อ"
    assert listed["Ctrl+0"] == "ตัวอย่างเอกสาร: พอดีความกว้างหน้า"
    assert listed["Ctrl+9"] == "ตัวอย่างเอกสาร: แสดงทั้งหน้า"
    assert listed["Page Up, Page Down"].startswith("ตัวอย่างเอกสาร: หน้าก่อน")

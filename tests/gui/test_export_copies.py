"""The export dialog for a classified book (issue 14): unticking the password says what that
means, numbered copies are chosen there, and the message after the export says a classified
book went out without a password where it is read, not only in the details."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from brst_desktop.core.demo import demo_id
from brst_desktop.gui.book_export import ExportDialog
from brst_desktop.gui.language import install_language
from tests.helpers.gui import drive_instead_of_exec


def _page_texts(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [p.get_textpage().get_text_range().replace("\u00a0", " ") for p in document]
    finally:
        document.close()


@pytest.mark.parametrize(
    ("language", "warning"),
    [
        ("en", "anyone who gets the file can read it"),
        ("th", "หากไม่ใส่รหัสผ่าน ผู้ใดได้ไฟล์ไปก็อ่านได้"),
    ],
)
def test_unticking_the_password_of_a_classified_book_says_so(
    qtbot, qapp, tmp_path: Path, language: str, warning: str
) -> None:
    install_language(qapp, language)
    try:
        dialog = ExportDialog(tmp_path / "book.pdf", "confidential")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.protect.isChecked() and not dialog.unprotected_note.isVisible()
        # a click on the group's tick box, as a person unticks it
        QTest.mouseClick(dialog.protect, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        assert not dialog.protect.isChecked()
        assert dialog.unprotected_note.isVisible()
        assert warning in dialog.unprotected_note.text()
        # the note is on screen in the dialog, where it is read (the screenshot is looked at)
        shot = dialog.grab()
        assert not shot.isNull() and shot.height() > dialog.unprotected_note.geometry().bottom()
        QTest.mouseClick(dialog.protect, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        assert dialog.protect.isChecked() and not dialog.unprotected_note.isVisible()
    finally:
        install_language(qapp, "en")
    # a classified book is always numbered: one copy at least, and the box says 1, not "not
    # numbered" (the spin box's special text showed at its minimum, 1 for a classified book)
    assert dialog.copies.minimum() == 1 and dialog.chosen_copies == 1
    assert dialog.copies.text() == "1"
    assert not dialog.one_file.isEnabled()
    dialog.copies.setFocus()
    QTest.keyClick(dialog.copies, Qt.Key.Key_Up)
    QTest.keyClick(dialog.copies, Qt.Key.Key_Up)
    assert dialog.chosen_copies == 3 and dialog.one_file.isEnabled()

    open_book = ExportDialog(tmp_path / "open.pdf", "unclassified")
    qtbot.addWidget(open_book)
    open_book.show()
    QTest.mouseClick(open_book.protect, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert open_book.protect.isChecked()  # an open book was not protected: the click ticks it
    QTest.mouseClick(open_book.protect, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not open_book.protect.isChecked() and not open_book.unprotected_note.isVisible()
    assert open_book.chosen_copies is None  # not numbered unless asked
    assert open_book.copies.text() == "not numbered"


def test_numbered_copies_in_one_file_and_the_warning_in_the_message(
    qtbot, demo_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = demo_window.pages.show("books")
    assert page.book_id == demo_id("book") and page.classification == "confidential"
    out = tmp_path / "copies.pdf"

    def fill(dialog: ExportDialog) -> None:
        dialog.path_field.setText(str(out))
        dialog.protect.setChecked(False)
        dialog.copies.setValue(3)
        dialog.one_file.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    shown: list[tuple[str, str, QMessageBox.Icon]] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText(), box.icon()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    drive_instead_of_exec(monkeypatch, ExportDialog, fill)
    results = []
    page.exporter.finished.connect(results.append)
    page.export()
    demo_window.context.tasks.wait()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)

    (result,) = results
    assert result.path == out and result.unprotected_classified and not result.protected
    texts = _page_texts(out)
    assert len(texts) == 3 * (len(texts) // 3)
    per_copy = len(texts) // 3
    for index, text in enumerate(texts):
        number = index // per_copy + 1
        assert f"Copy {number} of 3" in text or f"ชุดที่ {number} ของ 3 ชุด" in text, index
    text, details, icon = shown[0]
    assert "without a password" in text  # in the message itself, not only in the details
    assert icon == QMessageBox.Icon.Warning
    assert "without a password" not in details

"""The export dialog's password (issue 7): suggested for a confidential book, typed twice, a
mismatch shown next to the field, then an encrypted PDF; no unprotected preview left behind."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from brst_desktop.core.demo import demo_id
from brst_desktop.gui import book_export
from brst_desktop.gui.book_export import ExportDialog
from brst_desktop.gui.settings import app_settings
from tests.helpers.gui import drive_instead_of_exec

PASSWORD = "ลับมาก-CQ 2566"


def _type(widget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks knows only Latin-1 keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _ok(dialog: ExportDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_password_export_from_the_books_page(
    qtbot, demo_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = demo_window.pages.show("books")
    assert page.book_id == demo_id("book")
    assert page.classification == "confidential"
    monkeypatch.setattr(book_export.QDesktopServices, "openUrl", lambda url: True)
    preview = book_export.open_in_viewer(b"%PDF-1.4 draft", "draft")  # the viewer's copy
    assert preview.exists()

    out = tmp_path / "book.pdf"
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        assert dialog.protect.isChecked()  # suggested for a confidential book
        dialog.path_field.setText(str(out))
        _type(dialog.password, PASSWORD)
        _type(dialog.confirm, PASSWORD + "x")
        _ok(dialog).click()
        seen["open after mismatch"] = dialog.isVisible()
        seen["mismatch"] = dialog.confirm_error.text() if dialog.confirm_error.isVisible() else ""
        seen["password error"] = dialog.password_error.isVisible()
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Backspace)  # now the same
        assert not dialog.confirm_error.isVisible()  # the message goes as the field is edited
        _ok(dialog).click()

    drive_instead_of_exec(monkeypatch, ExportDialog, fill)
    results = []
    page.exporter.finished.connect(results.append)
    page.exporter.ask_to_open = False
    page.export()
    demo_window.context.tasks.wait()

    assert seen == {
        "open after mismatch": True,
        "mismatch": "The two passwords are not the same.",
        "password error": False,
    }
    assert results and results[0].path == out and results[0].protected
    with pytest.raises(pypdfium2.PdfiumError):
        pypdfium2.PdfDocument(str(out))
    document = pypdfium2.PdfDocument(str(out), password=PASSWORD)
    text = "".join(p.get_textpage().get_text_range() for p in document)
    document.close()
    assert "阴和俊" in text and "หยิน เหอจวิ้น" in text
    assert page.editions.rowCount() == 1
    # nothing but the PDF in its folder, no preview copy left, no password in the settings
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".book", "book"))] == [
        "book.pdf"
    ]
    assert not preview.exists() and not preview.parent.exists()
    settings = app_settings()
    settings.sync()
    assert not [key for key in settings.allKeys() if "pass" in key.lower()]
    assert PASSWORD.encode() not in Path(settings.fileName()).read_bytes()


def test_unclassified_book_is_not_protected_by_default_and_refusals_sit_by_the_field(
    qtbot, english
) -> None:
    dialog = ExportDialog(Path("/tmp/x.pdf"), "unclassified")
    qtbot.addWidget(dialog)
    assert not dialog.protect.isChecked()
    assert dialog.chosen_password is None
    dialog.protect.setChecked(True)
    _ok(dialog).click()
    assert dialog.password_error.text() == "Type a password, or untick the protection."
    dialog.password.setText("น้ำใจดีมากครับ")
    dialog.confirm.setText("น้ำใจดีมากครับ")
    _ok(dialog).click()
    assert "ำ" in dialog.password_error.text() and not dialog.confirm_error.isVisible()
    assert dialog.result() == 0  # still open, nothing accepted


def test_export_suggests_a_name_from_the_trip_and_asks_before_replacing(
    qtbot, demo_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = demo_window.pages.show("books")
    app_settings().setValue("export/folder", str(tmp_path))
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"%PDF-1.4 the last good book")
    answers = ["Cancel", "Replace"]
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        wanted = answers.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        seen["suggested"] = Path(dialog.path_field.text()).name
        # A click unticks the password, Ctrl+A and the old file's path typed over the name.
        QTest.mouseClick(dialog.protect, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        seen["unticked"] = not dialog.protect.isChecked()
        QTest.mouseClick(dialog.path_field, Qt.MouseButton.LeftButton)
        QTest.keyClick(dialog.path_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(dialog.path_field, str(existing))
        # Click OK: asks; Cancel: the dialog stays and the file is untouched.
        QTest.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        seen["open after cancel"] = dialog.isVisible()
        seen["untouched"] = existing.read_bytes() == b"%PDF-1.4 the last good book"
        QTest.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # asks again; Replace

    drive_instead_of_exec(monkeypatch, ExportDialog, fill)
    results = []
    page.exporter.finished.connect(results.append)
    page.exporter.ask_to_open = False
    page.export()
    demo_window.context.tasks.wait()
    # The demo book is in Thai, for the Belt and Road conference trip, and has no edition yet;
    # the long Thai title is cut at the end of a word (checked with PyThaiNLP's segmenter).
    from pythainlp.tokenize import word_tokenize

    suggested = str(seen["suggested"])
    assert suggested.endswith(" - TH - ฉบับที่ 1.pdf"), suggested
    trip_part = suggested.split(" - ")[0]
    assert trip_part.startswith("การประชุมหนึ่งแถบหนึ่งเส้นทาง")
    title = "การประชุมหนึ่งแถบหนึ่งเส้นทางว่าด้วยการแลกเปลี่ยนทางวิทยาศาสตร์และเทคโนโลยี"
    ends = set()
    position = 0
    for word in word_tokenize(title, engine="newmm"):
        position += len(word)
        ends.add(position)
    assert len(trip_part) in ends, trip_part
    assert seen["unticked"] and seen["open after cancel"] and seen["untouched"]
    assert len(asked) == 2 and "old.pdf" in asked[0]
    assert results and results[0].path == existing
    assert existing.read_bytes().startswith(b"%PDF") and existing.stat().st_size > 10_000

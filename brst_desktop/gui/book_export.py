"""Exporting a book to PDF (where, and whether with a password; progress; then "open the
PDF") and printing it."""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTextBoundaryFinder, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core import scratch
from brst_desktop.errors import UserError
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.messages import plain_text, show_error, translated
from brst_desktop.gui.settings import app_settings

if TYPE_CHECKING:  # the export (ReportLab) is imported when a book is first exported
    from brst_desktop.export import ExportResult

#: Classifications for which protecting the PDF is suggested (ticked when the dialog opens).
PROTECTED_BY_DEFAULT = frozenset({"confidential", "secret", "top_secret"})


def _tr(text: str, n: int = -1) -> str:
    """``text`` in the window's language; with a count ``n``, in its plural form (``%n``)."""
    return QCoreApplication.translate("BookExport", text, None, n)


class _Progress(QObject):
    """Carries the exporter's progress from the worker thread to the dialog."""

    moved = Signal(int, int, str)

    def __call__(self, done: int, total: int, message: str) -> None:
        self.moved.emit(done, total, message)


def suggested_file_name(title: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", title).strip() or "briefing-book"
    cleaned = re.sub(r"\s+", " ", cleaned).removesuffix(".pdf")
    return cleaned[:120].strip() + ".pdf"


def book_file_name(trip: str, book: str, language: str, edition: int) -> str:
    """The PDF's suggested name: trip, book, language and edition, in the book's language
    (``Chongqing 2023 - Briefing book - EN - edition 3.pdf``)."""
    thai = language == "th"
    code = {"th": "TH", "en": "EN", "both": "TH-EN"}.get(language, language.upper())
    edition_text = f"ฉบับที่ {edition}" if thai else f"edition {edition}"
    parts = [_shortened(p) for p in (trip, book) if p and p.strip()]
    if len(parts) == 2 and parts[1].casefold() in parts[0].casefold():
        parts = parts[:1]  # "Briefing book for the Chongqing trip" already says both
    return suggested_file_name(" - ".join([*parts, code, edition_text]))


def _shortened(text: str, limit: int = 96) -> str:
    """A long title cut at the end of a word to at most ``limit`` bytes of UTF-8 (a file name
    may have 255; a Thai letter takes 3). Thai has no spaces between words: Qt's word
    boundaries know Thai."""
    text = " ".join(text.split())
    if len(text.encode()) <= limit:
        return text
    fits = len(text.encode()[:limit].decode(errors="ignore"))
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, text)
    finder.setPosition(fits)
    end = fits if finder.isAtBoundary() else finder.toPreviousBoundary()
    return text[: end if end > fits // 2 else fits].strip()


class ExportDialog(QDialog):
    """Where to save the PDF, optionally the password it opens with (typed twice), and the
    numbered copies (``ชุดที่ 3 ของ 20 ชุด`` on the cover and every page).

    Protection is ticked when it opens for a book classified confidential or higher, and
    unticking it says what that means. Such a book is always numbered (one copy unless more
    are asked for). The password lives in the two fields until the export has it; it is never
    saved."""

    def __init__(self, path: Path, classification: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Export the book as PDF"))
        self.path_field = QLineEdit(str(path))
        self.path_field.setObjectName("path")
        self.path_field.setMinimumWidth(360)
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        self.path_error = self._error_label("path_error")
        where = QHBoxLayout()
        where.addWidget(self.path_field, 1)
        where.addWidget(browse)
        where_column = QVBoxLayout()
        where_column.setSpacing(2)
        where_column.addLayout(where)
        where_column.addWidget(self.path_error)
        top = QFormLayout()
        save_label = QLabel(self.tr("Save as:"))
        save_label.setBuddy(self.path_field)
        top.addRow(save_label, where_column)

        self.protect = QGroupBox(self.tr("Protect the PDF with a password"))
        self.protect.setObjectName("protect")
        self.protect.setCheckable(True)
        self.protect.setChecked(classification in PROTECTED_BY_DEFAULT)
        explanation = QLabel(
            self.tr(
                "The PDF opens only with this password (it may be printed and copied from, not"
                " changed). Give it to the readers separately, not with the file. It is not"
                " saved anywhere: a forgotten password cannot be recovered, export again."
            )
        )
        explanation.setWordWrap(True)
        self.password = self._password_field("password")
        self.password_error = self._error_label("password_error")
        self.confirm = self._password_field("confirm")
        self.confirm_error = self._error_label("confirm_error")
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label_text, field, error in (
            (self.tr("Password:"), self.password, self.password_error),
            (self.tr("Type it again:"), self.confirm, self.confirm_error),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            label = QLabel(label_text)
            label.setBuddy(field)
            fields.addRow(label, column)
        inside = QVBoxLayout(self.protect)
        inside.addWidget(explanation)
        inside.addLayout(fields)
        self.protect.toggled.connect(self._clear_password_errors)
        self.classified = classification in PROTECTED_BY_DEFAULT
        self.unprotected_note = self._error_label("unprotected_note")
        self.unprotected_note.setText(
            self.tr(
                "This book is classified: without a password anyone who gets the file can read it."
            )
        )
        self.protect.toggled.connect(
            lambda on: self.unprotected_note.setVisible(self.classified and not on)
        )

        self.numbered = QGroupBox(self.tr("Numbered copies"))
        self.numbered.setObjectName("numbered")
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(0 if not self.classified else 1, 500)
        if not self.classified:
            # shown at the minimum: for a classified book that is copy 1 of 1, numbered
            self.copies.setSpecialValueText(self.tr("not numbered"))
        self.copies.setValue(1 if self.classified else 0)
        self.one_file = QCheckBox(self.tr("All the copies in one PDF"))
        self.one_file.setObjectName("one_file")
        copies_label = QLabel(self.tr("Copies:"))
        copies_label.setBuddy(self.copies)
        numbered_form = QFormLayout(self.numbered)
        numbered_form.addRow(copies_label, self.copies)
        numbered_form.addRow("", self.one_file)
        self.copies.valueChanged.connect(lambda n: self.one_file.setEnabled(n > 1))
        self.one_file.setEnabled(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.protect)
        layout.addWidget(self.unprotected_note)
        layout.addWidget(self.numbered)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.textEdited.connect(self._clear_password_errors)
        return field

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020;")
        label.hide()
        return label

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _clear_password_errors(self, *_: object) -> None:
        self._show(self.password_error, "")
        self._show(self.confirm_error, "")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the book as PDF"),
            self.path_field.text(),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.path_field.setText(path)
            self.replace_confirmed = self.path  # the file dialog asked about replacing it

    def _may_replace(self) -> bool:
        """Ask before writing over an existing file (once per name)."""
        path = self.path
        if not path.exists() or getattr(self, "replace_confirmed", None) == path:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Replace the file?"))
        box.setText(
            self.tr("“%1” already exists in %2. Replace it with this export?")
            .replace("%1", path.name)
            .replace("%2", str(path.parent))
        )
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is replace:
            self.replace_confirmed = path
            return True
        self.path_field.setFocus()
        self.path_field.selectAll()
        return False

    @property
    def path(self) -> Path:
        text = self.path_field.text().strip()
        return Path(text if text.lower().endswith(".pdf") else text + ".pdf")

    @property
    def chosen_copies(self) -> int | None:
        """How many numbered copies (None: not numbered)."""
        return self.copies.value() or None

    @property
    def chosen_password(self) -> str | None:
        """The password to export with, None when the PDF is not to be protected."""
        return self.password.text() if self.protect.isChecked() else None

    def _check_and_accept(self) -> None:
        from brst_desktop.export.protection import PdfPasswordError, check_password

        self._show(self.path_error, "")
        self._clear_password_errors()
        ok = True
        if not self.path_field.text().strip():
            self._show(self.path_error, self.tr("Give a file name for the PDF."))
            ok = False
        if self.protect.isChecked():
            if not self.password.text():
                self._show(
                    self.password_error,
                    self.tr("Type a password, or untick the protection."),
                )
                ok = False
            else:
                try:
                    check_password(self.password.text())
                except PdfPasswordError as refusal:
                    self._show(self.password_error, translated(refusal))
                    ok = False
            if ok and self.password.text() != self.confirm.text():
                self._show(self.confirm_error, self.tr("The two passwords are not the same."))
                self.confirm.setFocus()
                ok = False
        if ok and self._may_replace():
            self.accept()


class BookExporter(QObject):
    """Runs one export at a time for a window; the result is offered to open."""

    finished = Signal(object)  # ExportResult
    #: The dialog, while it is open (tests fill it in).
    dialog_opened = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.ask_to_open = True

    def choose_and_export(
        self, book_id: uuid.UUID, title: str, classification: str = "unclassified"
    ) -> None:
        folder = str(app_settings().value("export/folder", str(Path.home())))
        dialog = ExportDialog(
            Path(folder) / suggested_file_name(title), classification, self.window
        )
        self.dialog_opened.emit(dialog)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            path, password = dialog.path, dialog.chosen_password
            copies, one_file = dialog.chosen_copies, dialog.one_file.isChecked()
            # The folder is remembered; the password is not (nor anything about it).
            app_settings().setValue("export/folder", str(path.parent))
        finally:
            dialog.password.clear()
            dialog.confirm.clear()
            dialog.deleteLater()
        self.export(book_id, path, password=password, copies=copies, one_file=one_file)

    def export(
        self,
        book_id: uuid.UUID,
        path: Path,
        *,
        password: str | None = None,
        copies: int | None = None,
        one_file: bool = False,
    ) -> None:
        dialog = QProgressDialog(_tr("Preparing the book…"), "", 0, 100, self.window)
        dialog.setWindowTitle(_tr("Exporting"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        progress = _Progress(dialog)

        def moved(done: int, total: int, _message: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        progress.moved.connect(moved)
        db = self.context.db

        def run() -> ExportResult:
            # Laid out and saved in a reader (seconds); nothing is written to the database yet.
            from brst_desktop.export import export_book
            from brst_desktop.export.book import check_recordable

            check_recordable(db)  # a read-only database: refused before the PDF is written
            return export_book(
                db,
                book_id,
                path,
                progress=progress,
                password=password,
                record_edition=False,
                copies=copies,
                one_file=one_file,
            )

        def printed(result: ExportResult) -> None:
            # Recording the edition is a write like any other: on the write queue, in order.
            from brst_desktop.export import save_edition

            self.context.tasks.write(lambda: save_edition(db, result), done, failed)

        def done(result: ExportResult) -> None:
            dialog.close()
            remove_previews()  # an exported book leaves no unprotected copy in the temp folder
            self.context.bus.publish(result.changes)
            self.finished.emit(result)
            if self.ask_to_open:
                self._offer_to_open(result)

        def failed(error: BaseException) -> None:
            dialog.close()
            show_error(self.window, error)

        self.context.tasks.read(run, printed, failed)

    def _offer_to_open(self, result) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(_tr("Book exported"))
        plain_text(box)
        text = _tr("Edition %1, %n page(s), saved as %2.", result.pages)
        text = text.replace("%1", str(result.edition)).replace("%2", str(result.path))
        if len(result.paths) > 1:
            text += " " + _tr(
                "The %n numbered copies are each in a file of their own there.", len(result.paths)
            )
        if result.protected:
            text += " " + _tr("It opens only with the password.")
        warnings = list(result.warnings)
        if result.unprotected_classified and warnings:
            # said where it is read, not only in the details
            box.setIcon(QMessageBox.Icon.Warning)
            text += "\n\n" + translated(warnings.pop(0))
        box.setText(text)
        if warnings:
            box.setDetailedText("\n".join(translated(warning) for warning in warnings))
        open_button = box.addButton(_tr("Open the PDF"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))


#: Folders holding previews handed to the system's viewer, removed after an export and on quit.
_preview_folders: list[Path] = []


def open_in_viewer(pdf: bytes, title: str) -> Path:
    """Hand the previewed PDF to the system's viewer (which can print it).

    The preview is never encrypted (it is the on-screen draft), so its temporary copy must not
    outlive the session: it is removed when the book is exported and when the program quits."""
    # In this process's scratch folder, so a killed window's previews go at the next start.
    folder = Path(tempfile.mkdtemp(prefix="preview-", dir=scratch.folder()))
    if not _preview_folders:
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(remove_previews)
    _preview_folders.append(folder)
    path = folder / suggested_file_name(title)
    path.write_bytes(pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def remove_previews() -> None:
    """Delete the previews' temporary copies. A viewer still holding one open on Windows keeps
    it until the next try (at the latest, when the program quits)."""
    for folder in list(_preview_folders):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            _preview_folders.remove(folder)


def print_pdf(parent: QWidget, context: AppContext, pdf: bytes) -> None:
    """Qt's print dialog, then the pages to the chosen printer."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        send_to_printer(parent, context, printer, pdf)


def send_to_printer(parent: QWidget, context: AppContext, printer, pdf: bytes) -> None:
    """Pages rasterised at the printer's resolution (up to 300 dpi) off the GUI thread, then
    painted onto the printer, each scaled to the printable area."""
    dpi = min(printer.resolution(), 300)

    def rasterise() -> list[QImage]:
        import pypdfium2

        document = pypdfium2.PdfDocument(pdf)
        images = []
        try:
            for page in document:
                pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
                image = QImage(
                    pil.tobytes(),
                    pil.width,
                    pil.height,
                    pil.width * 3,
                    QImage.Format.Format_RGB888,
                )
                images.append(image.copy())
        finally:
            document.close()
        return images

    def paint(images: list[QImage]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            show_error(parent, PrinterError())
            return
        try:
            for number, image in enumerate(images):
                if number:
                    printer.newPage()
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(size))
        finally:
            painter.end()

    context.tasks.read(rasterise, paint)


class PrinterError(UserError):
    def __str__(self) -> str:
        return _tr("The printer could not be opened; check that it is switched on and try again.")

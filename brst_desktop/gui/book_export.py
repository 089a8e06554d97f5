"""Exporting a book to PDF (with progress, then "open the PDF") and printing it."""

from __future__ import annotations

import re
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from brst_desktop.core.changes import ChangeSet
from brst_desktop.errors import UserError
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.messages import show_error
from brst_desktop.gui.settings import app_settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookExport", text)


class _Progress(QObject):
    """Carries the exporter's progress from the worker thread to the dialog."""

    moved = Signal(int, int, str)

    def __call__(self, done: int, total: int, message: str) -> None:
        self.moved.emit(done, total, message)


def suggested_file_name(title: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", title).strip() or "briefing-book"
    return cleaned[:80] + ".pdf"


class BookExporter(QObject):
    """Runs one export at a time for a window; the result is offered to open."""

    finished = Signal(object)  # ExportResult

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.ask_to_open = True

    def choose_and_export(self, book_id: uuid.UUID, title: str) -> None:
        folder = app_settings().value("export/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            _tr("Export the book as PDF"),
            str(Path(folder) / suggested_file_name(title)),
            _tr("PDF files (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            app_settings().setValue("export/folder", str(Path(path).parent))
            self.export(book_id, Path(path))

    def export(self, book_id: uuid.UUID, path: Path) -> None:
        dialog = QProgressDialog(_tr("Preparing the book…"), "", 0, 100, self.window)
        dialog.setWindowTitle(_tr("Exporting"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        progress = _Progress(dialog)
        progress.moved.connect(
            lambda done, total, message: (dialog.setMaximum(max(total, 1)), dialog.setValue(done))
        )
        db = self.context.db

        def run():
            from brst_desktop.export import export_book

            return export_book(db, book_id, path, progress=progress)

        def done(result) -> None:
            dialog.close()
            self.context.bus.publish(ChangeSet.of(updated=[("briefing_book", book_id)]))
            self.finished.emit(result)
            if self.ask_to_open:
                self._offer_to_open(result)

        def failed(error: BaseException) -> None:
            dialog.close()
            show_error(self.window, error)

        self.context.tasks.read(run, done, failed)

    def _offer_to_open(self, result) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(_tr("Book exported"))
        text = _tr("Edition %1, %2 pages, saved as %3.")
        box.setText(
            text.replace("%1", str(result.edition))
            .replace("%2", str(result.pages))
            .replace("%3", str(result.path))
        )
        if result.warnings:
            box.setDetailedText("\n".join(result.warnings))
        open_button = box.addButton(_tr("Open the PDF"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))


def open_in_viewer(pdf: bytes, title: str) -> Path:
    """Hand the previewed PDF to the system's viewer (which can print it)."""
    folder = Path(tempfile.mkdtemp(prefix="brst-preview-"))
    path = folder / suggested_file_name(title)
    path.write_bytes(pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


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

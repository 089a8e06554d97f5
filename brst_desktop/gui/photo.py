"""A person's photo: shown, chosen with a file dialog or dropped from the file manager."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.services import people, records
from brst_desktop.core.services.validation import ValidationError
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.forms import validation_text
from brst_desktop.gui.undo import SetPhoto, UpdateRecord

PHOTO_SIZE = 160


def _tr(text: str) -> str:
    return QCoreApplication.translate("Photo", text)


class PhotoField(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id: uuid.UUID | None = None
        self.photo_id: uuid.UUID | None = None
        self.setAcceptDrops(True)
        self.picture = QLabel()
        self.picture.setObjectName("photo")
        self.picture.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px dashed #999; background: #fafafa;")
        self.picture.setWordWrap(True)
        self.choose = QPushButton(_tr("Choose photo…"))
        self.choose.clicked.connect(self.choose_file)
        self.remove = QPushButton(_tr("Remove photo"))
        self.remove.clicked.connect(self.remove_photo)
        self.error = QLabel()
        self.error.setObjectName("error_photo")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QVBoxLayout()
        hint = QLabel(_tr("Drop a picture file here, or choose one."))
        hint.setWordWrap(True)
        buttons.addWidget(hint)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addWidget(self.error)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addLayout(buttons, 1)
        context.bus.changed.connect(self._on_changes)
        self.set_person(None)

    def set_person(self, person_id: uuid.UUID | None) -> None:
        self.person_id = person_id
        self.error.hide()
        self.setEnabled(person_id is not None)
        self._load()

    def _load(self) -> None:
        person_id = self.person_id
        if person_id is None:
            self._show(None, None)
            return
        db = self.context.db

        def read():
            values = records.read(db, "person", person_id)
            return (values or {}).get("photo_id"), people.photo_data(db, person_id)

        def show(result) -> None:
            if self.person_id == person_id:
                self._show(*result)

        self.context.tasks.read(read, show)

    def _show(self, photo_id: uuid.UUID | None, data: bytes | None) -> None:
        self.photo_id = photo_id
        self.remove.setEnabled(photo_id is not None)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.picture.setPixmap(
                pixmap.scaled(
                    PHOTO_SIZE,
                    PHOTO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.picture.clear()
            self.picture.setText(_tr("No photo"))

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.person_id is not None and self.person_id in changes.ids("person"):
            self._load()

    # --- setting --------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("Choose a photo"),
            "",
            _tr("Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;All files (*)"),
        )
        if path:
            self.set_from_file(Path(path))

    def set_from_file(self, path: Path) -> None:
        """Check the file off the GUI thread, then store it as an undoable change."""
        person_id, previous = self.person_id, self.photo_id
        if person_id is None:
            return

        def check() -> bytes:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise ValidationError(
                    {
                        "photo": _tr("The file cannot be read: %1.").replace(
                            "%1", error.strerror or str(error)
                        )
                    }
                ) from error
            people.prepare_photo(data)
            return data

        def store(data: bytes) -> None:
            self.error.hide()
            self.context.undo.push(
                SetPhoto(self.context, person_id, data, path.name, previous, _tr("Set photo"))
            )

        def refuse(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.error.setText(validation_text(error.problems.get("photo", str(error))))
                self.error.show()
            else:
                self.context.tasks.failed.emit(error)

        self.context.tasks.read(check, store, refuse)

    def remove_photo(self) -> None:
        if self.person_id is None or self.photo_id is None:
            return
        self.context.undo.push(
            UpdateRecord(
                self.context,
                "person",
                self.person_id,
                {"photo_id": None},
                {"photo_id": self.photo_id},
                _tr("Remove photo"),
            )
        )

    # --- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.person_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.set_from_file(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

"""The office's name and emblem, set once for the database and printed on every book's cover.

No emblem comes with the program: a ministry's emblem is the ministry's to use, so each office
chooses its own picture here (or ``brst-desktop office --emblem``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.services import office, people
from brst_desktop.core.services.validation import ValidationError
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.forms import validation_text
from brst_desktop.gui.messages import show_error

EMBLEM_SIZE = 120
#: what the emblem will be when OK is pressed: keep, a new picture (bytes, name), or none
_KEEP = object()


class OfficeDialog(QDialog):
    """The office's Thai and English name and its emblem; stored when OK is pressed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office-dialog")
        self.setWindowTitle(self.tr("Office and emblem"))
        self.context = context
        self.emblem: object = _KEEP
        info = office.office_info(context.db)
        self.name_th = QLineEdit(info.name_th)
        self.name_th.setObjectName("name_th")
        self.name_en = QLineEdit(info.name_en)
        self.name_en.setObjectName("name_en")
        self.picture = QLabel()
        self.picture.setObjectName("emblem")
        self.picture.setFixedSize(EMBLEM_SIZE, EMBLEM_SIZE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px dashed #999; background: #fafafa;")
        self.picture.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose emblem…"))
        self.choose.clicked.connect(self.choose_file)
        self.remove = QPushButton(self.tr("Remove emblem"))
        self.remove.clicked.connect(self.remove_emblem)
        self.error = QLabel()
        self.error.setObjectName("error_emblem")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        note = QLabel(
            self.tr(
                "Printed on the cover of every book, above the office's name. No emblem comes"
                " with the program: choose your office's own picture (PNG or JPEG)."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name (Thai):"), self.name_th)
        form.addRow(self.tr("Name (English):"), self.name_en)
        side = QVBoxLayout()
        side.addWidget(self.choose)
        side.addWidget(self.remove)
        side.addWidget(self.error)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.picture)
        row.addLayout(side, 1)
        form.addRow(self.tr("Emblem:"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._show(info.emblem)

    def _show(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.picture.setPixmap(
                pixmap.scaled(
                    EMBLEM_SIZE,
                    EMBLEM_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.remove.setEnabled(True)
        else:
            self.picture.clear()
            self.picture.setText(self.tr("No emblem"))
            self.remove.setEnabled(False)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the office's emblem"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.set_from_file(Path(path))

    def set_from_file(self, path: Path) -> None:
        """Check the picture now (a sentence if it is not one); it is stored on OK."""
        try:
            data = path.read_bytes()
            people.prepare_photo(data)
        except OSError as error:
            self._refuse(self.tr("The file cannot be read: %1.").replace("%1", str(error)))
            return
        except ValidationError as refused:
            self._refuse(validation_text(refused.problems.get("photo", str(refused))))
            return
        self.error.hide()
        self.emblem = (data, path.name)
        self._show(data)

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def remove_emblem(self) -> None:
        self.emblem = None
        self._show(None)

    def save(self) -> None:
        db, emblem = self.context.db, self.emblem
        name_th, name_en = self.name_th.text(), self.name_en.text()

        def write() -> ChangeSet:
            changes = office.set_office_name(db, name_th, name_en)
            if isinstance(emblem, tuple):
                changes = changes | office.set_emblem(db, *emblem)
            elif emblem is None:
                changes = changes | office.remove_emblem(db)
            return changes

        def done(changes: ChangeSet) -> None:
            self.context.bus.publish(changes)
            self.accept()

        self.context.tasks.write(write, done, lambda error: show_error(self, error))

"""Choosing the record a new row points at (the person who joins a delegation, the topic to
raise), before the row exists: a new row never starts from a record nobody chose."""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.gui.references import ID_TEXT_ROLE, NAMES_ROLE, ReferenceModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordChooser", text)


def prompt(entity: str) -> str:
    """What the chooser asks for, per record type."""
    return {
        "person": _tr("Choose the person"),
        "organisation": _tr("Choose the organisation"),
        "topic": _tr("Choose the topic"),
        "trip": _tr("Choose the trip"),
        "event": _tr("Choose the event"),
    }.get(entity) or _tr("Choose one")


class _Named(QSortFilterProxyModel):
    """The list without its "none" row, filtered by any part of the name."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if not source.data(source.index(row, 0, parent), ID_TEXT_ROLE):
            return False
        return super().filterAcceptsRow(row, parent)


class RecordChooser(QDialog):
    """A filterable list of the records of one type; :attr:`chosen` gives the picked id."""

    chosen = Signal(object)  # uuid.UUID

    def __init__(self, entity: str, model: ReferenceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"choose_{entity}")
        asked = prompt(entity)
        self.setWindowTitle(asked)
        self.proxy = _Named(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(NAMES_ROLE)  # found by its Thai or its English name
        self.filter = QLineEdit()
        self.filter.setObjectName("chooser_filter")
        self.filter.setPlaceholderText(_tr("Type part of the name"))
        self.filter.setAccessibleName(asked)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._accept_current)
        self.view = QListView()
        self.view.setObjectName("chooser_list")
        self.view.setAccessibleName(asked)
        self.view.setModel(self.proxy)
        self.view.doubleClicked.connect(lambda _i: self._accept_current())
        self.view.activated.connect(lambda _i: self._accept_current())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(asked))
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(420, 460)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if (
            self.proxy.rowCount() and not self.view.currentIndex().isValid()
        ) or self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.ok_button.setEnabled(self.proxy.rowCount() > 0)

    def _accept_current(self) -> None:
        index = self.view.currentIndex()
        key = self.proxy.data(index, ID_TEXT_ROLE) if index.isValid() else None
        if not key:
            return  # nothing matches: the dialog stays, the user can change the filter
        self.accept()
        self.chosen.emit(uuid.UUID(key))

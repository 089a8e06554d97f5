"""Choosing the record a new row points at (the person who joins a delegation, the topic to
raise), before the row exists: a new row never starts from a record nobody chose."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

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


Index = QModelIndex | QPersistentModelIndex


class _Named(QSortFilterProxyModel):
    """The list without its "none" row, filtered by any part of the name. Records the new row
    may not point at (already linked) stay listed, greyed and marked, so nobody searches in
    vain for a name that is simply there already."""

    def __init__(self, taken: Collection[uuid.UUID], parent: QWidget) -> None:
        super().__init__(parent)
        self.taken = {str(record_id) for record_id in taken}

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        source = self.sourceModel()
        if not source.data(source.index(row, 0, parent), ID_TEXT_ROLE):
            return False
        return super().filterAcceptsRow(row, parent)

    def is_taken(self, index: Index) -> bool:
        return index.isValid() and self.data(index, ID_TEXT_ROLE) in self.taken

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.is_taken(index):
            flags &= ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and self.is_taken(index):
            return _tr("%1 (already in the list)").replace("%1", str(value))
        return value


class RecordChooser(QDialog):
    """A filterable list of the records of one type; :attr:`chosen` gives the picked id."""

    chosen = Signal(object)  # uuid.UUID

    def __init__(
        self,
        entity: str,
        model: ReferenceModel,
        parent: QWidget | None = None,
        *,
        taken: Collection[uuid.UUID] = (),
        taken_reason: str = "",
    ) -> None:
        """``taken``: records the new row cannot point at (the people already taking part),
        shown greyed; ``taken_reason`` (a core sentence) says why when one is all that matches."""
        super().__init__(parent)
        self.setObjectName(f"choose_{entity}")
        asked = prompt(entity)
        self.setWindowTitle(asked)
        self.taken_reason = taken_reason
        self.proxy = _Named(taken, self)
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
        self.hint = QLabel()
        self.hint.setObjectName("chooser_hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(asked))
        layout.addWidget(self.filter)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(420, 460)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        rows = [self.proxy.index(row, 0) for row in range(self.proxy.rowCount())]
        free = [index for index in rows if not self.proxy.is_taken(index)]
        self.view.setCurrentIndex(free[0] if free else QModelIndex())
        self.ok_button.setEnabled(bool(free))
        # Everything that matches is linked already: say so, instead of a silent Enter.
        said = bool(rows) and not free and bool(self.taken_reason)
        self.hint.setText(
            QCoreApplication.translate("Validation", self.taken_reason) if said else ""
        )
        self.hint.setVisible(said)

    def _accept_current(self) -> None:
        index = self.view.currentIndex()
        if self.proxy.is_taken(index):
            return
        key = self.proxy.data(index, ID_TEXT_ROLE) if index.isValid() else None
        if not key:
            return  # nothing matches: the dialog stays, the user can change the filter
        self.accept()
        self.chosen.emit(uuid.UUID(key))

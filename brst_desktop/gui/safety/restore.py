"""Restore from a backup: the list of backups (newest first) with their check results, and the
choice of one to put back. The database being replaced is itself backed up first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core.backup import Backup
from brst_desktop.gui.dates import format_moment

Index = QModelIndex | QPersistentModelIndex


class BackupListModel(QAbstractTableModel):
    """Backups as rows: when, why, size, and whether integrity_check passed (None: checking)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[Backup] = []
        self.health: dict[Path, bool | None] = {}

    def set_backups(self, backups: list[Backup]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.health = {b.path: None for b in backups}
        self.endResetModel()

    def set_health(self, health: dict[Path, bool]) -> None:
        self.health.update(health)
        if self.backups:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.backups) - 1, 3))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Check")][section]
        return None

    def reason_text(self, reason: str) -> str:
        return {
            "daily": self.tr("Daily"),
            "manual": self.tr("Made by hand"),
            "before-upgrade": self.tr("Before an upgrade"),
            "before-restore": self.tr("Before a restore"),
            "before-passphrase": self.tr("Before a passphrase change"),
            "before-import": self.tr("Before an import"),
        }.get(reason, reason)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return format_moment(item.taken_at)  # Buddhist Era, 19.02 น. for Thai readers
            if column == 1:
                return self.reason_text(item.reason)
            if column == 2:
                try:
                    size = item.path.stat().st_size
                except OSError:
                    return ""
                return self.tr("%1 MB").replace("%1", f"{size / 2**20:.1f}")
            health = self.health.get(item.path)
            if health is None:
                return self.tr("Checking…")
            return self.tr("Good") if health else self.tr("Damaged")
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        return None


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore-dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.model = BackupListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.note = QLabel(
            self.tr(
                "The database will be replaced by the backup you choose. What it holds now is"
                " backed up first, so the restore can itself be undone."
            )
        )
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 380)

    def set_backups(self, backups: list[Backup]) -> None:
        self.model.set_backups(backups)
        if backups:
            self.table.selectRow(0)
        self._update_button()

    def set_health(self, health: dict[Path, bool]) -> None:
        self.model.set_health(health)
        self._update_button()

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(
            chosen is not None and self.model.health.get(chosen.path) is True
        )

"""A short list to choose from and put in order: tick what goes in, drag to reorder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.gui.icons import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


class Checklist(QWidget):
    """Items (value, label, ticked) in order; ``changed`` gives the ticked values in order."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.model().rowsMoved.connect(lambda *_: self._emit())
        self.list.itemChanged.connect(lambda _item: self._emit())
        self.up = QPushButton(icon("chevron-up"), _tr("Move up"))
        self.up.setToolTip(_tr("Alt+Up"))
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down = QPushButton(icon("chevron-down"), _tr("Move down"))
        self.down.setToolTip(_tr("Alt+Down"))
        self.down.clicked.connect(lambda: self.move_selected(1))
        for keys, by in (("Alt+Up", -1), ("Alt+Down", 1)):
            # The focused list only: three lists on the Books page each have these keys.
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda by=by: self.move_selected(by))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._filling = False
        self._last: list[Any] = []
        self._values: dict[str, Any] = {}

    def set_items(self, items: list[tuple[Any, str, bool]]) -> None:
        self._filling = True
        try:
            current = self.list.currentItem()
            keep = current.data(Qt.ItemDataRole.UserRole) if current else None
            self.list.clear()
            self._values = {str(value): value for value, _label, _ticked in items}
            for value, label, ticked in items:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, str(value))  # text: see table_model.id_of
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
                if str(value) == keep:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        self._last = self.ticked()

    def ticked(self) -> list[Any]:
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(self._values[item.data(Qt.ItemDataRole.UserRole)])
        return result

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._emit()

    def _emit(self) -> None:
        if self._filling:
            return
        ticked = self.ticked()
        if ticked != self._last:
            self._last = ticked
            self.changed.emit(ticked)

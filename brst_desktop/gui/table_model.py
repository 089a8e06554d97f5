"""A fast, sortable, filterable table model over a list of plain rows (frozen dataclasses).

Sorting and filtering are done here in Python on precomputed keys rather than by a
QSortFilterProxyModel, which would call back into Python for every comparison: with ten
thousand people that is the difference between a few milliseconds and a second.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def record_key(value: uuid.UUID | str) -> str:
    """An id as 32 hex digits, whether a row carries it as a UUID or as text (big lists read
    ids as text: making ten thousand UUID objects costs more than the query)."""
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()


def id_of(index: Index) -> uuid.UUID | None:
    """The record id behind a cell. Ids travel through Qt as text: PySide's wrapping of Python
    objects in a QVariant miscounts references (it crashed with ten thousand rows)."""
    if not index.isValid():
        return None
    value = index.data(ID_ROLE)
    return uuid.UUID(value) if value else None


Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: its translated title (asked when painted) and how to show and sort a row."""

    title: Callable[[], str]
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._haystacks: list[str] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        #: The column rows are ordered by until a header is clicked (None: the load order).
        self.default_sort: int | None = None

    # --- data in ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._haystacks = []  # made on the first filtering: most lists are never filtered
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text.strip().casefold()
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        if self._filter:
            if len(self._haystacks) != len(self._all):
                self._haystacks = [
                    " ".join(c.text(r) for c in self.columns).casefold() for r in self._all
                ]
            needle = self._filter
            rows = [r for r, h in zip(self._all, self._haystacks, strict=True) if needle in h]
        else:
            rows = list(self._all)
        sort = self._sort
        if sort is None and self.default_sort is not None:
            sort = (self.default_sort, Qt.SortOrder.AscendingOrder)
        if sort is not None:
            column, order = sort
            key = self.columns[column].sort_key or self._collated(self.columns[column].text)
            rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows

    @staticmethod
    def _collated(text: Callable[[Any], str]) -> Callable[[Any], Any]:
        """Sort by the shown text in the window language's dictionary order (Thai in Thai)."""
        collator = QCollator(QLocale())
        collator.setNumericMode(True)
        return lambda row: collator.sortKey(str(text(row) or ""))

    # --- data out ---------------------------------------------------------------------------
    def row(self, index: int) -> Any:
        return self._rows[index]

    @property
    def rows(self) -> list[Any]:
        """The rows shown (filtered and sorted)."""
        return list(self._rows)

    @property
    def all_rows(self) -> list[Any]:
        """Every row loaded, the filter aside."""
        return list(self._all)

    def index_of(self, record_id: uuid.UUID) -> QModelIndex:
        wanted = record_key(record_id)
        for number, row in enumerate(self._rows):
            if record_key(row.id) == wanted:
                return self.index(number, 0)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(row)
        if role == ID_ROLE:
            return str(row.id)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order) if 0 <= column < len(self.columns) else None
        self._apply()
        self.endResetModel()

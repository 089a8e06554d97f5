"""Choice lists of records (people, organisations, trips, events, topics) shared by every editor.

One list model per record type, loaded off the GUI thread and reloaded when that type changes,
however many combo boxes show it: with ten thousand people, filling a combo box per editor
would cost a second.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.services import records
from brst_desktop.gui.language import pick

Index = QModelIndex | QPersistentModelIndex
#: Ids go through Qt as text (see table_model.id_of).
ID_TEXT_ROLE = Qt.ItemDataRole.UserRole
#: Both names of a record (Thai and English), for finding it whatever language is typed.
NAMES_ROLE = Qt.ItemDataRole.UserRole + 1


class ReferenceModel(QAbstractListModel):
    """Row 0 is "none"; then (id, label) in the database's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = [("", "")]
        self._names: list[str] = [""]
        self._row_of: dict[str, int] = {"": 0}
        #: Ordered by the shown name in the window's collation (events keep their time order).
        self.by_name = True

    def set_rows(self, rows: list[tuple[uuid.UUID, str, str]]) -> None:
        self.beginResetModel()
        if self.by_name:
            collator = QCollator(QLocale())
            rows = sorted(rows, key=lambda row: collator.sortKey(pick(row[1], row[2])))
        self._rows = [("", "")] + [(str(i), pick(th, en)) for i, th, en in rows]
        self._names = [""] + [f"{th}\n{en}" for _i, th, en in rows]
        self._row_of = {key: number for number, (key, _label) in enumerate(self._rows)}
        self.endResetModel()

    def first_id(self) -> uuid.UUID | None:
        return uuid.UUID(self._rows[1][0]) if len(self._rows) > 1 else None

    def rows_named(self, text: str) -> list[int]:
        """Rows whose name is ``text`` (ignoring case and spaces around); else the rows whose
        name contains it."""
        wanted = text.strip().casefold()
        if not wanted:
            return []
        labels = [(row, label.casefold()) for row, (_key, label) in enumerate(self._rows) if row]
        exact = [row for row, label in labels if label == wanted]
        if exact:
            return exact
        names = [(row, self._names[row].casefold().split("\n")) for row, _label in labels]
        exact = [row for row, both in names if wanted in both]  # the name in the other language
        return exact or [row for row, both in names if any(wanted in name for name in both)]

    def id_at(self, row: int) -> uuid.UUID | None:
        key = self._rows[row][0] if 0 <= row < len(self._rows) else ""
        return uuid.UUID(key) if key else None

    def row_of(self, record_id: uuid.UUID | None) -> int:
        return self._row_of.get(str(record_id) if record_id else "", -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, label = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == ID_TEXT_ROLE:
            return key
        if role == NAMES_ROLE:
            return self._names[index.row()]
        return None


class ReferenceLists(QObject):
    def __init__(self, context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._models: dict[str, ReferenceModel] = {}
        context.bus.changed.connect(self._on_changes)

    def model(self, entity: str) -> ReferenceModel:
        if entity not in self._models:
            self._models[entity] = ReferenceModel(self)
            self._models[entity].by_name = entity != "event"
            self._load(entity)
        return self._models[entity]

    def _load(self, entity: str) -> None:
        context = self.context
        self.context.tasks.read(
            lambda: records.labels(context.db, entity), self._models[entity].set_rows
        )

    def _on_changes(self, changes: ChangeSet) -> None:
        for entity in changes.entities & set(self._models):
            self._load(entity)

    def reload(self) -> None:
        for entity in self._models:
            self._load(entity)

    def first_id(self, entity: str) -> uuid.UUID | None:
        """A record of that type for a new link to point at until the user chooses one; read
        from the loaded list, so creating a link never waits for the database."""
        return self.model(entity).first_id()


def reference_lists(context) -> ReferenceLists:
    """The context's shared lists (made on first use)."""
    lists = getattr(context, "_reference_lists", None)
    if lists is None:
        lists = ReferenceLists(context, context.tasks)
        context._reference_lists = lists
    return lists

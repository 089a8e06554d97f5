"""Import preview: what a trip file would add, update, keep and where it conflicts, with the
user's choice for each conflict (keep mine / take theirs) before anything is written."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
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

from brst_desktop.core import registry
from brst_desktop.core.exchange import ImportPlan, PlannedChange
from brst_desktop.core.exchange.unpack import Choice
from brst_desktop.errors import shown
from brst_desktop.gui import fields as f
from brst_desktop.gui.language import entity_label
from brst_desktop.gui.messages import plain_text

Index = QModelIndex | QPersistentModelIndex
SHOWN_KINDS = ("conflict", "changed", "added", "kept", "skipped")  # conflicts first


def left_out(change: PlannedChange) -> bool:
    """An entry of a calendar or contacts file that is not imported (with the reason why)."""
    return change.kind == "skipped" and bool(change.note) and change.note != "already here"


class PlanModel(QAbstractTableModel):
    """One row per record that would change (unchanged records are only counted). The last
    column of a conflict holds the choice; it is editable with a check box: checked = theirs."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        order = {kind: n for n, kind in enumerate(SHOWN_KINDS)}
        self.rows: list[PlannedChange] = sorted(
            (c for c in plan.changes if c.kind in order),
            key=lambda c: (order[c.kind], c.table, c.label),
        )
        self.choices: dict[uuid.UUID, Choice] = {c.id: "mine" for c in plan.conflicts}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("What happens"),
                self.tr("Kind of record"),
                self.tr("Record"),
                self.tr("Fields that differ"),
                self.tr("Take theirs"),
            ][section]
        return None

    def kind_text(self, kind: str) -> str:
        return {
            "added": self.tr("Added"),
            "changed": self.tr("Updated (theirs is newer)"),
            "kept": self.tr("Kept (ours is newer)"),
            "conflict": self.tr("Conflict: changed on both laptops"),
            "skipped": self.tr("Skipped (already here)"),
        }[kind]

    def table_text(self, table: str) -> str:
        return entity_label(table)

    def field_text(self, table: str, name: str) -> str:
        """``person.position_en`` -> "Position (English)": the label the record's editor shows,
        else one of the fields no editor shows (links, checksums, the photo's bytes)."""
        for spec in f.EDITOR_FIELDS.get(table, ()):
            if spec.name == name:
                return f.field_text(spec.label)
        found = registry.ENTITIES.get(table)
        column = found.table.c.get(name) if found is not None else None
        for foreign_key in column.foreign_keys if column is not None else ():
            return entity_label(foreign_key.column.table.name)  # a link: what it links to
        hidden = {
            "position": self.tr("Order"),
            "sections": self.tr("Sections of the book"),
            "changes_since_edition": self.tr("Changes since edition"),
            "is_sample": self.tr("Sample data"),
            "data": self.tr("Picture"),
            "media_type": self.tr("File type"),
            "sha256": self.tr("Checksum"),
            "original_name": self.tr("File name"),
            "number": self.tr("Edition number"),
            "as_of": self.tr("As of"),
            "content_hash": self.tr("Content checksum"),
            "snapshot": self.tr("Content as printed"),
            "language": self.tr("Language"),
            "paper": self.tr("Paper"),
        }
        if name in hidden:
            return hidden[name]
        # A column added after this list: still readable, never a raw identifier with "_".
        languages = {"_en": self.tr("English"), "_th": self.tr("Thai")}
        for suffix, language in languages.items():
            if name.endswith(suffix):
                return f"{name[: -len(suffix)].replace('_', ' ').capitalize()} ({language})"
        return name.replace("_", " ").capitalize()

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 4 and self.rows[index.row()].kind == "conflict":
            return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("Not imported") if left_out(change) else self.kind_text(change.kind)
            if column == 1:
                return self.table_text(change.table)
            if column == 2:
                return change.label
            if column == 3 and left_out(change):
                # The reason a calendar or contacts file gives (an error-catalogue phrase).
                return QCoreApplication.translate("UserError", change.note)
            if column == 3:
                return ", ".join(self.field_text(change.table, name) for name in change.fields)
            if column == 4 and change.kind == "conflict":
                return self.tr("Theirs") if self.choices[change.id] == "theirs" else self.tr("Mine")
        if role == Qt.ItemDataRole.CheckStateRole and column == 4 and change.kind == "conflict":
            theirs = self.choices[change.id] == "theirs"
            return Qt.CheckState.Checked if theirs else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and change.kind == "conflict" and column == 0:
            return QColor("#b00020")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 4:
            return False
        change = self.rows[index.row()]
        if change.kind != "conflict":
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.set_choice(change.id, "theirs" if checked else "mine")
        return True

    def set_choice(self, record_id: uuid.UUID, choice: Choice) -> None:
        self.choices[record_id] = choice
        row = next(n for n, c in enumerate(self.rows) if c.id == record_id)
        self.dataChanged.emit(self.index(row, 4), self.index(row, 4))


class ImportDialog(QDialog):
    """Shows the plan; ``choices()`` after ``exec()`` gives the settled conflicts."""

    def __init__(
        self,
        plan: ImportPlan,
        file_name: str,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        summary: str | None = None,
    ) -> None:
        """``title`` and ``summary`` word the dialog for another kind of file than a trip file
        (a calendar or contacts file); the plan and the choices work the same."""
        super().__init__(parent)
        self.setObjectName("import-dialog")
        self.plan = plan
        self.setWindowTitle(title or self.tr("Import a trip"))
        counts = plan.counts()
        self.summary = QLabel(
            summary
            or self.tr(
                "%1 holds “%2”. Importing adds %3 records and updates %4; %5 are the same here,"
                " %6 are newer here and are kept."
            )
            .replace("%1", shown(file_name))
            .replace("%2", plan.trip_title)
            .replace("%3", str(counts["added"]))
            .replace("%4", str(counts["changed"]))
            .replace("%5", str(counts["unchanged"]))
            .replace("%6", str(counts["kept"]))
        )
        self.summary.setWordWrap(True)
        plain_text(self.summary)  # the trip's title comes from the file
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        if counts["conflict"]:
            self.conflict_note.setText(
                self.tr(
                    "%1 records were changed both here and on the other laptop since they last"
                    " met. For each, keep your version or tick “Take theirs”."
                ).replace("%1", str(counts["conflict"]))
            )
        self.model = PlanModel(plan, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        nothing = counts["added"] + counts["changed"] + counts["conflict"] == 0
        if nothing:
            self.import_button.setText(self.tr("Nothing to import"))
            self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 520)

    def choices(self) -> dict[uuid.UUID, Choice]:
        return dict(self.model.choices)

"""Import preview: what a trip file would add, update, keep and where it conflicts, with the
user's choice for each conflict (keep mine / take theirs) before anything is written.

The same dialog previews a calendar or contacts file (``source``): then the other side of a
conflict is that file, never "the other laptop". Counts are said with Qt's plural forms
("1 record", "3 records"); a record is named in the window's language, by whatever name it has
in any script; a selected record shows each differing field's value here and in the file.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core import registry
from brst_desktop.core.exchange import ImportPlan, PlannedChange
from brst_desktop.core.exchange.unpack import Choice
from brst_desktop.core.words import Words
from brst_desktop.errors import shown
from brst_desktop.gui import fields as f
from brst_desktop.gui.dates import format_date, format_moment, format_time
from brst_desktop.gui.language import entity_label, pick
from brst_desktop.gui.messages import plain_text

Index = QModelIndex | QPersistentModelIndex
SHOWN_KINDS = ("conflict", "changed", "added", "kept", "skipped")  # conflicts first
#: Where the incoming records come from: another laptop's trip file, an organiser's calendar
#: file, a contacts file.
Source = Literal["trip", "calendar", "contacts"]
#: A field's value cut to this many characters in the table of values.
LONGEST_VALUE = 160


def trip_title(plan: ImportPlan) -> str:
    """The trip's title in the window's language (the other when it has none in it)."""
    if plan.trip_name is not None and (plan.trip_name.th or plan.trip_name.en):
        return pick(plan.trip_name.th, plan.trip_name.en)
    return plan.trip_title


def left_out(change: PlannedChange) -> bool:
    """An entry of a calendar or contacts file that is not imported (with the reason why)."""
    return change.kind == "skipped" and bool(change.note) and change.note != "already here"


class PlanModel(QAbstractTableModel):
    """One row per record that would change (unchanged records are only counted). The last
    column of a conflict holds the choice; it is editable with a check box: checked = theirs."""

    def __init__(
        self, plan: ImportPlan, parent: QWidget | None = None, source: Source = "trip"
    ) -> None:
        super().__init__(parent)
        self.source = source
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
                self.take_title(),
            ][section]
        return None

    def take_title(self) -> str:
        """The heading of the choice column: the other version is another laptop's or a
        file's."""
        return self.tr("Take theirs") if self.source == "trip" else self.tr("Take the file's")

    def kind_text(self, kind: str, exchanged: bool = True) -> str:
        if kind == "conflict":
            return self.conflict_text(exchanged)
        return {
            "added": self.tr("Added"),
            "changed": self.tr("Updated (theirs is newer)"),
            "kept": self.tr("Kept (ours is newer)"),
            "skipped": self.tr("Skipped (already here)"),
        }[kind]

    def conflict_text(self, exchanged: bool) -> str:
        """A conflict, said for where the other version comes from; a record the two sides never
        exchanged was not "changed on both": they are two versions nobody can order."""
        if not exchanged:
            if self.source == "trip":
                return self.tr("Differs: never exchanged before")
            return self.tr("Differs: not imported before")
        return {
            "trip": self.tr("Conflict: changed on both laptops"),
            "calendar": self.tr("Conflict: changed here and in the calendar file"),
            "contacts": self.tr("Conflict: changed here and in the contacts file"),
        }[self.source]

    def record_text(self, change: PlannedChange) -> str:
        """The record's name in the window's language (any script it has), else its label."""
        if change.name is not None:
            return pick(change.name.th, change.name.en)
        return change.label

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

    def value_text(self, table: str, name: str, value: Any) -> str:
        """A field's value as a person reads it (dates as the screens write them, a choice by
        its label, a picture by its size), one line, escaped."""
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, Words):
            return pick(value.th, value.en)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, datetime):
            if getattr(value.tzinfo, "key", "UTC") != "UTC":  # on its own zone's clock
                return f"{format_date(value.date())} {format_time(value)}"
            return format_moment(value)
        if isinstance(value, date):
            return format_date(value)
        if isinstance(value, bytes | bytearray):
            return self.tr("picture, %1 KB").replace("%1", str(max(1, round(len(value) / 1024))))
        if isinstance(value, dict):
            return self.tr("(not shown)")
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        for spec in f.EDITOR_FIELDS.get(table, ()):
            if spec.name == name and spec.choices:
                labels = dict(spec.choices)
                if value in labels:
                    return f.field_text(labels[value])
        text = shown(" ".join(str(value).split()))
        return text if len(text) <= LONGEST_VALUE else text[: LONGEST_VALUE - 1] + "…"

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
                if left_out(change):
                    return self.tr("Not imported")
                return self.kind_text(change.kind, change.exchanged)
            if column == 1:
                return self.table_text(change.table)
            if column == 2:
                return self.record_text(change)
            if column == 3 and left_out(change):
                # The reason a calendar or contacts file gives (an error-catalogue phrase).
                return QCoreApplication.translate("UserError", change.note)
            if column == 3:
                return ", ".join(self.field_text(change.table, name) for name in change.fields)
            if column == 4 and change.kind == "conflict":
                if self.choices[change.id] == "mine":
                    return self.tr("Mine")
                return self.tr("Theirs") if self.source == "trip" else self.tr("The file's")
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and change.values:
            return "\n".join(
                f"{self.field_text(change.table, name)}: "
                f"{self.value_text(change.table, name, here)}"
                f" → {self.value_text(change.table, name, there)}"
                for name, (here, there) in change.values.items()
            )
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

    #: The table's model: a subclass words the plan for another exchange (a trip brought back).
    model_class: type[PlanModel] = PlanModel

    def __init__(
        self,
        plan: ImportPlan,
        file_name: str,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        source: Source = "trip",
    ) -> None:
        """``source`` words the dialog for a calendar or contacts file instead of a trip file
        (where the other version comes from); the plan and the choices work the same."""
        super().__init__(parent)
        self.setObjectName("import-dialog")
        self.plan = plan
        self.source = source
        self.setWindowTitle(title or self.tr("Import a trip"))
        counts = plan.counts()
        self.model = self.model_class(plan, self, source)
        self.summary = QLabel(self.summary_text(file_name))
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        plain_text(self.summary)  # the trip's title comes from the file
        self.conflict_note = QLabel(self.conflict_text())
        self.conflict_note.setObjectName("import_conflicts")
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setVisible(bool(self.conflict_note.text()))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Both values of each field that differs, for the record chosen above.
        self.values = QStandardItemModel(0, 3, self)
        self.values.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Here"), self.there_title()]
        )
        self.values_view = QTableView()
        self.values_view.setObjectName("import_values")
        self.values_view.setModel(self.values)
        self.values_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values_view.verticalHeader().hide()
        self.values_view.setWordWrap(True)
        values_header = self.values_view.horizontalHeader()
        values_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            values_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Long texts wrap: their rows follow the columns' widths once these are known.
        values_header.sectionResized.connect(lambda *_: self.values_view.resizeRowsToContents())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_values(current.row())
        )
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
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.values_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflict_note)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        first = next((n for n, c in enumerate(self.model.rows) if c.values), 0)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(first, 0))
        else:
            self._show_values(-1)

    # --- sentences ----------------------------------------------------------------------------
    def summary_text(self, file_name: str) -> str:
        """What the file holds and what importing it does, one sentence per kind of change,
        each count with its plural form."""
        counts = self.plan.counts()
        name = shown(file_name)
        if self.source == "trip" and self.plan.sent_by:
            opening = (
                self.tr("%1 holds “%2”, made by %3.")
                .replace("%1", name)
                .replace("%2", trip_title(self.plan))
                .replace("%3", self.plan.sent_by)
            )
        elif self.source == "trip":
            opening = (
                self.tr("%1 holds “%2”.").replace("%1", name).replace("%2", trip_title(self.plan))
            )
        elif self.source == "calendar":
            opening = (
                self.tr("%1: an organiser's programme, for the trip “%2”.")
                .replace("%1", name)
                .replace("%2", trip_title(self.plan))
            )
        else:
            opening = self.tr("%1: contacts.").replace("%1", name)
        left = sum(1 for change in self.plan.changes if left_out(change))
        parts = [
            (counts["added"], self.tr("Importing adds %n record(s).", "", counts["added"])),
            (counts["changed"], self.tr("It updates %n record(s).", "", counts["changed"])),
            (
                counts["unchanged"],
                self.tr("%n record(s) are the same here.", "", counts["unchanged"]),
            ),
            (counts["kept"], self.tr("%n record(s) are newer here and kept.", "", counts["kept"])),
            (left, self.tr("%n entr(y/ies) of the file are not imported.", "", left)),
        ]
        said = [text for count, text in parts if count]
        if not said:
            said = [self.tr("Nothing in it differs from what is here.")]
        return " ".join([opening, *said])

    def conflict_text(self) -> str:
        """How many records both sides changed, said for where the other version comes from;
        records never exchanged are counted apart (they were not "changed on both")."""
        conflicts = self.plan.conflicts
        met = sum(1 for change in conflicts if change.exchanged)
        unmet = len(conflicts) - met
        said = []
        if met:
            said.append(
                {
                    "trip": self.tr(
                        "%n record(s) were changed both here and on the other laptop since they"
                        " were last exchanged.",
                        "",
                        met,
                    ),
                    "calendar": self.tr(
                        "%n record(s) were changed both here and in the organiser's calendar"
                        " file since it was last imported.",
                        "",
                        met,
                    ),
                    "contacts": self.tr(
                        "%n record(s) were changed both here and in the contacts file since it"
                        " was last imported.",
                        "",
                        met,
                    ),
                }[self.source]
            )
        if unmet:
            said.append(
                {
                    "trip": self.tr(
                        "%n record(s) differ from the copy here, and the two were never"
                        " exchanged, so neither can be called newer.",
                        "",
                        unmet,
                    ),
                    "calendar": self.tr(
                        "%n record(s) differ from the organiser's calendar file, which was"
                        " never imported here, so neither can be called newer.",
                        "",
                        unmet,
                    ),
                    "contacts": self.tr(
                        "%n record(s) differ from the contacts file, which was never imported"
                        " here, so neither can be called newer.",
                        "",
                        unmet,
                    ),
                }[self.source]
            )
        if said:
            said.append(
                self.tr("For each, keep your version or tick “%1”.").replace(
                    "%1", self.model.take_title()
                )
            )
        return " ".join(said)

    def _show_values(self, row: int) -> None:
        self.values.setRowCount(0)  # rows only: clear() would drop the columns' sizing too
        if not 0 <= row < len(self.model.rows):
            return
        change = self.model.rows[row]
        self._value_headers(change)
        for name, (here, there) in change.values.items():
            items = [
                QStandardItem(self.model.field_text(change.table, name)),
                QStandardItem(self.model.value_text(change.table, name, here)),
                QStandardItem(self.model.value_text(change.table, name, there)),
            ]
            self.values.appendRow(items)
        self.values_view.resizeRowsToContents()

    def _value_headers(self, change: PlannedChange) -> None:
        """The two versions' columns say who made each: the last author here, the file's."""
        here = self.tr("Here")
        if change.changed_here_by:
            here = (
                self.tr("Here (%1, %2)")
                .replace("%1", change.changed_here_by)
                .replace("%2", format_moment(change.changed_here_at))
            )
        there = self.there_title()
        if self.source == "trip" and self.plan.sent_by:
            there = self.tr("In the file (made by %1)").replace("%1", self.plan.sent_by)
        self.values.setHorizontalHeaderLabels([self.tr("Field"), here, there])

    def there_title(self) -> str:
        return {
            "trip": self.tr("In the file"),
            "calendar": self.tr("In the calendar file"),
            "contacts": self.tr("In the contacts file"),
        }[self.source]

    def choices(self) -> dict[uuid.UUID, Choice]:
        return dict(self.model.choices)

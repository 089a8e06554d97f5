"""A list of records with a filter, New and Delete, and the editor of the chosen record."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database
from brst_desktop.core.services.validation import ALREADY_LINKED, unique_link
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.fields import FieldSpec
from brst_desktop.gui.forms import RecordForm
from brst_desktop.gui.icons import icon
from brst_desktop.gui.record_chooser import RecordChooser
from brst_desktop.gui.references import reference_lists
from brst_desktop.gui.table_model import Column, RowTableModel, id_of
from brst_desktop.gui.undo import CreateRecord, DeleteRecord

#: The long first column (names, titles): its width when there is room, and its least.
FIRST_COLUMN_WIDTH = 280
MIN_FIRST_COLUMN_WIDTH = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordList", text)


class RecordList(QWidget):
    """Records of one type: a sortable, filterable table beside (or above) their editor.

    ``load()`` returns the rows (runs in a worker); ``new_values()`` gives the values of a new
    record, or None when one cannot be made yet (no trip chosen, say).
    """

    current_changed = Signal(object)  # uuid.UUID | None

    def __init__(
        self,
        context: AppContext,
        entity: str,
        columns: list[Column],
        load: Callable[[], list[Any]],
        fields: tuple[FieldSpec, ...],
        new_values: Callable[[], dict[str, Any] | None],
        *,
        new_label: str,
        watch: frozenset[str] = frozenset(),
        vertical: bool = False,
        choose: tuple[str, str] | None = None,
        by_name: bool = False,
        blocked: tuple[str, str, Callable[[], None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.entity = entity
        self._load = load
        self._new_values = new_values
        #: (column, record type) a new row points at: chosen by the user before it is made.
        self.choose = choose
        self.chooser: RecordChooser | None = None
        self._select_after: uuid.UUID | None = None
        self.watch = watch | {entity}
        self.current_id: uuid.UUID | None = None
        self._force = False

        self.model = RowTableModel(columns, self)
        if by_name:
            # Records with names (people, organisations...) in the order of the names as shown:
            # Thai dictionary order in the Thai window, not the English names' order.
            self.model.default_sort = 0
        self.table = QTableView()
        self.table.setObjectName(f"list_{entity}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Unsorted until the user clicks a header: the load order (precedence, position) shows.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(100)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(120)
        header.resizeSection(0, FIRST_COLUMN_WIDTH)
        self._short_widths: list[int] = []
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_tr("Filter this list"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.new_button = QPushButton(icon("plus"), new_label)
        self.new_button.clicked.connect(self.add_new)
        self.delete_button = QPushButton(icon("trash-2"), _tr("Delete"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_current)
        # Only the list that has the focus answers: several lists on one page each have one,
        # and a key claimed by several window-wide shortcuts runs none of them.
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        # Empty states: what to do, in a sentence, with the button that does it. A New button
        # that could not make a record (no topic chosen, no trip yet) is disabled, never silent.
        self.blocked = blocked
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName(f"empty_{entity}")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        self.hint_button = QPushButton(blocked[1] if blocked else "")
        self.hint_button.setObjectName(f"empty_{entity}_action")
        if blocked:
            self.hint_button.clicked.connect(blocked[2])
        self.hint_button.hide()
        list_side = QWidget()
        list_side.setMinimumWidth(220)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.empty_hint)
        list_layout.addWidget(self.hint_button, 0, Qt.AlignmentFlag.AlignLeft)
        list_layout.addWidget(self.table)

        self.form = RecordForm(context, entity, fields)
        # A link held once (a person takes part in an event once): the editor refuses, under
        # the field, a record the other rows already link.
        self.form.taken = lambda: self.linked(exclude=self.current_id)
        self.details = QWidget()
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.addWidget(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        self.editor_scroll = scroll
        # Lists that belong to the record (talking points, parties...) get tabs beside its
        # editor, never a place inside its scroll area: no scroll area inside another.
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName(f"tabs_{entity}")
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.setTabBarAutoHide(True)
        self.detail_tabs.addTab(scroll, _tr("Details"))

        splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
        splitter.addWidget(list_side)
        splitter.addWidget(self.detail_tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # Proportions, applied when the splitter first gets its size: the editor gets more.
        splitter.setSizes([240, 360] if vertical else [430, 620])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        context.bus.changed.connect(self._on_changes)

    def add_detail(self, widget: QWidget) -> None:
        """Put ``widget`` under the editor, in its scroll area (a photo; never a list)."""
        self.details_layout.addWidget(widget)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Give ``widget`` (a list that scrolls by itself) a tab beside the editor."""
        self.detail_tabs.addTab(widget, title)

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.context.tasks.read(self._load, self._show_rows)

    def refresh_all(self) -> None:
        """Reload the list and the chosen record's editor and details (the database changed
        under us, e.g. after a restore)."""
        self._force = True
        self.reload()

    def _show_rows(self, rows: list[Any]) -> None:
        keep = self._select_after or self.current_id
        self._select_after = None
        self.model.set_rows(rows)
        # Fit the short columns to their text (sampling the first rows: fast with 10,000).
        header = self.table.horizontalHeader()
        self._short_widths = []
        for column in range(1, self.model.columnCount()):
            if self.table.isColumnHidden(column):
                continue  # filtered on, not shown: takes no room
            # The content's width (not the last column's stretched one), at most 180 px.
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            self._short_widths.append(min(wanted, 180))
            self.table.setColumnWidth(column, self._short_widths[-1])
        self._fit_first_column()
        index = self.model.index_of(keep) if keep else self.model.index(0, 0)
        if not index.isValid():
            index = self.model.index(0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        else:
            self._set_current(None)
        self._force = False
        self.update_empty_state()

    def update_empty_state(self) -> None:
        """Enable New only when it can make a record; say what to do when the list is empty."""
        can_make = self._new_values() is not None
        self.new_button.setEnabled(can_make)
        if not can_make and self.blocked is not None:
            text = self.blocked[0]
        elif self.model.rowCount() == 0 and not self.filter.text():
            text = _tr("Nothing here yet: add the first with “%1”.").replace(
                "%1", self.new_button.text().replace("&", "")
            )
        else:
            text = ""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))
        self.hint_button.setVisible(not can_make and self.blocked is not None)

    def _fit_first_column(self) -> None:
        """The first (long) column gives up width so the short ones stay in view.

        In a narrow list (the trips list beside the itinerary, talking points under a topic)
        the long names are elided rather than pushing a date or an order number out of sight.
        """
        if not self._short_widths:
            return
        room = self.table.viewport().width() - sum(self._short_widths)
        width = max(MIN_FIRST_COLUMN_WIDTH, min(FIRST_COLUMN_WIDTH, room))
        self.table.horizontalHeader().resizeSection(0, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_first_column()
        return False

    def select(self, record_id: uuid.UUID) -> bool:
        index = self.model.index_of(record_id)
        if not index.isValid() and self.filter.text():
            self.filter.clear()
            index = self.model.index_of(record_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            return True
        self._select_after = record_id
        return False

    def _row_changed(self, current, _previous) -> None:
        self._set_current(id_of(current))

    def _set_current(self, record_id: uuid.UUID | None) -> None:
        if record_id == self.current_id and record_id is not None and not self._force:
            return
        self._force = False
        self.current_id = record_id
        self.delete_button.setEnabled(record_id is not None)
        self.form.set_record(record_id)
        # Another record: its editor from the top.
        self.editor_scroll.verticalScrollBar().setValue(0)
        self.current_changed.emit(record_id)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*self.watch):
            self.reload()

    def linked(self, exclude: uuid.UUID | None = None) -> set[Any]:
        """What the rows of this list link, for a record that links something once only
        (the people already taking part in the event); empty for other records."""
        link = unique_link(self.entity)
        if link is None:
            return set()
        column = link[1]
        return {
            getattr(row, column)
            for row in self.model.all_rows
            if row.id != exclude and hasattr(row, column)
        }

    # --- actions ------------------------------------------------------------------------------
    def add_new(self) -> None:
        values = self._new_values()
        if values is None:
            return
        if self.choose is not None:
            column, target = self.choose
            link = unique_link(self.entity)
            taken = self.linked() if link is not None and link[1] == column else set()
            chooser = RecordChooser(
                target,
                reference_lists(self.context).model(target),
                self,
                taken=taken,
                taken_reason=ALREADY_LINKED.get(self.entity, ""),
            )
            chooser.chosen.connect(lambda chosen: self._create({**values, column: chosen}))
            chooser.finished.connect(chooser.deleteLater)
            self.chooser = chooser
            chooser.open()
            return
        self._create(values)

    def _create(self, values: dict[str, Any]) -> None:
        values["id"] = uuid.uuid4()
        self._select_after = values["id"]
        self.filter.clear()
        self.context.undo.push(
            CreateRecord(self.context, self.entity, values, self.new_button.text().replace("&", ""))
        )
        self.form.setFocus()

    def delete_current(self) -> None:
        if self.current_id is None:
            return
        record_id = self.current_id
        row = self.table.currentIndex().row()
        label = self.model.data(self.model.index(row, 0)) or ""
        self.current_id = None
        self.context.undo.push(
            DeleteRecord(
                self.context, self.entity, record_id, _tr("Delete “%1”").replace("%1", str(label))
            )
        )
        window = self.window()
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(_tr("Deleted. Undo (Ctrl+Z) brings it back."), 6000)


def child_list(
    context: AppContext,
    entity: str,
    parent: tuple[str, Callable[[], uuid.UUID | None]],
    columns: list[Column],
    read: Callable[[Database, uuid.UUID], list[Any]],
    fields: tuple[FieldSpec, ...],
    new_label: str,
    *,
    link: tuple[str, str] | None = None,
    defaults: dict[str, Any] | None = None,
    vertical: bool = True,
) -> RecordList:
    """A RecordList of the rows of ``entity`` belonging to a parent record, read by a typed
    service (``read(db, parent id)``).

    ``parent`` is (column naming the parent, function giving the current parent's id);
    ``link`` is (column, record type) when each row points at another record (a participant's
    person): the list then follows changes to those records, and a new row starts from the
    record the user chooses. ``vertical`` puts the editor under the list (False: beside it).
    """
    column, current = parent

    def load() -> list[Any]:
        parent_id = current()
        return read(context.db, parent_id) if parent_id is not None else []

    def new_values() -> dict[str, Any] | None:
        parent_id = current()
        if parent_id is None:
            return None
        return {column: parent_id, **(defaults or {})}

    watch = frozenset({link[1]}) if link else frozenset()
    return RecordList(
        context,
        entity,
        columns,
        load,
        fields,
        new_values,
        new_label=new_label,
        watch=watch,
        vertical=vertical,
        choose=link,
    )

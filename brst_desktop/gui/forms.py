"""A record editor built from field descriptions: each change is checked, then stored at once.

No Save button: a field's change is validated against the whole record (the same rules the
service applies) and, if it passes, stored as an undoable command. A problem is shown in red
under its field and nothing is stored until it is fixed.
"""

from __future__ import annotations

import uuid
import zoneinfo
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.services import records
from brst_desktop.core.services.validation import CHOOSE_ONE, NOT_A_NUMBER, problems_for
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.date_entry import date_entry, date_time_entry
from brst_desktop.gui.fields import FieldSpec, field_text
from brst_desktop.gui.references import ID_TEXT_ROLE, reference_lists
from brst_desktop.gui.undo import UpdateRecord

_NULL_DATE = QDate(1900, 1, 1)
#: Typing pauses this long before the text is stored (it is stored on leaving the field too).
TYPING_PAUSE_MS = 1200


def validation_text(message: str) -> str:
    return QCoreApplication.translate("Validation", message)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


@cache
def zone_names() -> list[str]:
    return sorted(
        z
        for z in zoneinfo.available_timezones()
        if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
    )


class _FocusOut(QObject):
    """Stores a multi-line text when the user leaves it."""

    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class RecordForm(QWidget):
    """Edits one record of ``entity``; ``set_record(id)`` chooses which (None: nothing)."""

    stored = Signal(str)  # field name, after a change was stored

    def __init__(
        self,
        context: AppContext,
        entity: str,
        fields: tuple[FieldSpec, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.entity = entity
        self.fields = {f.name: f for f in fields}
        self.record_id: uuid.UUID | None = None
        self.values: dict[str, Any] = {}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.commit_pending)
        self._pending_text: set[str] = set()

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for spec in fields:
            widget = self._make_widget(spec)
            widget.setObjectName(f"field_{spec.name}")
            if isinstance(widget, QComboBox):
                # Long names (ministries, zones) must not widen the whole editor.
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                widget.setMinimumContentsLength(16)
            error = QLabel()
            error.setObjectName(f"error_{spec.name}")
            error.setWordWrap(True)
            error.setStyleSheet("color: #b00020;")
            error.hide()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            label = QLabel(field_text(spec.label))
            label.setBuddy(widget)
            self.form.addRow(label, holder)
            self.widgets[spec.name] = widget
            self.errors[spec.name] = error
        self.setEnabled(False)
        self.hide()
        context.bus.changed.connect(self._on_changes)
        self._load_references()

    # --- widgets --------------------------------------------------------------------------------
    def _make_widget(self, spec: FieldSpec) -> QWidget:
        name = spec.name
        if spec.kind == "multiline":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(72)
            edit.setMaximumHeight(140)
            edit.textChanged.connect(lambda: self._typed(name))
            edit.installEventFilter(_FocusOut(lambda: self.commit(name), edit))
            return edit
        if spec.kind == "date":
            edit = date_entry()  # Buddhist Era in the Thai GUI
            edit.setMinimumDate(_NULL_DATE)
            edit.setSpecialValueText(_tr("(no date)"))
            edit.editingFinished.connect(lambda: self.commit(name))
            edit.dateChanged.connect(lambda _d: self._changed_by_picker(name))
            return edit
        if spec.kind == "instant":
            edit = date_time_entry()
            edit.setMinimumDateTime(QDateTime(_NULL_DATE, QTime(0, 0)))
            if spec.optional:
                edit.setSpecialValueText(_tr("(no time)"))
            edit.editingFinished.connect(lambda: self.commit(name))
            return edit
        if spec.kind == "zone":
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem("")
            combo.addItems(zone_names())
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.activated.connect(lambda _i: self.commit(name))
            combo.lineEdit().editingFinished.connect(lambda: self.commit(name))
            return combo
        if spec.kind == "choice":
            combo = QComboBox()
            for value, label in spec.choices:
                combo.addItem(field_text(label), value)
            combo.activated.connect(lambda _i: self.commit(name))
            return combo
        if spec.kind == "reference":
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.activated.connect(lambda _i: self.commit(name))
            return combo
        if spec.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda _on: self.commit(name))
            return box
        if spec.kind == "optional_int":
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setSpecialValueText(_tr("(none)"))  # 0 stands for "no value"
            spin.editingFinished.connect(lambda: self.commit(name))
            return spin
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.editingFinished.connect(lambda: self.commit(name))
            return spin
        edit = QLineEdit()
        edit.editingFinished.connect(lambda: self.commit(name))
        edit.textEdited.connect(lambda _t: self._typed(name))
        return edit

    def _changed_by_picker(self, name: str) -> None:
        # A date chosen in the calendar popup, not typed: store it at once.
        widget = self.widgets[name]
        if not self._loading and not widget.hasFocus():
            self.commit(name)

    def _typed(self, name: str) -> None:
        if not self._loading:
            self._pending_text.add(name)
            self._typing.start()

    def commit_pending(self) -> None:
        """Store texts still being typed (also called before the window closes)."""
        for name in list(self._pending_text):
            self.commit(name)

    # --- values in and out ------------------------------------------------------------------------
    def widget_value(self, name: str) -> Any:
        spec, widget = self.fields[name], self.widgets[name]
        if spec.kind == "multiline":
            return widget.toPlainText()  # type: ignore[attr-defined]
        if spec.kind == "date":
            qdate = widget.date()  # type: ignore[attr-defined]
            return None if qdate == _NULL_DATE else qdate.toPython()
        if spec.kind == "instant":
            qdt = widget.dateTime()  # type: ignore[attr-defined]
            if qdt.date() == _NULL_DATE:
                return None
            zone = self._zone_for(spec)
            naive = qdt.toPython().replace(second=0, microsecond=0)
            return naive.replace(tzinfo=ZoneInfo(zone)) if zone else None
        if spec.kind == "zone":
            return widget.currentText().strip()  # type: ignore[attr-defined]
        if spec.kind == "reference":
            combo: QComboBox = widget  # type: ignore[assignment]
            if not combo.currentText().strip():
                return None
            key = combo.currentData(ID_TEXT_ROLE)
            return uuid.UUID(key) if key else None
        if spec.kind == "choice":
            return widget.currentData()  # type: ignore[attr-defined]
        if spec.kind == "bool":
            return widget.isChecked()  # type: ignore[attr-defined]
        if spec.kind == "int":
            return widget.value()  # type: ignore[attr-defined]
        if spec.kind == "optional_int":
            return widget.value() or None  # type: ignore[attr-defined]
        if spec.kind == "decimal":
            text = widget.text().strip().replace(",", "")  # type: ignore[attr-defined]
            if not text:
                return None
            try:
                return float(text)
            except ValueError:
                return text  # refused by the check below with a sentence
        return widget.text()  # type: ignore[attr-defined]

    def _zone_for(self, spec: FieldSpec) -> str:
        zone = self.values.get(spec.zone_field) or ""
        if spec.zone_field in self.widgets:
            zone = self.widget_value(spec.zone_field) or zone
        if not zone and spec.zone_field == "end_timezone":
            zone = self.widget_value("timezone") if "timezone" in self.widgets else ""
            zone = zone or self.values.get("timezone", "")
        return zone if zone in zone_names() or zone == "UTC" else ""

    def _show_value(self, name: str, value: Any) -> None:
        spec, widget = self.fields[name], self.widgets[name]
        if self._same(name, value):
            return
        if spec.kind == "multiline":
            widget.setPlainText(value or "")  # type: ignore[attr-defined]
        elif spec.kind == "date":
            widget.setDate(QDate(value) if value else _NULL_DATE)  # type: ignore[attr-defined]
        elif spec.kind == "instant":
            if value is None:
                widget.setDateTime(QDateTime(_NULL_DATE, QTime(0, 0)))  # type: ignore[attr-defined]
            else:
                zone = self._zone_for(spec) or "UTC"
                local = value.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
                widget.setDateTime(QDateTime(local))  # type: ignore[attr-defined]
        elif spec.kind == "zone":
            widget.setCurrentText(value or "")  # type: ignore[attr-defined]
            widget.lineEdit().setCursorPosition(0)  # type: ignore[attr-defined]
        elif spec.kind == "reference":
            combo = widget  # type: ignore[assignment]
            row = combo.model().row_of(value)  # type: ignore[attr-defined]
            combo.setCurrentIndex(row)
            if row <= 0:
                combo.setEditText("")
            combo.lineEdit().setCursorPosition(0)  # show the start of a long name
        elif spec.kind == "choice":
            combo = widget  # type: ignore[assignment]
            combo.setCurrentIndex(combo.findData(value) if value is not None else -1)
        elif spec.kind == "bool":
            widget.setChecked(bool(value))  # type: ignore[attr-defined]
        elif spec.kind in ("int", "optional_int"):
            widget.setValue(int(value or 0))  # type: ignore[attr-defined]
        elif spec.kind == "decimal":
            widget.setText("" if value is None else f"{value:,.2f}")  # type: ignore[attr-defined]
        else:
            widget.setText(value or "")  # type: ignore[attr-defined]
            widget.setCursorPosition(0)  # type: ignore[attr-defined]  # show the start

    def _same(self, name: str, value: Any) -> bool:
        try:
            shown = self.widget_value(name)
        except (ValueError, TypeError):
            return False
        if self.fields[name].kind == "text":
            return (shown or "") == (value or "")
        return shown == value

    # --- loading --------------------------------------------------------------------------------
    def set_record(self, record_id: uuid.UUID | None) -> None:
        self.commit_pending()
        self.record_id = record_id
        self._clear_errors()
        if record_id is None:
            self.values = {}
            self.setEnabled(False)
            self.hide()  # no stale or placeholder values on show
            return
        self._load()

    def _load(self) -> None:
        db, entity, record_id = self.context.db, self.entity, self.record_id
        if record_id is None:
            return

        def show(values: dict[str, Any] | None) -> None:
            if self.record_id != record_id:
                return  # another record was chosen meanwhile
            if values is None:
                self.record_id = None
                self.values = {}
                self.setEnabled(False)
                self.hide()
                return
            self.values = values
            self._loading = True
            try:
                # Zones first: the instants are shown in them.
                for name in sorted(self.fields, key=lambda n: self.fields[n].kind != "zone"):
                    if name not in self._pending_text:
                        self._show_value(name, values.get(name))
            finally:
                self._loading = False
            self.setEnabled(True)
            self.show()

        self.context.tasks.read(lambda: records.read(db, entity, record_id), show)

    def _load_references(self) -> None:
        lists = reference_lists(self.context)
        for spec in self.fields.values():
            if spec.kind == "reference":
                model = lists.model(spec.reference)
                combo: QComboBox = self.widgets[spec.name]  # type: ignore[assignment]
                combo.setModel(model)
                # A reload of the list resets the combo box: show the record's value again.
                model.modelReset.connect(lambda name=spec.name: self._reshow(name))

    def _reshow(self, name: str) -> None:
        if self.values:
            self._loading = True
            try:
                self._show_value(name, self.values.get(name))
            finally:
                self._loading = False

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.record_id is not None and self.record_id in changes.ids(self.entity):
            self._load()

    # --- storing --------------------------------------------------------------------------------
    def commit(self, name: str) -> None:
        """Check the field's new value with the record and store it if it passes."""
        if self._loading or self.record_id is None or not self.values:
            return
        self._pending_text.discard(name)
        try:
            value = self.widget_value(name)
        except (ValueError, TypeError):
            return
        spec = self.fields[name]
        new: dict[str, Any] = {name: value}
        if spec.kind == "zone":
            # Changing the zone keeps the times as written on the programme (the wall clock).
            for other in self.fields.values():
                if other.kind == "instant" and self.values.get(other.name) is not None:
                    new[other.name] = self.widget_value(other.name)
        old_start, old_end = self.values.get("starts_at"), self.values.get("ends_at")
        if name == "starts_at" and value is not None and old_start and old_end:
            # Moving the start moves the end with it: the event keeps its length.
            new["ends_at"] = old_end + (value - old_start)
        changed = {k: v for k, v in new.items() if self.values.get(k) != v}
        if not changed:
            self._show_problems({})
            return
        candidate = {**self.values, **changed}
        problems = problems_for(self.entity, candidate)
        if spec.kind == "decimal" and isinstance(value, str):
            problems[name] = NOT_A_NUMBER
        if value is None and not records.table(self.entity).c[name].nullable:
            problems[name] = CHOOSE_ONE
        self._show_problems(problems)
        if problems:
            return
        old = {k: self.values.get(k) for k in changed}
        self.values = candidate
        label = field_text(spec.label)
        self.context.undo.push(
            UpdateRecord(
                self.context,
                self.entity,
                self.record_id,
                changed,
                old,
                _tr("Change %1").replace("%1", label),
            )
        )
        self.stored.emit(name)

    def _show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = problems.get(name)
            label.setText(validation_text(message) if message else "")
            label.setVisible(bool(message))
        # A problem on a field this form does not show still needs saying somewhere.
        unplaced = [m for n, m in problems.items() if n not in self.errors]
        if unplaced and self.errors:
            first = next(iter(self.errors.values()))
            first.setText(" ".join(validation_text(m) for m in unplaced))
            first.show()

    def _clear_errors(self) -> None:
        self._show_problems({})

"""A record editor built from field descriptions: each change is checked, then stored at once.

No Save button: a field's change is validated against the whole record (the same rules the
service applies) and, if it passes, stored as an undoable command. A problem is shown in red
under its field and nothing is stored until it is fixed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core import event_times
from brst_desktop.core.authorship import RecordChangedError
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.services import records
from brst_desktop.core.services.validation import CHOOSE_ONE, duplicate_problems, problems_for
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.field_editors import (
    FieldEditor,
    InstantEditor,
    ReferenceEditor,
    ZoneEditor,
    make_editor,
    zone_names,
)
from brst_desktop.gui.fields import FieldSpec, field_text
from brst_desktop.gui.messages import plain_text, translated
from brst_desktop.gui.references import reference_lists
from brst_desktop.gui.undo import UpdateRecord

#: Typing pauses this long before the text is stored (it is stored on leaving the field too).
TYPING_PAUSE_MS = 1200


def _msg(text: str) -> str:
    """Marks a sentence for the translation extractor (context "Validation")."""
    return text


WAITS_FOR = _msg("Not stored yet: it must agree with “%1”.")


def validation_text(message: str) -> str:
    return QCoreApplication.translate("Validation", message)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


class _UndoKeys(QObject):
    """Ctrl+Z in a field whose text is not stored drops that text (the box shows the stored
    value again); in a field that shows what is stored it undoes the last stored change, like
    Edit ▸ Undo. Either way the box and the database agree. Redo always redoes a stored change.
    """

    def __init__(self, form: RecordForm, name: str, parent: QObject) -> None:
        super().__init__(parent)
        self.form, self.name = form, name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            if not self.form.is_dirty(self.name):
                return kind == QEvent.Type.ShortcutOverride  # not taken: the window's Undo runs
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # ours: the key press comes to this filter
            else:
                self.form.revert(self.name)
            return True
        if event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            if kind == QEvent.Type.ShortcutOverride:
                self.form.revert(self.name)
                return True  # not taken: the window's Redo runs
            return True
        return False


def _widget_text(widget: QWidget) -> str:
    """What a field's widget shows, as text (the refused value is quoted as the user saw it)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    current = getattr(widget, "currentText", None)
    if callable(current):
        return str(current())
    line = widget.findChild(QLineEdit)
    return line.text() if line is not None else ""


class Conflict(QWidget):
    """Under a field whose save was refused because someone else changed the record first:
    the sentence saying who and when, the value that was not saved, and a button that saves it
    after all (the field itself shows the stored value)."""

    def __init__(self, entity: str, name: str, reapply: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName(f"{entity}.{name}.conflict")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setObjectName(f"{entity}.{name}.conflict.text")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #8a4b00;")
        plain_text(self.text)
        self.button = QPushButton(_tr("Use my value"))
        self.button.setObjectName(f"{entity}.{name}.conflict.reapply")
        self.button.clicked.connect(reapply)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def refused(self, sentence: str, mine: str) -> None:
        self.text.setText(sentence + "\n" + _tr("Your value: %1").replace("%1", mine))
        self.show()


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
        self.conflicts: dict[str, Conflict] = {}
        #: Values whose save was refused (someone else changed the record first), by field.
        self.refused_values: dict[str, Any] = {}
        #: The record's version when typing in a field began: its save is based on that one.
        self._edit_base: dict[str, int] = {}
        self._loading = False
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.commit_pending)
        self._pending_text: set[str] = set()
        #: Fields whose typed value a rule spanning two fields kept back (shown, not stored).
        self._held: set[str] = set()
        self._shown_id: uuid.UUID | None = None
        #: Set once the form's widgets are being destroyed (the window went away): a field that
        #: loses the focus then must not try to store, its sibling fields are already gone.
        self._torn_down = False
        #: What the parent's other records link (a list sets it for a link held once, such as
        #: the people taking part in an event): a second link is refused under its field.
        self.taken: Callable[[], Collection[Any]] = lambda: ()

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.editors: dict[str, FieldEditor] = {}
        for spec in fields:
            editor = make_editor(spec)
            widget = editor.widget
            # Found by tests, screen readers and automation without knowing the layout.
            widget.setObjectName(f"{entity}.{spec.name}")
            widget.setAccessibleName(field_text(spec.label))
            editor.edited.connect(lambda name=spec.name: self.commit(name))
            editor.typing.connect(lambda name=spec.name: self._typed(name))
            widget.installEventFilter(_UndoKeys(self, spec.name, widget))
            self.editors[spec.name] = editor
            widget.destroyed.connect(lambda *_: setattr(self, "_torn_down", True))
            error = QLabel()
            error.setObjectName(f"{entity}.{spec.name}.problem")
            error.setWordWrap(True)
            error.setStyleSheet("color: #b00020;")
            error.hide()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            if editor.note is not None:
                column.addWidget(editor.note)
            column.addWidget(error)
            conflict = Conflict(entity, spec.name, partial(self.reapply, spec.name))
            column.addWidget(conflict)
            self.conflicts[spec.name] = conflict
            label = QLabel(field_text(spec.label))
            label.setBuddy(widget)
            self.form.addRow(label, holder)
            self.widgets[spec.name] = widget
            self.errors[spec.name] = error
        self.setEnabled(False)
        self.hide()
        context.bus.changed.connect(self._on_changes)
        self._load_references()

    def _typed(self, name: str) -> None:
        if not self._loading:
            if name not in self._pending_text and "row_version" in self.values:
                self._edit_base[name] = self.values["row_version"]
            self._pending_text.add(name)
            self._typing.start()

    def commit_pending(self) -> None:
        """Store texts still being typed (also called before the window closes)."""
        for name in list(self._pending_text):
            self.commit(name)

    # --- values in and out ------------------------------------------------------------------------
    def widget_value(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, InstantEditor):
            editor.zone = self._zone_for(editor.spec)
        return editor.value()

    def _zone_for(self, spec: FieldSpec) -> str:
        zone = self.values.get(spec.zone_field) or ""
        if spec.zone_field in self.editors:
            zone = self.widget_value(spec.zone_field) or zone
        if not zone and spec.zone_field == "end_timezone":
            zone = self.widget_value("timezone") if "timezone" in self.editors else ""
            zone = zone or self.values.get("timezone", "")
        return zone if zone in zone_names() or zone == "UTC" else ""

    def _show_value(self, name: str, value: Any, force: bool = False) -> None:
        editor = self.editors[name]
        if isinstance(editor, InstantEditor):
            editor.zone = self._zone_for(editor.spec)
        if force or not editor.same(value):
            editor.show(value)

    def is_dirty(self, name: str) -> bool:
        """Whether the field shows something that is not stored (typed, refused or held)."""
        if name in self._pending_text or name in self._held:
            return True
        editor = self.editors[name]
        if editor.problem() is not None:
            return True
        return bool(self.values) and not editor.same(self.values.get(name))

    def revert(self, name: str) -> None:
        """Show the stored value again, dropping what was typed (Ctrl+Z in a changed field)."""
        self._pending_text.discard(name)
        self._held.discard(name)
        if self.values:
            self._loading = True
            try:
                self._show_value(name, self.values.get(name), force=True)
            finally:
                self._loading = False
        problems = self._problems_of_held()
        self._show_problems(problems)
        ready = [n for n in self._held if n not in problems]
        if ready:
            # What waited for the dropped value now agrees with the record: store it.
            self.commit(ready[0])

    def _problems_of_held(self) -> dict[str, str]:
        """What still keeps the held fields back, checked against the stored record."""
        if not self._held or not self.values:
            return {}
        typed = {
            name: self.widget_value(name)
            for name in self._held
            if self.editors[name].problem() is None
        }
        problems = {
            name: problem
            for name, problem in self._rule_problems({**self.values, **typed}).items()
            if name in self._held or name in typed
        }
        found = {**self._held_problems(problems), **problems}
        for name in self._held:
            # Held with another held field that cannot be read yet (its own sentence says why).
            others = [n for n in self._held if n != name and n in found]
            if name not in found and others:
                label = field_text(self.editors[others[0]].spec.label)
                found[name] = validation_text(WAITS_FOR).replace("%1", label)
        return found

    # --- loading --------------------------------------------------------------------------------
    def set_record(self, record_id: uuid.UUID | None) -> None:
        self.commit_pending()
        self.record_id = record_id
        self._clear_errors()
        self._clear_conflicts()
        if record_id is None:
            self.values = {}
            self._shown_id = None
            self._held.clear()
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
            other_record = record_id != self._shown_id
            if other_record:
                self._pending_text.clear()
                self._held.clear()
                self._shown_id = record_id
            self._loading = True
            try:
                # Zones first: the instants are shown in them.
                zones_first = sorted(
                    self.editors, key=lambda n: not isinstance(self.editors[n], ZoneEditor)
                )
                for name in zones_first:
                    if name not in self._pending_text and name not in self._held:
                        self._show_value(name, values.get(name), force=other_record)
            finally:
                self._loading = False
            self.setEnabled(True)
            self.show()

        self.context.tasks.read(lambda: records.read(db, entity, record_id), show)

    def _load_references(self) -> None:
        lists = reference_lists(self.context)
        for name, editor in self.editors.items():
            if isinstance(editor, ReferenceEditor):
                model = lists.model(editor.spec.reference)
                editor.set_model(model)
                # A reload of the list resets the combo box: show the record's value again.
                model.modelReset.connect(lambda name=name: self._reshow(name))

    def _reshow(self, name: str) -> None:
        if self.values and name not in self._held and name not in self._pending_text:
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
        """Check the field's new value with the record and store it if it passes.

        Text that is not a value (a date written wrongly) stays as typed with a sentence under
        it. A value refused by a rule spanning two fields (the last day before the first) is
        held: it stays visible and is stored together with the other field once they agree.
        """
        if self._loading or self._torn_down or self.record_id is None or not self.values:
            return
        self._pending_text.discard(name)
        base = self._edit_base.pop(name, None)
        editor = self.editors[name]
        own_problem = editor.problem()
        if own_problem is not None:
            self._held.add(name)
            self._show_problems({**self._problems_of_held(), name: own_problem})
            return
        try:
            value = self.widget_value(name)
        except (ValueError, TypeError):
            return
        new: dict[str, Any] = {name: value}
        for held in sorted(self._held - {name}):
            if self.editors[held].problem() is None:
                new[held] = self.widget_value(held)
        if self.entity == "event":
            # A new zone keeps the times as written on the programme (the wall clock); a new
            # start moves the end with it. The rules are the core's, so undo records them too.
            new = event_times.follow_rules(self.values, new)
        changed = {k: v for k, v in new.items() if self.values.get(k) != v}
        settled = {k for k in new if self.editors[k].problem() is None}
        if not changed:
            self._held -= settled
            self._show_problems(self._problems_of_held())
            self._reshow(name)  # "yin" typed for the stored Yin Hejun shows the full name
            return
        candidate = {**self.values, **changed}
        problems = self._rule_problems(candidate)
        for field, field_value in changed.items():
            if field_value is None and not records.table(self.entity).c[field].nullable:
                problems[field] = CHOOSE_ONE
        if problems:
            # Keep what the user typed on screen; say under it why it is not stored yet.
            self._held |= {k for k in changed if k in self.editors}
            self._show_problems({**self._held_problems(problems), **problems})
            return
        self._held -= settled
        old = {k: self.values.get(k) for k in changed}
        version = self.values.get("row_version")
        if base is not None and version is not None:
            version = min(version, base)  # the version the user saw when typing began
        sent = {k: _widget_text(self.widgets[k]) for k in changed if k in self.widgets}
        for field in changed:
            self.refused_values.pop(field, None)
            if field in self.conflicts:
                self.conflicts[field].hide()
        self.values = candidate
        if version is not None:
            # Our own write comes first in the serial write queue: what is typed next is based
            # on the version it makes.
            self.values["row_version"] = version + 1
            self._edit_base = {
                n: version + 1 if v == version else v for n, v in self._edit_base.items()
            }
        label = field_text(editor.spec.label)
        self.context.undo.push(
            UpdateRecord(
                self.context,
                self.entity,
                self.record_id,
                changed,
                old,
                _tr("Change %1").replace("%1", label),
                version=version,
                refused=lambda error: self._refused(error, changed, sent),
            )
        )
        self._show_problems(self._problems_of_held())
        for field in changed:
            if field in self.editors:
                self._reshow(field)  # a held, moved or abbreviated value shows as stored
        self.stored.emit(name)

    def _refused(
        self, error: RecordChangedError, changed: dict[str, Any], sent: dict[str, str]
    ) -> None:
        """Someone else changed the record first: the fields show what is stored (the form
        reloads), and under each the sentence and the value that was not saved."""
        sentence = translated(error)
        for field, value in changed.items():
            if field in self.conflicts:
                self.refused_values[field] = value
                self.conflicts[field].refused(sentence, sent.get(field, str(value)))

    def reapply(self, name: str) -> None:
        """Save the refused value after all, over the value now stored (a new, undoable
        change based on the version the form shows now)."""
        if name not in self.refused_values:
            return
        value = self.refused_values.pop(name)
        self.conflicts[name].hide()
        self._loading = True
        try:
            self._show_value(name, value, force=True)
        finally:
            self._loading = False
        self.commit(name)

    def _clear_conflicts(self) -> None:
        self.refused_values.clear()
        self._edit_base.clear()
        for conflict in self.conflicts.values():
            conflict.hide()

    def _rule_problems(self, values: dict[str, Any]) -> dict[str, str]:
        """The core's rules for the record as it would become, checked before anything is
        written (the service checks them again)."""
        return {
            **problems_for(self.entity, values),
            **duplicate_problems(self.entity, values, self.taken()),
        }

    def _held_problems(self, problems: dict[str, str] | None = None) -> dict[str, str]:
        """A sentence under each held field: its own problem, or which field it waits for."""
        found: dict[str, str] = {}
        blocking = [n for n in (problems or {}) if n in self.editors]
        for name in self._held:
            own = self.editors[name].problem()
            if own is not None:
                found[name] = own
                continue
            others = [n for n in blocking if n != name]
            if others:
                label = field_text(self.editors[others[0]].spec.label)
                found[name] = validation_text(WAITS_FOR).replace("%1", label)
        return found

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

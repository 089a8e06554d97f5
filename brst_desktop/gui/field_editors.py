"""One small editor per kind of field: how it shows a stored value, reads back what the user
made of it, and says when the user has finished an edit.

A :class:`~brst_desktop.gui.forms.RecordForm` holds one editor per field and never asks what
kind it is: it shows values with :meth:`FieldEditor.show`, reads them with
:meth:`FieldEditor.value` and stores on :attr:`FieldEditor.edited` (a finished edit) or after a
pause following :attr:`FieldEditor.typing` (text still being typed).
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from brst_desktop.core.services.validation import NOT_A_NUMBER, is_zone
from brst_desktop.gui.date_entry import DateTimeEntry, date_entry, date_time_entry
from brst_desktop.gui.fields import FieldSpec, field_text
from brst_desktop.gui.references import ReferenceModel
from brst_desktop.gui.zone_labels import search_text, sorted_by_label, zone_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


def _msg(text: str) -> str:
    """Marks a sentence for the translation extractor (context "Validation")."""
    return text


NO_SUCH_NAME = _msg("Nothing in the list has that name: choose one from the list.")
MORE_THAN_ONE = _msg("Several in the list match: choose one from the list.")
NO_SUCH_ZONE = _msg("No time zone has that name: choose a city from the list.")


@cache
def zone_names() -> list[str]:
    return sorted(
        z
        for z in zoneinfo.available_timezones()
        if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
    )


class FieldEditor(QObject):
    """The input widget of one field (``widget``) and the rules for its values."""

    #: The user finished an edit (Enter, left the field, picked a choice): store it now.
    edited = Signal()
    #: Text is still being typed: store it after a pause.
    typing = Signal()

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        super().__init__(widget)
        self.spec = spec
        self.widget = widget
        #: A line shown under the widget (the zone identifier), if the kind has one.
        self.note: QLabel | None = None

    def value(self) -> Any:
        """What the widget holds now, as the value to store."""
        raise NotImplementedError

    def show(self, value: Any) -> None:
        """Show a stored value."""
        raise NotImplementedError

    def problem(self) -> str | None:
        """A sentence (untranslated) when the widget holds something that is not a value."""
        return None

    def same(self, value: Any) -> bool:
        """Whether the widget already shows ``value`` (then showing it again is skipped)."""
        try:
            return bool(self.value() == value)
        except (ValueError, TypeError):
            return False


class _FocusOut(QObject):
    """Calls back when the watched widget loses the keyboard focus."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason  # a completion list opened
        ):
            self._callback()
        return False


class TextEditor(FieldEditor):
    """One line of text, stored after a typing pause or on Enter / leaving the field."""

    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QLineEdit()
        super().__init__(spec, self.edit)
        self.edit.editingFinished.connect(self.edited)
        self.edit.textEdited.connect(lambda _t: self.typing.emit())

    def value(self) -> Any:
        return self.edit.text()

    def show(self, value: Any) -> None:
        self.edit.setText(value or "")
        self.edit.setCursorPosition(0)  # show the start of a long text

    def same(self, value: Any) -> bool:
        return self.edit.text() == (value or "")


class DecimalEditor(TextEditor):
    """An amount typed as text (1,500.00); anything else is refused with a sentence."""

    def value(self) -> Any:
        text = self.edit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            return text  # not stored: problem() says why

    def problem(self) -> str | None:
        return NOT_A_NUMBER if isinstance(self.value(), str) else None

    def show(self, value: Any) -> None:
        self.edit.setText("" if value is None else f"{value:,.2f}")
        self.edit.setCursorPosition(0)

    def same(self, value: Any) -> bool:
        return FieldEditor.same(self, value)


class MultilineEditor(FieldEditor):
    """Paragraphs; Tab moves on; stored after a typing pause or on leaving the field."""

    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QPlainTextEdit()
        super().__init__(spec, self.edit)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(72)
        self.edit.setMaximumHeight(140)
        # Not "expanding" downwards: a form with room to spare would stretch this row beyond
        # the box's largest height, leaving its label far above it and gaps between rows.
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.edit.textChanged.connect(self.typing)
        self.edit.installEventFilter(_FocusOut(self.edited.emit, self.edit))

    def value(self) -> Any:
        return self.edit.toPlainText()

    def show(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


class _MomentEditor(FieldEditor):
    """A date box: the text typed is read on Enter or on leaving the box; text that is not a
    date stays as typed and :meth:`problem` says how to write it."""

    def __init__(self, spec: FieldSpec, entry: DateTimeEntry) -> None:
        self.entry = entry
        super().__init__(spec, entry)
        self.entry.editingFinished.connect(self.edited)  # after the box has read its text
        self.entry.picked.connect(self.edited)  # a day chosen in the calendar
        self.entry.textEdited.connect(lambda _t: self.typing.emit())

    def problem(self) -> str | None:
        return self.entry.problem()

    def same(self, value: Any) -> bool:
        return not self.entry.pending() and FieldEditor.same(self, value)

    def pending(self) -> bool:
        return self.entry.pending()


class DateEditor(_MomentEditor):
    """A day (Buddhist Era in the Thai window); an empty box is "no date"."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec, date_entry())
        self.entry.setPlaceholderText(_tr("(no date)"))

    def value(self) -> Any:
        moment = self.entry.value()
        if moment is None:
            return None
        day = moment.date()
        return date(day.year(), day.month(), day.day())

    def show(self, value: Any) -> None:
        self.entry.set_value(QDateTime(QDate(value), QTime(0, 0)) if value else None)


class InstantEditor(_MomentEditor):
    """A moment, typed and shown as the wall-clock time of ``zone`` (set by the form)."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec, date_time_entry())
        self.zone = ""
        if spec.optional:
            self.entry.setPlaceholderText(_tr("(no time)"))

    def value(self) -> Any:
        moment = self.entry.value()
        if moment is None or not self.zone:
            return None
        day, clock = moment.date(), moment.time()
        return datetime(
            day.year(),
            day.month(),
            day.day(),
            clock.hour(),
            clock.minute(),
            tzinfo=ZoneInfo(self.zone),
        )

    def show(self, value: Any) -> None:
        if value is None:
            self.entry.set_value(None)
            return
        local = value.astimezone(ZoneInfo(self.zone or "UTC"))
        self.entry.set_value(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )


class _Combo(FieldEditor):
    def __init__(self, spec: FieldSpec, editable: bool) -> None:
        self.combo = QComboBox()
        super().__init__(spec, self.combo)
        # Long names (ministries, zones) must not widen the whole editor.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self.combo.setEditable(editable)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text adds no item
        self.combo.activated.connect(lambda _i: self.edited.emit())
        if editable:
            # Leaving a box with a name typed in it (Tab, a click elsewhere) stores it too. The
            # box gets no focus-out event while its completion list is open, so the
            # application's focus changes are watched instead.
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        # A focused box being destroyed moves the focus from inside its own destructor, when
        # the box is already gone and this editor (its child) not yet.
        if not shiboken6.isValid(self.combo):
            return

        def inside(widget: QWidget | None) -> bool:
            return widget is not None and (widget is self.combo or self.combo.isAncestorOf(widget))

        completer = self.combo.completer()
        popup = completer.popup() if completer is not None else None
        if not inside(old) or inside(new) or (new is not None and new is popup):
            return
        if popup is not None:
            popup.hide()
        self.edited.emit()

    def _line(self) -> QLineEdit:
        line = self.combo.lineEdit()
        assert line is not None  # editable boxes only
        return line

    def _find_anywhere(self) -> None:
        completer = self.combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class ZoneEditor(_Combo):
    """A time zone, shown as its city and country in the window's language with its UTC offset;
    found by any part of either language's names or of its identifier, which is what is stored
    and is shown under the box."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec, editable=True)
        self.combo.addItem("", "")
        for zone in sorted_by_label(zone_names()):
            self.combo.addItem(zone_label(zone), zone)
        self._search = [
            search_text(str(self.combo.itemData(row))) for row in range(self.combo.count())
        ]
        self._find_anywhere()
        self._line().editingFinished.connect(self.edited)
        self.identifier = QLabel()
        self.identifier.setObjectName(f"{spec.name}.identifier")
        self.identifier.setEnabled(False)  # the muted colour of secondary text
        self.note = self.identifier
        self.combo.currentIndexChanged.connect(lambda _i: self._describe())

    def _describe(self) -> None:
        zone = self.zone_id()
        self.identifier.setText(zone)
        self.combo.setToolTip(zone)

    def _rows(self) -> list[int]:
        text = self.combo.currentText().strip()
        if not text:
            return []
        current = self.combo.currentIndex()
        if current > 0 and self.combo.itemText(current) == text:
            return [current]
        wanted = text.casefold()
        rows = range(1, self.combo.count())
        exact = [
            r
            for r in rows
            if wanted in (self.combo.itemText(r).casefold(), str(self.combo.itemData(r)).casefold())
        ]
        if exact:
            return exact
        names = [r for r in rows if wanted in self._search[r].split("\n")]
        return names or [r for r in rows if wanted in self._search[r]]

    def zone_id(self) -> str:
        """The identifier the box stands for ("" for none or for text that names no zone)."""
        rows = self._rows()
        if len(rows) == 1:
            return str(self.combo.itemData(rows[0]))
        typed = self.combo.currentText().strip()
        return typed if not rows and is_zone(typed) else ""  # UTC: a zone not in the list

    def value(self) -> Any:
        return self.zone_id()

    def problem(self) -> str | None:
        if not self.combo.currentText().strip():
            return None
        rows = self._rows()
        if not rows and not is_zone(self.combo.currentText().strip()):
            return NO_SUCH_ZONE
        return MORE_THAN_ONE if len(rows) > 1 else None

    def show(self, value: Any) -> None:
        row = self.combo.findData(value or "")
        if row >= 0:
            self.combo.setCurrentIndex(row)
        else:  # a zone this list does not offer (UTC): shown as stored
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(value or "")
        self._line().setCursorPosition(0)
        self._describe()

    def same(self, value: Any) -> bool:
        row = self.combo.findData(value or "")
        return (
            row >= 0
            and self.combo.currentIndex() == row
            and self.combo.currentText() == self.combo.itemText(row)
        )


class ChoiceEditor(_Combo):
    """One of a fixed list of values, shown by their translated labels."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec, editable=False)
        for value, label in spec.choices:
            self.combo.addItem(field_text(label), value)

    def value(self) -> Any:
        return self.combo.currentData()

    def show(self, value: Any) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value) if value is not None else -1)


class ReferenceEditor(_Combo):
    """Another record (a person, an organisation...), from a shared list of names."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec, editable=True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._find_anywhere()
        self._line().editingFinished.connect(self.edited)  # a name typed, then Enter or Tab
        self.model: ReferenceModel | None = None

    def set_model(self, model: ReferenceModel) -> None:
        self.model = model
        self.combo.setModel(model)

    def _rows(self) -> list[int]:
        """Rows the typed name stands for: the current one when its name is the text."""
        text = self.combo.currentText()
        if self.model is None or not text.strip():
            return []
        current = self.combo.currentIndex()
        if current > 0 and self.combo.itemText(current).strip() == text.strip():
            return [current]
        return self.model.rows_named(text)

    def value(self) -> Any:
        # What the box shows decides, never a row left selected behind typed text.
        rows = self._rows()
        if len(rows) != 1 or self.model is None:
            return None
        return self.model.id_at(rows[0])

    def problem(self) -> str | None:
        if not self.combo.currentText().strip():
            return None
        rows = self._rows()
        if not rows:
            return NO_SUCH_NAME
        return MORE_THAN_ONE if len(rows) > 1 else None

    def show(self, value: Any) -> None:
        row = self.model.row_of(value) if self.model is not None else -1
        self.combo.setCurrentIndex(row)
        if row <= 0:
            self.combo.setEditText("")
        self._line().setCursorPosition(0)  # show the start of a long name

    def same(self, value: Any) -> bool:
        row = self.model.row_of(value) if self.model is not None else -1
        if row <= 0:
            return not self.combo.currentText()
        return self.combo.currentIndex() == row and self.combo.currentText() == self.combo.itemText(
            row
        )


class BoolEditor(FieldEditor):
    """Yes or no, stored when ticked or unticked."""

    def __init__(self, spec: FieldSpec) -> None:
        self.box = QCheckBox()
        super().__init__(spec, self.box)
        self.box.toggled.connect(lambda _on: self.edited.emit())

    def value(self) -> Any:
        return self.box.isChecked()

    def show(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class NumberEditor(FieldEditor):
    """A whole number 0-9999; for an optional one, 0 shows as "(none)" and means no value."""

    def __init__(self, spec: FieldSpec, optional: bool = False) -> None:
        self.spin = QSpinBox()
        super().__init__(spec, self.spin)
        self.optional = optional
        self.spin.setRange(0, 9999)
        if optional:
            self.spin.setSpecialValueText(_tr("(none)"))
        self.spin.editingFinished.connect(self.edited)

    def value(self) -> Any:
        return (self.spin.value() or None) if self.optional else self.spin.value()

    def show(self, value: Any) -> None:
        self.spin.setValue(int(value or 0))


def _optional_number(spec: FieldSpec) -> FieldEditor:
    return NumberEditor(spec, optional=True)


#: The editor class of each kind of field (FieldSpec.kind).
EDITORS: dict[str, Callable[[FieldSpec], FieldEditor]] = {
    "text": TextEditor,
    "decimal": DecimalEditor,
    "multiline": MultilineEditor,
    "date": DateEditor,
    "instant": InstantEditor,
    "zone": ZoneEditor,
    "choice": ChoiceEditor,
    "reference": ReferenceEditor,
    "bool": BoolEditor,
    "int": NumberEditor,
    "optional_int": _optional_number,
}


def make_editor(spec: FieldSpec) -> FieldEditor:
    try:
        make = EDITORS[spec.kind]
    except KeyError:
        raise ValueError(f"no editor for fields of kind {spec.kind!r} ({spec.name})") from None
    return make(spec)

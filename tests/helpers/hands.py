"""A person's hands on the window: clicks and keys on real widgets, Thai and Chinese typed through
an input method, and a check that what each editor shows is what the database holds.

The expected screen text is written out here from the stored value, independently of the
editors' own formatting code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from brst_desktop.core.services import records
from brst_desktop.gui.forms import RecordForm
from brst_desktop.gui.language import current_language, pick


def click(widget: QWidget, at: QPoint | None = None) -> None:
    target = _typing_target(widget)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=at or target.rect().center())


def select_all(widget: QWidget) -> None:
    QTest.keyClick(_focused(widget), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def type_keys(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (Latin letters, digits and punctuation)."""
    QTest.keyClicks(_focused(widget), text)


def commit_string(widget: QWidget, text: str) -> None:
    """Text committed by an input method (how Thai and Chinese arrive from a real keyboard)."""
    target = _focused(widget)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(target, event)


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(widget), key, modifiers)


def enter(widget: QWidget) -> None:
    press(widget, Qt.Key.Key_Return)


def tab(widget: QWidget) -> None:
    press(widget, Qt.Key.Key_Tab)


def undo_key(widget: QWidget) -> None:
    press(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def retype(widget: QWidget, text: str, *, finish: str = "enter") -> None:
    """Click the field, select all with Ctrl+A, type ``text`` (Thai/Chinese through the input
    method), then Enter or Tab."""
    click(widget)
    select_all(widget)
    if text.isascii():
        type_keys(widget, text)
    else:
        commit_string(widget, text)
    (enter if finish == "enter" else tab)(widget)


def _typing_target(widget: QWidget) -> QWidget:
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        return widget.lineEdit()  # type: ignore[return-value]
    if isinstance(widget, QPlainTextEdit):
        return widget.viewport()
    return widget


def _focused(widget: QWidget) -> QWidget:
    """The widget a key press goes to, as the keyboard sends it: the focus widget."""
    focus = QApplication.focusWidget()
    if focus is None or not (focus is widget or widget.isAncestorOf(focus)):
        widget.activateWindow()
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        QApplication.processEvents()
    return QApplication.focusWidget() or widget


# --- what the screen should show for a stored value ---------------------------------------------
def date_text(value: date | None) -> str:
    if value is None:
        return ""
    if current_language() == "th":
        return f"{value.day:02d}/{value.month:02d}/{value.year + 543}"
    return value.isoformat()


def moment_text(value: datetime | None, zone: str) -> str:
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(zone))
    if current_language() == "th":  # as the Thai book writes a time
        return f"{date_text(local.date())} {local:%H.%M}\u00a0น."
    return f"{date_text(local.date())} {local:%H:%M}"


def shown_text(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(widget)


def disagreements(form: RecordForm, names: list[str] | None = None) -> list[tuple[str, Any, Any]]:
    """(field, shown, expected from the database) for every field whose screen text differs."""
    stored = records.read(form.context.db, form.entity, form.record_id)
    assert stored is not None
    found = []
    for name in names or list(form.editors):
        editor = form.editors[name]
        value, kind = stored.get(name), editor.spec.kind
        if kind == "date":
            expected = date_text(value)
        elif kind == "instant":
            zone = stored.get(editor.spec.zone_field) or stored.get("timezone") or "UTC"
            expected = moment_text(value, zone)
        elif kind == "reference":
            names_of = {
                i: pick(th, en)
                for i, th, en in records.labels(form.context.db, editor.spec.reference)
            }
            expected = names_of.get(value, "") if value else ""
        elif kind in ("text", "multiline", "zone"):
            expected = value or ""
        else:
            continue
        shown = shown_text(editor.widget)
        if kind == "zone" and hasattr(editor, "zone_id"):
            shown = editor.zone_id()  # the identifier under the city name shown
        if shown != expected:
            found.append((name, shown, expected))
    return found

"""An editable box that is destroyed while it has the focus leaves no error behind."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from brst_desktop.gui.field_editors import make_editor
from brst_desktop.gui.fields import FieldSpec


def test_destroying_a_focused_zone_box_moves_the_focus_without_an_error(qtbot) -> None:
    # Destroying a focused widget moves the focus from inside its destructor; the box's watch
    # of the application's focus changes then ran on a box already gone (seen under load in a
    # GUI test: "Internal C++ object (QComboBox) already deleted"). pytest-qt fails the test on
    # any exception raised in a Qt slot.
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    other = QLineEdit()
    layout.addWidget(other)
    editor = make_editor(FieldSpec("timezone", "Time zone", kind="zone"))
    layout.addWidget(editor.widget)
    form.show()
    qtbot.waitExposed(form)
    editor.widget.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is not None
    assert editor.widget.isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is editor.widget
    )
    shiboken6.delete(editor.widget)  # as its form does when a record's editor is rebuilt
    QApplication.processEvents()
    assert other.isVisible()  # the form lives on

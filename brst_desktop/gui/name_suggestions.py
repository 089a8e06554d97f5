"""Suggestions under a person's names: typing a Chinese name in characters offers its pinyin, its
English form and its Thai transcription, each with a button that puts it in its field.

Nothing is filled in by itself: a suggestion goes into a field only when the user presses its
button, and is then stored (and undone) like anything typed there. A suggestion already in its
field says so instead of offering itself again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from brst_desktop.core.names import NameSuggestions, suggest_names
from brst_desktop.gui.forms import RecordForm

#: suggestion attribute -> the person's field it is meant for
TARGETS = (("pinyin", "name_native_latin"), ("english", "name_en"), ("thai", "name_th"))
TYPING_PAUSE_MS = 150


class NameSuggestionBox(QGroupBox):
    """Shown under the person form while the own-script name is a Chinese name."""

    def __init__(self, form: RecordForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("name-suggestions")
        self.setTitle(self.tr("Suggested from the Chinese name"))
        self.form = form
        self.current: NameSuggestions | None = None
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        headings = {
            "pinyin": self.tr("Pinyin"),
            "english": self.tr("English name"),
            "thai": self.tr("Thai name"),
        }
        for row, (key, field) in enumerate(TARGETS):
            grid.addWidget(QLabel(headings[key]), row, 0)
            text = QLabel()
            text.setObjectName(f"suggestion.{key}")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(text, row, 1)
            button = QPushButton()
            button.setObjectName(f"suggestion.{key}.use")
            button.clicked.connect(lambda _=False, key=key, field=field: self.use(key, field))
            grid.addWidget(button, row, 2)
            self.texts[key] = text
            self.buttons[key] = button
        self.guide = QLabel()
        self.guide.setObjectName("suggestion.pronunciation")
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(QLabel(self.tr("Thai pronunciation guide")), len(TARGETS), 0)
        grid.addWidget(self.guide, len(TARGETS), 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        for name in ("name_native", *(field for _, field in TARGETS)):
            widget = form.widgets.get(name)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._timer.start)
        form.stored.connect(lambda _name: self._timer.start())
        self.hide()

    def refresh(self) -> None:
        """Suggest for the name now shown in the own-script field (typed or stored)."""
        native = self.form.widgets.get("name_native")
        text = native.text() if isinstance(native, QLineEdit) else ""
        self.current = suggest_names(text) if self.form.record_id is not None else None
        if self.current is None:
            self.hide()
            return
        for key, field in TARGETS:
            value = getattr(self.current, key)
            self.texts[key].setText(value)
            in_use = self._shown(field) == value
            button = self.buttons[key]
            button.setText(self.tr("In use") if in_use else self.tr("Use"))
            button.setEnabled(not in_use)
            button.setToolTip(
                "" if in_use else self.tr("Put this in the field; you can still edit it there")
            )
        self.guide.setText(self.current.pronunciation_th)
        self.show()

    def _shown(self, field: str) -> str:
        widget = self.form.widgets.get(field)
        return widget.text() if isinstance(widget, QLineEdit) else ""

    def use(self, key: str, field: str) -> None:
        """Put one suggestion in its field and store it as if typed (undo takes it back)."""
        if self.current is None:
            return
        widget = self.form.widgets.get(field)
        if not isinstance(widget, QLineEdit):
            return
        widget.setText(getattr(self.current, key))
        self.form.commit(field)
        self.refresh()

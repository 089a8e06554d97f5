"""Telling the user what went wrong, in one sentence, in their language."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from brst_desktop.core.words import Words
from brst_desktop.errors import Phrase, UserError, fill
from brst_desktop.gui.language import pick

#: The context of the core's refusals in resources/translations/errors_th.ts.
ERROR_CONTEXT = "UserError"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def translated(message: object) -> str:
    """A refusal (or a fragment of one) in the GUI's language: the English template translated
    by Qt, then filled with its fields, each field translated in turn when it is a fragment
    (words the core keeps in both languages, such as a kind of record, are picked)."""
    if isinstance(message, Words):
        return pick(message.th, message.en)
    if not isinstance(message, UserError | Phrase) or not message.template:
        return str(message)  # a plain value, or an error that words itself (PrinterError)
    fields = {name: translated(value) for name, value in message.fields.items()}
    text = QCoreApplication.translate(ERROR_CONTEXT, message.template)
    try:
        return fill(text, fields)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or garbled a placeholder must not hide the refusal.
        return fill(message.template, fields)


def error_sentence(error: BaseException) -> str:
    """The sentence to show: a UserError's own, otherwise an apology that names the error."""
    if isinstance(error, UserError):
        return translated(error)
    return _tr(
        "Something went wrong that BRST Desktop did not expect (%1). Your data was not"
        " changed by the failed step."
    ).replace("%1", type(error).__name__)


def plain_text(widget: QMessageBox | QLabel) -> None:
    """Show text as written: a file name such as ``<img src=...>.brst`` must not turn the
    sentence holding it into rich text (Qt guesses rich text from the first tag it sees)."""
    widget.setTextFormat(Qt.TextFormat.PlainText)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("BRST Desktop"))
    plain_text(box)
    box.setText(error_sentence(error))
    if not isinstance(error, UserError):
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()

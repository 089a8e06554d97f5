"""Telling the user what went wrong, in one sentence, in their language."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from brst_desktop.errors import UserError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def error_sentence(error: BaseException) -> str:
    """The sentence to show: a UserError's own, otherwise an apology that names the error."""
    if isinstance(error, UserError):
        return str(error)
    return _tr(
        "Something went wrong that BRST Desktop did not expect (%1). Your data was not"
        " changed by the failed step."
    ).replace("%1", type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("BRST Desktop"))
    box.setText(error_sentence(error))
    if not isinstance(error, UserError):
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()

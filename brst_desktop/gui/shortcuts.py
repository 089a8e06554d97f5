"""Help ▸ Keyboard shortcuts: every shortcut the window answers to, in the GUI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_table() -> list[tuple[str, str]]:
    return [
        ("Ctrl+N", _tr("New trip")),
        ("Ctrl+I", _tr("Import a trip from a file")),
        ("Ctrl+Shift+E", _tr("Export the trip to a file")),
        ("Ctrl+F", _tr("Search names and texts")),
        ("Ctrl+Z", _tr("Undo")),
        ("Ctrl+Shift+Z, Ctrl+Y", _tr("Redo")),
        ("Ctrl+1 … Ctrl+6", _tr("Go to Trips, People, Organisations, Topics, Agreements, Books")),
        ("Delete", _tr("Delete the chosen record of the list you are in (undo brings it back)")),
        ("Alt+Up, Alt+Down", _tr("Move the chosen section, counterpart or topic of a book")),
        ("Ctrl+Z", _tr("In a field with unsaved typing: drop the typing")),
        ("Ctrl+E", _tr("Export the book as PDF")),
        ("Ctrl+P", _tr("Print the book")),
        ("Ctrl++, Ctrl+=", _tr("Book preview: zoom in")),
        ("Ctrl+-", _tr("Book preview: zoom out")),
        ("Ctrl+0", _tr("Book preview: fit the page width")),
        ("Ctrl+9", _tr("Book preview: show the whole page")),
        (
            "Page Up, Page Down",
            _tr("Book preview: previous page, next page (click the pages first)"),
        ),
        (
            "Up, Down",
            _tr("In a date box: change the day, month, year, hour or minute"),
        ),
        ("Alt+Down, F4", _tr("In a date box: open the calendar")),
        ("F1", _tr("This list of shortcuts")),
        ("Ctrl+Q", _tr("Quit (everything is already saved)")),
    ]


def show_shortcuts(parent: QWidget) -> None:
    rows = "".join(
        f"<tr><td style='padding-right:16px'><b>{keys}</b></td><td>{what}</td></tr>"
        for keys, what in shortcut_table()
    )
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Keyboard shortcuts"))
    box.setText(f"<table>{rows}</table>")
    box.exec()

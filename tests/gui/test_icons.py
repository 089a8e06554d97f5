"""Issue 12, icons on actions: every menu command and every list button carries an icon from the
set shipped inside the program (Lucide, ISC licence beside the files), and the set holds no
file the program does not use."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import QPushButton

from brst_desktop.gui.checklist import Checklist
from brst_desktop.gui.icons import icon
from brst_desktop.gui.record_list import RecordList
from brst_desktop.resources import resource_path
from tests.helpers.gui import open_window

ICONS = Path(resource_path("icons", "actions"))


def _paints(shown: QIcon) -> bool:
    """The icon draws something at menu size (a broken SVG gives an empty picture)."""
    picture = shown.pixmap(16, 16).toImage()
    return any(QColor(picture.pixel(x, y)).alpha() > 0 for x in range(16) for y in range(16))


def test_every_menu_command_and_list_button_has_an_icon(qtbot, demo_db, english) -> None:
    window = open_window(qtbot, demo_db)
    for name in window.pages.names:
        window.pages.show(name)
    missing = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu.title().replace("&", "") == "Go":
            continue  # the pages, named like the navigation list beside them
        for action in menu.actions():
            if action.isSeparator() or action.isCheckable():
                continue  # the language choices show a tick, not an icon
            if action.icon().isNull() or not _paints(action.icon()):
                missing.append(action.text())
    buttons: list[QPushButton] = []
    for listing in window.findChildren(RecordList):
        buttons += [listing.new_button, listing.delete_button]
    for checklist in window.findChildren(Checklist):
        buttons += [checklist.up, checklist.down]
    editor = window.trips_page.itinerary_editor
    buttons += [editor.add_button, editor.delete_button]
    assert len(buttons) > 20
    missing += [b.text() for b in buttons if b.icon().isNull() or not _paints(b.icon())]
    preview = window.pages.show("books").preview
    missing += [a.text() for a in preview.findChildren(QAction) if a.text() and a.icon().isNull()]
    assert missing == []


def test_the_shipped_icons_are_all_used_and_carry_their_licence() -> None:
    shipped = {p.stem for p in ICONS.glob("*.svg")}
    assert len(shipped) > 20
    licence = (ICONS / "LICENSE-lucide.txt").read_text(encoding="utf-8")
    assert "ISC" in licence and "Permission to use, copy, modify" in licence
    named: set[str] = set()
    package = Path(__file__).parents[2] / "brst_desktop" / "gui"
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                named.add(node.value)
    assert shipped - named == set(), "shipped but never used"
    assert all(not icon(name).isNull() for name in shipped)
    assert icon("no-such-icon").isNull()

"""Icons on actions and buttons, from the icon set shipped in ``resources/icons/actions``
(Lucide, ISC licence: see the licence file beside the icons)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from brst_desktop.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (a file name without ``.svg``); a null icon for an unknown name."""
    path = resource_path("icons", "actions", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()

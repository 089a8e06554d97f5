"""Helpers of the window tests."""

from __future__ import annotations

from brst_desktop.core.db import Database
from brst_desktop.gui.context import AppContext


def make_context(db: Database) -> AppContext:
    """Jobs run at once in the test's thread, so a click's effect is visible on the next line."""
    return AppContext.create(db, synchronous=True)

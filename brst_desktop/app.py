"""Composition root shared by the GUI and every sub-command: which database to open, and how."""

from __future__ import annotations

import argparse
from pathlib import Path

from brst_desktop.core.db import Database, open_database


def open_from_args(args: argparse.Namespace) -> Database:
    """The database named by ``--db``, a fresh demo copy for ``--demo``, else the user's own."""
    if getattr(args, "demo", False):
        from brst_desktop.core.demo import open_demo_database

        return open_demo_database()
    db_path = getattr(args, "db", None)
    return open_database(Path(db_path) if db_path else None)

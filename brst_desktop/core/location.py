"""Where a database lives: the user's own file when none is named, or an office server."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "BRST Desktop"
DB_FILE_NAME = "brst-desktop.sqlite"


def default_db_path() -> Path:
    """The database in the user's data folder (created on first use)."""
    # platformdirs is imported here, not at the top: start-up with --db never needs it.
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILE_NAME


#: How a ``--db`` that names the office's PostgreSQL server begins (libpq's own URI schemes).
SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_address(where: str | Path) -> bool:
    """Does ``where`` name a database on a PostgreSQL server rather than a file?"""
    return isinstance(where, str) and where.lower().startswith(SERVER_SCHEMES)

"""Where the user's own database lives when no file is named."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "BRST Desktop"
DB_FILE_NAME = "brst-desktop.sqlite"


def default_db_path() -> Path:
    """The database in the user's data folder (created on first use)."""
    # platformdirs is imported here, not at the top: start-up with --db never needs it.
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILE_NAME

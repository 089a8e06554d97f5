"""Fixtures of the data-safety tests (their helpers are in tests/helpers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brst_desktop.core.db import Database
from brst_desktop.core.demo import open_demo_database


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A closed demo database file (no instance lock held by the test)."""
    folder = tmp_path / "demo"
    folder.mkdir()
    database: Database = open_demo_database(folder)
    path = database.path
    database.close()
    assert path is not None
    return path

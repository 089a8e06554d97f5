"""Shared fixtures. Qt runs offscreen in every test; each test gets its own database file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import open_demo_database

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A new database with the current schema and no records."""
    database = open_database(tmp_path / "empty.sqlite")
    yield database
    database.close()


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the Chongqing 2023 demo trip."""
    database = open_demo_database(tmp_path)
    yield database
    database.close()

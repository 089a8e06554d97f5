"""Fixtures of the book export tests (PDF readers are in tests/helpers/pdf.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from brst_desktop.core.db import Database
from brst_desktop.core.demo import open_demo_database


@pytest.fixture(scope="module")
def module_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo database for a module's read-only tests (exports record editions: fine)."""
    database = open_demo_database(tmp_path_factory.mktemp("demo"))
    yield database
    database.close()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder

"""Fixtures of the book export tests (PDF readers are in tests/helpers/pdf.py)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from brst_desktop.core.db import Database, open_database


@pytest.fixture(scope="module")
def module_demo(
    tmp_path_factory: pytest.TempPathFactory, demo_copies: Callable[[Path], Path]
) -> Iterator[Database]:
    """One demo database for a module's read-only tests (exports record editions: fine)."""
    database = open_database(demo_copies(tmp_path_factory.mktemp("demo")), backups=False)
    yield database
    database.close()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder

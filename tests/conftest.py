"""Shared fixtures. Qt runs offscreen in every test; each test gets its own database file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The programs' scratch folders (demo copies, notes of temporary files) in a folder of the test
# run's own, not the user's cache folder; children started by tests inherit it.
os.environ.setdefault("BRST_SCRATCH", tempfile.mkdtemp(prefix="brst-tests-scratch-"))

import platformdirs
from hypothesis.configuration import set_hypothesis_home_dir

from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import open_demo_database

# Hypothesis keeps its example database and caches in the user's cache, not in the checkout
# (no test writes into the checkout; CI checks with `git status --ignored` after the suite).
set_hypothesis_home_dir(Path(platformdirs.user_cache_dir("brst-desktop-tests")) / "hypothesis")


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

"""Helpers for the data-safety tests: database dumps, subprocess CLI runs, demo copies."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brst_desktop.core import crypto
from brst_desktop.core.db import Database
from brst_desktop.core.demo import open_demo_database

REPO_ROOT = Path(__file__).resolve().parents[2]


def dump(path: Path, passphrase: str | None = None) -> list[str]:
    """Every statement that recreates the database: equal dumps, equal data."""
    connection = crypto.connect(path, passphrase if crypto.is_encrypted(path) else None)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    """The real command line in a fresh interpreter (what a user or a script runs)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("BRST_PASSPHRASE", None) if "BRST_PASSPHRASE" not in (env or {}) else None
    return subprocess.run(
        [sys.executable, "-m", "brst_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=kwargs.pop("cwd", None),
        timeout=kwargs.pop("timeout", 60),
        **kwargs,
    )


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

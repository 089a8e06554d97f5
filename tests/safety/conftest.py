"""Fixtures of the data-safety tests (their helpers are in tests/helpers)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def demo_copy(tmp_path: Path, demo_copies: Callable[[Path], Path]) -> Path:
    """A closed demo database file (no instance lock held by the test)."""
    return demo_copies(tmp_path / "demo")

"""Fixtures of the typesetter's tests (the corpus and PDF helpers are in tests/helpers)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def qt_families(qapp: object) -> list[str]:
    """Load the bundled faces into Qt, as the GUI does; returns the primary and fallback family."""
    from PySide6.QtGui import QFontDatabase

    from brst_desktop.typeset import font_files

    families: list[str] = []
    for path in font_files().values():
        font_id = QFontDatabase.addApplicationFont(str(path))
        assert font_id >= 0, path
        families += QFontDatabase.applicationFontFamilies(font_id)
    assert "Sarabun" in families and "Droid Sans Fallback" in families
    return ["Sarabun", "Droid Sans Fallback"]

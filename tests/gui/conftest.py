"""GUI fixtures: one QApplication (pytest-qt), bundled fonts, settings in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from brst_desktop.core.db import Database
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.fonts import load_bundled_fonts, make_room_for_thai_marks, use_bundled_font
from brst_desktop.gui.language import install_language
from tests.helpers.gui import make_context


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    """Never read or write the real user's preferences."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture(scope="session", autouse=True)
def bundled_fonts(qapp: QApplication) -> None:
    load_bundled_fonts()
    use_bundled_font(qapp)
    make_room_for_thai_marks(qapp)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


@pytest.fixture
def thai(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "th")
    yield
    install_language(qapp, "en")


@pytest.fixture
def demo_context(demo_db: Database, english: None) -> AppContext:
    return make_context(demo_db)


@pytest.fixture
def demo_window(qtbot, demo_context: AppContext):
    from brst_desktop.gui.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> Iterator[list[str]]:
    """Message boxes are recorded instead of waiting for a click that never comes."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    yield shown
    # A message nobody expected is a failure (a test that expects one empties the list).
    assert shown == []

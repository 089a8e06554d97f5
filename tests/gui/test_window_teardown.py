"""A test's windows are destroyed when that test ends, not by whichever later test first runs an
event loop (tests/conftest.py: windows_destroyed_by_their_own_test).

Found by a flaky test: test_editing_together's wait for a colleague's change (10 s) ran the
first event loop of its test process after many tests that ran none, and destroying all their
closed windows inside that wait took seconds under load; the change itself had been read from
the server 60 ms after the commit. The two tests below run in this order (one module, one
process): the first opens a window and leaves it to pytest-qt, as every window test does; the
second finds it destroyed. Without the fixture it is still alive: nothing ran an event loop."""

from __future__ import annotations

from brst_desktop.core.db import Database
from tests.helpers.gui import open_window

#: What the first test left behind: whether it opened its window, and whether that was destroyed.
_left: dict[str, bool] = {}


def test_a_window_left_to_pytest_qt_to_close(qtbot, demo_db: Database, english) -> None:
    window = open_window(qtbot, demo_db)
    _left["opened"] = True
    _left["destroyed"] = False
    window.destroyed.connect(lambda: _left.update(destroyed=True))
    assert window.isVisible()


def test_the_previous_tests_window_was_destroyed_when_it_ended(qtbot) -> None:
    assert _left.get("opened"), "run this module whole: the first test opens the window"
    assert _left["destroyed"], "the first test's window outlived its test"

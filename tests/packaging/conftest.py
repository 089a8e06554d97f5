"""Starts the release build as soon as a session that needs it has collected its tests."""

from __future__ import annotations

import os

import pytest

from tests.helpers import release


def pytest_collection_finish(session: pytest.Session) -> None:
    # Under pytest-xdist the controller and every worker collect everything: there the build
    # starts when a worker's first packaging test asks for it.
    if "PYTEST_XDIST_WORKER" in os.environ or session.config.getoption("numprocesses", None):
        return
    if session.config.option.collectonly:
        return
    if any("release_folder" in getattr(item, "fixturenames", ()) for item in session.items):
        release.start()


def pytest_sessionfinish(session: pytest.Session) -> None:
    release.stop()

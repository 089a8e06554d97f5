"""Shared fixtures. Qt runs offscreen in every test; each test gets its own database file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The programs' scratch folders (demo copies, notes of temporary files) in a folder of the test
# run's own, not the user's cache folder; children started by tests inherit it.
os.environ.setdefault("BRST_SCRATCH", tempfile.mkdtemp(prefix="brst-tests-scratch-"))

import platformdirs
from hypothesis.configuration import set_hypothesis_home_dir

from brst_desktop.core.db import Database, open_database, open_server_database
from brst_desktop.core.demo import load_demo, open_demo_database
from tests.helpers import postgres

# Hypothesis keeps its example database and caches in the user's cache, not in the checkout
# (no test writes into the checkout; CI checks with `git status --ignored` after the suite).
set_hypothesis_home_dir(Path(platformdirs.user_cache_dir("brst-desktop-tests")) / "hypothesis")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked ``both_engines`` runs once on a database file and once on PostgreSQL
    (its ``empty_db`` / ``demo_db`` are made on each)."""
    if metafunc.definition.get_closest_marker("both_engines") and "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine this test's databases use: SQLite unless the test is ``both_engines``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[postgres.TestServer]:
    """A throwaway PostgreSQL cluster for the whole session (tests/helpers/postgres.py).

    Without PostgreSQL installed the tests that need it are skipped, with the reason, on a
    developer's computer; in CI (CI=true) that is a failure: a skipped check is not done."""
    try:
        server = postgres.start_server()
    except (FileNotFoundError, RuntimeError) as error:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs a PostgreSQL server for these tests: {error}")
        pytest.skip(f"PostgreSQL tests skipped: {error}")
    yield server
    server.stop()


@pytest.fixture
def server_database(postgres_server: postgres.TestServer) -> Iterator[Callable[..., str]]:
    """Makes a fresh, empty database on the test cluster and returns its URL
    (``server_database(user=...)`` for another role); all are dropped after the test."""
    made: list[str] = []

    def make(user: str = postgres.SUPERUSER, **options: str) -> str:
        name = postgres_server.new_database()
        made.append(name)
        return postgres_server.url(name, user, **options)

    yield make
    for name in made:
        postgres_server.drop_database(name)


@pytest.fixture
def empty_db(tmp_path: Path, engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A new database with the current schema and no records."""
    if engine == "postgresql":
        url = request.getfixturevalue("server_database")()
        database = open_server_database(url, initialise=True)
    else:
        database = open_database(tmp_path / "empty.sqlite")
    yield database
    database.close()


@pytest.fixture
def demo_db(tmp_path: Path, engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh copy of the Chongqing 2023 demo trip."""
    if engine == "postgresql":
        url = request.getfixturevalue("server_database")()
        database = open_server_database(url, initialise=True)
        load_demo(database)
    else:
        database = open_demo_database(tmp_path)
    yield database
    database.close()

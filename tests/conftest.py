"""Shared fixtures. Qt runs offscreen in every test; each test gets its own database file."""

from __future__ import annotations

import os
import shutil
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


@pytest.fixture(autouse=True)
def no_typed_passwords() -> Iterator[None]:
    """A server password typed in one test's window is not known to the next (the program keeps
    typed passwords for its whole run: core.session_passwords)."""
    from brst_desktop.core import session_passwords

    session_passwords.forget_all()
    yield
    session_passwords.forget_all()


@pytest.fixture(autouse=True)
def windows_destroyed_by_their_own_test() -> Iterator[None]:
    """The widgets a test closed are destroyed in its own teardown, not in the next test.

    pytest-qt closes a test's windows with ``deleteLater()`` and then only calls
    ``processEvents()``, which never runs a deletion asked for outside an event loop. The windows
    then piled up until some later test first ran an event loop (``qtbot.wait``, ``waitUntil``,
    ``waitSignal``), and that test paid for destroying them all: in a full run under load that
    took seconds inside a 10 s wait for a colleague's change (tests/gui/test_editing_together).
    Runs after pytest-qt's teardown hook has closed the windows (that hook wraps fixture
    teardown)."""
    yield
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return  # no Qt in this test process: nothing to destroy
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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


@pytest.fixture(scope="session")
def server_templates(postgres_server: postgres.TestServer) -> Callable[[str], str]:
    """``server_templates("empty")`` / ``("demo")``: the name of a database on the test cluster
    set up once for the session (``admin init``'s schema; the demo trip imported), closed, for
    ``server_database(template=...)`` to copy. Migrating a database costs a second or two, a
    copy with CREATE DATABASE ... TEMPLATE a fraction of that, and it is the same database."""
    made: dict[str, str] = {}

    def template(kind: str) -> str:
        if kind not in made:
            name = postgres_server.new_database(prefix=f"template_{kind}")
            database = open_server_database(postgres_server.url(name), initialise=True)
            try:
                if kind == "demo":
                    load_demo(database)
            finally:
                database.close()
            made[kind] = name
        return made[kind]

    return template


@pytest.fixture
def server_database(postgres_server: postgres.TestServer) -> Iterator[Callable[..., str]]:
    """Makes a fresh, empty database on the test cluster and returns its URL
    (``server_database(user=...)`` for another role, ``template=`` a copy of that database);
    all are dropped after the test."""
    made: list[str] = []

    def make(user: str = postgres.SUPERUSER, *, template: str | None = None, **options: str) -> str:
        name = postgres_server.new_database(template=template)
        made.append(name)
        return postgres_server.url(name, user, **options)

    yield make
    for name in made:
        postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def demo_copies(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Path]:
    """``demo_copies(folder)`` puts a closed copy of the demo trip's database at
    ``folder/demo.sqlite``, as ``open_demo_database(folder)`` leaves it, and returns its path.

    The demo is imported once for the session and its file copied: an import takes most of a
    second (each new engine compiles every statement afresh), a copy a few milliseconds."""
    database = open_demo_database(tmp_path_factory.mktemp("demo-template"))
    template = database.path
    database.close()
    assert template is not None

    def copy(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "demo.sqlite"
        shutil.copyfile(template, path)
        return path

    return copy


@pytest.fixture
def empty_db(tmp_path: Path, engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A new database with the current schema and no records."""
    if engine == "postgresql":
        template = request.getfixturevalue("server_templates")("empty")
        url = request.getfixturevalue("server_database")(template=template)
        database = open_server_database(url)
    else:
        database = open_database(tmp_path / "empty.sqlite")
    yield database
    database.close()


@pytest.fixture
def demo_db(tmp_path: Path, engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh copy of the Chongqing 2023 demo trip."""
    if engine == "postgresql":
        template = request.getfixturevalue("server_templates")("demo")
        url = request.getfixturevalue("server_database")(template=template)
        database = open_server_database(url)
    else:
        # Opened as a fresh import leaves it: no backup yet (opening an existing file with no
        # backup would make the day's first one).
        database = open_database(request.getfixturevalue("demo_copies")(tmp_path), backups=False)
    yield database
    database.close()

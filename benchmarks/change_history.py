"""What keeping every record's history (record_change, revision 0007) costs a write.

    .venv/bin/python benchmarks/change_history.py [--saves 300]

Saves an event's English title ``--saves`` times through the program's service (records.update
with the version read, as an editor does), alternating runs of 50 with and without the history
triggers so that the machine's load falls on both alike, and prints the median write latency
of each and their ratio, on a database file and, when PostgreSQL is installed, on a throwaway
server cluster (tests/helpers/postgres.py, unix socket only). Without history: on the file a
connection the program did not attach its TEMP triggers to; on the server the triggers dropped.
Both databases hold the demo trip.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from brst_desktop.core import history
from brst_desktop.core.connection import Database, create_sqlite_engine
from brst_desktop.core.db import open_database, open_server_database
from brst_desktop.core.demo import demo_id, load_demo
from brst_desktop.core.services import records

EVENT = demo_id("event:bilateral")
ROUND = 50
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _save(db: Database, n: int) -> float:
    """One save; its latency in seconds."""
    started = time.perf_counter()
    row = records.read(db, "event", EVENT)
    assert row is not None
    records.update(db, "event", EVENT, {"title_en": f"Bilateral {n}"}, version=row["row_version"])
    return time.perf_counter() - started


def _rounds(saves: int, with_history: Database, without: Database) -> tuple[float, float]:
    timed: dict[bool, list[float]] = {True: [], False: []}
    for n in range(saves):
        kept = (n // ROUND) % 2 == 0
        timed[kept].append(_save(with_history if kept else without, n))
    return statistics.median(timed[True]), statistics.median(timed[False])


def _count(db: Database) -> int:
    with db.session() as session:
        return len(history.changes_since(session, [EVENT], EPOCH).get(str(EVENT), []))


def _report(where: str, saves: int, kept: float, bare: float, entries: int) -> None:
    print(
        f"{where}: {saves} saves of one event, alternating runs of {ROUND}\n"
        f"  median write latency with history {kept * 1000:.2f} ms,"
        f" without {bare * 1000:.2f} ms: ratio {kept / bare:.2f}\n"
        f"  history entries of the event written by the runs with history: {entries}"
    )


def _import_ratio(fresh: Callable[[bool], Database], rounds: int = 5) -> str:
    """The demo trip imported into empty databases with and without history, alternately:
    median seconds each (an import writes every record in one transaction)."""
    timed: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(rounds):
        for kept in (True, False):
            db = fresh(kept)
            try:
                started = time.perf_counter()
                load_demo(db)
                timed[kept].append(time.perf_counter() - started)
            finally:
                db.close()
    kept_s, bare_s = statistics.median(timed[True]), statistics.median(timed[False])
    return (
        f"  importing the demo trip file: with history {kept_s * 1000:.0f} ms,"
        f" without {bare_s * 1000:.0f} ms: ratio {kept_s / bare_s:.2f}"
    )


def _first_use(path: Path, rounds: int = 7) -> str:
    """A new connection's first use: on a file the program adds the TEMP triggers then."""
    from sqlalchemy import text

    timed: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(rounds):
        for kept in (True, False):
            db = Database(create_sqlite_engine(path), path, history=kept)
            try:
                started = time.perf_counter()
                with db.engine.connect() as connection:
                    connection.execute(text("SELECT 1"))
                timed[kept].append(time.perf_counter() - started)
            finally:
                db.close()
    kept_s, bare_s = statistics.median(timed[True]), statistics.median(timed[False])
    return (
        f"  a new connection's first use: with history {kept_s * 1000:.1f} ms,"
        f" without {bare_s * 1000:.1f} ms"
    )


def on_file(saves: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="brst-history-"))

    def fresh(kept: bool) -> Database:
        path = folder / f"import-{time.perf_counter_ns()}.sqlite"
        open_database(path, backups=False).close()  # made at the head revision
        return Database(create_sqlite_engine(path), path, history=kept)

    imports = _import_ratio(fresh)
    path = folder / "bench.sqlite"
    open_database(path, backups=False).close()
    first_use = _first_use(path)
    db = open_database(path, backups=False)
    load_demo(db)
    before = _count(db)
    # the same file through a second engine the program never attached history to
    bare = Database(create_sqlite_engine(path), path, history=False)
    try:
        kept, plain = _rounds(saves, db, bare)
        _report("database file (SQLite)", saves, kept, plain, _count(db) - before)
        print(imports)
        print(first_use)
    finally:
        bare.close()
        db.close()


def _drop_triggers(db: Database) -> None:
    with db.engine.begin() as connection:
        for table in history.record_tables():
            connection.exec_driver_sql(f'DROP TRIGGER brst_history ON "{table}"')


def on_server(saves: int) -> None:
    from tests.helpers import postgres

    server = postgres.start_server()
    try:

        def fresh(kept: bool) -> Database:
            db = open_server_database(server.url(server.new_database("import")), initialise=True)
            if not kept:
                _drop_triggers(db)
            return db

        imports = _import_ratio(fresh)
        name = server.new_database("history")
        db = open_server_database(server.url(name), initialise=True)
        load_demo(db)
        bare_db = server.new_database("bare")
        bare = open_server_database(server.url(bare_db), initialise=True)
        load_demo(bare)
        _drop_triggers(bare)
        try:
            before = _count(db)
            kept, plain = _rounds(saves, db, bare)
            _report("office server (PostgreSQL)", saves, kept, plain, _count(db) - before)
            print(imports)
        finally:
            bare.close()
            db.close()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--file-only", action="store_true")
    args = parser.parse_args()
    on_file(args.saves)
    if not args.file_only:
        try:
            on_server(args.saves)
        except FileNotFoundError as error:  # no PostgreSQL installed
            print(f"office server: not measured ({error})")


if __name__ == "__main__":
    main()

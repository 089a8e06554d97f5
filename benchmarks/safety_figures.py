"""Figures for data safety: what the checks and backups cost at start-up, and how fast trip
files are packed and unpacked. Run: .venv/bin/python benchmarks/safety_figures.py [PEOPLE]

A database with the demo trip plus PEOPLE extra people (default 20 000, each with a biography)
stands in for years of use. Ratios are measured in one run, so they hold on any machine.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from pathlib import Path

from brst_desktop.core import backup
from brst_desktop.core import models as m
from brst_desktop.core.db import open_database
from brst_desktop.core.demo import demo_id, open_demo_database
from brst_desktop.core.exchange import apply_import, pack_trip
from brst_desktop.core.passphrase import change_passphrase


def timed(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    extra = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    folder = Path(tempfile.mkdtemp(prefix="brst-bench-"))
    database = open_demo_database(folder)
    path = database.path
    assert path is not None
    with database.session() as session:
        for index in range(extra):
            person = m.Person(
                id=uuid.uuid4(),
                name_en=f"Person {index}",
                name_th=f"บุคคล {index}",
                biography_en="A long career in science policy. " * 30,
            )
            session.add(person)
            if index < 300:  # some of them travel with the delegation, so the trip file grows
                session.flush()
                session.add(
                    m.DelegationMember(
                        trip_id=demo_id("trip"), person_id=person.id, precedence=100 + index
                    )
                )
    database.close()
    size_mb = path.stat().st_size / 2**20
    print(f"database: demo trip + {extra} people, {size_mb:.1f} MB")

    plain_open = timed(lambda: open_database(path, backups=False).close())
    from brst_desktop.core import db as dbmod

    original = dbmod._refuse_if_damaged
    dbmod._refuse_if_damaged = lambda *a: None  # type: ignore[assignment]
    unchecked_open = timed(lambda: open_database(path, backups=False).close())
    dbmod._refuse_if_damaged = original
    print(
        f"open with quick_check: {plain_open * 1000:.0f} ms; without: {unchecked_open * 1000:.0f}"
        f" ms (quick_check adds {(plain_open - unchecked_open) * 1000:.0f} ms)"
    )
    made = timed(lambda: backup.create_backup(path, rotate_after=False), repeat=2)
    check = timed(lambda: backup.check_backup(backup.list_backups(path)[0].path), repeat=2)
    print(f"backup (backup API + quick_check of the copy): {made * 1000:.0f} ms")
    print(f"integrity_check of a backup before restoring it: {check * 1000:.0f} ms")

    database = open_database(path, backups=False)
    trip_file = folder / "trip.brst"
    packed = timed(lambda: pack_trip(database, trip_file), repeat=2)
    size_kb = trip_file.stat().st_size / 1024
    database.close()
    target = open_database(folder / "other.sqlite")
    start = time.perf_counter()
    result = apply_import(target, trip_file)
    first = time.perf_counter() - start
    again = timed(lambda: apply_import(target, trip_file), repeat=2)
    target.close()
    print(
        f"pack {result.added} records ({size_kb:.0f} KB): {packed * 1000:.0f} ms; unpack into an"
        f" empty database: {first * 1000:.0f} ms; unpack again (all unchanged):"
        f" {again * 1000:.0f} ms"
    )

    change_passphrase(path, None, "benchmark passphrase")
    encrypted_open = timed(
        lambda: open_database(path, passphrase="benchmark passphrase", backups=False).close()
    )
    print(
        f"open encrypted: {encrypted_open * 1000:.0f} ms ({encrypted_open / plain_open:.1f}x plain;"
        " SQLCipher's key derivation is deliberately slow against guessing)"
    )


if __name__ == "__main__":
    main()

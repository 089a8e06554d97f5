"""Twenty staff editing one trip on the office server at once: nothing lost, nothing overwritten
unseen, how long a save takes and how soon the other windows hear of it (issue 17).

    .venv/bin/python benchmarks/office_server.py [--seconds 60] [--staff 20] [--think 0.05]
                                                 [--no-versions] [--cleared]

A throwaway PostgreSQL cluster (tests/helpers/postgres.py: initdb + pg_ctl in a temporary folder,
a unix socket only, so "over loopback" without any network address) holds the demo trip. Each
member of staff is a thread with a login role and a connection of its own; in a loop it reads a
random event of the trip, thinks for a moment, and saves a new English title based on the
version it read, through the program's own service (records.update). A refused save keeps its
value in hand (as the window does) and is not retried.

The figures are checked against a record the program does not keep: a trigger of this script's
own logs every committed change of an event's title (old and new version, old and new value).
Each saved title says which version its writer read, so the log shows
  - silent overwrites: a committed change that replaced a version other than the one its writer
    had read (must be 0);
  - lost updates: a committed value that the next change of that event replaced although its
    writer had read an older version (the value was never seen), or a save the program reported
    as done that the log does not hold (must be 0).
A listener (the program's own, core/change_notices: an empty notice, then the change log read
through its own connection) times each change from the moment the save returned to its writer
until it has read who changed what, and re-reads the changed events through its own
connection, as a window refreshes: "refresh delay" is save returned -> new value read by the
other connection.

With ``--cleared`` a colleague cleared ``none`` listens too: it is woken by the ลับ trip's
notices (listeners hear every level, so that a trip raised beyond them leaves their window) and
must read nothing of that trip; the script counts its wake-ups and times one of its looks.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from brst_desktop.core import change_notices  # noqa: E402
from brst_desktop.core import models as m  # noqa: E402
from brst_desktop.core.authorship import RecordChangedError  # noqa: E402
from brst_desktop.core.changes import ChangeSet  # noqa: E402
from brst_desktop.core.db import Database, open_server_database  # noqa: E402
from brst_desktop.core.demo import demo_id, load_demo  # noqa: E402
from brst_desktop.core.services import records  # noqa: E402
from tests.helpers import postgres  # noqa: E402
from tests.helpers.office import cleared_office, staff_role  # noqa: E402

#: The independent log: every committed change of an event's English title.
AUDIT = """
CREATE TABLE bench_audit (
    seq bigserial PRIMARY KEY, event_id uuid, old_version integer, new_version integer,
    old_title text, new_title text, author text);
CREATE FUNCTION bench_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.title_en IS DISTINCT FROM OLD.title_en THEN
        INSERT INTO bench_audit (event_id, old_version, new_version, old_title, new_title, author)
        VALUES (NEW.id, OLD.row_version, NEW.row_version, OLD.title_en, NEW.title_en,
                current_user);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER bench_audit AFTER UPDATE ON event FOR EACH ROW EXECUTE FUNCTION bench_audit();
"""


@dataclass
class Ledger:
    """What the staff threads saw, shared under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    saved: list[tuple[uuid.UUID, int, str]] = field(default_factory=list)  # id, new version, title
    refused: int = 0
    wrong_sentences: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)  # saves that were written
    refused_latencies: list[float] = field(default_factory=list)
    returned_at: dict[tuple[uuid.UUID, int], float] = field(default_factory=dict)
    other_errors: list[str] = field(default_factory=list)


def staff(
    db: Database,
    events: list[uuid.UUID],
    ledger: Ledger,
    until: float,
    think: float,
    seed: int,
    versions: bool = True,
) -> None:
    rng = random.Random(seed)
    n = 0
    while time.monotonic() < until:
        event_id = rng.choice(events)
        loaded = records.read(db, "event", event_id)
        assert loaded is not None
        base = int(loaded["row_version"])
        time.sleep(rng.uniform(0, 2 * think))  # typing
        n += 1
        title = f"{db.author} #{n} read v{base}"
        started = time.monotonic()
        try:
            records.update(
                db, "event", event_id, {"title_en": title}, version=base if versions else None
            )
        except RecordChangedError as error:
            took = time.monotonic() - started
            stored = error.stored
            # The sentence must name whoever wrote the version that is stored now.
            if str(stored.get("changed_by")) not in str(error):
                with ledger.lock:
                    ledger.wrong_sentences.append(str(error))
            with ledger.lock:
                ledger.refused += 1
                ledger.refused_latencies.append(took)
            continue
        except Exception as error:  # counted and shown: a benchmark must not hide failures
            with ledger.lock:
                ledger.other_errors.append(f"{type(error).__name__}: {error}")
            continue
        done = time.monotonic()
        with ledger.lock:
            version = base + 1 if versions else records.version_of(db, "event", event_id) or 0
            ledger.saved.append((event_id, version, title))
            ledger.latencies.append(done - started)
            ledger.returned_at[(event_id, version)] = done


@dataclass
class Heard:
    lock: threading.Lock = field(default_factory=threading.Lock)
    notice_at: dict[tuple[uuid.UUID, int], float] = field(default_factory=dict)
    read_at: dict[tuple[uuid.UUID, int], float] = field(default_factory=dict)


def listener(db: Database, heard: Heard, stop: threading.Event, ready: threading.Event) -> None:
    """The other window: hears notices, then re-reads the changed events as a view does."""

    def received(entries: list[dict[str, Any]]) -> None:
        now = time.monotonic()
        with heard.lock:
            for raw in entries:
                entry = change_notices.read_entry(raw)
                if entry is not None and entry["table"] == "event":
                    heard.notice_at.setdefault((entry["id"], entry["version"]), now)

    def refresh(changes: ChangeSet) -> None:
        ids = list(changes.ids("event"))
        with db.session() as session:
            rows = session.execute(
                select(m.Event.id, m.Event.row_version).where(m.Event.id.in_(ids))
            ).all()
        now = time.monotonic()
        with heard.lock:
            for event_id, version in rows:
                heard.read_at.setdefault((event_id, version), now)

    change_notices.listen(db.engine, refresh, stop, ready=ready, received=received)


@dataclass
class Outsider:
    """A colleague cleared none listening meanwhile (``--cleared``): it hears the ลับ trip's
    notices (every listener listens on every level, so that a trip raised beyond it leaves its
    window) and can only look again at what it may read."""

    rounds: int = 0
    entries: list[dict[str, Any]] = field(default_factory=list)
    published: list[ChangeSet] = field(default_factory=list)


def outsider(db: Database, seen: Outsider, stop: threading.Event, ready: threading.Event) -> None:
    def received(entries: list[dict[str, Any]]) -> None:
        seen.rounds += 1
        seen.entries.extend(entries)

    change_notices.listen(db.engine, seen.published.append, stop, ready=ready, received=received)


def look_cost(db: Database, times: int = 200) -> list[float]:
    """Seconds one round of a listener takes on ``db``'s user (snapshot, its clearance, the
    log since the last round, the trips it may see), measured on a connection of its own."""
    raw = db.engine.raw_connection()
    try:
        connection: Any = raw.driver_connection
        connection.autocommit = True
        log = change_notices.ChangeLog(connection)
        spent = []
        for _ in range(times):
            start = time.perf_counter()
            log.read()
            spent.append(time.perf_counter() - start)
        return spent
    finally:
        raw.invalidate()


def p95(values: list[float]) -> float:
    if not values:
        return float("nan")
    if len(values) < 20:
        return max(values)
    return statistics.quantiles(values, n=20)[-1]


def check(server: postgres.TestServer, name: str, ledger: Ledger) -> tuple[int, int, int]:
    """(silent overwrites, lost updates, committed changes) from the audit log."""
    rows = server.sql(
        "SELECT event_id, old_version, new_version, old_title, new_title FROM bench_audit"
        " ORDER BY event_id, new_version",
        database=name,
    )
    silent = 0
    lost = 0
    by_event: dict[uuid.UUID, list[tuple[int, int, str, str]]] = {}
    for event_id, old_version, new_version, old_title, new_title in rows:
        read = int(new_title.rsplit(" read v", 1)[1])
        if read != old_version:
            silent += 1  # it replaced a version its writer never read
        by_event.setdefault(event_id, []).append((old_version, new_version, old_title, new_title))
    for changes in by_event.values():
        for (_, version, _, _), (_, _, _, title) in itertools.pairwise(changes):
            if int(title.rsplit(" read v", 1)[1]) != version:
                lost += 1  # a committed value replaced by someone who never read it
    logged = {(e, nv, nt) for e, _, nv, _, nt in rows}
    lost += sum(1 for save in ledger.saved if save not in logged)
    return silent, lost, len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--staff", type=int, default=20)
    parser.add_argument(
        "--think", type=float, default=0.05, help="mean seconds between read and save"
    )
    parser.add_argument(
        "--no-versions",
        action="store_true",
        help="control run: save without the version read (last write wins), to show the"
        " checks do find overwrites",
    )
    parser.add_argument(
        "--cleared",
        action="store_true",
        help="set the database up as the README says (admin init) and clear every member of"
        " staff and the listener ลับ (confidential), the demo trip's level: writes and the change"
        " log then go through row-level security (default: superusers, which bypass it)",
    )
    args = parser.parse_args()

    server = postgres.start_server()
    try:
        names = [f"staff{i:02d}" for i in range(1, args.staff + 1)]
        if args.cleared:
            levels = dict.fromkeys([*names, "watcher"], "confidential")
            name, urls = cleared_office(server, **levels, outsider="none")
            first = open_server_database(urls["owner"])
            trip_id = demo_id("trip")
        else:
            name = server.new_database("office")
            urls = {who: server.url(name, staff_role(server, who)) for who in names}
            urls["watcher"] = server.url(name)
            first = open_server_database(server.url(name), initialise=True)
            trip_id = load_demo(first)
        with first.session() as session:
            events = list(session.scalars(select(m.Event.id).where(m.Event.trip_id == trip_id)))
        first.close()
        server.sql(AUDIT, database=name)
        if args.cleared:  # staff write the script's own log through its trigger
            server.sql("GRANT INSERT ON bench_audit TO brst_staff", database=name)
            server.sql("GRANT USAGE ON SEQUENCE bench_audit_seq_seq TO brst_staff", database=name)

        dbs = [open_server_database(urls[who]) for who in names]
        watcher = open_server_database(urls["watcher"])
        for db in dbs:
            assert db.author.startswith("staff")
        heard, ledger = Heard(), Ledger()
        stop, ready = threading.Event(), threading.Event()
        listening = threading.Thread(target=listener, args=(watcher, heard, stop, ready))
        listening.start()
        ready.wait(10)
        seen, outsider_db = Outsider(), None
        if args.cleared:
            outsider_db = open_server_database(urls["outsider"])
            outsider_ready = threading.Event()
            uncleared = threading.Thread(
                target=outsider, args=(outsider_db, seen, stop, outsider_ready)
            )
            uncleared.start()
            outsider_ready.wait(10)
        until = time.monotonic() + args.seconds
        threads = [
            threading.Thread(
                target=staff,
                args=(db, events, ledger, until, args.think, i, not args.no_versions),
            )
            for i, db in enumerate(dbs)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        time.sleep(2)  # the last notices
        stop.set()
        listening.join(5)
        costs = look_cost(outsider_db) if outsider_db is not None else []
        if outsider_db is not None:
            uncleared.join(5)
            outsider_db.close()
        for db in [*dbs, watcher]:
            db.close()

        silent, lost, committed = check(server, name, ledger)
        notice = [
            heard.notice_at[k] - t for k, t in ledger.returned_at.items() if k in heard.notice_at
        ]
        refresh = [
            heard.read_at[k] - t for k, t in ledger.returned_at.items() if k in heard.read_at
        ]
        unheard = sum(1 for k in ledger.returned_at if k not in heard.notice_at)
        attempts = len(ledger.saved) + ledger.refused
        print(
            f"office server: {args.staff} staff, {len(events)} events of one trip, {elapsed:.1f} s"
            f" over a unix socket, think time 0-{2 * args.think:.2f} s,"
            f" {'staff cleared ลับ (row-level security)' if args.cleared else 'superusers'}"
        )
        print(
            f"  saves tried {attempts} ({attempts / elapsed:.0f}/s): written {len(ledger.saved)},"
            f" refused as stale {ledger.refused} (each kept its value and named the author:"
            f" {ledger.refused - len(ledger.wrong_sentences)}/{ledger.refused})"
        )
        print(f"  committed title changes in the independent log: {committed}")
        print(f"  lost updates: {lost}")
        print(f"  silent overwrites: {silent}")
        print(
            f"  write latency: p95 {p95(ledger.latencies) * 1000:.1f} ms (median"
            f" {statistics.median(ledger.latencies or [float('nan')]) * 1000:.1f} ms);"
            " refused saves p95"
            f" {p95(ledger.refused_latencies) * 1000:.1f} ms"
        )
        print(
            f"  notice delay (save returned -> change read from the log elsewhere): p95"
            f" {p95([max(0.0, d) for d in notice]) * 1000:.1f} ms; never heard: {unheard}"
        )
        print(
            f"  refresh delay (save returned -> other connection read the new version): p95"
            f" {p95([max(0.0, d) for d in refresh]) * 1000:.1f} ms, max"
            f" {max(refresh, default=float('nan')) * 1000:.1f} ms"
        )
        if args.cleared:
            secret = {str(trip_id), *(str(e) for e in events)}
            leaked = {e["record_id"] for e in seen.entries} & secret
            leaked |= {str(k) for c in seen.published for _, k in c.added | c.updated | c.deleted}
            leaked &= secret
            print(
                f"  a colleague cleared none, listening: woken {seen.rounds} times"
                f" ({seen.rounds / elapsed:.1f}/s) by the ลับ trip's notices, ids of it read or"
                f" published: {len(leaked)}; one look (clearance, log, trips it may see) p95"
                f" {p95(costs) * 1000:.1f} ms, median {statistics.median(costs) * 1000:.1f} ms"
            )
            if leaked:
                return 1
        if ledger.other_errors:
            print(f"  OTHER ERRORS: {len(ledger.other_errors)}, first: {ledger.other_errors[0]}")
        if ledger.wrong_sentences:
            print(f"  sentence not naming the author: {ledger.wrong_sentences[0]}")
        return 0 if lost == 0 and silent == 0 and not ledger.other_errors else 1
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())

"""Changes made by other people on the office server, announced as they are committed, to
those cleared to know of them.

On PostgreSQL every record table has a trigger that writes one row per record inserted, updated
or deleted into the server's change log (:data:`LOG`: the table, the id, the new version, the
author, the record it belongs to, and the classification of the trip it belongs to), and sends
an empty notice on the channel of that classification (:func:`channel`). PostgreSQL delivers
notices only when the writing transaction commits. :func:`listen` wakes on a notice and reads
the log rows committed since its last read, through its own connection, and turns them into
:class:`~brst_desktop.core.changes.ChangeSet` values, the same the services return, so each open
window refreshes what changed exactly as it does after its own writes. A database file has no
notices: one window per file (a second program is refused).

Why a log and empty notices: PostgreSQL checks no permission on ``LISTEN``, so anyone may hear
any channel; whatever a notice carries, every connection may learn. The log, however, is
protected by row-level security (:mod:`~brst_desktop.core.clearance` installs the policy): a
row is visible only to a user cleared for the classification it was written at, so a user
cleared ``none`` never reads the id or the author of a change to a ลับ trip's rows. What an
uncleared listener can still learn is that *something* changed at a level it may not read (it
can listen on that channel, and the program's listeners do: see below). Staff may only read
the log: the trigger function writes it with its owner's rights (``SECURITY DEFINER``), so
nobody can forge or erase an entry.

Reading "since the last read" uses transaction snapshots, not the log's sequence numbers: a
transaction that took a lower number may commit after one with a higher number, and a reader
following numbers would skip it. Each read is one repeatable-read transaction that notes its
snapshot; the next read takes the rows visible now that were not visible in that snapshot.

What the log cannot say: a trip raised beyond a listener (ไม่มีชั้นความลับ to ลับ) is logged at its
new level, so a listener cleared ``none`` reads nothing of it, yet the trip must leave its
window. And a clearance changed by the administrator changes what a listener may read. So a
listener under row-level security also listens on the levels above its own (a notice is empty
and anyone may hear it: nothing more is learnt) and on :data:`CLEARANCE_CHANNEL`; each round it
reads, in the same transaction as the log, its own clearance and the ids of the trips it can see
now, as the server filters them: a trip gone from that list is published as deleted, a new one
as added. Nothing it could not read by itself is ever read for it.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine

from brst_desktop.core import models as m
from brst_desktop.core import registry
from brst_desktop.core.changes import ChangeSet, Key

#: The schema of the server's own bookkeeping (apart from the data model in ``public``).
SCHEMA = "brst_log"
#: The change log's table.
LOG = f"{SCHEMA}.change"
#: The notice channels, one per classification: ``brst_changes_<level>``.
CHANNEL = "brst_changes"
#: Notices arriving within this many seconds of each other are read as one batch (an import
#: writes hundreds of rows in one commit).
GATHER_SECONDS = 0.05
#: Log entries older than this are removed now and then (a listener reads within seconds).
KEPT = "10 minutes"
#: One write in this many prunes the log.
PRUNE_EVERY = 500

_LEVELS = [level.value for level in m.Classification]
_LEVEL_ARRAY = "ARRAY[" + ", ".join(f"'{level}'" for level in _LEVELS) + "]"


def channel(level: m.Classification | str) -> str:
    """The channel on which changes at ``level`` are announced."""
    return f"{CHANNEL}_{m.Classification(level).value}"


_TABLE = f"""
CREATE TABLE IF NOT EXISTS {LOG} (
    seq bigserial PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    level text NOT NULL,
    table_name text NOT NULL,
    record_id text NOT NULL,
    version integer,
    author text,
    op text NOT NULL,
    parent text
)
"""

# TG_ARGV: [0] the registry's parent column ('' if none), for the ChangeSet; [1] 'trip', 'owned'
# or 'shared'; for 'owned', then [column, table, column, table, ..., 'trip'] leading from the
# row up to its trip. The trigger is deferred to the commit, so the level is the trip's as the
# transaction leaves it: an import writes a trip's rows first and raises the trip to its books'
# level last, and the rows must not be announced at the level the trip had for a moment. A row
# whose trip cannot be found (deleted with it) is logged at the highest level: when in doubt,
# say nothing. A trip raised beyond some listeners is not announced to them (it only vanishes
# from their lists when they next read them): that it changed would tell them of it.
_FUNCTION = f"""
CREATE OR REPLACE FUNCTION brst_notice() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    changed jsonb;
    levels text[] := {_LEVEL_ARRAY};
    level text := levels[1];
    ref text;
    i integer;
    written bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    IF TG_ARGV[1] = 'trip' THEN
        SELECT t.classification INTO level FROM trip t WHERE t.id = (changed ->> 'id')::uuid;
        IF NOT FOUND THEN
            level := CASE WHEN TG_OP = 'DELETE' THEN changed ->> 'classification'
                          ELSE levels[array_length(levels, 1)] END;
        END IF;
    ELSIF TG_ARGV[1] = 'owned' THEN
        ref := changed ->> TG_ARGV[2];
        i := 3;
        WHILE ref IS NOT NULL LOOP
            IF TG_ARGV[i] = 'trip' THEN
                SELECT t.classification INTO level FROM trip t WHERE t.id = ref::uuid;
                IF NOT FOUND THEN
                    level := levels[array_length(levels, 1)];
                END IF;
                EXIT;
            END IF;
            EXECUTE 'SELECT ' || quote_ident(TG_ARGV[i + 1]) || '::text FROM '
                || quote_ident(TG_ARGV[i]) || ' WHERE id = $1' INTO ref USING ref::uuid;
            IF NOT FOUND THEN
                level := levels[array_length(levels, 1)];
                EXIT;
            END IF;
            i := i + 2;
        END LOOP;
    END IF;
    IF level IS NULL OR array_position(levels, level) IS NULL THEN
        level := levels[array_length(levels, 1)];
    END IF;
    INSERT INTO {LOG} (level, table_name, record_id, version, author, op, parent)
    VALUES (level, TG_TABLE_NAME, changed ->> 'id', (changed ->> 'row_version')::integer,
            changed ->> 'changed_by', lower(TG_OP),
            CASE WHEN TG_ARGV[0] <> '' THEN changed ->> TG_ARGV[0] END)
    RETURNING seq INTO written;
    IF mod(written, {PRUNE_EVERY}) = 0 THEN
        DELETE FROM {LOG} WHERE at < clock_timestamp() - interval '{KEPT}';
    END IF;
    PERFORM pg_notify('{CHANNEL}_' || level, '');
    RETURN NULL;
END
$$
"""


def record_tables() -> list[str]:
    """Every record table of this program's models."""
    return [t.name for t in m.Base.metadata.sorted_tables if "row_version" in t.c]


def _arguments(name: str) -> list[str]:
    """The trigger's arguments for table ``name`` (see the function above)."""
    found = registry.ENTITIES.get(name)
    parent = found.parent if found is not None and found.parent else ""
    if name == "trip":
        return [parent, "trip"]
    owned = registry.trip_owned()
    if name not in owned:
        return [parent, "shared"]
    chain: list[str] = []
    table = name
    while table != "trip":
        column, table, _nullable = owned[table]
        chain += [column, table]
    # [column, table, column, table, ..., 'trip']: the function reads the row's column, then
    # in that table the next column of the row with that id, up to the trip.
    return [parent, "owned", *chain]


def install(connection: Connection, tables: Iterable[str] | None = None) -> None:
    """Create (or bring up to date) the change log and the notice trigger on ``tables``
    (default: every record table). Nothing on SQLite. Run where the schema is made or upgraded
    (by the tables' owner, whose rights the trigger writes the log with); :func:`clearance.install
    <brst_desktop.core.clearance.install>` then lets staff read the log, as far as cleared."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    connection.exec_driver_sql(_TABLE)
    connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS change_xid ON {LOG} (xid)")
    connection.exec_driver_sql(_FUNCTION)
    connection.exec_driver_sql("REVOKE ALL ON FUNCTION brst_notice() FROM PUBLIC")
    for name in record_tables() if tables is None else tables:
        arguments = ", ".join(f"'{a}'" for a in _arguments(name))
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS brst_notice ON "{name}"')
        connection.exec_driver_sql(
            f'CREATE CONSTRAINT TRIGGER brst_notice AFTER INSERT OR UPDATE OR DELETE ON "{name}"'
            " DEFERRABLE INITIALLY DEFERRED"
            f" FOR EACH ROW EXECUTE FUNCTION brst_notice({arguments})"
        )


def changes_of(entries: Iterable[Mapping[str, Any]]) -> ChangeSet:
    """The ChangeSet a batch of log entries describes (an entry that cannot be read is skipped:
    the window then misses a refresh, never shows something wrong)."""
    added: list[Key] = []
    updated: list[Key] = []
    deleted: list[Key] = []
    for raw in entries:
        entry = read_entry(raw)
        if entry is None:
            continue
        key: Key = (entry["table"], entry["id"])
        {"insert": added, "update": updated, "delete": deleted}[entry["op"]].append(key)
        entity = registry.ENTITIES.get(entry["table"])
        parent = entity.parent_entity if entity is not None else None
        if parent is not None and entry["parent"] is not None:
            updated.append((parent, entry["parent"]))
    return ChangeSet.of(added, updated, deleted)


def read_entry(raw: Mapping[str, Any]) -> dict[str, Any] | None:
    """One log entry's fields (id and parent as UUIDs), or None if it is not one of ours."""
    try:
        parent = raw.get("parent")
        entry = {
            "table": str(raw["table_name"]),
            "id": uuid.UUID(str(raw["record_id"])),
            "version": raw.get("version"),
            "author": raw.get("author"),
            "op": str(raw["op"]),
            "parent": uuid.UUID(str(parent)) if parent else None,
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return entry if entry["op"] in ("insert", "update", "delete") else None


_READ = f"""
SELECT table_name, record_id, version, author, op, parent FROM {LOG}
WHERE xid >= pg_snapshot_xmin(%(seen)s::pg_snapshot)
  AND NOT pg_visible_in_snapshot(xid, %(seen)s::pg_snapshot)
ORDER BY seq
"""

#: Sent, empty, in the transaction of ``admin grant`` and ``admin revoke``: every listener looks
#: again at its own user's clearance (whose clearance changed is not said).
CLEARANCE_CHANNEL = "brst_clearance"
#: A listener also looks again this often without any notice: a clearance changed by hand
#: (GRANT in psql) announces nothing.
RECHECK_SECONDS = 30.0
#: PostgreSQL's "insufficient privilege": a user whose clearance was taken away meanwhile.
_NOT_ALLOWED = "42501"


@dataclass(frozen=True)
class Standing:
    """What the server lets a connection's user read. ``restricted``: row-level security
    applies to it (staff, on a database set up with ``admin init``); its ``level`` is then its
    clearance, or None when it has none at all (``admin revoke``: it may read no table).
    Unrestricted (the owner, a superuser, a database without clearance): every level."""

    restricted: bool
    level: m.Classification | None


#: Someone row-level security does not bind.
UNRESTRICTED = Standing(False, list(m.Classification)[-1])


def standing_of(connection: Any) -> Standing:
    """The user's standing, as the server says it now (a grant committed by the administrator
    counts from the next statement)."""
    cursor = connection.cursor()
    if not cursor.execute("SELECT row_security_active('public.trip')").fetchone()[0]:
        return UNRESTRICTED
    readable, rank = cursor.execute(
        "SELECT has_table_privilege('public.trip', 'SELECT'), brst_clearance()"
    ).fetchone()
    if not readable:
        return Standing(True, None)
    return Standing(True, list(m.Classification)[int(rank or 0)])


def _entry(op: str, trip_id: str) -> dict[str, Any]:
    """A trip that appeared or vanished for this user, told as a log entry would tell it (no
    version, no author: the user learns only what it now sees, or no longer sees)."""
    return {
        "table_name": "trip",
        "record_id": trip_id,
        "version": None,
        "author": None,
        "op": op,
        "parent": None,
    }


class ChangeLog:
    """The log as one connection reads it: each :meth:`read` returns the entries committed
    since the previous one (the first: since the reader was made), as far as the server lets
    this user see them. Under row-level security it also notes the user's :attr:`standing` and
    adds an entry for each trip that appeared (``insert``) or vanished (``delete``) for it
    since the previous read, whatever the reason (a trip raised beyond it, a new clearance)."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection  # a psycopg connection in autocommit mode
        self.standing = UNRESTRICTED
        self._trips: set[str] | None = None  # the trips it saw at the last read
        self._seen = self._snapshot_and(None)[0]

    def _snapshot_and(self, seen: str | None) -> tuple[str, list[dict[str, Any]]]:
        cursor = self._connection.cursor()
        cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        rows: list[dict[str, Any]] = []
        try:
            snapshot = str(cursor.execute("SELECT pg_current_snapshot()::text").fetchone()[0])
            self.standing = standing_of(self._connection)
            try:
                rows = self._read(cursor, seen)
            except Exception as error:
                if getattr(error, "sqlstate", None) != _NOT_ALLOWED:
                    raise
                # The clearance was taken away between the look and the read.
                self.standing, rows = Standing(True, None), []
        finally:
            cursor.execute("COMMIT")  # after an error: a rollback
        return snapshot, rows

    def _read(self, cursor: Any, seen: str | None) -> list[dict[str, Any]]:
        if self.standing.level is None:
            self._trips = None  # no table readable; seen again from scratch once cleared
            return []
        rows: list[dict[str, Any]] = []
        if seen is not None:
            cursor.execute(_READ, {"seen": seen})
            names = [column.name for column in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        if not self.standing.restricted:
            self._trips = None
            return rows
        trips = {str(row[0]) for row in cursor.execute("SELECT id FROM trip").fetchall()}
        if self._trips is not None:
            # (a trip the log already says was inserted or deleted is not told twice)
            logged = {(r["op"], r["record_id"]) for r in rows if r["table_name"] == "trip"}
            for op, found in (("delete", self._trips - trips), ("insert", trips - self._trips)):
                rows += [_entry(op, t) for t in sorted(found) if (op, t) not in logged]
        self._trips = trips
        return rows

    def read(self) -> list[dict[str, Any]]:
        self._seen, rows = self._snapshot_and(self._seen)
        return rows


def channels() -> list[str]:
    """Every channel a listener listens on: each level's (a notice above its clearance only
    makes it look again at which trips it sees) and the clearance channel."""
    return [*(channel(level) for level in m.Classification), CLEARANCE_CHANNEL]


def listen(
    engine: Engine,
    publish: Callable[[ChangeSet], None],
    stop: threading.Event,
    *,
    ready: threading.Event | None = None,
    received: Callable[[list[dict[str, Any]]], None] | None = None,
    cleared: Callable[[Standing, Standing], None] | None = None,
) -> None:
    """Listen for notices until ``stop`` is set; after each batch, read the log entries
    committed meanwhile and hand their ChangeSet to ``publish`` (from this thread: the caller
    moves it to its own). ``ready`` is set once the server listens; ``received`` sees the
    entries read (the benchmark times them); ``cleared(before, now)`` is told, before the
    batch's changes, when the user's clearance changed (a window then reads everything again).

    The connection is the engine's own (same address, same password source, same user, so the
    same clearance), taken out of its pool for good: a listening connection is never handed to
    a service."""
    raw = engine.raw_connection()
    try:
        connection: Any = raw.driver_connection
        connection.autocommit = True
        for name in channels():
            connection.execute(f"LISTEN {name}")
        log = ChangeLog(connection)  # after LISTEN: a later commit is heard, or read here
        if ready is not None:
            ready.set()
        due = time.monotonic() + RECHECK_SECONDS
        while not stop.is_set():
            woken = list(connection.notifies(timeout=0.25, stop_after=1))
            if not woken and time.monotonic() < due:
                continue
            list(connection.notifies(timeout=GATHER_SECONDS))
            due = time.monotonic() + RECHECK_SECONDS
            # Notices arriving while the log is read wait in the connection's backlog: the
            # next round reads again, so a commit after this snapshot is never missed.
            before = log.standing
            entries = log.read()
            if cleared is not None and log.standing != before:
                cleared(before, log.standing)
            if received is not None:
                received(entries)
            changes = changes_of(entries)
            if changes:
                publish(changes)
    finally:
        raw.invalidate()  # it listens: never back into the pool

"""Changes made by other people on the office server, announced as they are committed.

On PostgreSQL every record table has a trigger that sends a notice on the channel
:data:`CHANNEL` for each row inserted, updated or deleted: the table, the id, the new version,
the author and the record it belongs to (its parent, so a view of the trip hears of a change to
one of its events). PostgreSQL delivers notices only when the writing transaction commits, and
to every connection listening, whoever wrote. :func:`listen` turns them into
:class:`~brst_desktop.core.changes.ChangeSet` values, the same the services return, so each open
window refreshes what changed exactly as it does after its own writes. A database file has no
notices: one window per file (a second program is refused).

A notice says that a record changed, never what it now says: a reader learns the content only
by reading the record through its own connection, where the server's row-level security
applies. (The notice itself names the table, id and author to every listener.)
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Engine

from brst_desktop.core import models as m
from brst_desktop.core import registry
from brst_desktop.core.changes import ChangeSet, Key

#: The notice channel of record changes.
CHANNEL = "brst_changes"
#: Notices arriving within this many seconds of each other are published as one ChangeSet (an
#: import writes hundreds of rows in one commit).
GATHER_SECONDS = 0.05

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION brst_notice() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'table', TG_TABLE_NAME,
        'id', changed ->> 'id',
        'version', (changed ->> 'row_version')::integer,
        'author', changed ->> 'changed_by',
        'op', lower(TG_OP),
        'parent', CASE WHEN TG_NARGS > 0 THEN changed ->> TG_ARGV[0] END
    )::text);
    RETURN NULL;
END
$$
"""


def record_tables() -> list[str]:
    """Every record table of this program's models."""
    return [t.name for t in m.Base.metadata.sorted_tables if "row_version" in t.c]


def install(connection: Connection, tables: Iterable[str] | None = None) -> None:
    """Create (or replace) the notice trigger on ``tables`` (default: every record table).
    Nothing on SQLite. Run where the schema is made or upgraded (the tables' owner)."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(_FUNCTION)
    for name in record_tables() if tables is None else tables:
        found = registry.ENTITIES.get(name)
        parent = found.parent if found is not None and found.parent else None
        argument = f"'{parent}'" if parent else ""
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS brst_notice ON "{name}"')
        connection.exec_driver_sql(
            f'CREATE TRIGGER brst_notice AFTER INSERT OR UPDATE OR DELETE ON "{name}"'
            f" FOR EACH ROW EXECUTE FUNCTION brst_notice({argument})"
        )


def changes_of(payloads: Iterable[str]) -> ChangeSet:
    """The ChangeSet a batch of notices describes (a notice that cannot be read is skipped:
    the window then misses a refresh, never shows something wrong)."""
    added: list[Key] = []
    updated: list[Key] = []
    deleted: list[Key] = []
    for payload in payloads:
        notice = read_notice(payload)
        if notice is None:
            continue
        key: Key = (notice["table"], notice["id"])
        {"insert": added, "update": updated, "delete": deleted}[notice["op"]].append(key)
        entity = registry.ENTITIES.get(notice["table"])
        parent = entity.parent_entity if entity is not None else None
        if parent is not None and notice["parent"] is not None:
            updated.append((parent, notice["parent"]))
    return ChangeSet.of(added, updated, deleted)


def read_notice(payload: str) -> dict[str, Any] | None:
    """One notice's fields (id and parent as UUIDs), or None if it is not one of ours."""
    try:
        raw = json.loads(payload)
        parent = raw.get("parent")
        notice = {
            "table": str(raw["table"]),
            "id": uuid.UUID(str(raw["id"])),
            "version": raw.get("version"),
            "author": raw.get("author"),
            "op": str(raw["op"]),
            "parent": uuid.UUID(str(parent)) if parent else None,
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return notice if notice["op"] in ("insert", "update", "delete") else None


def listen(
    engine: Engine,
    publish: Callable[[ChangeSet], None],
    stop: threading.Event,
    *,
    ready: threading.Event | None = None,
    received: Callable[[list[str]], None] | None = None,
) -> None:
    """Listen for notices until ``stop`` is set, handing each batch to ``publish`` (from this
    thread: the caller moves it to its own). ``ready`` is set once the server listens;
    ``received`` sees the raw payloads (the benchmark times them).

    The connection is the engine's own (same address, same password source), taken out of its
    pool for good: a listening connection is never handed to a service."""
    raw = engine.raw_connection()
    try:
        connection: Any = raw.driver_connection
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        if ready is not None:
            ready.set()
        while not stop.is_set():
            batch = [n.payload for n in connection.notifies(timeout=0.25, stop_after=1)]
            if not batch:
                continue
            batch += [n.payload for n in connection.notifies(timeout=GATHER_SECONDS)]
            if received is not None:
                received(batch)
            changes = changes_of(batch)
            if changes:
                publish(changes)
    finally:
        raw.invalidate()  # it listens: never back into the pool

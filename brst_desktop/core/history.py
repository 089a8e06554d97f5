"""The history of every record: who inserted, updated or deleted it, when, and which fields
an update changed, kept for good in ``record_change``
(:class:`~brst_desktop.core.models.RecordChange`).

The database writes it, not the services: a trigger on every record table, so that no path a
write can take is missed (the services' Core updates and deletes, ORM flushes, the cascades of a
delete, imports, undo, raw SQL). The change sheet reads it to name who made the changes it lists.

- **PostgreSQL** (the office server): one trigger function, :data:`FUNCTION`, ``SECURITY
  DEFINER`` so that it writes the history with its owner's rights; staff may only read it
  (:func:`protect`), so nobody forges or erases an entry. The author is ``session_user``, the
  login, which no ``SET ROLE`` changes. Row-level security shows a trip's history only to those
  cleared for the trip, through the trip's own policy (the same ``EXISTS`` on ``trip`` as every
  table that belongs to a trip), so raw SQL sees no more than the program does.
- **SQLite** (a laptop): the author is the program's (:attr:`Database.author
  <brst_desktop.core.connection.Database.author>`), which only the program knows, so the
  triggers are ``TEMP`` triggers created on each of the program's connections (:func:`attach`),
  calling two functions the program registers on that connection. Nothing in the file refers
  to them: another program writing the file with plain sqlite3 (a technician's ``sqlite3``
  shell, an older BRST Desktop refused by the schema check anyway) works as before, its
  changes just go unrecorded, as they have no author the program could vouch for. A second
  BRST Desktop on the same file is refused by the instance lock, so every write of the program
  goes through an attached connection.

The trip of a trip-owned row is found through the registry's parent chain; a row deleted with
its parent (a cascade) finds its parent gone, and then takes the trip from the parent's own
history; a row of which nothing is known is filed under :data:`NO_TRIP`, which no trip has, so
on the server only the owner sees it (when in doubt, say nothing).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, event, select, text
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core import registry

TABLE = m.RecordChange.__tablename__
#: Columns that are pure bookkeeping: never named among an update's changed fields.
BOOKKEEPING = frozenset({"row_version", "updated_at", "changed_by"})
#: The trip of a trip-owned row whose trip cannot be found any more.
NO_TRIP = uuid.UUID(int=0)
#: Where a pooled SQLite connection notes that its triggers are in place.
_ATTACHED = "brst_history"
#: How SQLAlchemy stores a DateTime in SQLite (read back by the model's UTCDateTime).
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of a record's history, as the change sheet reads it."""

    op: str  # insert, update or delete
    fields: frozenset[str]  # an update's changed fields (empty for insert and delete)
    author: str
    at: datetime


def record_tables() -> list[str]:
    """Every record table of this program's models (those counting row versions)."""
    return [t.name for t in m.Base.metadata.sorted_tables if "row_version" in t.c]


def _chain(name: str) -> list[tuple[str, str]]:
    """(column, table) pairs leading from a row of ``name`` up to its trip: the row's column,
    then in that table the next column of the row with that id, ..., ending at 'trip'. Empty
    for a table that does not belong to a trip."""
    owned = registry.trip_owned()
    chain: list[tuple[str, str]] = []
    table = name
    while table in owned:
        column, table, _nullable = owned[table]
        chain.append((column, table))
    return chain


def fields_of(text: str | None) -> frozenset[str]:
    return frozenset(f for f in (text or "").split(",") if f)


# --- SQLite: TEMP triggers on each of the program's connections ------------------------------


def _sqlite_uuid(value: uuid.UUID) -> str:
    return f"'{value.hex}'"  # how SQLAlchemy's Uuid type stores an id in SQLite


def _sqlite_trip(name: str, row: str) -> str:
    """The SQL expression of the trip id of ``row`` (NEW or OLD) of table ``name``."""
    if name == "trip":
        return f"{row}.id"
    chain = _chain(name)
    if not chain:
        return "NULL"
    column, table = chain[0]
    value = f'{row}."{column}"'
    for next_column, next_table in chain[1:]:
        found = f'(SELECT "{next_column}" FROM "{table}" WHERE id = {value})'
        remembered = (
            f"(SELECT trip_id FROM {TABLE} WHERE record_id = {value} AND trip_id IS NOT NULL"
            " ORDER BY id DESC LIMIT 1)"
        )
        value = f"COALESCE({found}, {remembered}, {_sqlite_uuid(NO_TRIP)})"
        table = next_table
    return value


def _sqlite_triggers(name: str) -> list[str]:
    table = m.Base.metadata.tables[name]
    columns = sorted(c.name for c in table.columns if c.name not in BOOKKEEPING)
    changed = " || ".join(
        f"CASE WHEN OLD.\"{c}\" IS NOT NEW.\"{c}\" THEN '{c},' ELSE '' END" for c in columns
    )
    insert = (
        f"INSERT INTO {TABLE} (table_name, record_id, trip_id, op, version, fields, author, at)"
    )
    values = "brst_history_author(), brst_history_now()"
    return [
        f'CREATE TEMP TRIGGER IF NOT EXISTS "brst_history_{name}_insert" AFTER INSERT'
        f" ON main.\"{name}\" BEGIN {insert} VALUES ('{name}', NEW.id,"
        f" {_sqlite_trip(name, 'NEW')}, 'insert', NEW.row_version, NULL, {values}); END",
        f'CREATE TEMP TRIGGER IF NOT EXISTS "brst_history_{name}_update" AFTER UPDATE'
        f" ON main.\"{name}\" BEGIN {insert} VALUES ('{name}', NEW.id,"
        f" {_sqlite_trip(name, 'NEW')}, 'update', NEW.row_version, rtrim({changed}, ','),"
        f" {values}); END",
        f'CREATE TEMP TRIGGER IF NOT EXISTS "brst_history_{name}_delete" AFTER DELETE'
        f" ON main.\"{name}\" BEGIN {insert} VALUES ('{name}', OLD.id,"
        f" {_sqlite_trip(name, 'OLD')}, 'delete', OLD.row_version, NULL, {values}); END",
    ]


@functools.cache
def _sqlite_statements() -> tuple[str, ...]:
    """Every TEMP trigger of the program's models (made once per process)."""
    return tuple(statement for name in record_tables() for statement in _sqlite_triggers(name))


def _now() -> str:
    return m.utcnow().replace(tzinfo=None).strftime(_SQLITE_TIME)


def attach(engine: Engine, author: Callable[[], str]) -> None:
    """Record the history of every write made through ``engine`` (a database file), each by
    ``author()``: on its first use, each connection gets the two functions and the TEMP
    triggers (not before the schema has the history table: a database is upgraded first)."""

    def checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if record.info.get(_ATTACHED):
            return
        cursor = dbapi_connection.cursor()
        try:
            present = cursor.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
            ).fetchone()
            if present is None:
                return  # not upgraded yet: looked at again at the next checkout
            dbapi_connection.create_function("brst_history_author", 0, lambda: author() or None)
            dbapi_connection.create_function("brst_history_now", 0, _now)
            # one transaction: the temp schema is re-read once, not after each trigger
            cursor.execute("BEGIN")
            try:
                for statement in _sqlite_statements():
                    cursor.execute(statement)
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            cursor.execute("COMMIT")
        finally:
            cursor.close()
        record.info[_ATTACHED] = True

    event.listen(engine, "checkout", checkout)


# --- PostgreSQL: one SECURITY DEFINER trigger function ----------------------------------------

_BOOKKEEPING_SQL = ", ".join(f"'{c}'" for c in sorted(BOOKKEEPING))

#: TG_ARGV: 'trip', 'shared', or 'owned' followed by [column, table, column, table, ..., 'trip']
#: leading from the row up to its trip (the last table is always 'trip': its column's value is
#: the trip's id).
FUNCTION = f"""
CREATE OR REPLACE FUNCTION brst_history() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written jsonb;
    previous jsonb;
    trip uuid;
    ref text;
    found_ref text;
    j integer;
    changed text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        written := to_jsonb(OLD);
    ELSE
        written := to_jsonb(NEW);
    END IF;
    IF TG_ARGV[0] = 'trip' THEN
        trip := (written ->> 'id')::uuid;
    ELSIF TG_ARGV[0] = 'owned' THEN
        ref := written ->> TG_ARGV[1];
        j := 2;
        WHILE ref IS NOT NULL AND TG_ARGV[j] <> 'trip' LOOP
            found_ref := NULL;
            EXECUTE 'SELECT ' || quote_ident(TG_ARGV[j + 1]) || '::text FROM '
                || quote_ident(TG_ARGV[j]) || ' WHERE id = $1' INTO found_ref USING ref::uuid;
            IF found_ref IS NULL THEN
                -- the parent is gone (deleted with its own parent): its history knows the trip
                SELECT c.trip_id::text INTO found_ref FROM {TABLE} c
                WHERE c.record_id = ref::uuid AND c.trip_id IS NOT NULL
                ORDER BY c.id DESC LIMIT 1;
                ref := coalesce(found_ref, '{NO_TRIP}');
                EXIT;
            END IF;
            ref := found_ref;
            j := j + 2;
        END LOOP;
        trip := coalesce(ref, '{NO_TRIP}')::uuid;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        previous := to_jsonb(OLD);  -- once: not for each field compared
        SELECT coalesce(string_agg(n.key, ',' ORDER BY n.key COLLATE "C"), '') INTO changed
        FROM jsonb_each(written) n
        WHERE n.key NOT IN ({_BOOKKEEPING_SQL})
          AND n.value IS DISTINCT FROM (previous -> n.key);
    END IF;
    INSERT INTO {TABLE} (table_name, record_id, trip_id, op, version, fields, author, at)
    VALUES (TG_TABLE_NAME, (written ->> 'id')::uuid, trip, lower(TG_OP),
            (written ->> 'row_version')::integer, changed, left(session_user, {m.AUTHOR_LENGTH}),
            clock_timestamp() AT TIME ZONE 'UTC');
    RETURN NULL;
END
$$
"""

#: Who may read a history entry on the server: anyone for a shared record; for a trip's rows,
#: whoever may see the trip (the trip's own policy decides inside the subquery).
POLICY = "brst_clearance"
_SEEN = f"{TABLE}.trip_id IS NULL OR EXISTS (SELECT 1 FROM trip WHERE trip.id = {TABLE}.trip_id)"
#: The role every clearance role belongs to (core/clearance.py, which calls :func:`protect`).
STAFF = "brst_staff"


def _arguments(name: str) -> list[str]:
    if name == "trip":
        return ["trip"]
    chain = _chain(name)
    if not chain:
        return ["shared"]
    return ["owned", *(part for pair in chain for part in pair)]


def install(connection: Connection, tables: Iterable[str] | None = None) -> None:
    """Create (or bring up to date) the history trigger on ``tables`` (default: every record
    table) and the policy on the history; staff, if the server has them, may only read it.
    Nothing on SQLite (see :func:`attach`). Run by the tables' owner, where the schema is made
    or upgraded."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(FUNCTION)
    connection.exec_driver_sql("REVOKE ALL ON FUNCTION brst_history() FROM PUBLIC")
    for name in record_tables() if tables is None else tables:
        arguments = ", ".join(f"'{a}'" for a in _arguments(name))
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS brst_history ON "{name}"')
        connection.exec_driver_sql(
            f'CREATE TRIGGER brst_history AFTER INSERT OR UPDATE OR DELETE ON "{name}"'
            f" FOR EACH ROW EXECUTE FUNCTION brst_history({arguments})"
        )
    connection.exec_driver_sql(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    connection.exec_driver_sql(f"DROP POLICY IF EXISTS {POLICY} ON {TABLE}")
    connection.exec_driver_sql(f"CREATE POLICY {POLICY} ON {TABLE} FOR SELECT USING ({_SEEN})")
    if connection.exec_driver_sql(f"SELECT to_regrole('{STAFF}')").scalar() is not None:
        protect(connection)


def protect(connection: Connection) -> None:
    """Staff read the history (as far as the policy lets them) and never write it: only the
    trigger does, as the owner. Run after any blanket grant on the schema's tables."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(f"REVOKE ALL ON {TABLE} FROM {STAFF}")
    connection.exec_driver_sql(f"GRANT SELECT ON {TABLE} TO {STAFF}")
    connection.exec_driver_sql(f"REVOKE ALL ON SEQUENCE {TABLE}_id_seq FROM {STAFF}")


# --- reading ---------------------------------------------------------------------------------


def clock(session: Session) -> datetime:
    """Now, by the clock the history is stamped with: the server's on PostgreSQL (its trigger
    takes ``clock_timestamp()``), whatever this computer's clock says; this computer's on a
    file. An edition's as-of time must come from the same clock, or a workstation running
    ahead of the server would hide from the next change sheet who made the changes since."""
    if session.get_bind().dialect.name != "postgresql":
        return m.utcnow()
    moment = session.execute(text("SELECT clock_timestamp()")).scalar_one()
    return cast(datetime, moment).astimezone(UTC)


#: Ids per query (SQLite allows 32766 parameters; far below, to keep statements small).
_CHUNK = 500


def changes_since(
    session: Session, ids: Iterable[uuid.UUID | str], since: datetime
) -> dict[str, list[Change]]:
    """The history of these records after ``since`` (as far as this user may see it), oldest
    first, by id as a string."""
    table = cast(Table, m.RecordChange.__table__)
    wanted = sorted({uuid.UUID(str(i)) for i in ids})
    found: dict[str, list[Change]] = {}
    for start in range(0, len(wanted), _CHUNK):
        rows = session.execute(
            select(table.c.record_id, table.c.op, table.c.fields, table.c.author, table.c.at)
            .where(table.c.record_id.in_(wanted[start : start + _CHUNK]), table.c.at > since)
            .order_by(table.c.at, table.c.id)
        ).all()
        for record_id, op, fields, author, at in rows:
            found.setdefault(str(record_id), []).append(
                Change(op, fields_of(fields), author or "", at)
            )
    for changes in found.values():
        changes.sort(key=lambda c: c.at)
    return found

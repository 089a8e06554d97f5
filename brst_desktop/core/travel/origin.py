"""Where a laptop copy of a trip came from, and what each of its records was when it left.

A copy taken from the office server keeps, in its own file, one row per trip taken (the server's
address without any password, when it was taken and last brought back) and the content hash of
every record as the server had it then. Bringing the trip back compares three versions of each
record: the server's now, the copy's now, and this remembered one, so it knows which side
changed what.

The two tables (``travel_origin``, ``travel_base``; :class:`~brst_desktop.core.models.TravelOrigin`
and :class:`~brst_desktop.core.models.TravelBase`) are bookkeeping like ``exchange_state``: in the
schema since revision 0006 (made by this module on a copy's first take before that), empty
anywhere but in a copy, never packed into a trip file. They are kept apart from
``exchange_state`` on purpose: packing or unpacking a trip file on the laptop rewrites that
table, and the return would then mistake the laptop's edits for the server's.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, delete, insert, inspect, select, update
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core.connection import Database

origin_table = cast(Table, m.TravelOrigin.__table__)
base_table = cast(Table, m.TravelBase.__table__)


@dataclass(frozen=True)
class Origin:
    """One trip of a laptop copy: where it was taken from, when, and when last brought back."""

    trip_id: uuid.UUID
    source: str
    taken_at: datetime
    returned_at: datetime | None


def address_of(db: Database) -> str:
    """How to reach ``db`` again: its file's full path, or its server's URL as it was given (an
    address holding a password is refused when opened: a password is read from ``~/.pgpass``, a
    password file or the keyring, so none is ever stored in a copy)."""
    if db.path is not None:
        return str(db.path.resolve())
    if db.address is not None:
        return db.address
    return str(db.engine.url)  # SQLAlchemy writes any password as ***


def _present(session: Session) -> bool:
    """Whether the tables are there: a file read without being upgraded (read-only) may be
    older than revision 0006. Never on the office server: a copy is a file, and the server's
    empty tables are closed to staff (clearance.COPY_ONLY)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return False
    return inspect(connection).has_table(origin_table.name)


def origins(session: Session) -> list[Origin]:
    """Every trip this database holds as a laptop copy, oldest first ([] for any other)."""
    if not _present(session):
        return []
    rows = session.execute(select(origin_table).order_by(origin_table.c.taken_at))
    return [Origin(**row) for row in rows.mappings()]


def bases(session: Session, trip_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, str]]:
    """The table and hash of each record of the trip on the server when the copy last met it."""
    if not _present(session):
        return {}
    columns = (base_table.c.record_id, base_table.c.table_name, base_table.c.content_hash)
    statement = select(*columns).where(base_table.c.trip_id == trip_id)
    return {key: (name, digest) for key, name, digest in session.execute(statement)}


def contents(session: Session, trip_id: uuid.UUID) -> dict[uuid.UUID, dict[str, Any]]:
    """Each record's fields as the server had them when the copy last met it (where known)."""
    if not _present(session) or not _has_content(session):
        return {}
    statement = select(base_table.c.record_id, base_table.c.content).where(
        base_table.c.trip_id == trip_id, base_table.c.content.is_not(None)
    )
    return {record_id: json.loads(text) for record_id, text in session.execute(statement)}


def _has_content(session: Session) -> bool:
    columns = inspect(session.connection()).get_columns(base_table.name)
    return any(column["name"] == "content" for column in columns)


#: What the copy remembers of one record: its table, its hash and its fields (JSON text).
Noted = tuple[str, str, str]


def remember(
    session: Session,
    trip_id: uuid.UUID,
    source: str,
    records: dict[uuid.UUID, Noted],
    *,
    returned: bool,
) -> None:
    """Note (in the copy's transaction) where the trip came from and each record as the server
    now has it, replacing what was noted before."""
    now = datetime.now(UTC)
    known = select(origin_table.c.trip_id).where(origin_table.c.trip_id == trip_id)
    if session.execute(known).first():
        values = {"source": source, "returned_at": now} if returned else {"source": source}
        session.execute(
            update(origin_table).where(origin_table.c.trip_id == trip_id).values(values)
        )
    else:
        session.execute(
            insert(origin_table).values(
                trip_id=trip_id, source=source, taken_at=now, returned_at=None
            )
        )
    session.execute(delete(base_table).where(base_table.c.trip_id == trip_id))
    rows = [
        {
            "trip_id": trip_id,
            "record_id": record_id,
            "table_name": name,
            "content_hash": digest,
            "content": content,
        }
        for record_id, (name, digest, content) in records.items()
    ]
    if rows:
        session.execute(insert(base_table), rows)

"""Where a laptop copy of a trip came from, and what each of its records was when it left.

A copy taken from the office server keeps, in its own file, one row per trip taken (the server's
address without any password, when it was taken and last brought back) and the content hash of
every record as the server had it then. Bringing the trip back compares three versions of each
record: the server's now, the copy's now, and this remembered one, so it knows which side
changed what.

These two tables are the copy's own bookkeeping, like ``alembic_version``: they exist only in
laptop copies (made on the first take), are never on the server, never packed into a trip file
and not part of the data model the migrations manage. They are kept apart from
``exchange_state`` on purpose: packing or unpacking a trip file on the laptop rewrites that
table, and the return would then mistake the laptop's edits for the server's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    delete,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from brst_desktop.core.connection import Database
from brst_desktop.core.models import UTCDateTime

metadata = MetaData()

origin_table = Table(
    "travel_origin",
    metadata,
    Column("trip_id", Uuid, primary_key=True),
    Column("source", Text, nullable=False),  # a file path or a database URL, no password
    Column("taken_at", UTCDateTime, nullable=False),
    Column("returned_at", UTCDateTime, nullable=True),
)

base_table = Table(
    "travel_base",
    metadata,
    Column("trip_id", Uuid, primary_key=True),
    Column("record_id", Uuid, primary_key=True),
    Column("table_name", String(64), nullable=False),
    Column("content_hash", String(64), nullable=False),
)


@dataclass(frozen=True)
class Origin:
    """One trip of a laptop copy: where it was taken from, when, and when last brought back."""

    trip_id: uuid.UUID
    source: str
    taken_at: datetime
    returned_at: datetime | None


def address_of(db: Database) -> str:
    """How to reach ``db`` again: its file's full path, or its URL without a password (a
    password is read from ``~/.pgpass`` or the keyring, never stored in a copy)."""
    if db.path is not None:
        return str(db.path.resolve())
    return without_password(db.engine.url.render_as_string(hide_password=False))


def without_password(address: str) -> str:
    """A database URL with its password left out; a file path as it is."""
    if "://" not in address:
        return address
    try:
        url = make_url(address)
    except ArgumentError:
        return address
    return url.set(password=None).render_as_string(hide_password=False)


def _present(session: Session) -> bool:
    return inspect(session.connection()).has_table(origin_table.name)


def origins(session: Session) -> list[Origin]:
    """Every trip this database holds as a laptop copy, oldest first ([] for any other)."""
    if not _present(session):
        return []
    rows = session.execute(select(origin_table).order_by(origin_table.c.taken_at))
    return [Origin(**row) for row in rows.mappings()]


def bases(session: Session, trip_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """The hash each record of the trip had on the server when the copy last met it."""
    if not _present(session):
        return {}
    statement = select(base_table.c.record_id, base_table.c.content_hash).where(
        base_table.c.trip_id == trip_id
    )
    return {record_id: digest for record_id, digest in session.execute(statement)}


def remember(
    session: Session,
    trip_id: uuid.UUID,
    source: str,
    hashes: dict[uuid.UUID, tuple[str, str]],
    *,
    returned: bool,
) -> None:
    """Note (in the copy's transaction) where the trip came from and each record's hash as the
    server now has it, replacing what was noted before."""
    metadata.create_all(session.connection(), checkfirst=True)
    now = datetime.now(UTC)
    if session.execute(
        select(origin_table.c.trip_id).where(origin_table.c.trip_id == trip_id)
    ).first():
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
        {"trip_id": trip_id, "record_id": record_id, "table_name": name, "content_hash": digest}
        for record_id, (name, digest) in hashes.items()
    ]
    if rows:
        session.execute(insert(base_table), rows)

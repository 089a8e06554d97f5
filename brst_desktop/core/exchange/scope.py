"""What a trip file may touch: the records of the trip it carries, and what they need.

A trip's own records are those whose chain of parents (an edition's book, the book's trip) leads
to the trip; what they need are the shared records they refer to (people, organisations, photos,
topics) and the shared records' own children (a person's previous meetings, a topic's talking
points). That is exactly what packing a trip collects. A file holding anything else, a record
that refers to another trip's record, a record whose id is a record of another kind here, or an
update that would move a record here away from a parent the file does not carry, is refused as a
whole: otherwise a file could move another trip's event, or overwrite the exchange history (kept
by id) of an unrelated record.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.errors import ExchangeError
from brst_desktop.core.registry import entity


class IncomingRecord(Protocol):
    """A record read from a file (:class:`brst_desktop.core.exchange.unpack.IncomingRecord`)."""

    table: str
    id: uuid.UUID
    values: dict[str, Any]


def _root(name: str) -> str:
    """The entity at the top of ``name``'s chain of parents (``trip`` for an edition)."""
    while (parent := entity(name).parent_entity) is not None:
        name = parent
    return name


def owned_by_trip(name: str) -> bool:
    """Is a record of this kind part of one trip (an event, a book), not shared (a person)?"""
    return _root(name) == "trip"


def _references(record: IncomingRecord) -> Iterable[tuple[str, str, uuid.UUID]]:
    """(column, entity, id) of each record ``record`` refers to."""
    for column in rec.TABLES[record.table].columns:
        value = record.values.get(column.name)
        for foreign_key in column.foreign_keys:
            if value is not None:
                yield column.name, foreign_key.column.table.name, value


def check_file(trip_id: uuid.UUID, incoming: Sequence[IncomingRecord]) -> None:
    """Every record of the file is the trip's own or needed by it (checked within the file)."""
    by_id = {record.id: record for record in incoming}
    owned: set[uuid.UUID] = {trip_id}
    # Parents come before children in the file's order, so one pass finds every owned record.
    for record in incoming:
        name = record.table
        if name == "trip" or not owned_by_trip(name):
            continue
        column = entity(name).parent
        assert column is not None
        if record.values[column] not in owned:
            raise ExchangeError(
                "holds a record of another trip ({kind} {id})",
                kind=rec.KIND_NAMES[name],
                id=record.id,
            )
        owned.add(record.id)
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for record in incoming:
        column = entity(record.table).parent
        if column is not None and not owned_by_trip(record.table):
            children.setdefault(record.values[column], []).append(record.id)
    needed = set(owned)
    frontier = list(owned)
    while frontier:
        record = by_id[frontier.pop()]
        for _column, target, value in _references(record):
            if owned_by_trip(target):
                if value not in owned:
                    raise ExchangeError(
                        "holds a record that refers to another trip's {other} ({kind} {id})",
                        kind=rec.KIND_NAMES[record.table],
                        other=rec.KIND_NAMES[target],
                        id=value,
                    )
            elif value in by_id and value not in needed:
                needed.add(value)
                frontier.append(value)
        # A shared record brings its own children: a person's meetings, a topic's points.
        if not owned_by_trip(record.table):
            for child in children.get(record.id, ()):
                if child not in needed:
                    needed.add(child)
                    frontier.append(child)
    for record in incoming:
        if record.id not in needed:
            raise ExchangeError(
                "holds a record the trip does not need ({kind} {id})",
                kind=rec.KIND_NAMES[record.table],
                id=record.id,
            )


def check_here(session: Session, incoming: Sequence[IncomingRecord]) -> None:
    """Against this database: no id of the file is a record of another kind here, and no update
    moves a record away from a parent the file does not carry."""
    in_file = {record.id for record in incoming}
    by_table: dict[str, list[IncomingRecord]] = {}
    for record in incoming:
        by_table.setdefault(record.table, []).append(record)
    for name, table in rec.TABLES.items():
        # Ids of the file's other kinds of record that are a record of this kind here.
        others = [r for r in incoming if r.table != name]
        for found in _existing(session, table, [r.id for r in others]):
            record = next(r for r in others if r.id == found)
            raise ExchangeError(
                "holds a record whose id belongs to another kind of record here"
                " ({kind} {id}, here: {other})",
                kind=rec.KIND_NAMES[record.table],
                other=rec.KIND_NAMES[name],
                id=found,
            )
        column = entity(name).parent
        mine = by_table.get(name, [])
        if column is None or not mine:
            continue
        for start in range(0, len(mine), 500):
            chunk = {r.id: r for r in mine[start : start + 500]}
            statement = select(table.c.id, table.c[column]).where(table.c.id.in_(list(chunk)))
            for record_id, parent_here in session.execute(statement):
                moved_to = chunk[record_id].values[column]
                if parent_here != moved_to and parent_here not in in_file:
                    raise ExchangeError(
                        "would move a record here away from a {parent} the file does not carry"
                        " ({kind} {id})",
                        kind=rec.KIND_NAMES[name],
                        parent=rec.KIND_NAMES[entity(name).parent_entity or name],
                        id=record_id,
                    )


def _existing(session: Session, table: Table, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    return found

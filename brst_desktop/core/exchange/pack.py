"""Packing a trip into a trip file for another laptop."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from brst_desktop import __version__
from brst_desktop.core import files
from brst_desktop.core import models as m
from brst_desktop.core.db import Database, DatabaseError
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.container import write_package
from brst_desktop.core.exchange.errors import ExchangeError
from brst_desktop.core.ids import choose_trip
from brst_desktop.core.schema_version import SCHEMA_HEAD
from brst_desktop.core.words import Words


@dataclass(frozen=True)
class PackResult:
    path: Path
    trip_id: uuid.UUID
    trip_title: str
    #: The trip's title in both languages: a window names it in its own.
    trip_name: Words
    record_count: int
    photo_count: int
    size: int


def pack_trip(db: Database, out_path: Path, trip_id: str | uuid.UUID | None = None) -> PackResult:
    """Write the trip and everything it needs to ``out_path`` atomically, then remember what
    was sent (``exchange_state``) so a later import can tell their edits from ours."""
    out_path = Path(out_path)
    if out_path.is_dir():
        raise ExchangeError("{path} is a folder; name a file to write.", path=out_path)
    with db.session() as session:
        trip = choose_trip(session, trip_id)
        tables = rec.collect_trip(session, trip.id)
        all_ids = [row["id"] for rows in tables.values() for row in rows]
        bases = {str(state.record_id): state.content_hash for state in _states(session, all_ids)}
        title = trip.title_en or trip.title_th
        name = Words(trip.title_th or "", trip.title_en or "")
        manifest = {
            "created_at": datetime.now(UTC).isoformat(),
            "generator": f"BRST Desktop {__version__}",
            "schema": SCHEMA_HEAD,
            "author": db.author,  # who made the file: the import preview names them
            "trip": {
                "id": str(trip.id),
                "title_th": trip.title_th,
                "title_en": trip.title_en,
                # not a column of the trip's record (its content hash and the three-way
                # comparison stay as they were): an import raises the trip to it, never lowers
                "classification": trip.classification.value,
            },
            "counts": {name: len(rows) for name, rows in tables.items() if rows},
        }
        trip_uuid = trip.id
    json_tables, hashes, photos = as_records(tables)
    payload = {"tables": json_tables, "bases": bases}
    files.atomic_write(
        out_path, lambda handle: write_package(handle, manifest, payload, photos), files.TRIP_FILE
    )
    _remember(db, hashes)
    return PackResult(
        out_path,
        trip_uuid,
        title,
        name,
        sum(len(rows) for rows in tables.values()),
        len(photos),
        out_path.stat().st_size,
    )


def as_records(
    tables: dict[str, list[dict[str, Any]]],
) -> tuple[dict[str, list[dict[str, Any]]], dict[uuid.UUID, tuple[str, str]], dict[str, bytes]]:
    """A trip's rows (:func:`records.collect_trip`) as a file carries them: JSON records by
    table, each record's (table, content hash), and the photos' bytes by id."""
    json_tables: dict[str, list[dict[str, Any]]] = {}
    hashes: dict[uuid.UUID, tuple[str, str]] = {}
    photos: dict[str, bytes] = {}
    for name, rows in tables.items():
        table = rec.TABLES[name]
        json_tables[name] = [rec.to_json(table, row) for row in rows]
        for row in rows:
            hashes[row["id"]] = (name, rec.row_hash(name, row))
            if name == "photo":
                photos[str(row["id"])] = row["data"]
    return json_tables, hashes, photos


def _states(session: Session, ids: list[uuid.UUID]) -> list[m.ExchangeState]:
    found: list[m.ExchangeState] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.extend(
            session.scalars(select(m.ExchangeState).where(m.ExchangeState.record_id.in_(chunk)))
        )
    return found


def _remember(db: Database, hashes: dict[uuid.UUID, tuple[str, str]]) -> None:
    """Record the hashes sent; skipped on a read-only database (the file carries them anyway)."""
    if db.read_only:
        return
    try:
        with db.session() as session:
            record_states(session, hashes)
    except DatabaseError:
        pass  # the file is written; without this note a later import may show more conflicts


def record_states(session: Session, hashes: dict[uuid.UUID, tuple[str, str]]) -> None:
    """Set ``exchange_state`` to these hashes, leaving rows that already hold them untouched
    (so importing the same file twice changes nothing the second time)."""
    existing = {state.record_id: state for state in _states(session, list(hashes))}
    now = datetime.now(UTC)
    for record_id, (table_name, digest) in hashes.items():
        state = existing.get(record_id)
        if state is None:
            session.add(
                m.ExchangeState(
                    record_id=record_id,
                    table_name=table_name,
                    content_hash=digest,
                    exchanged_at=now,
                )
            )
        elif state.content_hash != digest:
            state.content_hash = digest
            state.exchanged_at = now

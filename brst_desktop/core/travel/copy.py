"""Making a laptop copy's trip equal to the server's: what taking a trip and the end of bringing
it back both do, in the copy's own transaction."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from brst_desktop.core.changes import ChangeSet, Key
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.scope import owned_by_trip

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class CopyPlan:
    """What copying the server's rows into the copy writes there."""

    added: list[tuple[str, dict[str, Any]]]
    updated: list[tuple[str, dict[str, Any]]]
    #: The trip's own records the copy holds and the server no longer does (links the server
    #: already had under another id, records deleted on the server and not edited here).
    removed: list[Key]

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def _same(name: str, here: dict[str, Any], there: dict[str, Any]) -> bool:
    """Equal in every column, the times of the last change included (so the copy then shows
    exactly what the server holds)."""
    table = rec.TABLES[name]
    if rec.to_json(table, here) != rec.to_json(table, there):
        return False
    # columns a trip file carries beside its records (the trip's classification)
    if any(here.get(c) != there.get(c) for t, c in rec.SERVER_COLUMNS if t == name):
        return False
    return name != "photo" or here.get("data") == there.get("data")


def plan_copy(session: Session, trip_id: uuid.UUID, server_rows: Rows) -> CopyPlan:
    """Compare the copy's rows with the server's for one trip; nothing is written."""
    wanted = {row["id"] for rows in server_rows.values() for row in rows}
    here_trip = rec.collect_trip(session, trip_id)
    removed: list[Key] = [
        (name, row["id"])
        for name, rows in here_trip.items()
        if owned_by_trip(name)
        for row in rows
        if row["id"] not in wanted
    ]
    added: list[tuple[str, dict[str, Any]]] = []
    updated: list[tuple[str, dict[str, Any]]] = []
    for name, rows in server_rows.items():
        table = rec.TABLES[name]
        ids = [row["id"] for row in rows]
        here: dict[uuid.UUID, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):  # SQLite limits bound parameters per statement
            chunk = ids[start : start + 500]
            for found in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                here[found["id"]] = dict(found)
        for row in rows:
            mine = here.get(row["id"])
            if mine is None:
                added.append((name, row))
            elif not _same(name, mine, row):
                updated.append((name, row))
    return CopyPlan(added, updated, removed)


def apply_copy(session: Session, plan: CopyPlan) -> ChangeSet:
    """Write the plan: removals first (children before parents, so a link the server holds under
    another id is gone before its twin arrives), then additions and updates, parents first."""
    order = list(rec.TABLES)
    for name in reversed(order):
        ids = [record_id for table_name, record_id in plan.removed if table_name == name]
        if ids:
            table = rec.TABLES[name]
            for start in range(0, len(ids), 500):
                session.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
    for name in order:
        table = rec.TABLES[name]
        new = [row for table_name, row in plan.added if table_name == name]
        if new:
            session.execute(insert(table), new)
        for table_name, row in plan.updated:
            if table_name == name:
                session.execute(update(table).where(table.c.id == row["id"]).values(**row))
    return ChangeSet.of(
        added=[(name, row["id"]) for name, row in plan.added],
        updated=[(name, row["id"]) for name, row in plan.updated],
        deleted=plan.removed,
    )


def notes_of(rows: Rows) -> dict[uuid.UUID, tuple[str, str, str]]:
    """Each row's table, content hash and fields as JSON text: what the copy remembers of the
    server."""
    notes: dict[uuid.UUID, tuple[str, str, str]] = {}
    for name, found in rows.items():
        table = rec.TABLES[name]
        for row in found:
            content = json.dumps(rec.to_json(table, row), ensure_ascii=False, sort_keys=True)
            notes[row["id"]] = (name, rec.row_hash(name, row), content)
    return notes

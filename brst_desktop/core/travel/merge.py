"""A record changed both on the laptop and on the server, merged field by field.

A trip file knows each record only by its hash, so a record both sides changed is a conflict as
a whole. A laptop copy remembers each record's fields as they left the server, so it can tell,
field by field, who changed what: a field only the laptop changed is brought back, a field only
the server changed is kept, and only a field both changed (to different values) is a conflict
for the person to settle. A record with no such field is no conflict at all: it is brought back
merged. Whatever the person chooses for a conflicting field, the laptop's other changes to the
same record are not lost.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.unpack import Choice, ImportPlan, IncomingRecord, PlannedChange


@dataclass(frozen=True)
class Merge:
    """One record both sides changed: the server's row and which fields each side changed."""

    server_row: dict[str, Any]
    #: Fields only the laptop changed (brought back whatever is chosen).
    laptop_fields: list[str]
    #: Fields both changed (the person's choice).
    both_fields: list[str]


def _server_rows(session: Session, changes: list[PlannedChange]) -> dict[uuid.UUID, dict[str, Any]]:
    rows: dict[uuid.UUID, dict[str, Any]] = {}
    for name, table in rec.TABLES.items():
        ids = [c.id for c in changes if c.table == name]
        for start in range(0, len(ids), 500):
            statement = select(table).where(table.c.id.in_(ids[start : start + 500]))
            rows.update((row["id"], dict(row)) for row in session.execute(statement).mappings())
    return rows


def merge_conflicts(
    session: Session,
    plan: ImportPlan,
    incoming: list[IncomingRecord],
    remembered: dict[uuid.UUID, dict[str, Any]],
) -> tuple[ImportPlan, dict[uuid.UUID, Merge]]:
    """The plan with each conflict of a record whose fields are remembered narrowed to the
    fields both sides changed (or turned into a plain update when there are none), and how to
    merge each such record."""
    by_id = {r.id: r for r in incoming}
    conflicts = [c for c in plan.changes if c.kind == "conflict" and c.id in remembered]
    rows = _server_rows(session, conflicts)
    mergeable = {c.id for c in conflicts} & set(rows)
    merges: dict[uuid.UUID, Merge] = {}
    changes: list[PlannedChange] = []
    for change in plan.changes:
        if change.id not in mergeable:
            changes.append(change)
            continue
        table = rec.TABLES[change.table]
        base = remembered[change.id]
        server = rec.to_json(table, rows[change.id])
        laptop = rec.to_json(table, by_id[change.id].values)
        laptop_fields: list[str] = []
        both: list[str] = []
        for name in change.fields:
            if name in base and server.get(name) == base[name]:
                laptop_fields.append(name)
            elif name in base and laptop.get(name) == base[name]:
                continue  # only the server changed it: the server's stays
            else:
                both.append(name)  # a photo's bytes are not remembered: both, to be safe
        merges[change.id] = Merge(rows[change.id], laptop_fields, both)
        if both:
            changes.append(_narrowed(change, both))
        elif laptop_fields:
            changes.append(replace(_narrowed(change, laptop_fields), kind="changed"))
        else:
            changes.append(replace(change, kind="kept", fields=[], values={}))
    return replace(plan, changes=changes), merges


def _narrowed(change: PlannedChange, fields: list[str]) -> PlannedChange:
    values = {name: pair for name, pair in change.values.items() if name in fields}
    return replace(change, fields=fields, values=values)


def settle(
    plan: ImportPlan,
    incoming: list[IncomingRecord],
    merges: dict[uuid.UUID, Merge],
    choices: dict[uuid.UUID, Choice],
    default: Choice,
) -> tuple[ImportPlan, list[IncomingRecord]]:
    """The plan to write, every choice made: each merged record an update holding the server's
    row with the laptop's fields (its changes alone, or also the conflicting ones where the
    laptop's were chosen); other conflicts as the person chose."""
    records = {r.id: r for r in incoming}
    changes: list[PlannedChange] = []
    for change in plan.changes:
        merge = merges.get(change.id)
        if merge is None:
            changes.append(change)
            continue
        choice = choices.get(change.id, default) if change.kind == "conflict" else "mine"
        fields = merge.laptop_fields + (merge.both_fields if choice == "theirs" else [])
        if not fields:
            changes.append(replace(change, kind="kept"))  # the server's row stays as it is
            continue
        laptop = records[change.id].values
        # The server's version and author are its own bookkeeping: the write counts the next.
        server = {k: v for k, v in merge.server_row.items() if k not in rec.LOCAL_COLUMNS}
        values = {**server, **{name: laptop[name] for name in fields}}
        stamps = [v for v in (merge.server_row.get("updated_at"), laptop.get("updated_at")) if v]
        if stamps and all(isinstance(v, datetime) for v in stamps):
            values["updated_at"] = max(stamps)
        records[change.id] = replace(records[change.id], values=values)
        changes.append(replace(change, kind="changed"))
    settled = replace(plan, changes=changes)
    return settled, [records[r.id] for r in incoming]

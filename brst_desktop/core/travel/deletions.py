"""Records deleted on the laptop, deleted on the server when that loses nothing.

A record of the trip that the copy had when it last met the server and no longer has was deleted
on the laptop. On the server it is deleted too if the server's version is still the one the
laptop had; if the server changed it since, that is a conflict (the server's version stays
unless the laptop's deletion is chosen). A deletion that would take with it something the
laptop never saw (a participant added on the server to an event deleted on the laptop: the
database deletes a record's own children with it) is not made: the record stays, and comes back
into the copy. Shared records (people, organisations, topics) are never deleted from the server:
other trips may use them.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.scope import owned_by_trip
from brst_desktop.core.exchange.unpack import Choice, ImportPlan, PlannedChange
from brst_desktop.core.words import Words

#: The note of a record the laptop deleted (an update that deletes, or a conflict).
DELETED_ON_LAPTOP = "deleted on this laptop"
#: The note of a deletion not made: records added on the server since depend on it.
STILL_NEEDED = "deleted on this laptop, but the office server added records to it since"


def gone_from_copy(
    session: Session, noted: dict[uuid.UUID, tuple[str, str]], carried: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, str]]:
    """The trip's own records the copy remembers from the server but no longer holds."""
    missing: dict[uuid.UUID, tuple[str, str]] = {}
    for name in rec.TABLES:
        if not owned_by_trip(name):
            continue
        ids = [k for k, (t, _h) in noted.items() if t == name and k not in carried]
        still = _existing(session, name, ids)
        missing.update((k, noted[k]) for k in ids if k not in still)
    return missing


def _existing(session: Session, name: str, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    table = rec.TABLES[name]
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    return found


def _links(
    session: Session, doomed: dict[uuid.UUID, str]
) -> tuple[dict[uuid.UUID, set[uuid.UUID]], dict[uuid.UUID, set[uuid.UUID]]]:
    """For each record to delete: the records on the server its deletion would take with it
    (rows linked to it by a foreign key that deletes with its parent), and those of its own
    parents that are to be deleted too."""
    children: dict[uuid.UUID, set[uuid.UUID]] = {key: set() for key in doomed}
    parents: dict[uuid.UUID, set[uuid.UUID]] = {key: set() for key in doomed}
    for table in rec.TABLES.values():
        for column in table.columns:
            for foreign_key in column.foreign_keys:
                if foreign_key.ondelete != "CASCADE":
                    continue  # SET NULL: the link goes, as it went on the laptop
                target = foreign_key.column.table.name
                ids = [k for k, name in doomed.items() if name == target]
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    statement = select(table.c.id, column).where(column.in_(chunk))
                    for child, parent in session.execute(statement):
                        children[parent].add(child)
                        if child in parents:
                            parents[child].add(parent)
    return children, parents


def deletable(
    session: Session, doomed: dict[uuid.UUID, str], gone: set[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of ``doomed`` that can go: whose deletion takes nothing else with it than others
    that go too, and whose parent deleted on the laptop (``gone``) is not kept (a meeting kept
    keeps its participants, though the laptop deleted them with it)."""
    children, parents = _links(session, doomed)
    allowed = set(doomed)
    changed = True
    while changed:
        changed = False
        for key in list(allowed):
            if not children[key] <= allowed or parents[key] & (gone - allowed):
                allowed.discard(key)
                changed = True
    return allowed


def plan_deletions(
    session: Session, plan: ImportPlan, gone: dict[uuid.UUID, tuple[str, str]]
) -> ImportPlan:
    """The plan with a change for each record deleted on the laptop that the server still has:
    an update noted as a deletion, a conflict (the server changed it since), or kept."""
    rows: dict[uuid.UUID, tuple[str, dict[str, object]]] = {}
    for name, table in rec.TABLES.items():
        ids = [k for k, (t, _h) in gone.items() if t == name]
        for start in range(0, len(ids), 500):
            statement = select(table).where(table.c.id.in_(ids[start : start + 500]))
            rows.update((r["id"], (name, dict(r))) for r in session.execute(statement).mappings())
    unchanged = {
        key: name for key, (name, row) in rows.items() if rec.row_hash(name, row) == gone[key][1]
    }
    allowed = deletable(session, unchanged, set(rows))
    changes = list(plan.changes)
    for key, (name, row) in rows.items():
        named = rec.name(name, row) or _link_name(session, name, row)
        shown = named.en if named is not None else rec.label(name, row)
        if key in allowed:
            kind, note = "changed", DELETED_ON_LAPTOP
        elif key in unchanged:
            kind, note = "kept", STILL_NEEDED
        else:
            kind, note = "conflict", DELETED_ON_LAPTOP
        changes.append(PlannedChange(name, key, shown, kind, note=note, name=named))  # type: ignore[arg-type]
    return replace(plan, changes=changes)


def _link_name(session: Session, name: str, row: dict[str, object]) -> Words | None:
    """A link (a participant, a book's topic) named by what it links, as the preview names it."""
    table = rec.TABLES[name]
    parts: list[Words] = []
    for foreign_key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        value = row.get(foreign_key.parent.name)
        if value is None or foreign_key.parent.name == "trip_id":
            continue
        target = foreign_key.column.table
        found = session.execute(select(target).where(target.c.id == value)).mappings().first()
        linked = rec.name(target.name, dict(found)) if found is not None else None
        if linked is not None:
            parts.append(linked)
    if not parts:
        return None
    return Words(" · ".join(p.th or p.en for p in parts), " · ".join(p.en or p.th for p in parts))


def is_deletion(change: PlannedChange) -> bool:
    return change.note == DELETED_ON_LAPTOP


def apply_deletions(
    session: Session, plan: ImportPlan, choices: dict[uuid.UUID, Choice], default: Choice
) -> ChangeSet:
    """Delete on the server what the laptop deleted (a conflict where the laptop's deletion was
    chosen), children before parents, never taking anything else with it."""
    chosen: dict[uuid.UUID, str] = {
        c.id: c.table
        for c in plan.changes
        if is_deletion(c)
        and (
            c.kind == "changed" or (c.kind == "conflict" and choices.get(c.id, default) == "theirs")
        )
    }
    laptop_deleted = {c.id for c in plan.changes if c.note in (DELETED_ON_LAPTOP, STILL_NEEDED)}
    allowed = deletable(session, chosen, laptop_deleted)  # a conflict kept keeps its kin
    for name in reversed(list(rec.TABLES)):
        table = rec.TABLES[name]
        ids = [k for k in allowed if chosen[k] == name]
        for start in range(0, len(ids), 500):
            session.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
    return ChangeSet.of(deleted=[(chosen[k], k) for k in allowed])


def without_deletions(plan: ImportPlan) -> ImportPlan:
    """The plan of what is written, the laptop's deletions (made or not) left out: they are
    :func:`apply_deletions`'s, and the copy holds no record for them."""
    notes = (DELETED_ON_LAPTOP, STILL_NEEDED)
    return replace(plan, changes=[c for c in plan.changes if c.note not in notes])

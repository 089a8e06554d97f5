"""Records read from a calendar or contact file, planned and applied as a trip file is.

A calendar (.ics) or contact (.vcf) file becomes a list of :class:`IncomingRecord` (events of a
trip, people and their organisations and photos). The trip file's planner decides for each
what would happen (added, updated, unchanged, newer here, conflict), the import preview shows
it, and :func:`apply_file_import` writes it in one transaction after a backup, remembering each
record's hash so that importing a newer version of the same file updates rather than
duplicates, and importing the same file twice changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from brst_desktop.core import authorship
from brst_desktop.core import models as m
from brst_desktop.core.changes import ChangeSet, Key
from brst_desktop.core.db import Database
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.errors import ExchangeError
from brst_desktop.core.exchange.pack import record_states
from brst_desktop.core.exchange.unpack import (
    Choice,
    ImportPlan,
    ImportResult,
    IncomingRecord,
    PlannedChange,
    plan_records,
)
from brst_desktop.core.registry import parent_key
from brst_desktop.core.words import Words
from brst_desktop.errors import Phrase, UserError


class FileImportError(UserError):
    """A calendar or contact file was refused; nothing was changed."""


@dataclass
class FileImport:
    """What a file would bring: the records and the entries left out (with the reason)."""

    trip_id: uuid.UUID
    title: str
    records: list[IncomingRecord]
    left_out: list[PlannedChange] = field(default_factory=list)


#: Reads a file into records, given a session on the database it is meant for (the reader
#: looks up records already here, to merge the file's fields into them).
Reader = Callable[[Session], FileImport]


def incoming(table: str, values: dict[str, object]) -> IncomingRecord:
    record_id = values["id"]
    assert isinstance(record_id, uuid.UUID)
    return IncomingRecord(table, record_id, values, rec.row_hash(table, values), None)


def _plan(session: Session, found: FileImport, path: Path) -> ImportPlan:
    """The trip file's planner on the file's records; its refusals (a record whose id is another
    kind of record here...) become a sentence naming the file."""
    try:
        return plan_records(session, found.trip_id, found.records)
    except ExchangeError as error:
        raise FileImportError(
            "{file} {reason}; nothing was changed.", file=Path(path).name, reason=error
        ) from error


def plan_file_import(db: Database, read: Reader, path: Path) -> ImportPlan:
    """What importing would do, changing nothing."""
    with db.session() as session:
        found = read(session)
        plan = _plan(session, found, path)
        trip = session.get(m.Trip, found.trip_id)
        if trip is not None:  # named in the window's language, as the trip list names it
            plan.trip_name = Words(trip.title_th or "", trip.title_en or "")
        session.rollback()
    plan.trip_title = found.title
    plan.changes.extend(found.left_out)
    return plan


def apply_file_import(
    db: Database,
    read: Reader,
    path: Path,
    *,
    prefer: Choice | None = None,
    choices: dict[uuid.UUID, Choice] | None = None,
) -> ImportResult:
    """Import in one transaction; each conflict settled by ``choices[id]``, else ``prefer``;
    a conflict left unsettled refuses the whole import."""
    if db.read_only:
        from brst_desktop.core.db import DatabaseReadOnlyError

        raise DatabaseReadOnlyError(
            "The database ({path}) is open read-only; {file} was not imported.",
            path=db.path,
            file=Path(path).name,
        )
    choices = dict(choices or {})
    added = updated = 0
    try:
        with db.session() as session:
            found = read(session)
            plan = _plan(session, found, path)
            plan.trip_title = found.title
            unsettled = [c for c in plan.conflicts if choices.get(c.id, prefer) is None]
            if unsettled:
                names = "; ".join(f"'{c.label}'" for c in unsettled[:5])
                raise FileImportError(
                    "{file} conflicts with changes made here ({names}); choose which version to"
                    " keep, then import again (nothing was changed).",
                    file=Path(path).name,
                    names=names,
                )

            def taken(change: PlannedChange) -> bool:
                return change.kind in ("added", "changed") or (
                    change.kind == "conflict" and choices.get(change.id, prefer) == "theirs"
                )

            if any(taken(c) for c in plan.changes) and db.path is not None:
                from brst_desktop.core.backup import create_backup

                create_backup(db.path, reason="before-import", passphrase=db.passphrase)
            by_id = {r.id: r for r in found.records}
            remembered: dict[uuid.UUID, tuple[str, str]] = {}
            written: list[Key] = []
            parents: list[Key] = []
            for change in plan.changes:
                record = by_id[change.id]
                table = rec.TABLES[change.table]
                own = {k: v for k, v in record.values.items() if k not in rec.LOCAL_COLUMNS}
                if change.kind == "added":
                    session.execute(insert(table).values(**own, changed_by=db.author or None))
                    added += 1
                elif taken(change):
                    values = {k: v for k, v in own.items() if k != "created_at"}
                    values = {**authorship.stamp(table, db.author), **values}
                    session.execute(update(table).where(table.c.id == record.id).values(**values))
                    updated += 1
                if change.kind == "added" or taken(change):
                    written.append((change.table, record.id))
                    parent = parent_key(change.table, record.values)
                    if parent is not None:
                        parents.append(parent)
                if change.kind not in ("skipped", "kept"):
                    remembered[record.id] = (change.table, record.digest)
            record_states(session, remembered)
    except IntegrityError as error:
        raise FileImportError(
            "{file} does not fit this database ({reason}); nothing was changed.",
            file=Path(path).name,
            reason=error.orig,
        ) from error
    plan.changes.extend(found.left_out)
    new = set(written) & {(c.table, c.id) for c in plan.changes if c.kind == "added"}
    changes = ChangeSet.of(added=new, updated={*written, *parents} - new)
    return ImportResult(plan, added, updated, changes)


def left_out(table: str, label: str, reason: Phrase) -> PlannedChange:
    """An entry of the file that is not imported, shown in the preview with its reason."""
    return PlannedChange(table, uuid.uuid4(), label, "skipped", note=str(reason))

"""Bringing a laptop copy's changes back to the office server.

The copy's records are read as a trip file's would be (every value checked, nothing outside the
trip), then planned against the server exactly like a trip file imported there: added, updated
(the laptop's is newer), kept (the server's is newer), conflict (both changed). The difference is
the last agreed version of each record: a trip file relies on the server's exchange state, which
any other pack or import rewrites; a copy remembers what each record was when it left the
server, so a change made on the server after the take is never mistaken for an old one. It also
remembers each record's fields, so a record both sides changed is merged field by field, and only
a field both changed is a conflict (:mod:`brst_desktop.core.travel.merge`).

A record the copy still holds unchanged but the server no longer has was deleted on the server:
it is kept deleted (not brought back), unless something brought back needs it. A conflicting
field keeps the server's value unless the user chooses the laptop's.

The server is written in one transaction; then the copy is made equal to the server's trip in
another, remembering the new versions. If anything fails before the server commits, neither
database has changed. If refreshing the copy fails after the server committed, the server holds
the laptop's changes and the copy is as it was: bringing back again finds nothing new to send
and refreshes the copy, so nothing is lost either way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core.backup import create_backup
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database, DatabaseReadOnlyError
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.container import FORMAT_VERSION, Package
from brst_desktop.core.exchange.errors import ExchangeError
from brst_desktop.core.exchange.pack import as_records
from brst_desktop.core.exchange.unpack import (
    Choice,
    ImportPlan,
    IncomingRecord,
    load_records,
    plan_records,
    plan_writes,
    write_plan,
)
from brst_desktop.core.ids import find_by_id
from brst_desktop.core.travel import copy, deletions, origin
from brst_desktop.core.travel.errors import TravelError
from brst_desktop.core.travel.merge import Merge, merge_conflicts, settle
from brst_desktop.core.travel.take import Progress, no_progress
from brst_desktop.errors import UserError

#: Who wins a conflict: the office server's version (the default) or the laptop's.
Side = Literal["office", "laptop"]
#: The note of a record kept deleted because the server deleted it.
DELETED_ON_SERVER = "deleted on the office server"


@dataclass(frozen=True)
class ReturnPlan:
    """What bringing a copy's trip back would do (to the server), before anything is written."""

    origin: origin.Origin
    plan: ImportPlan
    incoming: list[IncomingRecord]

    @property
    def trip_id(self) -> uuid.UUID:
        return self.origin.trip_id


@dataclass(frozen=True)
class ReturnResult:
    plan: ImportPlan
    #: Records written on the server.
    added: int
    updated: int
    deleted: int
    #: Records of the copy changed to match the server afterwards.
    refreshed: int
    #: What changed in the copy (the window showing it refreshes these).
    changes: ChangeSet
    #: What changed on the server.
    server_changes: ChangeSet


def choice_for(side: Side) -> Choice:
    """The import's word for a side: the server is "mine" (the database written to)."""
    return "mine" if side == "office" else "theirs"


def find_origin(copy_db: Database, trip_id: str | uuid.UUID | None = None) -> origin.Origin:
    """The trip of this copy to bring back: the one named (its id or the start of it), else the
    only one it holds. Refused in a sentence for a database that is no laptop copy."""
    with copy_db.session() as session:
        found = origin.origins(session)
        if trip_id is not None and str(trip_id).strip():
            trip = find_by_id(session, m.Trip, trip_id)
            found = [item for item in found if item.trip_id == trip.id]
            if not found:
                raise TravelError(
                    "The trip “{title}” was not taken from an office server into this database;"
                    " there is nothing to bring back.",
                    title=trip.title_en or trip.title_th,
                )
        session.rollback()
    if not found:
        raise TravelError(
            "This database holds no trip taken from an office server; there is nothing to bring"
            " back."
        )
    if len(found) > 1:
        raise TravelError(
            "This database holds {count} trips taken from an office server; name one with --trip.",
            count=len(found),
        )
    return found[0]


@dataclass(frozen=True)
class _Copy:
    """The copy's trip as a trip file's records, and what the copy remembers of the server."""

    incoming: list[IncomingRecord]
    #: Each record's fields when the copy last met the server (for merging).
    fields: dict[uuid.UUID, dict[str, Any]]
    #: The trip's own records deleted on the laptop since: (table, hash on the server then).
    gone: dict[uuid.UUID, tuple[str, str]]


def _incoming(copy_db: Database, trip_id: uuid.UUID) -> _Copy:
    """The copy's trip, checked as strictly as a trip file, each record carrying the hash it
    had on the server when the copy last met it."""
    with copy_db.session() as session:
        if session.get(m.Trip, trip_id) is None:
            raise TravelError(
                "The trip taken into this database has been deleted here; there is nothing to"
                " bring back."
            )
        tables = rec.collect_trip(session, trip_id)
        noted = origin.bases(session, trip_id)
        fields = origin.contents(session, trip_id)
        carried = {row["id"] for found in tables.values() for row in found}
        gone = deletions.gone_from_copy(session, noted, carried)
        session.rollback()
    remembered = {key: digest for key, (_name, digest) in noted.items()}
    json_tables, _hashes, photos = as_records(tables)
    package = Package(
        # the copy's trip's own level comes back too (raised here, the server never lowered)
        manifest={
            "version": FORMAT_VERSION,
            "trip": {"id": str(trip_id), "classification": _level(tables["trip"])},
        },
        records={"tables": json_tables, "bases": {str(k): v for k, v in remembered.items()}},
        photos=photos,
    )
    try:
        _trip, incoming = load_records(package)
    except ExchangeError as error:
        raise _refusal(error) from error
    return _Copy(incoming, fields, gone)


def _level(trips: list[dict[str, Any]]) -> str:
    level = trips[0].get("classification") if trips else None
    return str(getattr(level, "value", level) or m.Classification.UNCLASSIFIED.value)


def _refusal(error: ExchangeError) -> TravelError:
    return TravelError(
        "The trip in this laptop copy {reason}; nothing was changed on the office server or here.",
        reason=error,
    )


def _plan(
    session: Session, trip_id: uuid.UUID, laptop: _Copy
) -> tuple[ImportPlan, dict[uuid.UUID, Merge]]:
    incoming = laptop.incoming
    remembered = {r.id: r.sender_base for r in incoming if r.sender_base is not None}
    try:
        plan = plan_records(session, trip_id, incoming, remembered=remembered)
    except ExchangeError as error:
        raise _refusal(error) from error
    plan, merges = merge_conflicts(
        session, _deleted_on_server(plan, incoming), incoming, laptop.fields
    )
    return deletions.plan_deletions(session, plan, laptop.gone), merges


def _hold(session: Session, laptop: _Copy) -> None:
    """Lock the server's rows the return compares, until it commits: another person's save
    arriving between this comparison and this write would otherwise be overwritten unseen (on
    PostgreSQL; SQLite has one writer at a time, and refuses a write based on an older read)."""
    wanted: dict[str, list[uuid.UUID]] = {}
    for record in laptop.incoming:
        wanted.setdefault(record.table, []).append(record.id)
    for key, (name, _digest) in laptop.gone.items():
        wanted.setdefault(name, []).append(key)
    for name, ids in wanted.items():
        table = rec.TABLES[name]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(select(table.c.id).where(table.c.id.in_(chunk)).with_for_update())


def _deleted_on_server(plan: ImportPlan, incoming: list[IncomingRecord]) -> ImportPlan:
    """A record the server lacks that the copy holds unchanged since the take was deleted on the
    server: kept deleted, unless a record brought back refers to it."""
    by_id = {r.id: r for r in incoming}
    gone = {
        c.id
        for c in plan.changes
        if c.kind == "added"
        and by_id[c.id].sender_base is not None
        and by_id[c.id].digest == by_id[c.id].sender_base
    }
    changed = True
    while changed:
        changed = False
        for record in incoming:
            if record.id in gone:
                continue
            for column in rec.TABLES[record.table].columns:
                value = record.values.get(column.name)
                if column.foreign_keys and value in gone:
                    gone.discard(value)  # needed by something brought back: it comes back too
                    changed = True
    changes = [
        replace(c, kind="kept", note=DELETED_ON_SERVER) if c.id in gone else c for c in plan.changes
    ]
    return ImportPlan(plan.trip_id, plan.trip_title, changes, trip_name=plan.trip_name)


def plan_return(
    server: Database, copy_db: Database, trip_id: str | uuid.UUID | None = None
) -> ReturnPlan:
    """Everything bringing the copy back would do, changing nothing."""
    found = find_origin(copy_db, trip_id)
    copy_now = _incoming(copy_db, found.trip_id)
    with server.session() as session:
        plan, _merges = _plan(session, found.trip_id, copy_now)
        session.rollback()
    return ReturnPlan(found, plan, copy_now.incoming)


def bring_back(
    server: Database,
    copy_db: Database,
    trip_id: str | uuid.UUID | None = None,
    *,
    prefer: Side = "office",
    choices: dict[uuid.UUID, Side] | None = None,
    progress: Progress = no_progress,
) -> ReturnResult:
    """Write the copy's changes to the server (conflicts settled by ``choices[id]``, else by
    ``prefer``), then make the copy equal to the server's trip."""
    for db, where in ((server, "the office server"), (copy_db, "this laptop copy")):
        if db.read_only:
            raise DatabaseReadOnlyError(
                "The database ({path}) is open read-only; nothing was brought back.",
                path=db.path or where,
            )
    progress("read", 0, 4)
    found = find_origin(copy_db, trip_id)
    copy_now = _incoming(copy_db, found.trip_id)
    settled = {key: choice_for(side) for key, side in (choices or {}).items()}
    default = choice_for(prefer)
    progress("plan", 1, 4)
    try:
        with server.session() as session:
            _hold(session, copy_now)
            plan, merges = _plan(session, found.trip_id, copy_now)
            writes = deletions.without_deletions(plan)
            to_write, records = settle(writes, copy_now.incoming, merges, settled, default)
            deleting = len(writes.changes) < len(plan.changes)
            if (plan_writes(to_write, settled, default) or deleting) and server.path is not None:
                # A server in a file is backed up as before an import; a PostgreSQL server's
                # backups are its administrator's.
                create_backup(server.path, reason="before-import", passphrase=server.passphrase)
            progress("write", 2, 4)
            written = write_plan(session, to_write, records, settled, default)
            deleted = deletions.apply_deletions(session, plan, settled, default)
            session.flush()
            server_rows = rec.collect_trip(session, found.trip_id)
    except IntegrityError as error:
        raise TravelError(
            "The trip in this laptop copy does not fit the office server's database ({reason});"
            " nothing was changed.",
            reason=error.orig,
        ) from error
    # The server has committed. Only now is the copy written: had the server failed, the copy
    # would otherwise remember versions the server never got.
    progress("refresh", 3, 4)
    try:
        refresh, changes = refresh_copy(copy_db, found, server_rows, origin.address_of(server))
    except (UserError, IntegrityError) as error:
        raise TravelError(
            "The changes reached the office server, but this laptop copy could not be refreshed"
            " ({reason}); bring the trip back again to refresh it.",
            reason=error.orig if isinstance(error, IntegrityError) else error,
        ) from error
    progress("done", 4, 4)
    return ReturnResult(
        plan,
        written.added,
        written.updated,
        len(deleted.deleted),
        len(refresh.added) + len(refresh.updated) + len(refresh.removed),
        changes,
        written.changes | deleted,
    )


def refresh_copy(
    copy_db: Database, found: origin.Origin, server_rows: copy.Rows, source: str
) -> tuple[copy.CopyPlan, ChangeSet]:
    """Make the copy's trip equal to the server's and remember the server's versions, in one
    transaction of the copy (backed up first when anything in it changes)."""
    with copy_db.session() as session:
        refresh = copy.plan_copy(session, found.trip_id, server_rows)
        if refresh and copy_db.path is not None:
            create_backup(copy_db.path, reason="before-import", passphrase=copy_db.passphrase)
        changes = copy.apply_copy(session, refresh)
        # The address it was reached at now (it may have moved since the take).
        origin.remember(session, found.trip_id, source, copy.notes_of(server_rows), returned=True)
    return refresh, changes

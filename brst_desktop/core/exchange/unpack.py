"""Importing a trip file: check every record, plan what would change, apply it in one transaction.

Records are matched by UUID. For each record three content hashes are compared: ours now (L),
the file's (T) and the one remembered in ``exchange_state`` when the record last left or entered
this database (B); the file also carries the sender's remembered hash (S).

* no record here: **added**;  L == T: **unchanged**;
* L == B or L == S (ours has not changed since they had it): **changed** (theirs is newer);
* T == B (theirs is what we last exchanged, ours changed since): **kept** (ours is newer);
* otherwise both sides changed it since the last exchange: a **conflict**, for the user to settle
  (keep mine or take theirs). Without a remembered hash, a difference is a conflict: the program
  cannot know who changed what, and it does not guess.

Records present here but absent from the file are left alone (a file never deletes). Before an
import that changes anything, the database is backed up (reason ``before-import``), so an
import can be undone with a restore.
A link (book-person, participant, edition number...) that already exists here under another id
is **skipped**: the fact it records is already here.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Table, UniqueConstraint, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from brst_desktop import errors
from brst_desktop.core import authorship, clearance, photos
from brst_desktop.core import models as m
from brst_desktop.core.backup import create_backup
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database, DatabaseReadOnlyError
from brst_desktop.core.exchange import former, scope
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.container import Package, read_package
from brst_desktop.core.exchange.errors import ExchangeError
from brst_desktop.core.exchange.pack import record_states
from brst_desktop.core.registry import entity, parent_key
from brst_desktop.core.words import Words
from brst_desktop.errors import Phrase

Kind = Literal["added", "changed", "unchanged", "kept", "conflict", "skipped"]
Choice = Literal["mine", "theirs"]
MAX_RECORDS = 200_000


@dataclass
class IncomingRecord:
    table: str
    id: uuid.UUID
    values: dict[str, Any]  # Python values, ready for insert/update (photo data included)
    digest: str  # content hash T
    sender_base: str | None  # S
    #: The trip's own classification as the file gives it (format 3); None for every other
    #: record and for an older file, whose trip takes its books' level.
    classification: m.Classification | None = None


@dataclass
class PlannedChange:
    table: str
    id: uuid.UUID
    label: str
    kind: Kind
    fields: list[str] = field(default_factory=list)  # fields that differ (changed/conflict/kept)
    note: str = ""
    #: The record's name in both languages (any script, core.registry); a link's is the names
    #: of what it links. None: no name at all (:attr:`label` then names the kind and id).
    name: Words | None = None
    #: Each differing field's value (here, in the file); a link as the name of what it links.
    values: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    #: Whether either side remembers exchanging this record before. A conflict of a record
    #: never exchanged is two unrelated versions (two demo copies), not "changed on both sides".
    exchanged: bool = True
    #: Who last changed this database's version of the record, and when ("" / None: not known,
    #: or the record is not here). The file's side is :attr:`ImportPlan.sent_by`.
    changed_here_by: str = ""
    changed_here_at: datetime | None = None


@dataclass
class ImportPlan:
    trip_id: uuid.UUID
    trip_title: str
    changes: list[PlannedChange]
    #: Who made the file (its manifest's author; "" for a file that does not say).
    sent_by: str = ""
    #: The trip's title in both languages, so a window names it in its own language
    #: (:attr:`trip_title` is one string, for the command line); None when not known.
    trip_name: Words | None = None

    def of_kind(self, kind: Kind) -> list[PlannedChange]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def conflicts(self) -> list[PlannedChange]:
        return self.of_kind("conflict")

    def counts(self) -> dict[str, int]:
        counted: Counter[str] = Counter(c.kind for c in self.changes)
        kinds = ("added", "changed", "unchanged", "kept", "conflict", "skipped")
        return {kind: counted[kind] for kind in kinds}

    def summary(self) -> str:
        c = self.counts()
        return (
            f"{c['added']} to add, {c['changed']} to update, {c['unchanged']} unchanged,"
            f" {c['kept']} newer here (kept), {c['conflict']} conflicts, {c['skipped']} skipped"
        )


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    added: int
    updated: int
    #: The rows the import wrote (and the records they belong to): views refresh only these.
    changes: ChangeSet


# --- reading and checking ------------------------------------------------------------------------


def load_records(package: Package, *, seed: bool = False) -> tuple[uuid.UUID, list[IncomingRecord]]:
    """Check every record in a package (types, ids, references within the file) and return the
    trip id and the records in insertion order. Raises :class:`ExchangeError`.

    ``seed``: data the program ships, which may hold shared records no trip uses yet (the
    demo's organisations); any other file holds only the trip's records and what they need."""
    data = package.records
    tables = data.get("tables")
    bases = data.get("bases", {})
    if (
        set(data) - {"tables", "bases"}
        or not isinstance(tables, dict)
        or not isinstance(bases, dict)
    ):
        raise ExchangeError("has records in an unknown layout")
    unknown = set(tables) - set(rec.TABLES)
    if unknown:
        raise ExchangeError(
            "holds records of an unknown kind ({kind})", kind=sorted(map(str, unknown))[0]
        )
    for key, value in bases.items():
        rec.parse_uuid(key, Phrase("a remembered hash"))
        if not isinstance(value, str) or len(value) != 64:
            raise ExchangeError("has a malformed remembered hash")
    if package.manifest.get("version") == former.FORMAT:
        former.upgrade_tables(tables, bases)
    incoming: list[IncomingRecord] = []
    ids: dict[uuid.UUID, str] = {}
    total = 0
    for name, table in rec.TABLES.items():
        items = tables.get(name, [])
        if not isinstance(items, list):
            raise ExchangeError(
                "has {kind} records in an unknown layout", kind=rec.KIND_NAMES[name]
            )
        total += len(items)
        if total > MAX_RECORDS:
            raise ExchangeError("holds more than {count} records", count=MAX_RECORDS)
        for index, item in enumerate(items):
            where = Phrase("{kind} record {number}", kind=rec.KIND_NAMES[name], number=index + 1)
            values = rec.from_json(table, item, where)
            record_id = values["id"]
            if record_id in ids:
                raise ExchangeError("holds the record {id} twice", id=record_id)
            ids[record_id] = name
            data_sha = None
            if name == "photo":
                photo = package.photos.get(str(record_id))
                if photo is None:
                    raise ExchangeError("lacks the image of {where}", where=where)
                data_sha = hashlib.sha256(photo).hexdigest()
                if values["sha256"] and values["sha256"] != data_sha:
                    raise ExchangeError("has an image that does not match {where}", where=where)
                _check_photo(photo, values["media_type"], where)
                values["data"] = photo
            # Hash the parsed values, not the text: "09:00+08:00" and "01:00+00:00" are one instant.
            digest = rec.content_hash(name, rec.to_json(table, values), data_sha)
            base = bases.get(str(record_id))
            incoming.append(IncomingRecord(name, record_id, values, digest, base))
    photo_ids = {str(r.id) for r in incoming if r.table == "photo"}
    if set(package.photos) - photo_ids:
        raise ExchangeError("holds an image no record uses")
    trips = [r for r in incoming if r.table == "trip"]
    if len(trips) != 1:
        raise ExchangeError("must hold exactly one trip")
    declared = package.manifest.get("trip")
    if not isinstance(declared, dict) or declared.get("id") != str(trips[0].id):
        raise ExchangeError("names another trip in its manifest than in its records")
    trips[0].classification = _trip_classification(package.manifest, declared)
    if not seed:
        scope.check_file(trips[0].id, incoming)
    return trips[0].id, incoming


def _trip_classification(manifest: dict[str, Any], trip: dict[str, Any]) -> m.Classification | None:
    """The trip's classification as a format-3 manifest gives it (None: an older file)."""
    version = manifest.get("version")
    if isinstance(version, int) and version < 3:
        return None
    try:
        return m.Classification(str(trip.get("classification")))
    except ValueError:
        raise ExchangeError("gives its trip a classification this program does not know") from None


def _check_photo(data: bytes, media_type: str, where: Phrase) -> None:
    """Decode the picture in full, within bounds, before it is kept (or packed again)."""
    try:
        decoded = photos.decode(data, formats=photos.STORED_FORMATS)
    except photos.PhotoRefused as refused:
        if refused.reason == "too_large":
            raise ExchangeError(
                "has a picture too large to keep in {where} ({width} x {height} pixels)",
                where=where,
                width=refused.width,
                height=refused.height,
            ) from None
        raise ExchangeError(
            "has an image in {where} that is damaged or not a JPEG or PNG picture", where=where
        ) from None
    if media_type != f"image/{decoded.format.lower()}":
        raise ExchangeError(
            "has an image in {where} whose kind does not match its record", where=where
        )


def _check_references(session: Session, incoming: list[IncomingRecord]) -> None:
    """Every reference must point to a record in the file or already in this database."""
    in_file = {(r.table, r.id) for r in incoming}
    wanted: dict[str, set[uuid.UUID]] = {}
    for record in incoming:
        table = rec.TABLES[record.table]
        for fk in table.foreign_keys:
            value = record.values.get(fk.parent.name)
            target = fk.column.table.name
            if value is not None and (target, value) not in in_file:
                wanted.setdefault(target, set()).add(value)
    for target, ids in wanted.items():
        table = m.Base.metadata.tables[target]
        found = _existing_ids(session, table, ids)
        missing = ids - found
        if missing:
            raise ExchangeError(
                "refers to a {kind} that is neither in the file nor here ({id})",
                kind=rec.KIND_NAMES.get(target, target.replace("_", " ")),
                id=sorted(map(str, missing))[0],
            )


def _existing_ids(session: Session, table: Table, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    ordered = list(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    return found


def _existing_rows(session: Session, table: Table, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows: dict[uuid.UUID, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            rows[row["id"]] = dict(row)
    return rows


def _clashing_ids(session: Session, table: Table, records: list[IncomingRecord]) -> set[uuid.UUID]:
    """The records whose link another row here already records (a unique constraint), found
    with one query per constraint and chunk rather than one per record."""
    clashing: set[uuid.UUID] = set()
    for constraint in table.constraints:
        if not isinstance(constraint, UniqueConstraint) or not records:
            continue
        columns = list(constraint.columns)
        first = columns[0]
        wanted = sorted({r.values[first.name] for r in records}, key=str)
        holders: dict[tuple[Any, ...], set[uuid.UUID]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            statement = select(table.c.id, *columns).where(first.in_(chunk))
            for row in session.execute(statement):
                holders.setdefault(tuple(row[1:]), set()).add(row[0])
        for record in records:
            key = tuple(record.values[column.name] for column in columns)
            if holders.get(key, set()) - {record.id}:
                clashing.add(record.id)
    return clashing


# --- planning ------------------------------------------------------------------------------------


def plan_records(
    session: Session,
    trip_id: uuid.UUID,
    incoming: list[IncomingRecord],
    *,
    remembered: dict[uuid.UUID, str] | None = None,
) -> ImportPlan:
    """What importing ``incoming`` would do here. ``remembered`` replaces this database's own
    exchange state as the last agreed hash of each record (a trip brought back from a laptop
    knows exactly what it left the server as; see :mod:`brst_desktop.core.travel`)."""
    _check_references(session, incoming)
    scope.check_here(session, incoming)
    for record in incoming:
        if record.classification is not None:
            # before anything is planned: a user the server would refuse gets one sentence
            clearance.check_cleared(session, record.classification)
    states = _all_states(session) if remembered is None else remembered
    changes: list[PlannedChange] = []
    trip_title = ""
    trip_name: Words | None = None
    names = {r.id: rec.name(r.table, r.values) for r in incoming}
    for name, table in rec.TABLES.items():
        batch = [r for r in incoming if r.table == name]
        local_rows = _existing_rows(session, table, [r.id for r in batch])
        clashing = _clashing_ids(session, table, [r for r in batch if r.id not in local_rows])
        for record in batch:
            named = _link_name(table, record, names)
            shown = named.en if named is not None else rec.label(name, record.values)
            if name == "trip":
                title = record.values["title_en"] or record.values["title_th"]
                trip_title = errors.shown(title) if title else shown
                trip_name = Words(
                    errors.shown(record.values["title_th"] or ""),
                    errors.shown(record.values["title_en"] or ""),
                )
            local = local_rows.get(record.id)
            if local is None:
                kind: Kind = "skipped" if record.id in clashing else "added"
                note = "already here" if kind == "skipped" else ""
                changes.append(PlannedChange(name, record.id, shown, kind, note=note, name=named))
                continue
            mine = rec.row_hash(name, local)
            if mine == record.digest:
                changes.append(PlannedChange(name, record.id, shown, "unchanged", name=named))
                continue
            here_by = errors.shown(local.get("changed_by") or "")
            here_at = local.get("updated_at")
            differing = _differing(table, local, record.values)
            base = states.get(record.id)
            if mine in (base, record.sender_base):
                kind = "changed"
            elif record.digest == base:
                kind = "kept"
            else:
                kind = "conflict"
            changes.append(
                PlannedChange(
                    name,
                    record.id,
                    shown,
                    kind,
                    differing,
                    name=named,
                    values=_both_values(session, table, local, record.values, differing, names),
                    exchanged=base is not None or record.sender_base is not None,
                    changed_here_by=here_by,
                    changed_here_at=here_at,
                )
            )
    return ImportPlan(trip_id, trip_title, changes, trip_name=trip_name)


def sent_by(package: Package) -> str:
    """Who made a trip file, as its manifest says (escaped: it is the file's text)."""
    author = package.manifest.get("author")
    return errors.shown(author)[: m.AUTHOR_LENGTH] if isinstance(author, str) else ""


def _link_name(
    table: Table, record: IncomingRecord, names: dict[uuid.UUID, Words | None]
) -> Words | None:
    """A record's own name, or for a link (book topic, participant...) the names it links."""
    own = names[record.id]
    if own is not None:
        return own
    linked = [
        found
        for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name)
        if fk.parent.name != "trip_id"
        and isinstance(value := record.values.get(fk.parent.name), uuid.UUID)
        and (found := names.get(value)) is not None
    ]
    if not linked:
        return None
    return Words(" · ".join(w.th for w in linked), " · ".join(w.en for w in linked))


def _both_values(
    session: Session,
    table: Table,
    local: dict[str, Any],
    theirs: dict[str, Any],
    fields: list[str],
    names: dict[uuid.UUID, Words | None],
) -> dict[str, tuple[Any, Any]]:
    """Each differing field's value here and in the file; a link named by what it links."""
    pairs: dict[str, tuple[Any, Any]] = {}
    for field_name in fields:
        here, there = local.get(field_name), theirs.get(field_name)
        column = table.c.get(field_name)
        for foreign_key in column.foreign_keys if column is not None else ():
            target = foreign_key.column.table
            here, there = (_linked(session, target, value, names) for value in (here, there))
        here, there = (
            _on_own_clock(field_name, here, local),
            _on_own_clock(field_name, there, theirs),
        )
        pairs[field_name] = (here, there)
    return pairs


def _on_own_clock(field_name: str, value: Any, values: dict[str, Any]) -> Any:
    """An event's time on its zone's clock (its end on the end zone's), as the programme and
    its editor read it, not on the clock of the computer that shows the preview."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        return value
    own = (values.get("end_timezone") if field_name == "ends_at" else "") or values.get("timezone")
    if not isinstance(own, str) or not own:
        return value
    try:
        return value.astimezone(ZoneInfo(own))
    except (ZoneInfoNotFoundError, ValueError):
        return value


def _linked(
    session: Session, target: Table, value: Any, names: dict[uuid.UUID, Words | None]
) -> Any:
    """The name of the record ``value`` points at (in the file, else here), else the id."""
    if value is None:
        return None
    found = names.get(value)
    if found is None:
        row = session.execute(select(target).where(target.c.id == value)).mappings().first()
        found = entity(target.name).label_of(dict(row)) if row is not None else None
    return found if found is not None else value


def _all_states(session: Session) -> dict[uuid.UUID, str]:
    return {s.record_id: s.content_hash for s in session.scalars(select(m.ExchangeState))}


def _differing(table: Table, local: dict[str, Any], values: dict[str, Any]) -> list[str]:
    mine = rec.to_json(table, local)
    theirs = rec.to_json(table, values)
    fields = [
        k for k in rec.table_columns(table) if k not in rec.TIMESTAMPS and mine[k] != theirs[k]
    ]
    if table.name == "photo" and local.get("data") != values.get("data"):
        fields.append("data")
    return fields


def read_and_plan(db: Database, path: Path) -> tuple[Package, ImportPlan]:
    """Check a trip file completely and plan its import, changing nothing."""
    package = _read(path)
    trip_id, incoming = _load(package, path)
    with db.session() as session:
        try:
            plan = plan_records(session, trip_id, incoming)
        except ExchangeError as error:
            raise _refusal(path, error) from error
        session.rollback()
    plan.sent_by = sent_by(package)
    return package, plan


def _refusal(path: Path, error: ExchangeError) -> ExchangeError:
    # The reason is a predicate ("is a zip bomb ..."), kept as an error so the GUI translates it.
    return ExchangeError(
        "The trip file {file} {reason}; nothing was changed.", file=Path(path).name, reason=error
    )


def _read(path: Path) -> Package:
    try:
        return read_package(path)
    except ExchangeError as error:
        raise _refusal(path, error) from error


def _load(
    package: Package, path: Path, *, seed: bool = False
) -> tuple[uuid.UUID, list[IncomingRecord]]:
    try:
        return load_records(package, seed=seed)
    except ExchangeError as error:
        raise _refusal(path, error) from error


# --- applying ------------------------------------------------------------------------------------


def apply_import(
    db: Database,
    path: Path,
    *,
    prefer: Choice | None = None,
    choices: dict[uuid.UUID, Choice] | None = None,
    seed: bool = False,
) -> ImportResult:
    """Import a trip file in one transaction. Each conflict is settled by ``choices[id]``, else
    by ``prefer``; a conflict left unsettled refuses the whole import.

    ``seed`` marks data the program ships (the demo) loaded into a new database: no backup is
    taken first (there is nothing to lose) and no exchange history is remembered, so the records
    stand as if typed here and two demo copies share no history."""
    if db.read_only:
        raise DatabaseReadOnlyError(
            "The database ({path}) is open read-only; the trip file was not imported.",
            path=db.path,
        )
    package = _read(path)
    trip_id, incoming = _load(package, path, seed=seed)
    choices = dict(choices or {})
    try:
        with db.session() as session:
            try:
                plan = plan_records(session, trip_id, incoming)
            except ExchangeError as error:
                raise _refusal(path, error) from error
            unsettled = [c for c in plan.conflicts if choices.get(c.id, prefer) is None]
            if unsettled:
                names = "; ".join(f"{c.table} '{c.label}'" for c in unsettled[:5])
                if len(unsettled) > 5:
                    raise ExchangeError(
                        "The trip file {file} conflicts with changes made here ({names} and"
                        " {more} more); choose --prefer mine or --prefer theirs. Nothing was"
                        " changed.",
                        file=Path(path).name,
                        names=names,
                        more=len(unsettled) - 5,
                    )
                raise ExchangeError(
                    "The trip file {file} conflicts with changes made here ({names}); choose"
                    " --prefer mine or --prefer theirs. Nothing was changed.",
                    file=Path(path).name,
                    names=names,
                )
            if plan_writes(plan, choices, prefer) and db.path is not None and not seed:
                # So an import can be undone with "restore". The transaction has only read so
                # far, and WAL lets the backup's own connection read beside it.
                create_backup(db.path, reason="before-import", passphrase=db.passphrase)
            written = write_plan(session, plan, incoming, choices, prefer)
            added, updated, changes = written.added, written.updated, written.changes
            remembered = written.remembered
            if not seed:
                record_states(session, remembered)
    except IntegrityError as error:
        raise ExchangeError(
            "The trip file {file} does not fit this database ({reason}); nothing was changed.",
            file=Path(path).name,
            reason=error.orig,
        ) from error
    return ImportResult(plan, added, updated, changes)


@dataclass(frozen=True)
class Written:
    """What :func:`write_plan` wrote in the caller's transaction."""

    added: int
    updated: int
    changes: ChangeSet
    #: Each record now agreed with the sender: (table, hash) for the exchange state.
    remembered: dict[uuid.UUID, tuple[str, str]]


def taken(change: PlannedChange, choices: dict[uuid.UUID, Choice], prefer: Choice | None) -> bool:
    """Does the incoming version replace the one here (theirs newer, or a conflict settled so)?"""
    return change.kind == "changed" or (
        change.kind == "conflict" and choices.get(change.id, prefer) == "theirs"
    )


def plan_writes(plan: ImportPlan, choices: dict[uuid.UUID, Choice], prefer: Choice | None) -> bool:
    """Would applying the plan with these choices write anything?"""
    return any(c.kind == "added" or taken(c, choices, prefer) for c in plan.changes)


def write_plan(
    session: Session,
    plan: ImportPlan,
    incoming: list[IncomingRecord],
    choices: dict[uuid.UUID, Choice],
    prefer: Choice | None,
) -> Written:
    """Insert the added records and update the taken ones, in the caller's transaction (which
    commits or rolls back the whole import)."""
    by_id = {r.id: r for r in incoming}
    remembered: dict[uuid.UUID, tuple[str, str]] = {}
    new_rows: dict[str, list[dict[str, Any]]] = {}
    taken_rows: dict[str, list[dict[str, Any]]] = {}
    for change in plan.changes:
        record = by_id[change.id]
        if change.kind == "added":
            new_rows.setdefault(change.table, []).append(record.values)
        elif taken(change, choices, prefer):
            taken_rows.setdefault(change.table, []).append(record.values)
        if change.kind not in ("skipped", "kept"):
            remembered[record.id] = (change.table, record.digest)
    # Table by table, parents before children, so every reference finds its row; the new rows
    # of a table in one statement.
    author = session.info.get(authorship.AUTHOR_KEY) or None
    #: the trip's own level as the file gives it: a new trip is written at it, one here is
    #: raised to it (never lowered: declassifying is done in the trip's own form)
    levels = {r.id: r.classification for r in incoming if r.classification is not None}
    for name, table in rec.TABLES.items():
        if name in new_rows:
            rows = [
                {**values, "changed_by": author, **_level_of(name, values["id"], levels)}
                for values in new_rows[name]
            ]
            session.execute(insert(table), rows)
        for values in taken_rows.get(name, []):
            # the file's own time of the change stays; the version and the author are ours
            stamped = {**authorship.stamp(table, author or ""), **values}
            session.execute(update(table).where(table.c.id == values["id"]).values(**stamped))
    for trip_id, level in levels.items():
        clearance.raise_trip(session, trip_id, level, author or "")
    clearance.raise_trips_to_books(session)
    return Written(
        sum(map(len, new_rows.values())),
        sum(map(len, taken_rows.values())),
        _changes(new_rows, taken_rows),
        remembered,
    )


def _level_of(
    table: str, record_id: uuid.UUID, levels: dict[uuid.UUID, m.Classification]
) -> dict[str, m.Classification]:
    level = levels.get(record_id) if table == "trip" else None
    return {"classification": level} if level is not None else {}


def _changes(
    new_rows: dict[str, list[dict[str, Any]]], taken: dict[str, list[dict[str, Any]]]
) -> ChangeSet:
    """What an import wrote, with each record's parent (core.registry) among the updated."""
    added = [(name, values["id"]) for name, rows in new_rows.items() for values in rows]
    updated = [(name, values["id"]) for name, rows in taken.items() for values in rows]
    parents = [
        parent
        for name, rows in (*new_rows.items(), *taken.items())
        for values in rows
        if (parent := parent_key(name, values)) is not None
    ]
    return ChangeSet.of(added=added, updated={*updated, *parents} - set(added))

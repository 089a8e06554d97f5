"""Taking a trip from the office server onto a laptop: a local SQLite copy that remembers where
it came from.

The server is only read. A new copy is built under a temporary name beside the target and put in
place whole when it is complete, so a failed or interrupted take leaves no half-made copy; an
existing database gains the trip in one transaction (after a backup, as an import does), and is
refused if it already holds that trip: its changes must be brought back first, never overwritten.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from brst_desktop.core import files
from brst_desktop.core import models as m
from brst_desktop.core.backup import create_backup
from brst_desktop.core.db import Database, DatabaseReadOnlyError, open_database
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.ids import choose_trip
from brst_desktop.core.travel import copy, origin
from brst_desktop.core.travel.errors import TravelError, UnprotectedCopyError
from brst_desktop.core.words import Words
from brst_desktop.errors import Phrase

#: Told each step of long work: ``progress(step, done, total)`` (from a worker thread).
Progress = Callable[[str, int, int], None]

LAPTOP_COPY = Phrase("the laptop copy of the trip")


@dataclass(frozen=True)
class TakeResult:
    path: Path
    trip_id: uuid.UUID
    trip_title: str
    #: The trip's title in both languages: a window names it in its own.
    trip_name: Words
    source: str
    record_count: int
    #: Records the target database already held that now show the server's version.
    replaced: int
    created: bool


def no_progress(_step: str, _done: int, _total: int) -> None:
    pass


def read_trip(
    source: Database, trip_id: str | uuid.UUID | None
) -> tuple[uuid.UUID, str, copy.Rows]:
    """The trip (named, or the latest) and every row it needs, read in one transaction."""
    with source.session() as session:
        trip = choose_trip(session, trip_id)
        rows = rec.collect_trip(session, trip.id)
        title = trip.title_en or trip.title_th
        session.rollback()  # only read
    return rows["trip"][0]["id"], title, rows


def take_trip(
    source: Database,
    target: Path,
    trip_id: str | uuid.UUID | None = None,
    *,
    passphrase: str | None = None,
    progress: Progress = no_progress,
) -> TakeResult:
    """Copy one trip and what it needs from ``source`` into the SQLite file ``target`` (made if
    it does not exist), remembering the source and each record's hash there."""
    target = Path(target)
    progress("read", 0, 3)
    trip_uuid, title, rows = read_trip(source, trip_id)
    address = origin.address_of(source)
    if source.path is not None and target.resolve() == source.path.resolve():
        raise TravelError(
            "The trip cannot be taken into the database it comes from ({path}); name another file.",
            path=target,
        )
    level = classified(rows)
    progress("write", 1, 3)
    if target.exists():
        replaced = _into_existing(target, passphrase, trip_uuid, title, rows, address, level)
        created = False
    else:
        if level is not None and passphrase is None:
            raise _unprotected(level, target)
        _into_new(target, passphrase, trip_uuid, rows, address)
        replaced = 0
        created = True
    progress("done", 3, 3)
    return TakeResult(
        target,
        trip_uuid,
        title,
        Words(rows["trip"][0]["title_th"] or "", rows["trip"][0]["title_en"] or ""),
        address,
        sum(len(found) for found in rows.values()),
        replaced,
        created,
    )


#: Each classification above none, as a refusal names it in either language.
LEVELS = {
    m.Classification.CONFIDENTIAL: Words("ลับ", "confidential"),
    m.Classification.SECRET: Words("ลับมาก", "secret"),
    m.Classification.TOP_SECRET: Words("ลับที่สุด", "top secret"),
}


def classified(rows: copy.Rows) -> Words | None:
    """The highest classification of the trip and its books (None: nothing classified)."""
    order = list(m.Classification)
    records = [*rows.get("trip", []), *rows.get("briefing_book", [])]
    found = [m.Classification(r["classification"]) for r in records if r.get("classification")]
    highest = max(found, key=order.index, default=m.Classification.UNCLASSIFIED)
    return LEVELS.get(highest)


def _unprotected(level: Words, target: Path) -> UnprotectedCopyError:
    return UnprotectedCopyError(
        "The trip has a {level} briefing book, so its copy on a laptop must be protected by a"
        " passphrase; give one (take --protect-with FILE), or protect {path} first. Nothing was"
        " copied.",
        level=level,
        path=target,
    )


def _write(copy_db: Database, trip_uuid: uuid.UUID, rows: copy.Rows, address: str) -> int:
    with copy_db.session() as session:
        plan = copy.plan_copy(session, trip_uuid, rows)
        copy.apply_copy(session, plan)
        origin.remember(session, trip_uuid, address, copy.notes_of(rows), returned=False)
    return len(plan.updated)


def _into_new(
    target: Path, passphrase: str | None, trip_uuid: uuid.UUID, rows: copy.Rows, address: str
) -> None:
    files.check_target(target, LAPTOP_COPY)
    try:
        with files.temporary_beside(target, suffix=".sqlite") as temporary:
            os.unlink(temporary)  # open_database makes the file itself, with the schema
            building = open_database(temporary, passphrase=passphrase, backups=False)
            try:
                _write(building, trip_uuid, rows, address)
            finally:
                building.close()
            for extra in ("-wal", "-shm"):
                Path(f"{temporary}{extra}").unlink(missing_ok=True)
            files.replace_with(temporary, target)
    except OSError as error:
        raise files.explain(error, target, LAPTOP_COPY) from error
    except IntegrityError as error:  # the source itself breaks a rule of the schema
        raise TravelError(
            "The trip could not be copied ({reason}); no copy was made.", reason=error.orig
        ) from error


def _into_existing(
    target: Path,
    passphrase: str | None,
    trip_uuid: uuid.UUID,
    title: str,
    rows: copy.Rows,
    address: str,
    level: Words | None,
) -> int:
    copy_db = open_database(target, passphrase=passphrase, create=False)
    try:
        if level is not None and not copy_db.encrypted:
            raise _unprotected(level, target)
        if copy_db.read_only:
            raise DatabaseReadOnlyError(
                "The database ({path}) is open read-only; the trip was not taken into it.",
                path=target,
            )
        with copy_db.session() as session:
            if session.get(m.Trip, trip_uuid) is not None:
                raise TravelError(
                    "{path} already holds the trip “{title}”; bring its changes back first"
                    " (bring-back refreshes it), or take the trip into another file.",
                    path=target,
                    title=title,
                )
            needs_backup = bool(copy.plan_copy(session, trip_uuid, rows).updated)
        if needs_backup:
            # Shared records (people, organisations) it holds will show the server's version.
            create_backup(target, reason="before-import", passphrase=copy_db.passphrase)
        try:
            return _write(copy_db, trip_uuid, rows, address)
        except IntegrityError as error:
            raise TravelError(
                "The trip does not fit the database {path} ({reason}); it was not changed.",
                path=target,
                reason=error.orig,
            ) from error
    finally:
        copy_db.close()

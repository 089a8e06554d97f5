"""Automatic and manual backups with SQLite's online backup API, their rotation, and restore.

Backups live beside the data: ``<data dir>/backups/`` for the usual database, or
``<name>.backups/`` next to a database opened with ``--db``. A backup is a single, complete SQLite
file (journal mode DELETE, no ``-wal``), encrypted with the same key when the database is, checked
with ``quick_check`` as it is written and with ``integrity_check`` before it is ever restored.
Rotation keeps the 3 newest, the newest of each of the last 7 days that have backups, and the
newest of each of the 4 weeks before those: a program left unused for months keeps its last backups.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from brst_desktop.core import crypto, files, integrity, schema
from brst_desktop.core.location import default_db_path
from brst_desktop.errors import UserError

BACKUP_SUFFIX = ".sqlite"
DAMAGED_SUFFIX = ".damaged"
KEEP_NEWEST = 3
KEEP_DAYS = 7
KEEP_WEEKS = 4
DAILY = timedelta(days=1)

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<reason>[a-z-]+)\.sqlite$")


class BackupError(UserError):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str  # daily, manual, before-upgrade, before-restore, before-passphrase, ...

    def describe(self) -> str:
        local = self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{local} ({self.path})"


def backup_folder(db_path: Path) -> Path:
    """Where the backups of ``db_path`` are kept."""
    db_path = Path(db_path)
    with contextlib.suppress(Exception):
        if db_path.resolve() == default_db_path().resolve():
            return db_path.parent / "backups"
    return db_path.parent / f"{db_path.stem}.backups"


def list_backups(db_path: Path) -> list[Backup]:
    """Backups of ``db_path``, newest first (damaged copies kept aside are not listed)."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        stamp = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        found.append(Backup(entry, stamp, match["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def remove_debris(db_path: Path) -> list[Path]:
    """Remove the temporary files a killed backup, restore or passphrase change left (a whole
    copy of the database, and SQLite's journal of it) beside the database and among its
    backups. Every one of them is written holding the database's instance lock, so the caller
    must hold it: then none is in use. Returns what was removed."""
    db_path = Path(db_path)
    removed = []
    for folder, prefix in ((db_path.parent, f".{db_path.name}."), (backup_folder(db_path), ".")):
        with contextlib.suppress(OSError):
            for entry in folder.iterdir():
                if entry.name.startswith(prefix) and ".tmp" in entry.name and entry.is_file():
                    with contextlib.suppress(OSError):
                        entry.unlink()
                        removed.append(entry)
    return removed


def backup_due(db_path: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is older than a day (or there is none)."""
    now = now or datetime.now(UTC)
    backups = list_backups(db_path)
    return not backups or now - backups[0].taken_at >= DAILY


def _unique_name(db_path: Path, reason: str, now: datetime) -> Path:
    folder = backup_folder(db_path)
    while True:
        stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
        candidate = folder / f"{db_path.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
        if not candidate.exists():
            return candidate
        now += timedelta(microseconds=1)


def create_backup(
    db_path: Path,
    *,
    reason: str = "manual",
    passphrase: str | None = None,
    now: datetime | None = None,
    rotate_after: bool = True,
) -> Backup:
    """Copy the live database (committed data, including what is still in its WAL) to a new
    backup file with the backup API, check the copy, and rotate old backups."""
    db_path = Path(db_path)
    passphrase = _key_for(db_path, passphrase)
    now = now or datetime.now(UTC)
    folder = backup_folder(db_path)
    made_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise files.explain(error, folder / "backup", files.BACKUP) from error
    target = _unique_name(db_path, reason, now)
    try:
        return _copy_checked(db_path, target, passphrase, now, reason, rotate_after)
    except BaseException:
        if made_folder:  # a first backup that failed leaves no empty folder behind
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _copy_checked(
    db_path: Path,
    target: Path,
    passphrase: str | None,
    now: datetime,
    reason: str,
    rotate_after: bool,
) -> Backup:
    errors = crypto.database_errors()
    try:
        with files.temporary_beside(target) as temporary:
            source = crypto.connect(db_path, passphrase, read_only=True)
            try:
                copy = crypto.connect(temporary, passphrase)
                try:
                    source.backup(copy)
                    # One self-contained file: a backup must not depend on a -wal beside it.
                    copy.execute("PRAGMA journal_mode=DELETE").fetchone()
                    problems = integrity.check_connection(copy)
                finally:
                    copy.close()
            finally:
                source.close()
            if problems:
                raise BackupError(
                    "The database ({path}) could not be backed up because it is damaged:"
                    " {problem}.",
                    path=db_path,
                    problem=problems[0],
                )
            files.replace_with(temporary, target)
    except OSError as error:
        raise files.explain(error, target, files.BACKUP) from error
    except errors as error:
        message = str(error).lower()
        if "full" in message or files.no_room_left(target.parent):
            raise files.DiskFullWriteError(
                "The disk is full, so the backup was not made; free some space and try again."
            ) from error
        raise BackupError(
            "The backup of {path} failed: {reason}.", path=db_path, reason=error
        ) from error
    backup = Backup(target, now, reason)
    if rotate_after:
        rotate(db_path)
    return backup


def rotate(db_path: Path) -> list[Path]:
    """Delete backups outside the keep rules; returns the deleted paths."""
    backups = list_backups(db_path)  # newest first
    keep: set[Path] = {b.path for b in backups[:KEEP_NEWEST]}
    days: dict[object, Backup] = {}
    for item in backups:
        days.setdefault(item.taken_at.astimezone().date(), item)
    dailies = list(days.values())[:KEEP_DAYS]
    keep.update(b.path for b in dailies)

    # Weeklies reach further back than the dailies: the newest of each older week.
    def week(item: Backup) -> tuple[int, int]:
        year, number, _day = item.taken_at.astimezone().isocalendar()
        return (year, number)

    cutoff = week(dailies[-1]) if dailies else None
    weeks: dict[object, Backup] = {}
    for item in backups:
        if cutoff is None or week(item) < cutoff:
            weeks.setdefault(week(item), item)
    keep.update(b.path for b in list(weeks.values())[:KEEP_WEEKS])
    deleted = []
    for item in backups:
        if item.path not in keep:
            with contextlib.suppress(OSError):
                item.path.unlink()
                deleted.append(item.path)
    return deleted


def check_backup(path: Path, passphrase: str | None = None) -> list[str]:
    """Problems in a backup file (full ``integrity_check``); [] means it can be trusted."""
    kind = crypto.file_kind(path)
    if kind == "missing":
        return ["the file is missing or empty"]
    if kind == "other":
        return ["not an SQLite database"]
    if kind == "encrypted" and passphrase is None:
        return ["it is encrypted and no passphrase was given"]
    return integrity.check_file(path, passphrase if kind == "encrypted" else None)


def newest_good_backup(db_path: Path, passphrase: str | None = None) -> Backup | None:
    for item in list_backups(db_path):
        if not check_backup(item.path, passphrase):
            return item
    return None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    saved_current: Path | None  # where the replaced database was kept (a backup or a damaged copy)


def _wal_files(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm")]


def _set_aside_damaged(db_path: Path) -> Path:
    """Keep a byte copy of a database that cannot be backed up properly (it may be damaged),
    written whole or not at all: a full disk leaves no partial copy behind."""
    folder = backup_folder(db_path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = folder / f"{db_path.stem}-{stamp}{DAMAGED_SUFFIX}"
    copies = [(db_path, kept)] + [
        (extra, kept.with_name(kept.name + extra.name[len(db_path.name) :]))
        for extra in _wal_files(db_path)
        if extra.exists()
    ]
    done: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for source, target in copies:
            with files.temporary_beside(target) as temporary:
                shutil.copyfile(source, temporary)
                files.replace_with(temporary, target)
            done.append(target)
    except OSError as error:
        for target in done:
            target.unlink(missing_ok=True)
        raise files.explain(error, kept, files.BACKUP) from error
    return kept


def restore(
    db_path: Path, backup: Path | None = None, *, passphrase: str | None = None
) -> RestoreResult:
    """Replace the database with ``backup`` (default: the newest good one).

    The backup is integrity-checked first; the current file is backed up (or, if damaged, copied
    aside byte for byte) before it is replaced; the replacement is one atomic rename, and stale
    ``-wal``/``-shm`` files are removed so SQLite cannot replay them onto the restored file.
    """
    db_path = Path(db_path)
    lock = integrity.InstanceLock.acquire(db_path)  # refuses while another window has it open
    already = {extra for extra in _wal_files(db_path) if extra.exists()}
    try:
        return _restore(db_path, backup, passphrase)
    except BaseException:
        # Checking the current file may have made -wal/-shm files; a failed restore leaves none.
        if lock is not None:
            for extra in set(_wal_files(db_path)) - already:
                with contextlib.suppress(OSError):
                    extra.unlink()
        raise
    finally:
        if lock is not None:
            lock.release()


def _restore(db_path: Path, backup: Path | None, passphrase: str | None) -> RestoreResult:
    if backup is None:
        chosen = newest_good_backup(db_path, passphrase)
        if chosen is None:
            _refuse_passphrase(db_path, [item.path for item in list_backups(db_path)], passphrase)
            raise BackupError("There is no good backup of {path} to restore.", path=db_path)
        backup = chosen.path
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError("The backup {backup} does not exist.", backup=backup)
    _refuse_passphrase(db_path, [backup], passphrase)
    problems = check_backup(backup, passphrase)
    if problems:
        raise BackupError(
            "The backup {backup} cannot be trusted ({problem}); nothing was changed.",
            backup=backup.name,
            problem=problems[0],
        )
    schema.refuse_newer(backup, _key_for(backup, passphrase), kind="backup")
    saved: Path | None = None
    if db_path.exists():  # even emptied: whatever was there is kept, never overwritten
        current_ok = not check_backup(db_path, _key_for(db_path, passphrase))
        if current_ok:
            with contextlib.suppress(*crypto.database_errors()):
                crypto.checkpoint(db_path, _key_for(db_path, passphrase))
            saved = create_backup(
                db_path,
                reason="before-restore",
                passphrase=_key_for(db_path, passphrase),
                rotate_after=False,
            ).path
        else:
            saved = _set_aside_damaged(db_path)
    try:
        with files.temporary_beside(db_path) as temporary:
            shutil.copyfile(backup, temporary)
            for extra in _wal_files(db_path):
                extra.unlink(missing_ok=True)
            files.replace_with(temporary, db_path)
    except OSError as error:
        raise files.explain(error, db_path, files.DATABASE) from error
    return RestoreResult(backup, saved)


def _refuse_passphrase(db_path: Path, backups: list[Path], passphrase: str | None) -> None:
    """When encrypted backups are all that could be restored, say that the passphrase is missing
    or wrong, rather than that there is no good backup."""
    locked = [path for path in backups if crypto.is_encrypted(path)]
    if not locked or len(locked) < len(backups):
        return
    if passphrase is None:
        raise crypto.PassphraseRequiredError(
            "The backups of {path} are protected by a passphrase; give it to restore one.",
            path=db_path,
        )
    for path in locked:
        try:
            crypto.connect(path, passphrase, read_only=True).close()
        except crypto.PassphraseWrongError:
            continue
        except crypto.database_errors():
            continue
        return  # the passphrase opens one: any refusal now is about the backups themselves
    raise crypto.PassphraseWrongError(
        "The passphrase is wrong for the backups of {path}; nothing was changed.", path=db_path
    )


def _key_for(path: Path, passphrase: str | None) -> str | None:
    return passphrase if crypto.is_encrypted(path) else None

"""Keeping databases whole: SQLite integrity checks, one program per database.

* ``quick_check`` on open is O(pages) but skips index cross-checks, so it stays fast; backups get
  the full ``integrity_check`` before they are trusted.
* A second BRST Desktop on the same database would have two people editing one file without
  seeing each other's changes; an exclusive lock on ``<db>.lock`` (released by the OS if the
  program dies) keeps that to one process. Within one process the lock is shared, so tests and a
  window that reopens its own database are not refused.
* Files are written all or nothing by :mod:`brst_desktop.core.files`.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path
from typing import Any

from brst_desktop.core import crypto
from brst_desktop.core.connection import (
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    classify_error,
)
from brst_desktop.core.locks import try_lock
from brst_desktop.errors import UserError

# --- SQLite checks -------------------------------------------------------------------------------


def check_connection(connection: Any, *, thorough: bool = False) -> list[str]:
    """Problems SQLite reports for an open DB-API connection; an empty list means "ok"."""
    pragma = "integrity_check" if thorough else "quick_check"
    rows = connection.execute(f"PRAGMA {pragma}(20)").fetchall()
    problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
    if not problems and thorough:
        problems = [
            f"foreign key from {row[0]} to {row[2]}"
            for row in connection.execute("PRAGMA foreign_key_check").fetchall()[:20]
        ]
    return problems


def check_file(path: Path, passphrase: str | None = None, *, thorough: bool = True) -> list[str]:
    """Problems found in the database file at ``path`` (opened read-only); [] means good."""
    try:
        connection = crypto.connect(path, passphrase, read_only=True)
    except crypto.PassphraseError as error:
        return [str(error)]
    except crypto.database_errors() as error:
        _raise_if_environment(error, path)
        return [str(error)]
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return ["not a BRST Desktop database"]
        return check_connection(connection, thorough=thorough)
    except crypto.database_errors() as error:
        _raise_if_environment(error, path)
        return [str(error)]
    except UnicodeDecodeError as error:  # a table name whose bytes were overwritten
        return [f"unreadable text in the schema ({error.reason})"]
    finally:
        connection.close()


def _raise_if_environment(error: BaseException, path: Path) -> None:
    """A check that could not run (a full disk, a lock, no permission) says nothing about the
    file: raise the sentence for that, rather than calling a healthy file damaged."""
    refusal = classify_error(error, path)
    if isinstance(refusal, DiskFullError | DatabaseLockedError | DatabaseReadOnlyError):
        raise refusal from error


# --- one program per database --------------------------------------------------------------------


class DatabaseInUseError(UserError):
    """Another BRST Desktop (another process) has this database open."""


_held: dict[Path, tuple[int, int]] = {}  # lock file -> (file descriptor, users in this process)
_held_guard = threading.Lock()


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """The exclusive right of this process to write one database; :meth:`release` gives it up."""

    def __init__(self, lock_file: Path) -> None:
        self.lock_file = lock_file
        self._released = False

    @classmethod
    def acquire(cls, db_path: Path) -> InstanceLock | None:
        """The lock, or None when the folder cannot hold a lock file (a read-only folder: then
        nobody can write the database anyway). Raises :class:`DatabaseInUseError` if another
        process holds it."""
        lock_file = lock_path_for(db_path.resolve())
        with _held_guard:
            if lock_file in _held:
                fd, users = _held[lock_file]
                _held[lock_file] = (fd, users + 1)
                return cls(lock_file)
            while True:
                try:
                    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
                except OSError:
                    return None
                if not try_lock(fd):
                    os.close(fd)
                    raise DatabaseInUseError(
                        "The database ({path}) is already open in another BRST Desktop window;"
                        " close that window first, or keep working there.",
                        path=db_path,
                    )
                # The last holder removes the file as it lets go; if that happened between our
                # open and our lock, we hold a file nobody else can see: open the name again.
                if _names(fd, lock_file):
                    break
                os.close(fd)
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
            _held[lock_file] = (fd, 1)
            return cls(lock_file)

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with _held_guard:
            fd, users = _held.get(self.lock_file, (-1, 0))
            if users > 1:
                _held[self.lock_file] = (fd, users - 1)
                return
            _held.pop(self.lock_file, None)
            if fd < 0:
                return
            # Removed while still held, so nobody can lock the old file after us; a clean exit
            # leaves no lock file beside the database. (Windows cannot remove an open file.)
            if sys.platform != "win32":
                with contextlib.suppress(OSError):
                    self.lock_file.unlink()
            os.close(fd)  # closing the descriptor releases the OS lock
            if sys.platform == "win32":
                with contextlib.suppress(OSError):
                    self.lock_file.unlink()


def _names(fd: int, path: Path) -> bool:
    """Is the file open on ``fd`` still the one at ``path``?"""
    try:
        named = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)

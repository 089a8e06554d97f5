"""Opening a database: the checks before anything is written, the backup before an upgrade,
the migration; and the :class:`Database` the rest of the program works with.

This is the policy above the low level (:mod:`~brst_desktop.core.connection` for the engine,
sessions and error sentences; :mod:`~brst_desktop.core.crypto` for connections;
:mod:`~brst_desktop.core.schema` for revisions): nothing below imports it. The names callers need
with an open database (``Database`` and the refusals) are re-exported here, so the program has one
place to ask for a database.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from brst_desktop.core import backup, crypto, integrity, schema
from brst_desktop.core.connection import (
    Database,
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    classify_error,
    create_sqlite_engine,
    read_only_connection,
)
from brst_desktop.core.location import default_db_path
from brst_desktop.core.models import Base
from brst_desktop.core.schema_version import SCHEMA_HEAD

__all__ = [
    "Database",
    "DatabaseCorruptError",
    "DatabaseError",
    "DatabaseLockedError",
    "DatabaseReadOnlyError",
    "DatabaseTooNewError",
    "DiskFullError",
    "classify_error",
    "default_db_path",
    "migrate",
    "open_database",
]


def migrate(engine: Engine, stored: str | None) -> None:
    """Bring the schema to the head revision in one transaction, rolled back whole on error.

    An empty database gets the current schema directly (``create_all``, then stamped), which is
    what running every migration would give (a test compares the two) and needs no Alembic.
    """
    if stored == SCHEMA_HEAD:
        return
    if stored is None:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            connection.execute(
                text(
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
                    " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                )
            )
            connection.execute(
                text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD}
            )
        return
    from alembic import command  # about 0.4 s of imports, only when a migration is due

    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), "head")


def open_database(
    path: Path | None = None,
    *,
    migrate_schema: bool = True,
    passphrase: str | None = None,
    read_only: bool = False,
    backups: bool = True,
) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    Before anything is written: the file's kind is checked (an encrypted file needs
    ``passphrase``), the schema version is read, ``quick_check`` runs (a damaged file is refused
    untouched, naming the newest good backup), and this process takes the database's instance
    lock (a second BRST Desktop is refused). Then a backup is made before a migration, or when
    the newest backup is more than a day old. A file or folder that cannot be written is opened
    read-only.
    """
    path = Path(path) if path is not None else default_db_path()
    if path.exists() and path.is_dir():
        raise DatabaseError("{path} is a folder, not a database file.", path=path)
    kind = crypto.file_kind(path)
    if kind == "encrypted" and passphrase is None:
        raise crypto.PassphraseRequiredError(
            "The database ({path}) is protected by a passphrase; give the passphrase to open it.",
            path=path,
        )
    key = passphrase if kind in ("encrypted", "missing") else None
    stored: str | None = None
    if kind != "missing":
        connection = read_only_connection(path, key)
        try:
            stored = schema.refuse_newer(path, key, connection=connection)
            _refuse_if_damaged(path, key, connection)
        finally:
            connection.close()
        read_only = read_only or not _writable(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(
                "The folder for the database ({folder}) cannot be created: {reason}.",
                folder=path.parent,
                reason=error.strerror,
            ) from error
        if not os.access(path.parent, os.W_OK):
            raise DatabaseReadOnlyError(
                "The folder {folder} cannot be written to, so a database cannot be created there.",
                folder=path.parent,
            )
    lock = None if read_only else integrity.InstanceLock.acquire(path)
    try:
        if read_only:
            if stored != SCHEMA_HEAD:
                raise DatabaseReadOnlyError(
                    "The database ({path}) is read-only and was made by an older version of"
                    " BRST Desktop; copy it to a folder you can write to so it can be upgraded.",
                    path=path,
                )
        elif backups and kind != "missing":
            _backup_on_open(path, key, stored)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    engine = create_sqlite_engine(path, passphrase=key, read_only=read_only)
    try:
        if migrate_schema and not read_only:
            migrate(engine, stored)
    except DBAPIError as error:
        engine.dispose()
        if lock is not None:
            lock.release()
        user_error = classify_error(error, path)
        if user_error is not None:
            raise user_error from error
        raise
    except BaseException:
        engine.dispose()
        if lock is not None:
            lock.release()
        raise
    return Database(engine, path, passphrase=key, read_only=read_only, lock=lock)


def _writable(path: Path) -> bool:
    """Can this process change the file (WAL also needs the folder for its -wal/-shm files)?

    Opening for writing is the only honest test: ``os.access`` says yes to root for a file that
    is immutable or on a read-only mount."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(fd)
    if not os.access(path.parent, os.W_OK):
        return False
    probe = path.with_name(f".{path.name}.write-test")
    try:
        probe.touch()
        probe.unlink()
    except OSError:
        return False
    return True


def _refuse_if_damaged(path: Path, passphrase: str | None, connection: Any) -> None:
    """``quick_check`` before use; a damaged file is refused untouched, naming a good backup."""
    try:
        problems = integrity.check_connection(connection)
    except crypto.database_errors() as error:
        problems = [str(error)]
    if not problems:
        return
    good = backup.newest_good_backup(path, passphrase)
    if good:
        refusal = DatabaseCorruptError(
            "The database ({path}) is damaged; it was not changed. The newest good backup is from"
            " {backup}; restore it from the File menu or with 'brst-desktop restore'.",
            path=path,
            backup=good.describe(),
        )
    else:
        refusal = DatabaseCorruptError(
            "The database ({path}) is damaged; it was not changed. There is no good backup of it.",
            path=path,
        )
    refusal.backup = good.path if good else None
    raise refusal


def _backup_on_open(path: Path, passphrase: str | None, stored: str | None) -> None:
    if stored is not None and stored != SCHEMA_HEAD:
        backup.create_backup(path, reason="before-upgrade", passphrase=passphrase)
    elif stored is not None and backup.backup_due(path):
        backup.create_backup(path, reason="daily", passphrase=passphrase)

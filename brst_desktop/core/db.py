"""Opening a database: the checks before anything is written, the backup before an upgrade,
the migration; and the :class:`Database` the rest of the program works with.

This is the policy above the low level (:mod:`~brst_desktop.core.connection` for the engine,
sessions and error sentences; :mod:`~brst_desktop.core.crypto` for connections;
:mod:`~brst_desktop.core.schema` for revisions): nothing below imports it. The names callers need
with an open database (``Database`` and the refusals) are re-exported here, so the program has one
place to ask for a database.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from brst_desktop.core import (
    backup,
    change_notices,
    crypto,
    files,
    history,
    integrity,
    schema,
    server,
)
from brst_desktop.core.connection import (
    Database,
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    DatabaseMissingError,
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
    "DatabaseMissingError",
    "DatabaseReadOnlyError",
    "DatabaseTooNewError",
    "DiskFullError",
    "check_path",
    "classify_error",
    "default_db_path",
    "migrate",
    "open_database",
    "open_server_database",
]


#: pg_advisory_xact_lock key held while a server database's schema is made or upgraded, so
#: that two staff starting the program at once do not both migrate (any 64-bit number).
MIGRATION_LOCK = 0x42525354  # "BRST"


def migrate(engine: Engine, stored: str | None) -> None:
    """Bring the schema to the head revision in one transaction, rolled back whole on error.

    An empty database gets the current schema directly (``create_all``, then stamped), which is
    what running every migration would give (a test compares the two) and needs no Alembic.
    On PostgreSQL the transaction first takes an advisory lock and reads the revision again:
    another program may have upgraded the database meanwhile.
    """
    if stored == SCHEMA_HEAD:
        return
    if stored is None:
        with engine.begin() as connection:
            if connection.dialect.name != "sqlite":
                connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
                if "alembic_version" in inspect(connection).get_table_names():
                    return  # made by another program while we waited for the lock
            Base.metadata.create_all(connection)
            change_notices.install(connection)  # PostgreSQL: other windows hear of changes
            history.install(connection)  # PostgreSQL: every change kept, by its author
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

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A migration that rebuilds a table (SQLite's only way to drop or alter a column)
            # drops the old one; with foreign keys on, that deletes every child row through
            # ON DELETE CASCADE. The pragma only takes effect outside a transaction.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                if not sqlite:
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK}
                    )
                command.upgrade(schema.alembic_config(connection), "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise DatabaseError(
                            "Upgrading the database ({path}) would break a link between records"
                            " (table {table}); it was not changed.",
                            path=engine.url.database,
                            table=broken[0],
                        )
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def open_database(
    path: Path | None = None,
    *,
    migrate_schema: bool = True,
    passphrase: str | None = None,
    read_only: bool = False,
    backups: bool = True,
    create: bool = True,
) -> Database:
    """Open the database at ``path`` (creating it if ``create``) and bring its schema up to date.

    Before anything is written: the path is checked (a folder, a device, a path under a file are
    refused), the file's kind is checked (an encrypted file needs ``passphrase``), the schema
    version is read, ``quick_check`` runs, and this process takes the database's instance lock
    (a second BRST Desktop is refused). A damaged file, whatever the damage (emptied, cut short,
    overwritten, bytes flipped), is refused untouched, naming the newest good backup. Then a
    backup is made before a migration, or when the newest backup is more than a day old. A file
    or folder that cannot be written is opened read-only. Without ``create`` (every command but
    the window), a missing database is refused rather than made empty.
    """
    path = Path(path) if path is not None else default_db_path()
    check_path(path)
    kind = crypto.file_kind(path)
    if kind == "missing":
        if path.exists() and backup.list_backups(path):
            raise _damaged(path, passphrase)  # emptied: a file with backups was never empty
        if not create:
            raise DatabaseMissingError(
                "There is no database at {path}; check the path, or start BRST Desktop once"
                " to create one.",
                path=path,
            )
    elif kind == "other":
        raise _damaged(path, passphrase)
    elif kind == "encrypted" and passphrase is None:
        if _plain_backups_only(path):
            raise _damaged(path, None)  # setting a passphrase re-keys every backup
        raise crypto.PassphraseRequiredError(
            "The database ({path}) is protected by a passphrase; give the passphrase to open it.",
            path=path,
        )
    key = passphrase if kind in ("encrypted", "missing") else None
    stored: str | None = None
    if kind != "missing":
        stored = _check_existing(path, key, passphrase)
        read_only = read_only or not _writable(path)
    else:
        _make_folder(path)
    beside = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    already = {extra for extra in beside if extra.exists()}
    lock = None if read_only else integrity.InstanceLock.acquire(path)
    engine = None
    try:
        if read_only:
            if stored != SCHEMA_HEAD:
                raise DatabaseReadOnlyError(
                    "The database ({path}) is read-only and was made by an older version of"
                    " BRST Desktop; copy it to a folder you can write to so it can be upgraded.",
                    path=path,
                )
        elif kind != "missing":
            backup.remove_debris(path)  # a killed backup's copy; we hold the lock now
            if backups:
                _backup_on_open(path, key, stored)
        engine = create_sqlite_engine(path, passphrase=key, read_only=read_only)
        # Connect now: the pragmas (WAL needs room for its files) fail here, not in some read.
        engine.connect().close()
        if migrate_schema and not read_only:
            migrate(engine, stored)
    except BaseException as error:
        if engine is not None:
            engine.dispose()
        for extra in beside:
            # Made by this failed open (we hold the lock; nothing was committed through them).
            if extra not in already and lock is not None:
                with contextlib.suppress(OSError):
                    extra.unlink()
        if lock is not None:
            lock.release()
        refusal = _on_open_failure(error, path)
        if refusal is error:
            raise
        raise refusal from error
    return Database(engine, path, passphrase=key, read_only=read_only, lock=lock)


def open_server_database(
    address: str | server.ServerAddress,
    *,
    migrate_schema: bool = True,
    initialise: bool = False,
    password: str | None = None,
) -> Database:
    """Open a database on the office's PostgreSQL server and bring its schema up to date.

    Nothing of a database file applies: no instance lock (many staff share it), no backups
    (the administrator's pg_dump), no encryption at rest (the server's). The server is reached
    once first, so that an unreachable server, a refused user or a missing database is one
    sentence; a database written by a newer BRST Desktop, or by another program, is refused
    untouched. An empty database gets its schema only with ``initialise`` (``admin init``):
    staff connecting to the wrong, empty database must not find it silently set up.
    ``password``: one typed into the window, used for this engine's connections only (never
    written anywhere); otherwise libpq's password file or the keyring.
    """
    if isinstance(address, str):
        address = server.parse_address(address)
    where = address.describe()
    password = server.reach(address, password)
    engine = server.create_server_engine(address, password)

    def classify(error: BaseException) -> DatabaseError | None:
        return server.classify_server_error(error, address)

    try:
        with engine.connect() as connection:
            try:
                stored = schema.server_revision(connection, where)
            except DBAPIError as error:
                if not isinstance(classify(error), server.ServerRefusedError):
                    raise
                raise server.ServerRefusedError(
                    "The user {user} has no clearance on the office server's database"
                    " {database}; ask the office's administrator to grant one.",
                    user=address.user,
                    database=address.database,
                ) from error
        if stored is None and not initialise:
            raise DatabaseMissingError(
                "The database {database} on the office server is not set up for BRST Desktop"
                " yet; the office's administrator sets it up with 'brst-desktop --db ADDRESS"
                " admin init'.",
                database=address.database,
            )
        if migrate_schema:
            try:
                migrate(engine, stored)
            except DBAPIError as error:
                if not isinstance(classify(error), server.ServerRefusedError):
                    raise
                raise DatabaseError(
                    "The database {database} on the office server was made by an older BRST"
                    " Desktop; the office's administrator upgrades it with 'brst-desktop --db"
                    " ADDRESS admin init'.",
                    database=address.database,
                ) from error
    except BaseException as error:
        engine.dispose()
        if isinstance(error, DBAPIError) and (refusal := classify(error)) is not None:
            raise refusal from error
        raise
    return Database(engine, None, server=where, classify=classify, address=address.text)


def check_path(path: Path) -> None:
    """Refuse a path that cannot be a database file: a folder, a device or pipe, a path under a
    file. Every command checks the path before it reads or writes anything there."""
    try:
        if path.is_dir():
            raise DatabaseError("{path} is a folder, not a database file.", path=path)
        if path.exists():
            if not stat.S_ISREG(path.stat().st_mode):
                raise DatabaseError(
                    "{path} is not a database file (it is a device or a pipe).", path=path
                )
            return
        parent = path.parent
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
        if not parent.is_dir():
            raise DatabaseError(
                "{path} cannot be a database: {parent} is a file, not a folder.",
                path=path,
                parent=parent,
            )
    except OSError as error:
        raise DatabaseError(
            "The database ({path}) cannot be reached: {reason}.",
            path=path,
            reason=error.strerror or error,
        ) from error


#: What reading a damaged file can raise before the engine exists (SQLite, or text in it that
#: is not UTF-8 any more).
_DAMAGE: tuple[type[Exception], ...] = (
    DatabaseCorruptError,
    UnicodeDecodeError,
    *crypto.database_errors(),
)


def _check_existing(path: Path, key: str | None, passphrase: str | None) -> str | None:
    """The stored revision of an existing file, after refusing a newer, foreign or damaged one."""
    try:
        connection = read_only_connection(path, key)
    except crypto.PassphraseWrongError:
        if passphrase is not None and backup.newest_good_backup(path, passphrase) is not None:
            # The passphrase opens its backups, so the file itself is what is wrong.
            raise _damaged(path, passphrase) from None
        raise
    except _DAMAGE as error:
        raise _damaged(path, passphrase) from error
    try:
        stored = schema.refuse_newer(path, key, connection=connection)
        problems = integrity.check_connection(connection)
    except _DAMAGE as error:
        raise _damaged(path, passphrase) from error
    finally:
        connection.close()
    if problems:
        raise _damaged(path, passphrase)
    return stored


def _plain_backups_only(path: Path) -> bool:
    kinds = {crypto.file_kind(item.path) for item in backup.list_backups(path)}
    return kinds == {"plain"}


def _make_folder(path: Path) -> None:
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


def _on_open_failure(error: BaseException, path: Path) -> BaseException:
    """The sentence for a failure while opening: a full disk says it stopped the opening."""
    if isinstance(error, (DBAPIError, *crypto.database_errors())):
        error = classify_error(error, path) or error
    if isinstance(error, DiskFullError | files.DiskFullWriteError) or (
        isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)
    ):
        return DiskFullError(
            "The disk holding the database ({folder}) is full, so it was not opened; free some"
            " space and try again.",
            folder=path.parent,
        )
    return error


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


def _damaged(path: Path, passphrase: str | None) -> DatabaseCorruptError:
    """The refusal of a damaged file, naming the newest backup to restore (the file is left as
    it is: a restore keeps it aside)."""
    good = backup.newest_good_backup(path, passphrase)
    if good:
        refusal = DatabaseCorruptError(
            "The database ({path}) is damaged; it was not changed. The newest good backup is from"
            " {backup}; restore it from the File menu or with 'brst-desktop restore'.",
            path=path,
            backup=good.describe(),
        )
        refusal.backup = good.path
        return refusal
    locked = [item for item in backup.list_backups(path) if crypto.is_encrypted(item.path)]
    if passphrase is None and locked:
        # Its backups can only be checked with the passphrase; the restore asks for it.
        refusal = DatabaseCorruptError(
            "The database ({path}) is damaged; it was not changed. The newest backup, from"
            " {backup}, is protected by a passphrase; restore it from the File menu or with"
            " 'brst-desktop restore'.",
            path=path,
            backup=locked[0].describe(),
        )
        refusal.backup = locked[0].path
        return refusal
    return DatabaseCorruptError(
        "The database ({path}) is damaged; it was not changed. There is no good backup of it.",
        path=path,
    )


def _backup_on_open(path: Path, passphrase: str | None, stored: str | None) -> None:
    if stored is not None and stored != SCHEMA_HEAD:
        backup.create_backup(path, reason="before-upgrade", passphrase=passphrase)
    elif stored is not None and backup.backup_due(path):
        backup.create_backup(path, reason="daily", passphrase=passphrase)

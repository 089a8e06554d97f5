"""Opening the database: engine and pragmas, schema version checks, migrations, sessions.

One short session per user action (:meth:`Database.session`), never one for the life of the
program. Errors that come from the user's environment (a locked, read-only, corrupt or full
database) are turned into :class:`DatabaseError` subclasses with a sentence for the user; anything
else is our bug and keeps its traceback.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from brst_desktop.core.schema_version import SCHEMA_HEAD
from brst_desktop.errors import UserError
from brst_desktop.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

APP_NAME = "BRST Desktop"
DB_FILE_NAME = "brst-desktop.sqlite"


class DatabaseError(UserError):
    """The database cannot be used as asked; the message says why in one sentence."""


class DatabaseTooNewError(DatabaseError):
    pass


class DatabaseLockedError(DatabaseError):
    pass


class DatabaseReadOnlyError(DatabaseError):
    pass


class DatabaseCorruptError(DatabaseError):
    #: The newest backup that passed integrity_check, when one exists (the GUI offers it).
    backup: Path | None = None


class DiskFullError(DatabaseError):
    pass


def default_db_path() -> Path:
    """The database in the user's data folder (created on first use)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILE_NAME


def classify_error(error: BaseException, path: Path | str = "") -> DatabaseError | None:
    """A user-facing error for a failure caused by the environment, or None for our own bugs."""
    original = error.orig if isinstance(error, DBAPIError) else error
    message = str(original).lower()
    # Two templates each where the path may be unknown: a translator sees whole sentences.
    if "locked" in message or "busy" in message:
        if path:
            return DatabaseLockedError(
                "The database ({path}) is in use by another program or another BRST Desktop"
                " window; close it and try again.",
                path=path,
            )
        return DatabaseLockedError(
            "The database is in use by another program or another BRST Desktop window;"
            " close it and try again."
        )
    if "readonly" in message or "read-only" in message or "read only" in message:
        if path:
            return DatabaseReadOnlyError(
                "The database ({path}) is read-only; changes cannot be saved. Copy it to a folder"
                " you can write to, or open it from there.",
                path=path,
            )
        return DatabaseReadOnlyError(
            "The database is read-only; changes cannot be saved. Copy it to a folder you"
            " can write to, or open it from there."
        )
    if "disk is full" in message or "disk full" in message or "no space" in message:
        return DiskFullError(
            "The disk is full, so the change was not saved; free some space and try again."
        )
    if (
        "not a database" in message
        or "malformed" in message
        or "corrupt" in message
        or "encrypted" in message
    ):
        if path:
            return DatabaseCorruptError(
                "The file ({path}) is damaged or is not a BRST Desktop database; it was not"
                " changed.",
                path=path,
            )
        return DatabaseCorruptError(
            "The file is damaged or is not a BRST Desktop database; it was not changed."
        )
    if "unable to open" in message:
        if path:
            return DatabaseError(
                "The database ({path}) cannot be opened: check that the folder exists"
                " and that you may write to it.",
                path=path,
            )
        return DatabaseError(
            "The database cannot be opened: check that the folder exists"
            " and that you may write to it."
        )
    return None


def _alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations are bundled"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def _read_only_connection(path: Path, passphrase: str | None = None) -> Any:
    """A read-only DB-API connection for the checks made before the engine exists."""
    from brst_desktop.core import crypto

    # Without a WAL file there is nothing uncommitted to read, so open the file as immutable:
    # SQLite then creates no -wal/-shm files beside a database we may be about to refuse. A
    # read-only folder cannot hold them either.
    has_wal = path.with_name(path.name + "-wal").exists()
    immutable = not has_wal or not os.access(path.parent, os.W_OK)
    key = passphrase if crypto.file_kind(path) == "encrypted" else None
    try:
        return crypto.connect(path, key, read_only=not immutable, immutable=immutable)
    except crypto.database_errors() as error:
        raise classify_error(error, path) or error from error


def stored_revision(
    path: Path, passphrase: str | None = None, *, connection: Any = None
) -> str | None:
    """The schema revision recorded in an existing file, read without changing the file.

    ``connection``: an open read-only connection to reuse (opening an encrypted file costs a
    key derivation, about a third of a second, so open_database opens it once)."""
    from brst_desktop.core import crypto

    own = connection is None
    if own:
        connection = _read_only_connection(path, passphrase)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise DatabaseError(
                    "The file ({path}) is an SQLite database of another program; it was not"
                    " changed.",
                    path=path,
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except crypto.database_errors() as error:
        raise classify_error(error, path) or error from error
    finally:
        if own:
            connection.close()


def check_version(
    path: Path, passphrase: str | None = None, *, connection: Any = None
) -> str | None:
    """Refuse a database written by a newer BRST Desktop before anything touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    revision = stored_revision(path, passphrase, connection=connection)
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise DatabaseTooNewError(
            "The database ({path}) was written by a newer version of BRST Desktop (schema"
            " {revision}); it was not changed. Install the newer version to open it.",
            path=path,
            revision=revision,
        )
    return revision


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=3000")
        # WAL: readers never block the writer, and a crash leaves the last commit intact.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=3000")
        cursor.execute("PRAGMA query_only=ON")
    finally:
        cursor.close()


def create_sqlite_engine(
    path: Path, *, passphrase: str | None = None, read_only: bool = False
) -> Engine:
    """The engine for a database file: plain sqlite3, or SQLCipher keyed with ``passphrase``."""
    from sqlalchemy.pool import QueuePool

    from brst_desktop.core import crypto

    if passphrase is None and not read_only:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:
        immutable = read_only and not os.access(path.parent, os.W_OK)

        def connect() -> Any:
            return crypto.connect(
                path,
                passphrase,
                read_only=read_only and not immutable,
                immutable=immutable,
                check_same_thread=False,
            )

        engine = create_engine(
            "sqlite://",
            module=crypto.dbapi_module(passphrase),
            creator=connect,
            poolclass=QueuePool,
            future=True,
        )
    event.listen(engine, "connect", _set_read_only_pragmas if read_only else _set_sqlite_pragmas)
    return engine


class Database:
    """An open database: the engine and a factory of short sessions.

    ``read_only`` is True when the file or its folder cannot be written (the GUI says so and
    disables editing); ``passphrase`` is kept for backups and re-keying of an encrypted file.
    """

    def __init__(
        self,
        engine: Engine,
        path: Path | None = None,
        *,
        passphrase: str | None = None,
        read_only: bool = False,
        lock: Any = None,
    ) -> None:
        self.engine = engine
        self.path = path
        self.passphrase = passphrase
        self.read_only = read_only
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as error:
            user_error = classify_error(error, self.path or "")
            if user_error is not None:
                raise user_error from error
            raise

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def migrate(engine: Engine, stored: str | None) -> None:
    """Bring the schema to the head revision in one transaction, rolled back whole on error.

    An empty database gets the current schema directly (``create_all``, then stamped), which is
    what running every migration would give (a test compares the two) and needs no Alembic.
    """
    if stored == SCHEMA_HEAD:
        return
    if stored is None:
        from brst_desktop.core.models import Base

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
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")


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
    from brst_desktop.core import crypto, integrity

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
        connection = _read_only_connection(path, key)
        try:
            stored = check_version(path, key, connection=connection)
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
    from brst_desktop.core import backup, crypto, integrity

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
    from brst_desktop.core import backup

    if stored is not None and stored != SCHEMA_HEAD:
        backup.create_backup(path, reason="before-upgrade", passphrase=passphrase)
    elif stored is not None and backup.backup_due(path):
        backup.create_backup(path, reason="daily", passphrase=passphrase)

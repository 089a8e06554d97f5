"""The low level of the database: the engine and its pragmas, short sessions, and telling the
user's environment apart from our own bugs.

Nothing here decides policy (when to back up, whether a file is damaged enough to refuse, how to
migrate): that is :mod:`brst_desktop.core.db` and the modules it uses. This module depends only on
:mod:`brst_desktop.core.crypto` (the DB-API connections), so every policy can use it.

One short session per user action (:meth:`Database.session`), never one for the life of the
program. Errors that come from the user's environment (a locked, read-only, corrupt or full
database) are turned into :class:`DatabaseError` subclasses with a sentence for the user; anything
else is our bug and keeps its traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from brst_desktop.core import authorship, crypto, files
from brst_desktop.core import history as core_history
from brst_desktop.errors import UserError


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


class DatabaseMissingError(DatabaseError):
    """A command (not the window) named a database that does not exist."""


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
    if (
        "disk is full" in message
        or "disk full" in message
        or "no space" in message
        or ("disk i/o error" in message and path and files.no_room_left(Path(path).parent))
    ):
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


def read_only_connection(path: Path, passphrase: str | None = None) -> Any:
    """A read-only DB-API connection for the checks made before the engine exists."""
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


class Releasable(Protocol):
    """A lock the database holds while open (:class:`brst_desktop.core.integrity.InstanceLock`)."""

    def release(self) -> None: ...


#: Turns a failure into the user's sentence, or None for our own bugs.
Classifier = Callable[[BaseException], "DatabaseError | None"]


class Database:
    """An open database: the engine and a factory of short sessions.

    ``read_only`` is True when the file or its folder cannot be written (the GUI says so and
    disables editing); ``passphrase`` is kept for backups and re-keying of an encrypted file.
    A database on an office server has no ``path``: ``server`` names it (``user@host:port/db``)
    and ``classify`` words its failures (an unreachable server rather than a locked file).
    """

    def __init__(
        self,
        engine: Engine,
        path: Path | None = None,
        *,
        passphrase: str | None = None,
        read_only: bool = False,
        lock: Releasable | None = None,
        server: str | None = None,
        classify: Classifier | None = None,
        address: str | None = None,
        history: bool = True,
    ) -> None:
        self.engine = engine
        self.path = path
        self.passphrase = passphrase
        self.read_only = read_only
        self.server = server
        #: The server's URL as given (never holding a password), to reach it again later (a
        #: laptop copy remembers where its trip came from).
        self.address = address
        self._classify = classify
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._author: str | None = None
        if engine.dialect.name == "sqlite" and not read_only and history:
            # every change to the file recorded with its author (the server's own triggers
            # do it on PostgreSQL)
            core_history.attach(engine, lambda: self.author)

    @property
    def author(self) -> str:
        """Who the changes made through this database are recorded as
        (:func:`~brst_desktop.core.authorship.current_author`, asked once)."""
        if self._author is None and self.engine.dialect.name == "sqlite":
            # no connection needed (the history's trigger asks for it in the middle of a write)
            self._author = authorship.login_name()
        if self._author is None:
            with self.engine.connect() as connection:
                self._author = authorship.current_author(connection)
        return self._author

    @author.setter
    def author(self, name: str) -> None:
        self._author = name

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @property
    def on_server(self) -> bool:
        """Is this the office's shared PostgreSQL database rather than a file?"""
        return self.server is not None

    @property
    def location(self) -> str:
        """Where the database is, as a person would name it: its file, or its server."""
        return self.server if self.server is not None else str(self.path or "")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole on any error."""
        try:
            with self._sessions.begin() as session:
                session.info[authorship.AUTHOR_KEY] = self.author
                yield session
        except DBAPIError as error:
            if self._classify is not None:
                user_error = self._classify(error)
            else:
                user_error = classify_error(error, self.path or "")
            if user_error is not None:
                raise user_error from error
            raise

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

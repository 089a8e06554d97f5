"""DB-API connections to a database file, plain (sqlite3) or encrypted (SQLCipher), and telling
an encrypted file from a plain one.

The lowest layer of the database code: it imports nothing of the program but its errors. Setting
or changing the passphrase (a policy: back up first, re-key the backups) is
:mod:`brst_desktop.core.passphrase`.

A plain database starts with the 16-byte SQLite header; an SQLCipher file starts with a random
salt and is a whole number of pages long.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from brst_desktop.errors import UserError

SQLITE_HEADER = b"SQLite format 3\x00"


class PassphraseError(UserError):
    """The database is encrypted and the passphrase is missing or wrong."""


class PassphraseRequiredError(PassphraseError):
    pass


class PassphraseWrongError(PassphraseError):
    pass


def file_kind(path: Path) -> str:
    """``"missing"`` (absent or empty), ``"plain"`` (an SQLite header), ``"encrypted"`` (looks like
    an SQLCipher file: whole pages of high-entropy bytes) or ``"other"`` (neither)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    if size == 0:
        return "missing"
    with path.open("rb") as handle:
        head = handle.read(64)
        if head.startswith(SQLITE_HEADER):
            return "plain"
        # SQLCipher pages are 512..65536 bytes; the file starts with 16 random salt bytes. Text
        # and other formats almost never satisfy both (a text file is mostly printable ASCII).
        printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
        if size < 512 or size % 512 or printable >= len(head) * 0.9 or head[:16] == bytes(16):
            return "other"  # a zeroed salt is a wiped header, not a key's salt
        if _has_plain_pages(handle, size):
            return "other"  # a plain database whose first page was overwritten
    return "encrypted"


#: The first byte of an SQLite b-tree page (interior and leaf, index and table).
_PAGE_KINDS = frozenset({2, 5, 10, 13})


def _has_plain_pages(handle: Any, size: int, page: int = 4096, pages: int = 8) -> bool:
    """Do the pages after the first read as SQLite's own (plain) pages? Every byte of an
    encrypted page is random: a page starting like a b-tree page happens 1 time in 64."""
    looked = plain = 0
    for number in range(1, pages + 1):
        if (number + 1) * page > size:
            break
        handle.seek(number * page)
        looked += 1
        plain += handle.read(1)[0] in _PAGE_KINDS
    return looked >= 3 and plain * 2 > looked


def is_encrypted(path: Path) -> bool:
    return file_kind(path) == "encrypted"


def _quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA takes no bound parameters)."""
    if "\x00" in passphrase:
        raise PassphraseError("A passphrase cannot contain a NUL character.")
    return "'" + passphrase.replace("'", "''") + "'"


def connect(
    path: Path | str,
    passphrase: str | None = None,
    *,
    read_only: bool = False,
    immutable: bool = False,
    check_same_thread: bool = True,
) -> Any:
    """A DB-API connection: stdlib sqlite3 for a plain file, sqlcipher3 keyed for an encrypted one.

    The key is checked at once (a wrong key only shows on the first read), so a wrong passphrase
    raises :class:`PassphraseWrongError` here, not later in some query.
    """
    uri = Path(path).resolve().as_uri()
    params = []
    if read_only:
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    if params:
        uri += "?" + "&".join(params)
    if passphrase is None:
        return sqlite3.connect(uri, uri=True, check_same_thread=check_same_thread)
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(uri, uri=True, check_same_thread=check_same_thread)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # it logs failed keys to stderr
        connection.execute(f"PRAGMA key = {_quote(passphrase)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        connection.close()
        if "not a database" in str(error).lower():
            raise PassphraseWrongError(
                "The passphrase is wrong for the database ({path}), or the file is damaged;"
                " nothing was changed.",
                path=path,
            ) from error
        raise
    return connection


def dbapi_module(passphrase: str | None) -> Any:
    if passphrase is None:
        return sqlite3
    from sqlcipher3 import dbapi2 as sqlcipher

    return sqlcipher


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API error classes of both drivers, for ``except`` clauses around raw connections."""
    from sqlcipher3 import dbapi2 as sqlcipher

    return (sqlite3.Error, sqlcipher.Error)


def export_copy(source: Path, target: Path, old: str | None, new: str | None) -> None:
    """Copy the database ``source`` (key ``old``) into a new file ``target`` keyed with ``new``
    (``None``: plain) using ``sqlcipher_export``; ``target`` must not exist."""
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(source))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if old is not None:
            connection.execute(f"PRAGMA key = {_quote(old)}")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            raise PassphraseWrongError(
                "The current passphrase is wrong for the database ({path}); nothing was changed.",
                path=source,
            ) from error
        connection.execute(
            f"ATTACH DATABASE {_quote(str(target))} AS exported KEY {_quote(new or '')}"
        )
        connection.execute("SELECT sqlcipher_export('exported')").fetchone()
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA exported.user_version = {int(version)}")
        connection.commit()
        connection.execute("DETACH DATABASE exported")
    finally:
        connection.close()
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def checkpoint(path: Path, passphrase: str | None) -> None:
    """Fold the WAL into the main file, so that nothing lives only in ``-wal``."""
    connection = connect(path, passphrase)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()

"""Database files in tests: read back as data (to tell "unchanged" from "changed"
byte-independently), damaged on purpose, or held open by another program."""

from __future__ import annotations

import hashlib
import sqlite3
import textwrap
from pathlib import Path

from brst_desktop.core import crypto


def dump(path: Path, passphrase: str | None = None) -> list[str]:
    """Every statement that recreates the database: equal dumps, equal data."""
    connection = crypto.connect(path, passphrase if crypto.is_encrypted(path) else None)
    try:
        # Like iterdump (which sqlcipher3 lacks): the schema, then each table's rows in order.
        out = []
        schema = connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        for kind, name, sql in schema:
            out.append(f"{kind} {name}: {sql}")
            if kind == "table":
                rows = connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
                out.extend(f"{name} {row!r}" for row in rows)
        return out
    finally:
        connection.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corrupt(path: Path) -> None:
    """Scribble over the middle of a table's pages (keeps the header, breaks b-trees)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12), page):
        data[offset : offset + 400] = b"\xff" * 400
    path.write_bytes(bytes(data))


#: a program that opens the database named by its argument, says "open", and holds it a minute
HOLD_OPEN = textwrap.dedent(
    """
    import sys, time
    from brst_desktop.core.db import open_database
    db = open_database(sys.argv[1])
    print("open", flush=True)
    time.sleep(60)
    """
)

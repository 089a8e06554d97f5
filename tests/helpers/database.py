"""Reading a database file back as data, to tell "unchanged" from "changed" byte-independently."""

from __future__ import annotations

import hashlib
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

"""Helpers for the data-safety tests: database dumps, subprocess CLI runs, demo copies."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brst_desktop.core import crypto
from brst_desktop.core.db import Database
from brst_desktop.core.demo import open_demo_database

REPO_ROOT = Path(__file__).resolve().parents[2]


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


def run_cli(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    """The real command line in a fresh interpreter (what a user or a script runs)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("BRST_PASSPHRASE", None) if "BRST_PASSPHRASE" not in (env or {}) else None
    return subprocess.run(
        [sys.executable, "-m", "brst_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=kwargs.pop("cwd", None),
        timeout=kwargs.pop("timeout", 60),
        **kwargs,
    )


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A closed demo database file (no instance lock held by the test)."""
    folder = tmp_path / "demo"
    folder.mkdir()
    database: Database = open_demo_database(folder)
    path = database.path
    database.close()
    assert path is not None
    return path


def package_entries(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def build_package(
    entries: dict[str, bytes],
    *,
    fix_manifest: bool = True,
    infos: dict[str, object] | None = None,
    compression: int | None = None,
) -> bytes:
    """A trip file from raw entries; by default the manifest's sizes and checksums are made to
    match, so a test reaches the checks behind them. ``infos`` gives ZipInfo objects by name."""
    import io
    import json
    import zipfile

    entries = dict(entries)
    if fix_manifest and "manifest.json" in entries:
        manifest = json.loads(entries["manifest.json"])
        manifest["entries"] = [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in entries.items()
            if name not in ("mimetype", "manifest.json")
        ]
        entries["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            info = (infos or {}).get(name) or zipfile.ZipInfo(name)
            method = compression if compression is not None else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, method)  # type: ignore[arg-type]
    return out.getvalue()


def tiny_png(color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), color).save(out, "PNG")
    return out.getvalue()

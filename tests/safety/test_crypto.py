"""Encryption at rest: set, change and remove a passphrase; right and wrong passphrases; no
plaintext on disk; encrypted backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from brst_desktop.core import backup, crypto
from brst_desktop.core import models as m
from brst_desktop.core.db import open_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.passphrase import change_passphrase
from tests.helpers.cli import run_main
from tests.helpers.database import dump

SECRET = "ความลับ of the ministry's"  # Thai, spaces and a quote: all must survive quoting
THAI_NAMES = ("ศุภมาส".encode(), "หยิน เหอจวิ้น".encode(), "阴和俊".encode())


def _plaintext_in(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [name for name in THAI_NAMES if name in data]


def _encrypt(path: Path, passphrase: str = SECRET) -> None:
    change_passphrase(path, None, passphrase)


def test_setting_a_passphrase_leaves_no_readable_copy(demo_copy: Path) -> None:
    open_database(demo_copy).close()  # a daily backup, in plain text so far
    before = dump(demo_copy)
    assert _plaintext_in(demo_copy)
    _encrypt(demo_copy)
    assert crypto.file_kind(demo_copy) == "encrypted"
    assert _plaintext_in(demo_copy) == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(demo_copy).execute("SELECT * FROM person").fetchall()
    backups = backup.list_backups(demo_copy)
    assert len(backups) == 2  # the daily one and the one taken before encrypting
    for item in backups:  # re-keyed: the old plain backups no longer give the data away
        assert crypto.file_kind(item.path) == "encrypted"
        assert _plaintext_in(item.path) == []
    assert dump(demo_copy, SECRET) == before


def test_right_and_wrong_passphrase(demo_copy: Path) -> None:
    _encrypt(demo_copy)
    with pytest.raises(crypto.PassphraseRequiredError, match="protected by a passphrase"):
        open_database(demo_copy)
    with pytest.raises(crypto.PassphraseWrongError, match="passphrase is wrong"):
        open_database(demo_copy, passphrase="guess")
    database = open_database(demo_copy, passphrase=SECRET)
    try:
        with database.session() as session:
            assert session.get(m.Person, demo_id("person:yin")).name_native == "阴和俊"
            session.get(m.Trip, demo_id("trip")).notes = "written encrypted"
        made = backup.create_backup(demo_copy, passphrase=SECRET)
    finally:
        database.close()
    assert crypto.file_kind(made.path) == "encrypted" and _plaintext_in(made.path) == []
    assert backup.check_backup(made.path, SECRET) == []
    assert backup.check_backup(made.path, "guess") != []


def test_cli_takes_the_passphrase_from_a_file_or_the_environment(
    demo_copy: Path, tmp_path: Path
) -> None:
    _encrypt(demo_copy)
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    by_file = run_main("--db", str(demo_copy), "--passphrase-file", str(secret_file), "backup")
    assert by_file.returncode == 0, by_file.stderr
    missing = run_main("--db", str(demo_copy), "backup")  # no terminal to ask on
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "protected by a passphrase" in missing.stderr
    wrong = run_main("--db", str(demo_copy), "backup", env={"BRST_PASSPHRASE": "guess"})
    assert wrong.returncode == 2 and "passphrase is wrong" in wrong.stderr
    for item in backup.list_backups(demo_copy):
        assert crypto.file_kind(item.path) == "encrypted"
    # The environment variable works too, here for a restore of an encrypted backup.
    restored = run_main("--db", str(demo_copy), "restore", env={"BRST_PASSPHRASE": SECRET})
    assert restored.returncode == 0, restored.stderr
    assert crypto.file_kind(demo_copy) == "encrypted"

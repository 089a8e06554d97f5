"""Every kind of damage to a database file with a good backup: the file is refused untouched,
the backup is offered (on the command line and in the window), and restoring it keeps the
damaged file aside. Never a traceback, never a passphrase asked of a plain file."""

from __future__ import annotations

import argparse
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from brst_desktop.core import backup, crypto
from brst_desktop.core import models as m
from brst_desktop.core.db import DatabaseCorruptError, open_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.passphrase import change_passphrase
from tests.helpers.cli import run_main
from tests.helpers.database import sha

SECRET = "ช้างเผือก white elephant"


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


def _cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _cut_mid_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: 4096 * 3 + 1234])


def _one_page_of_garbage(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(4096))


def _zeroed_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _random_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = random.Random(8).randbytes(100)
    path.write_bytes(bytes(data))


def _flipped(seed: int) -> Callable[[Path], None]:
    def flip(path: Path) -> None:
        chooser = random.Random(seed)
        data = bytearray(path.read_bytes())
        for _ in range(100):
            data[chooser.randrange(len(data))] = chooser.randrange(256)
        path.write_bytes(bytes(data))

    return flip


DAMAGES: dict[str, Callable[[Path], None]] = {
    "emptied": _emptied,
    "cut in half": _cut_in_half,
    "cut mid-page": _cut_mid_page,
    "one page of garbage": _one_page_of_garbage,
    "zeroed header": _zeroed_header,
    "random header": _random_header,
    # Seeds whose flips used to end in a traceback (text that is not UTF-8 any more) or in
    # pages quick_check rejects.
    "100 flipped bytes (a)": _flipped(3),
    "100 flipped bytes (b)": _flipped(24),
}


def _settled(path: Path) -> backup.Backup:
    """The database at rest (no -wal) with one good backup of it."""
    open_database(path).close()  # the daily backup, and the WAL folded in
    (made,) = backup.list_backups(path)
    for suffix in ("-wal", "-shm"):
        assert not path.with_name(path.name + suffix).exists()
    return made


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_database_is_refused_untouched_and_its_backup_offered(
    demo_copy: Path, damage: Callable[[Path], None]
) -> None:
    good = _settled(demo_copy)
    damage(demo_copy)
    damaged = sha(demo_copy)
    with pytest.raises(DatabaseCorruptError) as refused:
        open_database(demo_copy)
    assert refused.value.backup == good.path
    assert str(good.path) in str(refused.value) and "brst-desktop restore" in str(refused.value)
    assert sha(demo_copy) == damaged

    # On the command line: the same sentence for any command, then 'restore' works.
    for command in (["backup"], ["backup", "--list"], ["list"], ["export", "-o", "x.pdf"]):
        result = run_main("--db", demo_copy, *command)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.count("\n") == 1 and "is damaged" in result.stderr, command
        assert str(good.path) in result.stderr
    assert sha(demo_copy) == damaged
    restored = run_main("--db", demo_copy, "restore")
    assert restored.returncode == 0, restored.stderr
    (kept,) = [p for p in backup.backup_folder(demo_copy).iterdir() if p.suffix == ".damaged"]
    assert sha(kept) == damaged and f"kept as {kept}" in restored.stdout
    database = open_database(demo_copy)
    try:
        with database.session() as session:
            assert session.get(m.Person, demo_id("person:yin")).name_native == "阴和俊"
    finally:
        database.close()


def test_flipped_bytes_never_end_in_a_traceback(demo_copy: Path, tmp_path: Path) -> None:
    """Forty different damages: each opens (the bytes hit unused space) or is refused as
    damaged with the backup named; nothing else."""
    good = _settled(demo_copy)
    refused = 0
    for seed in range(40):
        copy = tmp_path / f"flip{seed}" / demo_copy.name
        copy.parent.mkdir()
        copy.write_bytes(demo_copy.read_bytes())
        backups = backup.backup_folder(copy)
        backups.mkdir()
        (backups / good.path.name).write_bytes(good.path.read_bytes())
        _flipped(seed)(copy)
        try:
            open_database(copy, backups=False).close()
        except DatabaseCorruptError as error:
            refused += 1
            assert error.backup == backups / good.path.name, seed
    assert refused >= 30


@pytest.mark.parametrize("damage", [_random_header, _zeroed_header, _cut_in_half])
def test_an_encrypted_database_gets_its_encrypted_backup_offered(
    demo_copy: Path, damage: Callable[[Path], None]
) -> None:
    change_passphrase(demo_copy, None, SECRET)
    good = backup.create_backup(demo_copy, passphrase=SECRET)
    damage(demo_copy)
    damaged = sha(demo_copy)
    # With the passphrase: the backup opens with it, so the database is what is damaged.
    with pytest.raises(DatabaseCorruptError) as refused:
        open_database(demo_copy, passphrase=SECRET)
    assert refused.value.backup == good.path and "newest good backup" in str(refused.value)
    secret = {"BRST_PASSPHRASE": SECRET}
    result = run_main("--db", demo_copy, "backup", env=secret)
    assert result.returncode == 2 and str(good.path) in result.stderr, result.stderr
    restored = run_main("--db", demo_copy, "restore", env=secret)
    assert restored.returncode == 0, restored.stderr
    (kept,) = [p for p in backup.backup_folder(demo_copy).iterdir() if p.suffix == ".damaged"]
    assert sha(kept) == damaged
    assert crypto.file_kind(demo_copy) == "encrypted"
    open_database(demo_copy, passphrase=SECRET).close()


def test_the_window_offers_the_backup_for_every_kind_of_damage(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from brst_desktop.gui.safety.startup import open_for_gui

    seen: list[str] = []

    def restore_it(box: QMessageBox) -> int:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Restore the Backup").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", restore_it)
    pristine = demo_copy.read_bytes()
    for name, damage in DAMAGES.items():
        for leftover in backup.backup_folder(demo_copy).glob("*"):
            leftover.unlink()
        demo_copy.write_bytes(pristine)
        _settled(demo_copy)
        damage(demo_copy)
        damaged = sha(demo_copy)
        seen.clear()
        database = open_for_gui(argparse.Namespace(db=str(demo_copy), demo=False))
        try:
            assert len(seen) == 1 and "is damaged" in seen[0], name
            with database.session() as session:
                assert session.get(m.Trip, demo_id("trip")) is not None, name
        finally:
            database.close()
        kept = [p for p in backup.backup_folder(demo_copy).iterdir() if p.suffix == ".damaged"]
        assert [sha(p) for p in kept] == [damaged], name


def test_a_wrong_passphrase_for_the_backups_is_called_wrong(demo_copy: Path) -> None:
    change_passphrase(demo_copy, None, SECRET)
    backup.create_backup(demo_copy, passphrase=SECRET)
    before = sha(demo_copy)
    result = run_main("--db", demo_copy, "restore", env={"BRST_PASSPHRASE": "a guess"})
    assert result.returncode == 2
    assert result.stderr == (
        f"brst-desktop: The passphrase is wrong for the backups of {demo_copy}; nothing was"
        " changed.\n"
    )
    assert sha(demo_copy) == before
    os.environ.pop("BRST_PASSPHRASE", None)

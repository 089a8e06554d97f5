"""A second instance, a read-only database, a full disk: a clear sentence and unchanged data."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from brst_desktop.core import db as db_module
from brst_desktop.core import files, integrity
from brst_desktop.core import models as m
from brst_desktop.core.db import DatabaseReadOnlyError, DiskFullError, open_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.exchange import pack_trip
from tests.helpers.cli import run_main
from tests.helpers.database import HOLD_OPEN, dump, sha


def test_a_second_instance_is_refused_with_a_clear_message(demo_copy: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(demo_copy)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = dump(demo_copy)
        with pytest.raises(integrity.DatabaseInUseError, match="already open in another"):
            open_database(demo_copy)
        refused = run_main("--db", str(demo_copy), "backup")
        assert refused.returncode == 2
        assert refused.stderr.startswith("brst-desktop: The database")
        assert refused.stderr.count("\n") == 1 and "already open" in refused.stderr
        # A restore must not pull the file from under the other window either.
        assert run_main("--db", str(demo_copy), "restore").returncode == 2
        # Packing only reads, so it works beside the open window (read-only).
        packed = run_main("--db", str(demo_copy), "pack", "-o", str(demo_copy.parent / "t.brst"))
        assert packed.returncode == 0, packed.stderr
        assert dump(demo_copy) == before
    finally:
        holder.kill()
        holder.wait()
    open_database(demo_copy).close()  # the lock died with the other program


def test_the_same_process_may_open_its_database_twice(demo_copy: Path) -> None:
    first = open_database(demo_copy)
    second = open_database(demo_copy)
    second.close()
    with first.session() as session:
        assert session.get(m.Trip, demo_id("trip")) is not None
    first.close()


@contextlib.contextmanager
def _made_read_only(path: Path, what: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Make the database file (or its folder) read-only for real; yields the path to open.

    Permissions do not bind root (CI runs as root), so as root the file is made immutable
    (chattr +i) and the folder is reached through a read-only bind mount. Where the container
    allows neither, the OS's answer is simulated at the boundary (the file opened mode=ro)."""
    if os.geteuid() != 0:
        target = path if what == "file" else path.parent
        mode = target.stat().st_mode
        target.chmod(0o444 if what == "file" else 0o555)
        try:
            yield path
        finally:
            target.chmod(mode)
        return
    immutable = what == "file" and shutil.which("chattr")
    if (
        immutable
        and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    ):
        try:
            yield path
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        return
    if what == "folder" and shutil.which("mount"):
        mount_point = path.parent.parent / "read-only-view"
        mount_point.mkdir()
        bound = subprocess.run(
            ["mount", "--bind", str(path.parent), str(mount_point)], capture_output=True
        )
        if bound.returncode == 0:
            try:
                subprocess.run(["mount", "-o", "remount,ro,bind", str(mount_point)], check=True)
                yield mount_point / path.name
            finally:
                subprocess.run(["umount", str(mount_point)], check=True)
            return
    monkeypatch.setattr(db_module, "_writable", lambda _path: False)
    yield path


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_opens_read_only_and_refuses_edits(
    demo_copy: Path, what: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(demo_copy).close()  # settle the daily backup so the file is at rest
    before = dump(demo_copy)
    with _made_read_only(demo_copy, what, monkeypatch) as path:
        database = open_database(path)
        try:
            assert database.read_only
            with database.session() as session:
                assert session.get(m.Trip, demo_id("trip")).title_en.startswith("The first Belt")
            refused_edit = pytest.raises(DatabaseReadOnlyError, match="read-only")
            with refused_edit, database.session() as session:
                session.get(m.Trip, demo_id("trip")).title_en = "changed"
        finally:
            database.close()
        refused = run_main("--db", str(path), "unpack", str(path))
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert dump(demo_copy) == before


def test_a_full_disk_refuses_the_edit_and_keeps_the_data(demo_copy: Path) -> None:
    database = open_database(demo_copy)
    try:
        pages = database.engine.connect()
        page_count = pages.exec_driver_sql("PRAGMA page_count").scalar()
        pages.close()

        # SQLite's own size cap behaves exactly like a full disk (SQLITE_FULL) on every platform.
        @event.listens_for(database.engine, "connect")
        def cap(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_connection.execute(f"PRAGMA max_page_count = {page_count}")

        database.engine.dispose()
        before = dump(demo_copy)
        with pytest.raises(DiskFullError, match="disk is full"), database.session() as session:
            session.get(m.Trip, demo_id("trip")).title_en = "A new title"
            for index in range(200):
                session.add(m.Person(name_en=f"Filler {index}", biography_en="x" * 20_000))
        assert dump(demo_copy) == before
    finally:
        database.close()


def test_a_full_disk_while_packing_leaves_no_partial_file(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    from brst_desktop.core import backup

    database = open_database(demo_copy)
    target = tmp_path / "out" / "trip.brst"
    target.parent.mkdir()
    kept = sorted(backup.backup_folder(demo_copy).iterdir())
    monkeypatch.setattr(files.os, "fsync", no_space)  # where a full disk reports itself
    try:
        with pytest.raises(files.DiskFullWriteError, match=r"disk holding .* is full"):
            pack_trip(database, target)
        with pytest.raises(files.DiskFullWriteError, match=r"disk holding .* is full"):
            backup.create_backup(demo_copy)
    finally:
        database.close()
    assert list(target.parent.iterdir()) == []  # neither the file nor a temporary one
    assert sorted(backup.backup_folder(demo_copy).iterdir()) == kept  # no half backup


def test_a_database_locked_by_another_program_refuses_the_edit_cleanly(demo_copy: Path) -> None:
    import sqlite3

    from brst_desktop.core.db import DatabaseLockedError

    database = open_database(demo_copy)
    other = sqlite3.connect(demo_copy, timeout=0)  # e.g. a database browser mid-transaction
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE trip SET notes = 'held by another program'")
    try:
        refused = pytest.raises(DatabaseLockedError, match="in use by another program")
        with refused, database.session() as session:
            session.get(m.Trip, demo_id("trip")).title_en = "Never saved"
    finally:
        other.rollback()
        other.close()
    with database.session() as session:
        trip = session.get(m.Trip, demo_id("trip"))
        assert trip.title_en.startswith("The first Belt")
        assert trip.notes != "held by another program"
    database.close()


# --- a full disk, for real where a small file system can be mounted ---------------------------


def _settled_copy(demo_copy: Path, folder: Path, *, with_backup: bool) -> Path:
    """The demo database at rest in ``folder`` (no -wal), with a fresh backup if asked."""
    open_database(demo_copy).close()
    target = folder / demo_copy.name
    shutil.copyfile(demo_copy, target)
    if with_backup:
        from brst_desktop.core import backup

        backup.create_backup(target)
        import sqlite3

        last = sqlite3.connect(target)  # the last connection folds in and removes -wal, -shm
        last.execute("SELECT count(*) FROM sqlite_master").fetchone()
        last.close()
    return target


def _simulate_full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no file system can be mounted: what SQLite and the OS say on a full disk, at the
    boundary (SQLITE_FULL from the first pragma, ENOSPC from fsync)."""
    import sqlite3

    from brst_desktop.core import connection

    def full(_connection, _record) -> None:  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(connection, "_set_sqlite_pragmas", full)
    monkeypatch.setattr(files.os, "fsync", no_space)


@pytest.mark.parametrize("backup_due", [True, False], ids=["backup due", "backup made"])
def test_opening_on_a_full_disk_says_so_and_leaves_nothing_behind(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backup_due: bool
) -> None:
    from tests.helpers.disks import contents, fill, small_disk

    with small_disk(tmp_path) as disk:
        folder = disk or tmp_path / "disk"
        path = _settled_copy(demo_copy, folder, with_backup=not backup_due)
        before, present = sha(path), contents(folder)
        if disk is not None:
            fill(disk)
        else:
            _simulate_full_disk(monkeypatch)
        try:
            database = open_database(path)
        except DiskFullError as refused:
            assert str(refused) == (
                f"The disk holding the database ({folder}) is full, so it was not opened; free"
                " some space and try again."
            )
            result = run_main("--db", path, "list")
            assert result.returncode == 2 and "is full, so it was not opened" in result.stderr
        else:
            # Its -wal and -shm were already there, so it could be read: a change is refused.
            assert not backup_due, "a daily backup cannot have been made on a full disk"
            try:
                refused_edit = pytest.raises(DiskFullError, match="the change was not saved")
                with refused_edit, database.session() as session:
                    session.get(m.Trip, demo_id("trip")).notes = "x" * 100_000
            finally:
                database.close()
        assert contents(folder) == present  # no lock, no -wal, no backup folder, no temp file
        assert sha(path) == before


def test_restore_on_a_full_disk_keeps_the_healthy_database_and_leaves_no_copy(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It used to call the healthy database damaged and leave a partial copy of it."""
    from brst_desktop.core import backup
    from tests.helpers.disks import contents, fill, small_disk

    with small_disk(tmp_path) as disk:
        folder = disk or tmp_path / "disk"
        path = _settled_copy(demo_copy, folder, with_backup=True)
        before, present = sha(path), contents(folder)
        if disk is not None:
            fill(disk)
        else:
            _simulate_full_disk(monkeypatch)
        result = run_main("--db", path, "restore")
        assert result.returncode == 2
        assert "disk" in result.stderr and "full" in result.stderr, result.stderr
        assert "damaged" not in result.stderr
        assert contents(folder) == present
        assert sha(path) == before
        assert not [p for p in backup.backup_folder(path).iterdir() if p.suffix == ".damaged"]


def test_setting_aside_a_damaged_database_on_a_full_disk_leaves_no_partial_copy(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from brst_desktop.core import backup
    from tests.helpers.disks import contents, fill, small_disk

    with small_disk(tmp_path, size_kb=1536) as disk:
        folder = disk or tmp_path / "disk"
        path = _settled_copy(demo_copy, folder, with_backup=True)
        data = bytearray(path.read_bytes())
        data[:100] = bytes(100)  # damaged: its header wiped
        path.write_bytes(bytes(data))
        present = contents(folder)
        if disk is not None:
            fill(disk)
        else:

            def no_space(_source: object, _target: object) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(backup.shutil, "copyfile", no_space)
        with pytest.raises(files.DiskFullWriteError):
            backup.restore(path)
        assert contents(folder) == present
        assert path.read_bytes() == bytes(data)  # the damaged file itself is untouched


def test_exporting_from_a_read_only_database_refuses_before_writing_the_pdf(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It used to write the PDF and then report that the edition could not be recorded."""
    open_database(demo_copy).close()
    out = tmp_path / "out"
    out.mkdir()
    with _made_read_only(demo_copy, "file", monkeypatch) as path:
        refused = run_main("--db", path, "export", "-o", out / "book.pdf")
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1
        assert "open read-only, so a new edition cannot be recorded" in refused.stderr
        assert list(out.iterdir()) == []
        draft = run_main("--db", path, "export", "-o", out / "book.pdf", "--no-edition")
        assert draft.returncode == 0, draft.stderr
        assert (out / "book.pdf").stat().st_size > 10_000

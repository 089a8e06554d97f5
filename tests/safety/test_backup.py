"""Integrity check on open, automatic and manual backups, rotation, and restore."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from brst_desktop.core import backup
from brst_desktop.core import models as m
from brst_desktop.core.db import DatabaseCorruptError, open_database
from brst_desktop.core.demo import demo_id
from tests.helpers import REPO_ROOT
from tests.helpers.cli import run_main
from tests.helpers.database import corrupt, dump, sha

FIXTURE_0001 = REPO_ROOT / "tests" / "fixtures" / "db" / "schema-0001.sqlite"


def _rename_trip(path: Path, title: str) -> None:
    database = open_database(path)
    try:
        with database.session() as session:
            session.get(m.Trip, demo_id("trip")).title_en = title
    finally:
        database.close()


def _trip_title(path: Path) -> str:
    database = open_database(path, backups=False)
    try:
        with database.session() as session:
            return session.get(m.Trip, demo_id("trip")).title_en
    finally:
        database.close()


def test_a_migration_is_preceded_by_a_backup_of_the_old_version(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE_0001, path)
    before = dump(path)
    open_database(path).close()
    (made,) = backup.list_backups(path)
    assert made.reason == "before-upgrade"
    assert made.path.parent == tmp_path / "old.backups"
    assert dump(made.path) == before  # the backup is the database as it was, at schema 0001
    assert backup.check_backup(made.path) == []
    assert not Path(str(made.path) + "-wal").exists()


def test_opening_makes_a_daily_backup_only_when_the_newest_is_a_day_old(demo_copy: Path) -> None:
    assert backup.list_backups(demo_copy) == []
    open_database(demo_copy).close()
    assert [b.reason for b in backup.list_backups(demo_copy)] == ["daily"]
    open_database(demo_copy).close()  # a second open the same day adds nothing
    assert len(backup.list_backups(demo_copy)) == 1
    old = backup.list_backups(demo_copy)[0]
    older_stamp = (old.taken_at - timedelta(days=2)).strftime("%Y%m%dT%H%M%S%fZ")
    old.path.rename(old.path.with_name(f"demo-{older_stamp}-daily.sqlite"))
    open_database(demo_copy).close()
    assert len(backup.list_backups(demo_copy)) == 2


def test_a_backup_holds_commits_that_are_still_only_in_the_wal(demo_copy: Path) -> None:
    database = open_database(demo_copy)
    try:
        with database.session() as session:
            session.get(m.Trip, demo_id("trip")).title_en = "Only in the WAL"
        assert Path(str(demo_copy) + "-wal").stat().st_size > 0
        made = backup.create_backup(demo_copy)
    finally:
        database.close()
    connection = sqlite3.connect(made.path)
    title = connection.execute("SELECT title_en FROM trip").fetchone()[0]
    connection.close()
    assert title == "Only in the WAL"


def test_rotation_keeps_newest_dailies_and_weeklies(tmp_path: Path) -> None:
    db_path = tmp_path / "rot.sqlite"
    folder = backup.backup_folder(db_path)
    folder.mkdir()
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    for hours in range(0, 24 * 60, 8):  # three a day for sixty days
        stamp = (now - timedelta(hours=hours)).strftime("%Y%m%dT%H%M%S%fZ")
        (folder / f"rot-{stamp}-daily.sqlite").write_bytes(b"x")
    backup.rotate(db_path)
    kept = backup.list_backups(db_path)
    days = {b.taken_at.astimezone().date() for b in kept}
    weeks = {b.taken_at.astimezone().isocalendar()[:2] for b in kept}
    assert 7 <= len(days) <= 7 + 4
    assert len(weeks) >= 4
    assert len(kept) <= 3 + 7 + 4
    assert kept[0].taken_at == now  # the newest survives
    assert min(b.taken_at for b in kept) < now - timedelta(days=28)  # a month-old weekly


def test_a_corrupt_database_is_refused_untouched_and_the_good_backup_named(
    demo_copy: Path,
) -> None:
    open_database(demo_copy).close()  # makes the daily backup
    (good,) = backup.list_backups(demo_copy)
    corrupt(demo_copy)
    digest = sha(demo_copy)
    with pytest.raises(DatabaseCorruptError) as refused:
        open_database(demo_copy)
    message = str(refused.value)
    assert "damaged" in message and str(good.path) in message and "restore" in message
    assert refused.value.backup == good.path
    assert sha(demo_copy) == digest
    assert len(backup.list_backups(demo_copy)) == 1  # no backup was taken of the damaged file


def test_cli_restore_picks_the_newest_good_backup_and_keeps_the_replaced_file(
    demo_copy: Path,
) -> None:
    _rename_trip(demo_copy, "Version one")  # this open makes the daily backup (the demo title)
    made = run_main("--db", str(demo_copy), "backup")
    assert made.returncode == 0, made.stderr
    _rename_trip(demo_copy, "Version two")
    newest = backup.list_backups(demo_copy)[0]
    broken = newest.path.with_name(
        newest.path.name.replace(
            newest.taken_at.strftime("%Y%m%dT%H%M%S%fZ"),
            (newest.taken_at + timedelta(seconds=5)).strftime("%Y%m%dT%H%M%S%fZ"),
        ).replace("manual", "daily")
    )
    shutil.copy(newest.path, broken)
    corrupt(broken)  # the newest backup is damaged: restore must skip it

    restored = run_main("--db", str(demo_copy), "restore")

    assert restored.returncode == 0, restored.stderr
    assert str(newest.path) in restored.stdout
    assert _trip_title(demo_copy) == "Version one"
    saved = [b for b in backup.list_backups(demo_copy) if b.reason == "before-restore"]
    assert len(saved) == 1
    connection = sqlite3.connect(saved[0].path)
    assert connection.execute("SELECT title_en FROM trip").fetchone()[0] == "Version two"
    connection.close()
    assert not Path(str(demo_copy) + "-wal").exists() or _trip_title(demo_copy) == "Version one"


def test_restore_removes_a_stale_wal_so_it_is_not_replayed(demo_copy: Path) -> None:
    made = backup.create_backup(demo_copy)
    database = open_database(demo_copy)
    try:
        with database.session() as session:
            session.get(m.Trip, demo_id("trip")).title_en = "Edited after the backup"
        wal = Path(str(demo_copy) + "-wal")
        stale_wal = wal.read_bytes()
    finally:
        database.close()
    wal.write_bytes(stale_wal)  # as if the program had died with the edit only in the WAL
    backup.restore(demo_copy, made.path)
    assert not wal.exists()
    assert _trip_title(demo_copy) != "Edited after the backup"
    assert backup.check_backup(demo_copy) == []


def test_restore_refuses_a_damaged_backup_and_changes_nothing(demo_copy: Path) -> None:
    made = backup.create_backup(demo_copy)
    corrupt(made.path)
    before = dump(demo_copy)
    result = run_main("--db", str(demo_copy), "restore", str(made.path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot be trusted" in result.stderr
    assert dump(demo_copy) == before


def test_restore_over_a_corrupt_database_keeps_the_damaged_copy(demo_copy: Path) -> None:
    made = backup.create_backup(demo_copy)
    corrupt(demo_copy)
    damaged_digest = sha(demo_copy)
    result = backup.restore(demo_copy)
    assert result.restored_from == made.path
    assert result.saved_current is not None and result.saved_current.suffix == ".damaged"
    assert sha(result.saved_current) == damaged_digest
    database = open_database(demo_copy)
    try:
        with database.session() as session:
            assert session.scalars(select(m.Person)).first() is not None
    finally:
        database.close()


def test_a_backup_from_a_newer_program_is_refused_by_the_same_rule_as_a_database(
    demo_copy: Path,
) -> None:
    """One rule for "written by a newer BRST Desktop": opening and restoring agree."""
    from brst_desktop.core.db import DatabaseTooNewError

    made = backup.create_backup(demo_copy)
    connection = sqlite3.connect(made.path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    assert backup.check_backup(made.path) == []  # sound, only newer
    before = dump(demo_copy)
    with pytest.raises(DatabaseTooNewError, match="made by a newer version") as refused:
        backup.restore(demo_copy, made.path)
    assert refused.value.fields == {"backup": made.path.name}
    assert dump(demo_copy) == before
    future = demo_copy.with_name("future.sqlite")
    shutil.copy(made.path, future)
    with pytest.raises(DatabaseTooNewError, match=r"written by a newer version .* 9999_from"):
        open_database(future)

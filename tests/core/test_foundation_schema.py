"""Schema versions: a new database gets the current schema, old ones upgrade, newer are refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select

from brst_desktop.core import models as m
from brst_desktop.core import schema
from brst_desktop.core.bilingual import FORMER_COLUMNS
from brst_desktop.core.db import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseTooNewError,
    open_database,
)
from brst_desktop.core.schema_version import SCHEMA_HEAD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema_diff(engine) -> list:
    with engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), m.Base.metadata)


def _table_rows(path: Path) -> dict[str, dict[object, dict[str, object]]]:
    """Every row of every table, by table and then by the row's id (or its whole content)."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
            )
        ]
        out: dict[str, dict[object, dict[str, object]]] = {}
        for table in tables:
            rows = [dict(r) for r in connection.execute(f'SELECT * FROM "{table}"')]
            out[table] = {r.get("id", r.get("record_id", repr(sorted(r.items())))): r for r in rows}
        return out
    finally:
        connection.close()


def _kept(table: str, column: str, value: object, new: dict[str, object]) -> bool:
    """Whether an old column's value is still in the upgraded row: unchanged, or split into
    its Thai and English columns (revision 0003), or a route split into departure and arrival."""
    if column in new:
        if new[column] == value:
            return True
        if table == "event" and column.startswith("venue"):
            suffix = column.removeprefix("venue")
            arrival = new.get(f"arrival_venue{suffix}", "")
            if column == "venue_native":
                return value in (new[column], arrival)
            return value == f"{new[column]} → {arrival}"
        return False
    if column in FORMER_COLUMNS.get(table, ()):
        th, en = new[f"{column}_th"], new[f"{column}_en"]
        text = str(value or "").strip()
        return text in {th, en, f"{th} / {en}", f"{en} / {th}"}
    return False


def test_schema_head_constant_is_alembics_head() -> None:
    assert schema.script_directory().get_current_head() == SCHEMA_HEAD


def test_fresh_database_gets_the_current_schema(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite")
    try:
        assert _schema_diff(database.engine) == []
        with database.engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == SCHEMA_HEAD
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        database.close()


def test_running_every_migration_gives_the_same_schema_as_a_fresh_database(tmp_path: Path) -> None:
    """New databases skip Alembic (create_all + stamp); the migrations must agree with that."""
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite'}")
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), "head")
    assert _schema_diff(engine) == []
    fresh = open_database(tmp_path / "fresh.sqlite")
    migrated_tables = set(inspect(engine).get_table_names())
    assert migrated_tables == set(inspect(fresh.engine).get_table_names())
    for table in migrated_tables:
        migrated = {c["name"] for c in inspect(engine).get_columns(table)}
        created = {c["name"] for c in inspect(fresh.engine).get_columns(table)}
        assert migrated == created, table
    engine.dispose()
    fresh.close()


def _fixture_databases() -> list[Path]:
    return sorted(FIXTURES.glob("schema-*.sqlite"))


def test_there_is_a_fixture_for_every_revision() -> None:
    """Each schema revision keeps a small database with data, so later upgrades are tested."""
    revisions = schema.known_revisions()
    fixtures = {p.stem.removeprefix("schema-") for p in _fixture_databases()}
    missing = revisions - fixtures
    assert not missing, f"add tests/fixtures/db/schema-REV.sqlite for {missing}"


@pytest.mark.parametrize("fixture", _fixture_databases(), ids=lambda p: p.stem)
def test_a_database_at_an_earlier_revision_upgrades_without_loss(
    fixture: Path, tmp_path: Path
) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    before = _table_rows(copy)
    assert sum(len(rows) for rows in before.values()) > 50, "fixture must hold data"
    database = open_database(copy)
    try:
        assert _schema_diff(database.engine) == []
        with database.session() as session:
            trip = session.scalars(select(m.Trip)).one()
            assert "ฉงชิ่ง" in trip.destination_th
            names = set(session.scalars(select(m.Person.name_native)))
            assert "阴和俊" in names
    finally:
        database.close()
    after = _table_rows(copy)
    for table, rows in before.items():
        # Every row that existed is still there, and every value it held (new columns may add
        # values; a split column keeps its text in its Thai and English columns).
        assert after[table].keys() == rows.keys(), table
        for key, old in rows.items():
            new = after[table][key]
            lost = [
                c
                for c, v in old.items()
                if table != "exchange_state" and not _kept(table, c, v, new)
            ]
            assert not lost, (table, key, lost)


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    digest, mtime = _sha(path), path.stat().st_mtime_ns

    with pytest.raises(DatabaseTooNewError) as refused:
        open_database(path)

    assert "newer version of BRST Desktop" in str(refused.value)
    assert _sha(path) == digest
    assert path.stat().st_mtime_ns == mtime
    assert not path.with_name(path.name + "-wal").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are my notes, not a database.\n" * 200)
    digest = _sha(path)
    with pytest.raises(DatabaseCorruptError):
        open_database(path)
    assert _sha(path) == digest


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    digest = _sha(path)
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)
    assert _sha(path) == digest


def test_naive_datetimes_are_refused(empty_db) -> None:
    with pytest.raises(Exception, match="naive datetime"), empty_db.session() as session:
        trip = m.Trip(title_en="x")
        session.add(trip)
        session.flush()
        session.add(
            m.Event(trip_id=trip.id, starts_at=datetime(2023, 11, 6, 9), timezone="Asia/Shanghai")
        )
        session.flush()


def test_foreign_keys_are_enforced(empty_db) -> None:
    import uuid

    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), empty_db.session() as session:
        session.add(m.DelegationMember(trip_id=uuid.uuid4(), person_id=uuid.uuid4()))
        session.flush()

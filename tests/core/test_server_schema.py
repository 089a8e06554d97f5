"""The office server (PostgreSQL, tests/helpers/postgres.py): every committed fixture revision
upgrades there as on a file, a newer schema is refused untouched, and each way of failing to
reach the server is one sentence."""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, Uuid, create_engine, insert, select, text

from brst_desktop.core import models as m
from brst_desktop.core import schema, server
from brst_desktop.core.db import (
    DatabaseError,
    DatabaseMissingError,
    DatabaseTooNewError,
    open_database,
    open_server_database,
)
from brst_desktop.core.schema_version import SCHEMA_HEAD
from tests.helpers.cli import run_main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _engine(url: str):
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def _revision_of(fixture: Path) -> str:
    connection = sqlite3.connect(fixture)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _copy_rows(fixture: Path, url: str) -> int:
    """Every row of the fixture file into the server database at the same revision."""
    source = create_engine(f"sqlite:///{fixture}")
    target = _engine(url)
    old, new = MetaData(), MetaData()
    old.reflect(source)
    new.reflect(target)
    copied = 0
    with source.connect() as reading, target.begin() as writing:
        # Rows go in table by table; the links between them are checked by the upgrade's end.
        writing.execute(text("SET session_replication_role = replica"))
        for table in new.sorted_tables:
            if table.name == "alembic_version":
                continue
            uuids = {c.name for c in table.columns if isinstance(c.type, Uuid)}
            rows = [dict(r) for r in reading.execute(select(old.tables[table.name])).mappings()]
            for row in rows:
                for name in uuids:
                    if isinstance(row[name], str):
                        row[name] = uuid.UUID(row[name])
            if rows:
                writing.execute(insert(table), rows)
                copied += len(rows)
    source.dispose()
    target.dispose()
    return copied


def _contents(engine) -> dict[str, dict[Any, dict[str, Any]]]:
    """Every row of every model table, typed as the program reads it, by table and id."""
    out = {}
    with engine.connect() as connection:
        for table in m.Base.metadata.sorted_tables:
            key = "id" if "id" in table.c else table.primary_key.columns.keys()[0]
            out[table.name] = {
                row[key]: dict(row) for row in connection.execute(select(table)).mappings()
            }
    return out


def _fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("schema-*.sqlite"))


@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda p: p.stem)
def test_a_fixture_revision_upgrades_on_the_server_as_it_does_in_a_file(
    fixture: Path, tmp_path: Path, server_database
) -> None:
    """The server database is made at the fixture's revision by its own migrations, given the
    fixture's rows, then opened: it upgrades to the head and holds what the same file holds
    after its own upgrade, value for value."""
    url = server_database()
    revision = _revision_of(fixture)
    engine = _engine(url)
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), revision)
    engine.dispose()
    assert _copy_rows(fixture, url) > 50

    database = open_server_database(url)
    try:
        with database.engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == SCHEMA_HEAD
            assert compare_metadata(MigrationContext.configure(connection), m.Base.metadata) == []
        on_server = _contents(database.engine)
    finally:
        database.close()

    copy = tmp_path / fixture.name
    copy.write_bytes(fixture.read_bytes())
    in_file = open_database(copy)
    try:
        expected = _contents(in_file.engine)
    finally:
        in_file.close()
    assert sum(len(rows) for rows in expected.values()) > 50
    assert on_server == expected


def test_a_fresh_server_database_has_the_schema_every_migration_gives(server_database) -> None:
    migrated, fresh = server_database(), server_database()
    engine = _engine(migrated)
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), "head")
        assert compare_metadata(MigrationContext.configure(connection), m.Base.metadata) == []
    engine.dispose()
    open_server_database(fresh, initialise=True).close()
    engine = _engine(fresh)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), m.Base.metadata) == []
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == SCHEMA_HEAD
    engine.dispose()


def _layout(url: str) -> list[tuple[Any, ...]]:
    engine = _engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT table_name, column_name, data_type, is_nullable"
                " FROM information_schema.columns WHERE table_schema = 'public'"
                " ORDER BY table_name, column_name"
            )
        ).all()
        rows.append(tuple(connection.execute(text("SELECT * FROM alembic_version")).one()))
        rows.append((connection.scalar(text("SELECT count(*) FROM trip")),))
    engine.dispose()
    return [tuple(r) for r in rows]


def test_a_newer_schema_on_the_server_is_refused_untouched(server_database) -> None:
    url = server_database()
    open_server_database(url, initialise=True).close()
    engine = _engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    before = _layout(url)

    with pytest.raises(DatabaseTooNewError) as refused:
        open_server_database(url)

    assert "newer version of BRST Desktop" in str(refused.value)
    assert "9999_from_the_future" in str(refused.value)
    assert _layout(url) == before


def test_an_empty_database_is_left_to_the_administrator(server_database) -> None:
    url = server_database()
    with pytest.raises(DatabaseMissingError) as refused:
        open_server_database(url)
    assert "admin init" in str(refused.value)
    engine = _engine(url)
    with engine.connect() as connection:
        assert (
            connection.scalar(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
            == 0
        )
    engine.dispose()


def test_another_programs_database_is_refused_untouched(server_database) -> None:
    url = server_database()
    engine = _engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="another program"):
        open_server_database(url, initialise=True)
    engine = _engine(url)
    with engine.connect() as connection:
        tables = connection.scalars(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        )
        assert list(tables) == ["invoices"]
    engine.dispose()


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("postgresql://clerk:hunter2@db.example/brst", "holds a password"),
        ("postgresql://clerk@db.example/brst?password=hunter2", "holds a password"),
        ("postgresql://clerk@db.example/", "names no database"),
        ("postgresql://clerk@db.example:office/brst", "not a number"),
        ("postgresql://clerk@db.example/brst?colour=blue", "cannot be read"),
    ],
)
def test_a_wrong_address_is_refused_in_a_sentence_without_repeating_a_password(
    address: str, words: str
) -> None:
    with pytest.raises(server.ServerAddressError) as refused:
        open_server_database(address)
    assert words in str(refused.value)
    assert "hunter2" not in str(refused.value)
    assert str(refused.value).count(".") >= 1 and "\n" not in str(refused.value)


def test_a_server_that_cannot_be_reached_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(server.ServerUnreachableError) as refused:
        open_server_database(f"postgresql://clerk@:5432/brst?host={tmp_path}&connect_timeout=2")
    assert "cannot be reached" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_missing_database_and_a_refused_user_are_one_sentence_each(
    postgres_server, server_database
) -> None:
    with pytest.raises(server.ServerUnreachableError, match="has no database nowhere_db"):
        open_server_database(postgres_server.url("nowhere_db"))
    url = server_database(user="nobody_here")
    with pytest.raises(server.ServerLoginError, match="refused nobody_here@"):
        open_server_database(url)


def test_the_password_comes_from_a_password_file_never_the_address(
    postgres_server, server_database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libpq reads ~/.pgpass (or PGPASSFILE, or ?passfile=); without one the server's demand
    for a password is a sentence, with a wrong one another."""
    role = f"clerk_{uuid.uuid4().hex[:8]}"
    postgres_server.sql(f"CREATE ROLE {role} LOGIN PASSWORD 'right horse' IN ROLE password_users")
    url = server_database(user=role)
    name = url.split("?")[0].rsplit("/", 1)[1]
    postgres_server.sql(f'ALTER DATABASE "{name}" OWNER TO {role}')
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "absent"))

    with pytest.raises(server.ServerPasswordMissingError, match="asks for a password"):
        open_server_database(url, initialise=True)

    wrong, right = tmp_path / "wrong.pgpass", tmp_path / "right.pgpass"
    wrong.write_text(f"*:*:*:{role}:wrong horse\n", encoding="utf-8")
    right.write_text(f"*:*:*:{role}:right horse\n", encoding="utf-8")
    for file in (wrong, right):
        file.chmod(0o600)  # libpq ignores a password file others can read
    with pytest.raises(server.ServerLoginError, match="user name or its password is wrong"):
        open_server_database(f"{url}&passfile={wrong}", initialise=True)
    monkeypatch.setenv("PGPASSFILE", str(right))
    database = open_server_database(url, initialise=True)
    try:
        assert database.on_server and database.path is None
        assert database.location.startswith(f"{role}@")
        with database.session() as session:
            assert session.scalar(select(m.Trip.id)) is None
    finally:
        database.close()


def test_the_command_line_works_on_the_server_and_refuses_a_password_in_the_address(
    demo_server_url: str,
) -> None:
    listed = run_main("--db", demo_server_url, "list")
    assert listed.returncode == 0, listed.stderr
    assert "Chongqing" in listed.stdout or "ฉงชิ่ง" in listed.stdout
    leaked = demo_server_url.replace("postgresql://postgres@", "postgresql://postgres:pw@")
    refused = run_main("--db", leaked, "list")
    assert refused.returncode == 2
    assert "holds a password" in refused.stderr and ":pw@" not in refused.stderr


@pytest.fixture
def demo_server_url(server_database) -> str:
    from brst_desktop.core.demo import load_demo

    url = server_database()
    database = open_server_database(url, initialise=True)
    try:
        load_demo(database)
    finally:
        database.close()
    return url


def test_ci_never_skips_the_server_tests(postgres_server) -> None:
    """Reaching this line means the cluster started; in CI the fixture fails rather than skip."""
    assert postgres_server.sql("SELECT 1") == [(1,)]
    assert os.environ.get("CI", "") != "true" or postgres_server.bin.exists()


def test_backup_and_restore_leave_a_server_to_its_administrator(demo_server_url: str) -> None:
    for name in ("backup", "restore"):
        refused = run_main("--db", demo_server_url, name)
        assert refused.returncode == 2, name
        assert "pg_dump" in refused.stderr and "administrator" in refused.stderr
        assert "Traceback" not in refused.stderr

"""A trip file (format 3) carries the trip's own classification: an import lands the trip at
least at that level (never lowers it), on a file as on the office server; older files (format 2,
no trip level) still import, their trip at its books' level; a file whose level is nonsense is
refused whole. The laptop copy keeps the level both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.authorship import login_name
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import demo_id, open_demo_database
from brst_desktop.core.exchange import ExchangeError, apply_import, pack_trip, read_and_plan
from brst_desktop.core.exchange.container import FORMAT_VERSION
from brst_desktop.core.services import records
from tests.helpers.database import dump
from tests.helpers.trip_files import build_package, package_entries

TRIP = demo_id("trip")


def _trip(db: Database) -> dict[str, object]:
    row = records.read(db, "trip", TRIP)
    assert row is not None
    return row


def _manifest(path: Path) -> dict[str, object]:
    return json.loads(package_entries(path.read_bytes())["manifest.json"])


def _rewrite_manifest(path: Path, out: Path, change) -> Path:  # type: ignore[no-untyped-def]
    entries = package_entries(path.read_bytes())
    manifest = json.loads(entries["manifest.json"])
    change(manifest)
    entries["manifest.json"] = json.dumps(manifest).encode()
    out.write_bytes(build_package(entries))
    return out


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    """The demo trip (its book ลับ) made ลับมาก on a laptop, then packed."""
    laptop = open_demo_database(tmp_path / "laptop")
    try:
        records.update(laptop, "trip", TRIP, {"classification": "secret"})
        pack_trip(laptop, tmp_path / "secret.brst")
    finally:
        laptop.close()
    return tmp_path / "secret.brst"


def test_the_file_says_the_trip_s_level_in_a_new_format_version(secret_file: Path) -> None:
    manifest = _manifest(secret_file)
    assert FORMAT_VERSION == 3 and manifest["version"] == 3
    assert manifest["trip"]["classification"] == "secret"  # type: ignore[index]
    # not in the trip's record: its content hash (and every conflict check) is as before
    records_json = json.loads(package_entries(secret_file.read_bytes())["records.json"])
    assert "classification" not in records_json["tables"]["trip"][0]


@pytest.mark.both_engines
def test_a_new_trip_lands_at_the_file_s_level_not_its_books(
    empty_db: Database, secret_file: Path
) -> None:
    _package, plan = read_and_plan(empty_db, secret_file)
    assert plan.trip_id == TRIP
    apply_import(empty_db, secret_file)
    trip = _trip(empty_db)
    assert trip["classification"] == m.Classification.SECRET.value  # the book alone says ลับ
    assert trip["row_version"] == 1  # written at its level, not written and raised
    assert trip["changed_by"] == empty_db.author != ""


@pytest.mark.both_engines
def test_a_trip_here_is_raised_to_the_file_s_level_and_never_lowered(
    demo_db: Database, secret_file: Path, tmp_path: Path
) -> None:
    before = _trip(demo_db)
    assert before["classification"] == m.Classification.CONFIDENTIAL.value  # its book's level
    apply_import(demo_db, secret_file, prefer="theirs")
    raised = _trip(demo_db)
    assert raised["classification"] == m.Classification.SECRET.value
    assert raised["row_version"] == before["row_version"] + 1  # a change like any other
    assert raised["changed_by"] == demo_db.author

    # a file saying less (the level a colleague's older copy had) does not lower it
    lower = _rewrite_manifest(
        secret_file,
        tmp_path / "confidential.brst",
        lambda manifest: manifest["trip"].update(classification="confidential"),
    )
    apply_import(demo_db, lower, prefer="theirs")
    assert _trip(demo_db)["classification"] == m.Classification.SECRET.value


def test_a_format_2_file_still_imports_its_trip_at_its_books_level(
    secret_file: Path, tmp_path: Path
) -> None:
    def older(manifest: dict[str, object]) -> None:
        manifest["version"] = 2
        del manifest["trip"]["classification"]  # type: ignore[attr-defined]

    old = _rewrite_manifest(secret_file, tmp_path / "older.brst", older)
    here = open_database(tmp_path / "here.sqlite")
    try:
        result = apply_import(here, old)
        assert result.added > 100
        assert _trip(here)["classification"] == m.Classification.CONFIDENTIAL.value  # its book's
    finally:
        here.close()


@pytest.mark.parametrize("level", ["ultra", None, 3])
def test_a_file_with_a_trip_level_nobody_knows_is_refused_whole(
    secret_file: Path, tmp_path: Path, level: object
) -> None:
    bad = _rewrite_manifest(
        secret_file,
        tmp_path / "bad.brst",
        lambda manifest: manifest["trip"].update(classification=level),
    )
    here = open_database(tmp_path / "here.sqlite")
    try:
        before = dump(tmp_path / "here.sqlite")
        with pytest.raises(ExchangeError) as refused:
            apply_import(here, bad)
        assert str(refused.value) == (
            "The trip file bad.brst gives its trip a classification this program does not"
            " know; nothing was changed."
        )
        assert dump(tmp_path / "here.sqlite") == before
    finally:
        here.close()


def test_an_older_program_refuses_the_new_format_rather_than_drop_the_level(
    secret_file: Path, tmp_path: Path
) -> None:
    """What a version-2 reader does with this file: the container check an older program
    runs (its FORMAT_VERSION was 2) refuses a newer version with a sentence."""
    newer = _rewrite_manifest(
        secret_file, tmp_path / "newer.brst", lambda manifest: manifest.update(version=4)
    )
    here = open_database(tmp_path / "here.sqlite")
    try:
        with pytest.raises(ExchangeError, match="made by a newer BRST Desktop"):
            apply_import(here, newer)
        with here.session() as session:
            assert session.scalars(select(m.Trip)).all() == []
    finally:
        here.close()


def test_the_file_s_maker_is_still_named(secret_file: Path, tmp_path: Path) -> None:
    here = open_database(tmp_path / "here.sqlite")
    try:
        _package, plan = read_and_plan(here, secret_file)
        assert plan.sent_by == login_name()
    finally:
        here.close()

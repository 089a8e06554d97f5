"""The demo trip: a trip file built from its readable source, loaded by the importer with its
checks, and every record reads back exactly as the source wrote it."""

from __future__ import annotations

import importlib.util
import json
import uuid
import zipfile
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from brst_desktop.core import backup
from brst_desktop.core import models as m
from brst_desktop.core.db import open_database
from brst_desktop.core.demo import demo_id, demo_trip_file, load_demo
from brst_desktop.core.exchange import ExchangeError
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.container import read_package, write_package
from tests.helpers import REPO_ROOT

DEMO = REPO_ROOT / "resources" / "demo"


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("demo_build", DEMO / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def demo_id_of(item: dict[str, Any]) -> uuid.UUID:
    return uuid.UUID(item["id"])


def _source() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DEMO / "chongqing-2023.json").read_text(encoding="utf-8"))
    return data


def test_the_shipped_trip_file_is_what_the_build_script_makes_of_its_source(tmp_path) -> None:
    """Edit the JSON, run resources/demo/build.py, commit both: else this fails."""
    built = read_package(_build_script().build(out=tmp_path / "demo.brst"))
    shipped = read_package(demo_trip_file())
    assert shipped.manifest == built.manifest
    assert shipped.records == built.records == _source()
    assert shipped.photos == built.photos == {}
    assert zipfile.ZipFile(demo_trip_file()).namelist()[0] == "mimetype"  # a real trip file


def test_every_record_reads_back_as_the_source_wrote_it(demo_db) -> None:
    tables = _source()["tables"]
    assert sum(map(len, tables.values())) > 150
    with demo_db.session() as session:
        for name, table in rec.TABLES.items():
            rows = {row["id"]: row for row in session.execute(select(table)).mappings()}
            written = tables.get(name, [])
            assert len(rows) == len(written), name
            for item in written:
                values = rec.from_json(table, item, rec.KIND_NAMES[name])
                stored = rows[values["id"]]
                assert rec.to_json(table, stored) == rec.to_json(table, values), (name, item["id"])


def test_the_demo_is_loaded_without_a_backup_or_an_exchange_history(demo_db) -> None:
    """A fresh demo copy is as if typed here: two copies share no exchange history."""
    assert demo_db.path is not None
    assert backup.list_backups(demo_db.path) == []
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(m.ExchangeState)) == 0


def test_a_broken_demo_source_is_refused_by_the_importers_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _source()
    source["tables"]["event"][0]["kind"] = "banquet"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    script = _build_script()
    with pytest.raises(ExchangeError, match="must be one of"):
        script.build(broken, tmp_path / "broken.brst")
    assert not (tmp_path / "broken.brst").exists()
    # A trip file that skipped the build's checks meets the same checks when the demo loads.
    unchecked = tmp_path / "unchecked.brst"
    with unchecked.open("wb") as handle:
        write_package(handle, script.manifest_for(source), source, {})
    monkeypatch.setattr("brst_desktop.core.demo.demo_trip_file", lambda: unchecked)
    database = open_database(tmp_path / "demo.sqlite")
    try:
        with pytest.raises(ExchangeError, match="event record 1, field kind must be one of"):
            load_demo(database)
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Person)) == 0
    finally:
        database.close()


def test_chinese_and_thai_names_are_intact(demo_db) -> None:
    with demo_db.session() as session:
        yin = session.get(m.Person, demo_id("person:yin"))
        assert (yin.name_native, yin.name_th, yin.name_en) == ("阴和俊", "หยิน เหอจวิ้น", "Yin Hejun")
        most = session.get(m.Organisation, demo_id("organisation:most"))
        assert most.name_native == "中华人民共和国科学技术部"
        minister = session.get(m.Person, demo_id("person:supamas"))
        assert minister.name_th == "ศุภมาส อิศรภักดี"


def test_events_keep_their_own_zone_and_local_times(demo_db) -> None:
    """The source writes each time with its event's own offset: it reads back as local time."""
    written = _source()["tables"]["event"]
    with demo_db.session() as session:
        trip = session.get(m.Trip, demo_id("trip"))
        assert trip.is_sample
        assert len(trip.events) == len(written) == 12
        for item in written:
            event = session.get(m.Event, demo_id_of(item))
            assert event.timezone == item["timezone"]
            assert event.local_start.isoformat() == item["starts_at"]
            assert event.local_end is not None and event.local_end.isoformat() == item["ends_at"]
            assert event.local_end.tzinfo == ZoneInfo(item["end_timezone"] or item["timezone"])
        flight = session.get(m.Event, demo_id("event:flight_out"))
        assert flight.local_start == datetime(2023, 11, 5, 8, 40, tzinfo=ZoneInfo("Asia/Bangkok"))
        assert flight.participants[0].person.name_en == "Supamas Isarabhakdi"


def test_topics_talking_points_agreement_and_book(demo_db) -> None:
    tables = _source()["tables"]
    with demo_db.session() as session:
        for item in tables["topic"]:
            topic = session.get(m.Topic, demo_id_of(item))
            points = sorted(
                (p for p in tables["talking_point"] if p["topic_id"] == item["id"]),
                key=lambda p: p["position"],
            )
            assert [p.text_th for p in topic.talking_points] == [p["text_th"] for p in points]
            assert points and all(p.cleared_on is not None for p in topic.talking_points)
        kinds = set(session.scalars(select(m.TalkingPoint.kind)))
        assert kinds == set(m.TalkingPointKind)
        mou = session.get(m.Agreement, demo_id("agreement:mou"))
        assert mou.event_id == demo_id("event:signing")
        assert {s.person.name_native for s in mou.signatories if s.person.name_native} == {"阴和俊"}
        roles = [(p.organisation.abbreviation_en, p.role) for p in mou.parties]
        assert ("CSTEC", m.PartyRole.IMPLEMENTING_AGENCY) in roles
        book = session.get(m.BriefingBook, demo_id("book"))
        assert book.sections == m.DEFAULT_SECTIONS
        assert book.people[0].person.name_en == "Yin Hejun"
        assert len(book.topics) == len(tables["book_topic"]) == 9


def test_two_demo_copies_share_record_ids(tmp_path) -> None:
    from brst_desktop.core.demo import open_demo_database

    first = open_demo_database(tmp_path / "a")
    second = open_demo_database(tmp_path / "b")
    try:
        ids = []
        for database in (first, second):
            with database.session() as session:
                ids.append(sorted(session.scalars(select(m.Event.id))))
        assert ids[0] == ids[1] and len(ids[0]) == 12
    finally:
        first.close()
        second.close()


def test_a_demo_run_leaves_no_copy_behind(tmp_path) -> None:
    """Each --demo start makes a fresh copy in its scratch folder, removed when it exits."""
    import os
    import subprocess
    import sys

    out = tmp_path / "out"
    out.mkdir()
    scratch = tmp_path / "scratch"
    env = {**os.environ, "BRST_SCRATCH": str(scratch)}
    result = subprocess.run(
        [sys.executable, "-m", "brst_desktop", "--demo", "pack", "-o", str(out / "trip.brst")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (out / "trip.brst").stat().st_size > 1000
    assert scratch.is_dir() and list(scratch.iterdir()) == []  # used, then removed

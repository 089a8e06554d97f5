"""The demo trip loads, and every record reads back exactly as the demo file wrote it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from brst_desktop.core import models as m
from brst_desktop.core.demo import demo_data, demo_id


def test_people_read_back_as_written_in_every_script(demo_db) -> None:
    data = demo_data()
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Person)) == len(data["people"])
        for item in data["people"]:
            person = session.get(m.Person, demo_id(f"person:{item['key']}"))
            assert person is not None
            for field, value in item.items():
                if field in ("key", "organisation"):
                    continue
                assert getattr(person, field) == value, (item["key"], field)
            if "organisation" in item:
                assert person.organisation_id == demo_id(f"organisation:{item['organisation']}")


def test_chinese_and_thai_names_are_intact(demo_db) -> None:
    with demo_db.session() as session:
        yin = session.get(m.Person, demo_id("person:yin"))
        assert (yin.name_native, yin.name_th, yin.name_en) == ("阴和俊", "หยิน เหอจวิ้น", "Yin Hejun")
        most = session.get(m.Organisation, demo_id("organisation:most"))
        assert most.name_native == "中华人民共和国科学技术部"
        minister = session.get(m.Person, demo_id("person:supamas"))
        assert minister.name_th == "ศุภมาส อิศรภักดี"


def test_events_keep_their_own_zone_and_local_times(demo_db) -> None:
    data = demo_data()
    with demo_db.session() as session:
        trip = session.get(m.Trip, demo_id("trip"))
        assert trip.is_sample
        assert len(trip.events) == len(data["events"])
        for item in data["events"]:
            event = session.get(m.Event, demo_id(f"event:{item['key']}"))
            zone = item["timezone"]
            expected = datetime.fromisoformat(item["start"]).replace(tzinfo=ZoneInfo(zone))
            assert event.starts_at == expected
            assert event.local_start.replace(tzinfo=None) == datetime.fromisoformat(item["start"])
            assert event.timezone == zone
            assert event.title_th == item["title_th"]
            end_zone = item.get("end_timezone") or zone
            assert event.local_end.replace(tzinfo=None) == datetime.fromisoformat(item["end"])
            assert event.local_end.tzinfo == ZoneInfo(end_zone)
            assert [p.person_id for p in event.participants] == [
                demo_id(f"person:{k}") for k in item.get("participants", [])
            ]


def test_the_return_flight_crosses_midnight_in_both_zones(demo_db) -> None:
    with demo_db.session() as session:
        flight = session.get(m.Event, demo_id("event:flight_back"))
        bangkok, chongqing = ZoneInfo("Asia/Bangkok"), ZoneInfo("Asia/Shanghai")
        for zone in (bangkok, chongqing):
            assert flight.starts_at.astimezone(zone).date() < flight.ends_at.astimezone(zone).date()


def test_topics_talking_points_agreement_and_book(demo_db) -> None:
    data = demo_data()
    with demo_db.session() as session:
        for item in data["topics"]:
            topic = session.get(m.Topic, demo_id(f"topic:{item['key']}"))
            assert topic.title_th == item["title_th"]
            assert [p.text_th for p in topic.talking_points] == [
                p["text_th"] for p in item["points"]
            ]
            assert all(p.cleared_on is not None for p in topic.talking_points)
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
        assert len(book.topics) == len(data["book"]["topics"])


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
    """Each --demo start makes a fresh copy in a temporary folder, removed when it exits."""
    import os
    import subprocess
    import sys

    out = tmp_path / "out"
    out.mkdir()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    result = subprocess.run(
        [sys.executable, "-m", "brst_desktop", "--demo", "pack", "-o", str(out / "trip.brst")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (out / "trip.brst").stat().st_size > 1000
    assert list(scratch.glob("brst-demo-*")) == []

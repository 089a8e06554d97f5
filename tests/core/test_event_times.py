"""The rules of an event's times, one function each: crossing midnight (the screen and the book
agree), and what a new zone or a new start does to the other times (editor, service, import)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from brst_desktop.core import models as m
from brst_desktop.core.demo import demo_id
from brst_desktop.core.event_times import Crossing, crossing, follow_rules, runs_past_midnight
from brst_desktop.core.services import records
from brst_desktop.core.services.trips import analyse_itinerary, itinerary
from brst_desktop.export.language import Language
from brst_desktop.export.times import event_times

BANGKOK, SHANGHAI = "Asia/Bangkok", "Asia/Shanghai"


def at(zone: str, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def test_ending_at_midnight_sharp_ends_with_the_day() -> None:
    assert not runs_past_midnight(at(BANGKOK, "2023-11-06T22:00"), at(BANGKOK, "2023-11-07T00:00"))
    assert runs_past_midnight(at(BANGKOK, "2023-11-06T22:00"), at(BANGKOK, "2023-11-07T00:01"))
    assert not runs_past_midnight(at(BANGKOK, "2023-11-07T00:00"), at(BANGKOK, "2023-11-07T01:00"))
    assert runs_past_midnight(at(BANGKOK, "2023-11-06T09:00"), at(BANGKOK, "2023-11-08T00:00"))
    assert not runs_past_midnight(at(BANGKOK, "2023-11-06T22:00"), None)
    assert not runs_past_midnight(at(BANGKOK, "2023-11-06T22:00"), at(BANGKOK, "2023-11-06T21:00"))


# (start, end, zone, end zone, home zone) -> (local, home)
CASES = {
    "22:00-00:00 in Bangkok, home Bangkok": (
        at(BANGKOK, "2023-11-06T22:00"), at(BANGKOK, "2023-11-07T00:00"), BANGKOK, "", BANGKOK,
        Crossing(local=False, home=False),
    ),
    "22:00-00:00 in Bangkok, home Shanghai (23:00-01:00 there)": (
        at(BANGKOK, "2023-11-06T22:00"), at(BANGKOK, "2023-11-07T00:00"), BANGKOK, "", SHANGHAI,
        Crossing(local=False, home=True),
    ),
    "23:00-01:00 in Shanghai, home Bangkok (ends at midnight there)": (
        at(SHANGHAI, "2023-11-06T23:00"), at(SHANGHAI, "2023-11-07T01:00"), SHANGHAI, "",
        BANGKOK, Crossing(local=True, home=False),
    ),
    "flight Chongqing 22:50 CST - Bangkok 00:55 ICT": (
        at(SHANGHAI, "2023-11-08T22:50"), at(BANGKOK, "2023-11-09T00:55"), SHANGHAI, BANGKOK,
        BANGKOK, Crossing(local=True, home=True),
    ),
    "flight Bangkok 21:00 ICT - Chongqing 00:00 CST (23:00 ICT)": (
        at(BANGKOK, "2023-11-05T21:00"), at(SHANGHAI, "2023-11-06T00:00"), BANGKOK, SHANGHAI,
        BANGKOK, Crossing(local=False, home=False),
    ),
    "flight Chongqing 23:30 CST - Bangkok 23:55 ICT (the same evening at home)": (
        at(SHANGHAI, "2023-11-08T23:30"), at(BANGKOK, "2023-11-09T00:00") - timedelta(minutes=5),
        SHANGHAI, BANGKOK, BANGKOK, Crossing(local=False, home=False),
    ),
    "flight Bangkok 23:00 ICT - Chongqing 04:00 CST": (
        at(BANGKOK, "2023-11-05T23:00"), at(SHANGHAI, "2023-11-06T04:00"), BANGKOK, SHANGHAI,
        BANGKOK, Crossing(local=True, home=True),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(CASES))
def test_the_screen_and_the_book_say_the_same_about_midnight(case: str) -> None:
    start, end, zone, end_zone, home, expected = CASES[case]
    assert crossing(start, end, zone, end_zone, home) == expected
    event = m.Event(
        id=uuid.uuid4(), starts_at=start, ends_at=end, timezone=zone, end_timezone=end_zone,
        status=m.EventStatus.PLANNED, kind=m.EventKind.FLIGHT, title_th="", title_en="",
        venue_th="", venue_en="",
    )  # fmt: skip
    (screen,) = analyse_itinerary([event], home)
    assert (screen.crosses_midnight_local, screen.crosses_midnight_home) == (
        expected.local,
        expected.home,
    )
    book = event_times(start, end, zone, end_zone, home)
    assert book.crosses_midnight == bool(expected)


def test_the_book_still_marks_an_end_at_midnight_as_the_next_day() -> None:
    """Not crossing midnight, but the end's date is tomorrow's: the day mark stays."""
    start, end = at(BANGKOK, "2023-11-06T22:00"), at(BANGKOK, "2023-11-07T00:00")
    times = event_times(start, end, BANGKOK, "", BANGKOK)
    assert times.end is not None
    assert not times.crosses_midnight and times.end.clock(Language("en")) == "00:00\u00a0(+1)"


def _event(**values: object) -> dict[str, object]:
    base: dict[str, object] = {
        "starts_at": at(SHANGHAI, "2023-11-06T09:00"),
        "ends_at": at(SHANGHAI, "2023-11-06T10:30"),
        "timezone": SHANGHAI,
        "end_timezone": "",
    }
    return {**base, **values}


def test_a_new_zone_keeps_the_times_as_written() -> None:
    changed = follow_rules(_event(), {"timezone": BANGKOK})
    assert changed == {
        "timezone": BANGKOK,
        "starts_at": at(BANGKOK, "2023-11-06T09:00"),
        "ends_at": at(BANGKOK, "2023-11-06T10:30"),
    }
    flight = _event(end_timezone=BANGKOK, ends_at=at(BANGKOK, "2023-11-06T11:30"))
    assert follow_rules(flight, {"timezone": "Asia/Tokyo"}) == {  # the landing stays put
        "timezone": "Asia/Tokyo",
        "starts_at": at("Asia/Tokyo", "2023-11-06T09:00"),
    }
    assert follow_rules(flight, {"end_timezone": "Asia/Tokyo"}) == {
        "end_timezone": "Asia/Tokyo",
        "ends_at": at("Asia/Tokyo", "2023-11-06T11:30"),
    }
    assert follow_rules(flight, {"end_timezone": ""}) == {  # lands where it left, 11:30 there
        "end_timezone": "",
        "ends_at": at(SHANGHAI, "2023-11-06T11:30"),
    }


def test_a_new_start_moves_the_end_and_an_explicit_time_is_never_overridden() -> None:
    moved = follow_rules(_event(), {"starts_at": at(SHANGHAI, "2023-11-06T14:00")})
    assert moved["ends_at"] == at(SHANGHAI, "2023-11-06T15:30")
    both = {
        "starts_at": at(SHANGHAI, "2023-11-06T14:00"),
        "ends_at": at(SHANGHAI, "2023-11-06T18:00"),
    }
    assert follow_rules(_event(), both) == both
    whole = {**_event(), "timezone": BANGKOK}  # a whole record (an import, an undo): as given
    assert follow_rules(_event(), whole) == whole
    assert follow_rules(_event(ends_at=None), {"starts_at": at(SHANGHAI, "2023-11-06T14:00")}) == {
        "starts_at": at(SHANGHAI, "2023-11-06T14:00")
    }
    assert follow_rules(_event(), {"timezone": "Mars/Olympus"}) == {"timezone": "Mars/Olympus"}
    assert follow_rules(_event(), {"title_en": "Talks"}) == {"title_en": "Talks"}


def test_the_update_service_applies_the_rules(demo_db) -> None:
    signing = demo_id("event:signing")
    before = records.read(demo_db, "event", signing)
    assert before is not None and before["timezone"] == SHANGHAI
    changes = records.update(demo_db, "event", signing, {"timezone": BANGKOK})
    after = records.read(demo_db, "event", signing)
    assert after is not None
    for column in ("starts_at", "ends_at"):
        wall_before = before[column].astimezone(ZoneInfo(SHANGHAI)).replace(tzinfo=None)
        assert after[column].astimezone(ZoneInfo(BANGKOK)).replace(tzinfo=None) == wall_before
        assert after[column] - before[column] == timedelta(hours=1)  # Bangkok is an hour behind
    assert changes.updated == {("event", signing), ("trip", demo_id("trip"))}
    later = after["starts_at"] + timedelta(hours=2)
    records.update(demo_db, "event", signing, {"starts_at": later})
    moved = records.read(demo_db, "event", signing)
    assert moved is not None and moved["ends_at"] - moved["starts_at"] == (
        after["ends_at"] - after["starts_at"]
    )
    item = next(i for i in itinerary(demo_db, demo_id("trip")) if i.id == signing)
    assert item.local_start.replace(tzinfo=None) == (later.astimezone(ZoneInfo(BANGKOK))).replace(
        tzinfo=None
    )

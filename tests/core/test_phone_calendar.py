"""The trip's programme as an iCalendar file: written with icalendar, read back by icalendar and
by two parsers that share no code with it (vobject, ical), and imported again."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.phone.calendar import export_calendar
from brst_desktop.core.phone.calendar_import import apply_calendar_import, plan_calendar_import
from brst_desktop.core.phone.incoming import FileImportError
from brst_desktop.core.services import records


def events_in_db(db: Database) -> dict[str, m.Event]:
    with db.session() as session:
        events = session.scalars(select(m.Event)).all()
        for event in events:
            session.expunge(event)
    return {str(e.id): e for e in events}


def count_events(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(m.Event)) or 0)


def read_icalendar(path: Path) -> dict[str, Any]:
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def read_vobject(path: Path) -> dict[str, Any]:
    import vobject

    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return {e.uid.value: e for e in calendar.vevent_list}


def read_ical(path: Path) -> dict[str, Any]:
    from ical.calendar_stream import IcsCalendarStream

    calendar = IcsCalendarStream.calendar_from_ics(path.read_text(encoding="utf-8"))
    return {e.uid: e for e in calendar.events}


def record_edition(db: Database) -> None:
    """Record an edition of the trip's book as the book export does (without the PDF)."""
    from brst_desktop.export.content import find_book, load_content
    from brst_desktop.export.edition import snapshot

    with db.session() as session:
        book, trip = find_book(session)
        assert book is not None
        number = max((e.number for e in book.editions), default=0) + 1
        content = load_content(session, book, trip)
        session.add(
            m.Edition(book_id=book.id, number=number, snapshot=snapshot(content), as_of=m.utcnow())
        )


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_event_with_its_instants_and_zones_in_three_parsers(
    demo_db: Database, tmp_path: Path, language: str
) -> None:
    path = tmp_path / "trip.ics"
    result = export_calendar(demo_db, path, language=language)
    db_events = events_in_db(demo_db)
    assert result.events == len(db_events) == 12
    parsed = {
        "icalendar": read_icalendar(path),
        "vobject": read_vobject(path),
        "ical": read_ical(path),
    }
    for name, events in parsed.items():
        assert set(events) == set(db_events), name
    for uid, event in db_events.items():
        start_zone = event.timezone
        end_zone = event.end_timezone or event.timezone
        ours = parsed["icalendar"][uid]
        assert ours["DTSTART"].params["TZID"] == start_zone
        assert ours["DTSTART"].dt == event.starts_at
        assert ours["DTEND"].params["TZID"] == end_zone
        assert ours["DTEND"].dt == event.ends_at
        other = parsed["vobject"][uid]
        assert other.dtstart.value == event.starts_at  # aware: compared as instants
        assert other.dtend.value == event.ends_at
        # The wall clock of the event's own zone, as vobject reads it from the VTIMEZONE.
        assert other.dtstart.value.replace(tzinfo=None) == event.local_start.replace(tzinfo=None)
        assert other.dtend.value.replace(tzinfo=None) == event.local_end.replace(tzinfo=None)
        third = parsed["ical"][uid]
        assert third.dtstart == event.starts_at
        assert third.dtend == event.ends_at
        title = event.title_th if language == "th" else event.title_en
        assert str(ours["SUMMARY"]) == other.summary.value == third.summary == title


def test_a_flight_starts_in_one_zone_and_ends_in_another(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "trip.ics"
    export_calendar(demo_db, path, language="en")
    flights = [e for e in events_in_db(demo_db).values() if e.kind is m.EventKind.FLIGHT]
    assert flights
    for flight in flights:
        ours = read_icalendar(path)[str(flight.id)]
        assert ours["DTSTART"].params["TZID"] == flight.timezone
        assert ours["DTEND"].params["TZID"] == flight.end_timezone != flight.timezone
        entry = read_vobject(path)[str(flight.id)]
        assert entry.dtstart.value.utcoffset() != entry.dtend.value.utcoffset()
        assert entry.dtend.value - entry.dtstart.value == flight.ends_at - flight.starts_at


def test_the_vtimezone_data_alone_gives_the_right_instants(
    demo_db: Database, tmp_path: Path
) -> None:
    """Rename the zones to names no tz database knows: a parser must then use the file's own
    VTIMEZONE rules, which must give the same instants."""
    path = tmp_path / "trip.ics"
    export_calendar(demo_db, path, language="en")
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VTIMEZONE") == 2
    renamed = tmp_path / "renamed.ics"
    renamed.write_text(
        text.replace("Asia/Shanghai", "Venue-Zone").replace("Asia/Bangkok", "Home-Zone"),
        encoding="utf-8",
    )
    for uid, event in events_in_db(demo_db).items():
        entry = read_vobject(renamed)[uid]
        assert entry.dtstart.value == event.starts_at
        assert entry.dtend.value == event.ends_at
        assert entry.dtstart.value.utcoffset() == event.local_start.utcoffset()


def test_description_carries_venue_participants_dress_and_notes(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "trip.ics"
    export_calendar(demo_db, path, language="th")
    with demo_db.session() as session:
        meeting = session.scalars(
            select(m.Event).where(m.Event.title_en == "Thailand – China bilateral meeting")
        ).one()
        uid = str(meeting.id)
        people = [p.person.name_th for p in meeting.participants]
        venue, dress = meeting.venue_th, meeting.dress_th
    entry = read_icalendar(path)[uid]
    text = str(entry["DESCRIPTION"])
    assert "หยิน เหอจวิ้น (阴和俊)" in text
    assert all(name in text for name in people)
    assert f"สถานที่: {venue}" in text
    assert f"การแต่งกาย: {dress}" in text
    assert "เวลาที่ประเทศไทย:" in text  # Chongqing is an hour ahead of Bangkok
    assert str(entry["LOCATION"]).startswith(venue)


def test_cancelled_events_are_cancelled_and_uids_stay(demo_db: Database, tmp_path: Path) -> None:
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    export_calendar(demo_db, first, language="en")
    event = next(iter(events_in_db(demo_db).values()))
    records.update(demo_db, "event", event.id, {"status": "cancelled"})
    result = export_calendar(demo_db, second, language="en")
    assert result.cancelled == 1
    assert set(read_icalendar(first)) == set(read_icalendar(second))
    assert str(read_icalendar(second)[str(event.id)]["STATUS"]) == "CANCELLED"
    assert read_vobject(second)[str(event.id)].status.value == "CANCELLED"
    assert str(read_icalendar(first)[str(event.id)].get("STATUS")) != "CANCELLED"


def test_sequence_rises_with_the_editions(demo_db: Database, tmp_path: Path) -> None:
    def sequences() -> dict[str, int]:
        path = tmp_path / f"{uuid.uuid4()}.ics"
        export_calendar(demo_db, path, language="en")
        return {uid: int(e.sequence.value) for uid, e in read_vobject(path).items()}

    record_edition(demo_db)
    before = sequences()
    assert set(before.values()) == {0}
    moved = next(iter(events_in_db(demo_db).values()))
    records.update(
        demo_db, "event", moved.id, {"starts_at": moved.starts_at + timedelta(minutes=30)}
    )
    pending = sequences()
    assert pending[str(moved.id)] == 1  # changed since the edition a phone may hold
    record_edition(demo_db)
    assert sequences()[str(moved.id)] == 1  # the new edition prints that same change
    records.update(demo_db, "event", moved.id, {"venue_en": "Another room"})
    record_edition(demo_db)
    after = sequences()
    assert after[str(moved.id)] == 2
    others = {uid: n for uid, n in after.items() if uid != str(moved.id)}
    assert set(others.values()) == {0}  # untouched events keep their sequence


def test_reimporting_our_own_file_changes_nothing(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "trip.ics"
    export_calendar(demo_db, path, language="th")
    before = events_in_db(demo_db)
    plan = plan_calendar_import(demo_db, path)
    assert plan.counts()["unchanged"] == 12
    result = apply_calendar_import(demo_db, path)
    assert (result.added, result.updated) == (0, 0)
    after = events_in_db(demo_db)
    assert {k: (e.starts_at, e.title_th, e.notes_th) for k, e in after.items()} == {
        k: (e.starts_at, e.title_th, e.notes_th) for k, e in before.items()
    }


ORGANISER = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Organiser//Programme//EN\r
BEGIN:VTIMEZONE\r
TZID:China Standard Time\r
BEGIN:STANDARD\r
DTSTART:16010101T000000\r
TZOFFSETFROM:+0800\r
TZOFFSETTO:+0800\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:brst-2023-evening@organiser.example\r
DTSTAMP:20231101T000000Z\r
DTSTART;TZID=China Standard Time:20231107T{start}\r
DTEND;TZID=China Standard Time:20231107T210000\r
SUMMARY:Cultural evening\r
LOCATION:重庆大剧院\r
DESCRIPTION:Buses leave the hotel at 19:00.\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:brst-2023-day@organiser.example\r
DTSTAMP:20231101T000000Z\r
DTSTART;VALUE=DATE:20231108\r
SUMMARY:Departure day\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:brst-2023-breakfast@organiser.example\r
DTSTAMP:20231101T000000Z\r
DTSTART:20231108T000000Z\r
DURATION:PT1H\r
SUMMARY:Farewell breakfast\r
STATUS:{status}\r
END:VEVENT\r
END:VCALENDAR\r
"""


def organiser_file(tmp_path: Path, start: str = "193000", status: str = "CONFIRMED") -> Path:
    path = tmp_path / f"programme-{start}-{status}.ics"
    path.write_text(ORGANISER.format(start=start, status=status), encoding="utf-8")
    return path


def test_an_organisers_programme_becomes_draft_events_and_updates_in_place(
    demo_db: Database, tmp_path: Path
) -> None:
    first = organiser_file(tmp_path)
    plan = plan_calendar_import(demo_db, first)
    assert plan.counts()["added"] == 2
    skipped = plan.of_kind("skipped")
    assert [c.label for c in skipped] == ["Departure day"]  # a whole-day entry
    assert count_events(demo_db) == 12  # planning changed nothing
    result = apply_calendar_import(demo_db, first)
    assert result.added == 2
    added = {e.title_en: e for e in events_in_db(demo_db).values() if e.title_en}
    evening = added["Cultural evening"]
    assert evening.status is m.EventStatus.TENTATIVE  # a draft until someone confirms it
    assert evening.timezone == "Asia/Shanghai"  # Outlook's Windows zone name, mapped
    assert evening.starts_at == datetime(2023, 11, 7, 11, 30, tzinfo=UTC)
    assert evening.venue_native == "重庆大剧院"
    assert evening.notes_en == "Buses leave the hotel at 19:00."
    breakfast = added["Farewell breakfast"]
    assert breakfast.timezone == "Asia/Shanghai"  # a UTC time happens at the destination
    assert breakfast.ends_at - breakfast.starts_at == timedelta(hours=1)

    again = apply_calendar_import(demo_db, first)
    assert (again.added, again.updated) == (0, 0)  # the same file twice changes nothing

    moved = organiser_file(tmp_path, start="200000", status="CANCELLED")
    result = apply_calendar_import(demo_db, moved)
    assert (result.added, result.updated) == (0, 2)
    assert count_events(demo_db) == 14
    now = {e.title_en: e for e in events_in_db(demo_db).values() if e.title_en}
    assert now["Cultural evening"].starts_at == datetime(2023, 11, 7, 12, 0, tzinfo=UTC)
    assert now["Farewell breakfast"].status is m.EventStatus.CANCELLED


def test_a_local_edit_and_a_new_version_conflict(demo_db: Database, tmp_path: Path) -> None:
    apply_calendar_import(demo_db, organiser_file(tmp_path))
    evening = next(e for e in events_in_db(demo_db).values() if e.title_en == "Cultural evening")
    records.update(demo_db, "event", evening.id, {"title_en": "Cultural evening (our title)"})
    moved = organiser_file(tmp_path, start="200000")
    plan = plan_calendar_import(demo_db, moved)
    assert [c.label for c in plan.conflicts] == ["Cultural evening"]
    with pytest.raises(FileImportError, match="nothing was changed"):
        apply_calendar_import(demo_db, moved)
    result = apply_calendar_import(demo_db, moved, prefer="theirs")
    assert result.updated == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\nnot a calendar", "is not an iCalendar"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nEND:VCARD\r\n", "is not an iCalendar"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no events"),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n",
            "has an event without a start",
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n"
            b"DTSTART:20231107T100000Z\r\nDTEND:20231107T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "ends before it starts",
        ),
    ],
)
def test_a_bad_file_is_refused_with_one_sentence_and_nothing_changes(
    demo_db: Database, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    before = count_events(demo_db)
    with pytest.raises(FileImportError) as caught:
        apply_calendar_import(demo_db, path)
    message = str(caught.value)
    assert reason in message
    assert message.startswith("The calendar file bad.ics ")
    assert message.endswith("nothing was changed.")
    assert message.count(". ") == 0  # one sentence
    assert count_events(demo_db) == before

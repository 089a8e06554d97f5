"""A trip's programme as an iCalendar file (RFC 5545) for the phone's calendar, offline.

Each event keeps its own zone: DTSTART and DTEND carry a TZID, and the file holds a VTIMEZONE
for every zone used, generated from the tz database over the trip's dates, so Outlook, Google,
Apple and Thunderbird show 09:30 in Chongqing as 09:30 there and 08:30 in Bangkok. A flight
starts in the departure zone and ends in the arrival zone.

The UID of an event is its record's id, so importing a newer file updates the phone's events
instead of adding copies. SEQUENCE follows the book's editions: it counts the editions in which
the event's time, place, title or status differed from the edition before, plus one if it has
changed since the latest edition.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from brst_desktop import __version__
from brst_desktop.core import files
from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.ids import choose_trip
from brst_desktop.core.phone import words as w
from brst_desktop.core.words import Words
from brst_desktop.core.zones import zone, zone_abbreviation
from brst_desktop.errors import Phrase

CALENDAR_FILE = Phrase("the calendar file")
PRODID = "-//BRST Desktop//Trip programme {version}//{language}"
Progress = Callable[[int, int, str], None]

#: The fields of an event that the book's edition snapshot keeps (export/edition.py): a change
#: in any of them since an edition is a change a phone must be told about.
SNAPSHOT_FIELDS = (
    "title_th",
    "title_en",
    "starts_at",
    "ends_at",
    "timezone",
    "end_timezone",
    "venue_th",
    "venue_en",
    "status",
)
_ICS_STATUS = {
    m.EventStatus.CONFIRMED: "CONFIRMED",
    m.EventStatus.TENTATIVE: "TENTATIVE",
    m.EventStatus.CANCELLED: "CANCELLED",
}


def prodid(language: str) -> str:
    return PRODID.format(version=__version__, language=language.upper())


def is_own_prodid(value: str) -> str | None:
    """The language of a calendar this program wrote (``th``/``en``), else None."""
    head, _, language = value.rpartition("//")
    if head.startswith("-//BRST Desktop//Trip programme") and language.lower() in w.LANGUAGES:
        return language.lower()
    return None


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    trip_id: uuid.UUID
    #: In the file's language (the command line prints it).
    trip_title: str
    #: In both languages: a window names the trip in its own.
    trip_name: Words
    events: int
    cancelled: int


# --- SEQUENCE from the editions --------------------------------------------------------------


def _entry(event: m.Event) -> dict[str, Any]:
    return {
        "title_th": event.title_th,
        "title_en": event.title_en,
        "starts_at": event.starts_at,
        "ends_at": event.ends_at,
        "timezone": event.timezone,
        "end_timezone": event.end_timezone,
        "venue_th": event.venue_th,
        "venue_en": event.venue_en,
        "status": event.status.value,
    }


def _comparable(entry: dict[str, Any]) -> tuple[Any, ...]:
    """A snapshot's entry or a live event's, in one form: instants compared as instants (the
    snapshot writes ISO text), a field missing from an older snapshot format left out."""
    values = []
    for name in SNAPSHOT_FIELDS:
        value = entry.get(name)
        if name in ("starts_at", "ends_at") and isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = datetime.fromisoformat(value)
        if isinstance(value, datetime):
            value = value.astimezone(UTC)
        values.append(value)
    return tuple(values)


def event_sequences(session: Session, trip: m.Trip) -> dict[uuid.UUID, int]:
    """SEQUENCE of each event of the trip (0 for an event never changed since it first appeared
    in an edition, or never printed)."""
    editions = session.scalars(
        select(m.Edition)
        .join(m.BriefingBook)
        .where(m.BriefingBook.trip_id == trip.id)
        .order_by(m.Edition.as_of, m.Edition.number)
    ).all()
    last: dict[str, tuple[Any, ...]] = {}
    counts: dict[str, int] = {}
    for edition in editions:
        events = (edition.snapshot or {}).get("events") or {}
        if not isinstance(events, dict):
            continue
        for key, entry in events.items():
            if not isinstance(entry, dict):
                continue
            now = _comparable(entry)
            if key in last and last[key] != now:
                counts[key] = counts.get(key, 0) + 1
            last[key] = now
    result = {}
    for event in trip.events:
        key = str(event.id)
        pending = key in last and last[key] != _comparable(_entry(event))
        result[event.id] = counts.get(key, 0) + int(pending)
    return result


# --- the text of an event --------------------------------------------------------------------


def person_name(person: m.Person, language: str) -> str:
    """A name as the phone shows it: in the file's language, the own script after it."""
    name = w.pick(person.name_th, person.name_en, language)
    native = person.name_native.strip()
    if native and native != name:
        return f"{name} ({native})" if name else native
    return name


def location(event: m.Event, language: str) -> str:
    venue = w.pick(event.venue_th, event.venue_en, language)
    parts = [p for p in (venue, event.address.strip()) if p]
    return ", ".join(parts)


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _home_time(event: m.Event, home: str, language: str) -> str:
    """``Time in Thailand: 08:30–10:00 ICT`` when the event's own clock differs from home's."""
    start = event.starts_at
    if (
        start.astimezone(zone(event.timezone)).utcoffset()
        == start.astimezone(zone(home)).utcoffset()
    ):
        return ""
    place = w.word(w.ZONE_PLACES.get(home, (home, home)), language)
    text = _clock(start.astimezone(zone(home)))
    if event.ends_at:
        end_home = event.ends_at.astimezone(zone(home))
        day_mark = "" if end_home.date() == start.astimezone(zone(home)).date() else " (+1)"
        text += "–" + _clock(end_home) + day_mark
    text += " " + zone_abbreviation(home, start)
    return w.label("home_time", language).format(zone=place) + ": " + text


def description(event: m.Event, home_timezone: str, language: str) -> str:
    """Venue, participants, dress, transport, press and notes, a labelled line each."""
    lines = []
    home = _home_time(event, home_timezone, language)
    if home:
        lines.append(home)
    status = w.STATUS.get(event.status)
    if status:
        lines.append(f"{w.label('status', language)}: {w.word(status, language)}")
    venue = w.pick(event.venue_th, event.venue_en, language)
    if venue or event.venue_native:
        native = f" ({event.venue_native})" if event.venue_native else ""
        lines.append(f"{w.label('venue', language)}: {venue}{native}".rstrip())
    if event.address:
        lines.append(f"{w.label('address', language)}: {event.address}")
    people = []
    for participant in event.participants:
        role = w.pick(participant.role_th, participant.role_en, language)
        name = person_name(participant.person, language)
        people.append(f"{name} – {role}" if role else name)
    if people:
        lines.append(f"{w.label('participants', language)}:")
        lines.extend(f"• {p}" for p in people)
    for key, th, en in (
        ("dress", event.dress_th, event.dress_en),
        ("transport", event.transport_th, event.transport_en),
    ):
        text = w.pick(th, en, language)
        if text:
            lines.append(f"{w.label(key, language)}: {text}")
    press = w.PRESS.get(event.press)
    if press:
        lines.append(f"{w.label('press', language)}: {w.word(press, language)}")
    notes = w.pick(event.notes_th, event.notes_en, language)
    if notes:
        lines.append(f"{w.label('notes', language)}: {notes}")
    return "\n".join(lines)


# --- the file --------------------------------------------------------------------------------


def build_calendar(
    session: Session, trip: m.Trip, language: str, stamp: datetime | None = None
) -> Calendar:
    """The trip's programme as an icalendar ``Calendar`` (every event, cancelled ones too)."""
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", prodid(language))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    title = w.pick(trip.title_th, trip.title_en, language)
    calendar.add("x-wr-calname", title)
    calendar.add("name", title)
    sequences = event_sequences(session, trip)
    for event in sorted(trip.events, key=lambda e: (e.starts_at, str(e.id))):
        item = Event()
        item.add("uid", str(event.id))
        item.add("dtstamp", stamp)
        item.add("sequence", sequences.get(event.id, 0))
        item.add("created", event.created_at)
        item.add("last-modified", event.updated_at)
        item.add("summary", w.pick(event.title_th, event.title_en, language))
        item.add("dtstart", event.local_start)
        if event.local_end is not None:
            item.add("dtend", event.local_end)
        where = location(event, language)
        if where:
            item.add("location", where)
        text = description(event, trip.home_timezone, language)
        if text:
            item.add("description", text)
        item.add("categories", [w.word(w.KIND[event.kind], language)])
        if event.status in _ICS_STATUS:
            item.add("status", _ICS_STATUS[event.status])
        item.add("transp", "TRANSPARENT" if event.status is m.EventStatus.CANCELLED else "OPAQUE")
        calendar.add_component(item)
    first, last = _span(trip)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def _span(trip: m.Trip) -> tuple[date, date]:
    """The dates the VTIMEZONE rules must cover: the events, a year either side (small files,
    and a summer-time change next spring is still right if the trip moves)."""
    days = [e.starts_at.date() for e in trip.events] + [
        e.ends_at.date() for e in trip.events if e.ends_at
    ]
    if trip.start_date:
        days.append(trip.start_date)
    if trip.end_date:
        days.append(trip.end_date)
    if not days:
        days = [datetime.now(UTC).date()]
    return min(days) - timedelta(days=366), max(days) + timedelta(days=366)


def _load_trip(session: Session, trip_id: str | uuid.UUID | None) -> m.Trip:
    trip = choose_trip(session, trip_id)
    session.scalars(
        select(m.Event)
        .where(m.Event.trip_id == trip.id)
        .options(selectinload(m.Event.participants).selectinload(m.EventParticipant.person))
    ).all()
    return trip


def calendar_bytes(
    db: Database, trip_id: str | uuid.UUID | None, language: str
) -> tuple[bytes, m.Trip]:
    with db.session() as session:
        trip = _load_trip(session, trip_id)
        data = build_calendar(session, trip, language).to_ical()
        session.expunge(trip)
    return data, trip


def export_calendar(
    db: Database,
    out_path: Path,
    trip_id: str | uuid.UUID | None = None,
    language: str = "th",
    progress: Progress | None = None,
) -> CalendarResult:
    """Write the trip's programme to ``out_path`` (all or nothing)."""
    if language not in w.LANGUAGES:
        raise ValueError(f"language must be th or en, not {language!r}")
    report = progress or (lambda done, total, message: None)
    out_path = files.check_target(Path(out_path), CALENDAR_FILE)
    report(0, 3, "Reading the programme")
    with db.session() as session:
        trip = _load_trip(session, trip_id)
        report(1, 3, "Writing the calendar")
        data = build_calendar(session, trip, language).to_ical()
        events = len(trip.events)
        cancelled = sum(1 for e in trip.events if e.status is m.EventStatus.CANCELLED)
        trip_uuid, title = trip.id, w.pick(trip.title_th, trip.title_en, language)
        name = Words(trip.title_th or "", trip.title_en or "")
    files.atomic_write(out_path, data, CALENDAR_FILE)
    report(3, 3, "Done")
    return CalendarResult(out_path, trip_uuid, title, name, events, cancelled)

"""An organiser's programme sent as iCalendar (.ics) becomes draft events of a trip.

Each VEVENT becomes an event of the chosen trip: its title, place and notes go into the columns
of the file's language (Thai when the text is Thai, else English; a file this program wrote says
its language in its PRODID), its times keep their zones. A new event is a draft (tentative)
unless the file cancels it. An event is matched by its UID, so importing the organiser's next
version updates the events instead of adding them again; a file this program wrote carries the
events' own ids as UIDs and updates them in place.

For an event already here, a field changes only if the file says something else than this
program would write for it, so the fields a calendar cannot carry (both languages, dress,
objectives...) are kept.

Entries that are not events of a programme (whole-day entries, repeating series) are left out and
listed in the preview with the reason. A file that is not iCalendar, or whose events have no
start, is refused with one sentence and nothing changes.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.exchange.unpack import Choice, ImportPlan, ImportResult
from brst_desktop.core.ids import choose_trip
from brst_desktop.core.phone import words as w
from brst_desktop.core.phone.calendar import is_own_prodid, location
from brst_desktop.core.phone.incoming import (
    FileImport,
    FileImportError,
    apply_file_import,
    incoming,
    left_out,
    plan_file_import,
)
from brst_desktop.errors import Phrase

MAX_BYTES = 20 * 1024 * 1024
MAX_EVENTS = 5_000
#: Ids of events from other programs' files: a UUID 5 of the trip and the UID, so the same
#: organiser's file imported into two trips makes two sets of events.
NAMESPACE = uuid.UUID("0b7c1d9e-6a52-4f1e-9d8c-2f4a7b3e5c61")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LATIN_OR_THAI = re.compile(r"[A-Za-z\u0e00-\u0e7f]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_STATUS = {"CANCELLED": m.EventStatus.CANCELLED, "TENTATIVE": m.EventStatus.TENTATIVE}


def read_calendar(path: Path) -> Any:
    """Parse ``path`` with icalendar; a file that is not a calendar is refused."""
    from icalendar import Calendar

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FileImportError(
                "The calendar file {file} is larger than 20 MB, too large for a programme;"
                " nothing was changed.",
                file=Path(path).name,
            )
        data = path.read_bytes()
    except OSError as error:
        raise FileImportError(
            "The calendar file {file} cannot be read: {reason}.",
            file=path.name,
            reason=error.strerror or error,
        ) from error
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise FileImportError(
            "The calendar file {file} is not an iCalendar (.ics) file; nothing was changed.",
            file=Path(path).name,
        )
    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError, UnicodeDecodeError) as error:
        raise FileImportError(
            "The calendar file {file} is damaged and cannot be read ({reason});"
            " nothing was changed.",
            file=Path(path).name,
            reason=str(error),
        ) from error
    return calendars


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def _language(calendar: Any, events: list[Any]) -> tuple[str, bool]:
    """The file's language and whether this program wrote it."""
    own = is_own_prodid(_text(calendar, "PRODID"))
    if own:
        return own, True
    text = " ".join(_text(e, "SUMMARY") + _text(e, "LOCATION") for e in events)
    return ("th" if _THAI.search(text) else "en"), False


def _zone_name(prop: Any, moment: datetime, fallback: str) -> str:
    """An IANA zone name for a DTSTART/DTEND: its TZID if it is one, a Windows zone name mapped
    to its IANA zone (Outlook writes those), else the trip's zone if the offset agrees, else a
    fixed offset."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    tzid = str(prop.params.get("TZID", "")).strip() if hasattr(prop, "params") else ""
    if not tzid and moment.utcoffset() == timedelta(0):
        return fallback  # a UTC time names no place: the event happens at the destination
    candidates = [tzid, WINDOWS_TO_OLSON.get(tzid, "")]
    info = moment.tzinfo
    key = getattr(info, "key", None) or getattr(info, "zone", None)
    candidates.append(str(key) if key else "")
    for name in candidates:
        if name and _is_zone(name):
            return name
    offset = moment.utcoffset()
    if offset is None:
        return fallback
    if _offset_of(fallback, moment) == offset:
        return fallback
    hours = int(offset.total_seconds() // 3600)
    if offset.total_seconds() % 3600 == 0 and -14 <= hours <= 12:
        # Etc/GMT-8 is UTC+8: the tz database's signs are POSIX's, reversed.
        return f"Etc/GMT{-hours:+d}" if hours else "UTC"
    return fallback


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _offset_of(name: str, moment: datetime) -> timedelta | None:
    try:
        return moment.astimezone(ZoneInfo(name)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _instant(value: Any, fallback_zone: str) -> tuple[datetime, tzinfo | None]:
    """An aware instant: a floating time (no zone) is read in the trip's destination zone."""
    if value.tzinfo is None:
        return value.replace(tzinfo=ZoneInfo(fallback_zone)), None
    return value, value.tzinfo


def _column_for(text: str, language: str, field: str) -> str:
    """``venue_native`` for text in Chinese characters only, else the language's column."""
    if field == "venue" and _HAN.search(text) and not _LATIN_OR_THAI.search(text):
        return "venue_native"
    return f"{field}_{language}"


def _event_id(uid: str, trip_id: uuid.UUID, session: Session) -> uuid.UUID:
    """The event a UID stands for: the record of that id when it is an event of this trip (a
    file this program wrote), else a stable id derived from the trip and the UID."""
    try:
        own = uuid.UUID(uid)
    except ValueError:
        own = None
    if own is not None:
        existing = session.get(m.Event, own)
        if existing is None or existing.trip_id == trip_id:
            return own
    return uuid.uuid5(NAMESPACE, f"{trip_id}/{uid}")


def _row(session: Session, event_id: uuid.UUID) -> dict[str, Any] | None:
    table = m.Event.__table__
    found = session.execute(select(table).where(table.c.id == event_id)).mappings().first()
    return dict(found) if found is not None else None


def _new_row(event_id: uuid.UUID, trip_id: uuid.UUID) -> dict[str, Any]:
    now = m.utcnow()
    row: dict[str, Any] = {c.name: None for c in m.Event.__table__.columns}
    for column in m.Event.__table__.columns:
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            row[column.name] = default.arg
    row.update(
        id=event_id,
        trip_id=trip_id,
        created_at=now,
        updated_at=now,
        kind=m.EventKind.OTHER,
        status=m.EventStatus.TENTATIVE,
        press=m.PressAccess.UNKNOWN,
    )
    return row


def _kind(component: Any) -> m.EventKind | None:
    categories = component.get("CATEGORIES")
    names: list[str] = []
    for item in categories if isinstance(categories, list) else [categories]:
        if item is not None:
            names.extend(str(c).strip().lower() for c in getattr(item, "cats", [item]))
    for kind, pair in w.KIND.items():
        if any(n in (pair[0].lower(), pair[1].lower(), kind.value) for n in names):
            return kind
    return None


class _Reader:
    """Reads one calendar file into the records of one trip (see :func:`plan_calendar_import`)."""

    def __init__(self, path: Path, trip_id: str | uuid.UUID | None) -> None:
        self.path = Path(path)
        self.trip_id = trip_id
        self.calendars = read_calendar(self.path)

    def __call__(self, session: Session) -> FileImport:
        trip = choose_trip(session, self.trip_id)
        components = [c for cal in self.calendars for c in cal.walk("VEVENT")]
        if not components:
            raise FileImportError(
                "The calendar file {file} holds no events; nothing was changed.",
                file=Path(self.path).name,
            )
        if len(components) > MAX_EVENTS:
            raise FileImportError(
                "The calendar file {file} holds more than {count} events; nothing was changed.",
                file=Path(self.path).name,
                count=MAX_EVENTS,
            )
        language, own = _language(self.calendars[0], components)
        found = FileImport(trip.id, trip.title_en or trip.title_th, [])
        seen: set[uuid.UUID] = set()
        for number, component in enumerate(components, 1):
            summary = _text(component, "SUMMARY") or "?"
            if component.get("RRULE") or component.get("RDATE") or component.get("RECURRENCE-ID"):
                found.left_out.append(left_out("event", summary, Phrase("a repeating entry")))
                continue
            start_prop = component.get("DTSTART")
            if start_prop is None:
                raise FileImportError(
                    "The calendar file {file} has an event without a start ({number});"
                    " nothing was changed.",
                    file=Path(self.path).name,
                    number=number,
                )
            start = start_prop.dt
            if not isinstance(start, datetime):
                assert isinstance(start, date)
                found.left_out.append(left_out("event", summary, Phrase("a whole-day entry")))
                continue
            values = self._values(session, trip, component, language, own)
            if values["id"] in seen:
                raise FileImportError(
                    "The calendar file {file} holds the event {uid} twice; nothing was changed.",
                    file=Path(self.path).name,
                    uid=_text(component, "UID"),
                )
            seen.add(values["id"])
            found.records.append(incoming("event", values))
        return found

    def _values(
        self, session: Session, trip: m.Trip, component: Any, language: str, own: bool
    ) -> dict[str, Any]:
        uid = _text(component, "UID") or f"{_text(component, 'SUMMARY')}/{component['DTSTART'].dt}"
        event_id = _event_id(uid, trip.id, session)
        local = _row(session, event_id)
        values = dict(local) if local is not None else _new_row(event_id, trip.id)
        zone = trip.destination_timezone or trip.home_timezone or "UTC"

        start_prop = component["DTSTART"]
        start, _ = _instant(start_prop.dt, zone)
        values["starts_at"] = start.astimezone(UTC)
        values["timezone"] = _zone_name(start_prop, start, zone)
        end_prop = component.get("DTEND")
        end: datetime | None = None
        end_zone = values["timezone"]
        if end_prop is not None and isinstance(end_prop.dt, datetime):
            end, _ = _instant(end_prop.dt, zone)
            end_zone = _zone_name(end_prop, end, values["timezone"])
        elif component.get("DURATION") is not None:
            end = start + component["DURATION"].dt
        if end is not None and end < start:
            raise FileImportError(
                "The calendar file {file} has an event that ends before it starts ({title});"
                " nothing was changed.",
                file=Path(self.path).name,
                title=_text(component, "SUMMARY"),
            )
        values["ends_at"] = end.astimezone(UTC) if end is not None else None
        values["end_timezone"] = end_zone if end_zone != values["timezone"] else ""

        status = _STATUS.get(_text(component, "STATUS").upper())
        if status is m.EventStatus.CANCELLED:
            values["status"] = status
        elif local is not None and local["status"] is m.EventStatus.CANCELLED:
            values["status"] = m.EventStatus.TENTATIVE  # the organiser put it back
        kind = _kind(component)
        if kind is not None and local is None:
            values["kind"] = kind

        # Text: changed only where the file says something else than we would write.
        current = m.Event(**{k: v for k, v in values.items()})
        summary = _text(component, "SUMMARY")
        if summary and summary != w.pick(values["title_th"], values["title_en"], language):
            values[f"title_{language}"] = summary
        where = _text(component, "LOCATION")
        if where and where != location(current, language):
            values[_column_for(where, language, "venue")] = where
        if not own:
            notes = _text(component, "DESCRIPTION")
            if notes and notes != values[f"notes_{language}"]:
                values[f"notes_{language}"] = notes
        if values != local:
            values["updated_at"] = m.utcnow()
        return values


def plan_calendar_import(
    db: Database, path: Path, trip_id: str | uuid.UUID | None = None
) -> ImportPlan:
    """What importing the calendar file into the trip would do; changes nothing."""
    return plan_file_import(db, _Reader(path, trip_id), path)


def apply_calendar_import(
    db: Database,
    path: Path,
    trip_id: str | uuid.UUID | None = None,
    *,
    prefer: Choice | None = None,
    choices: dict[uuid.UUID, Choice] | None = None,
) -> ImportResult:
    """Import the calendar file's events into the trip in one transaction."""
    return apply_file_import(db, _Reader(path, trip_id), path, prefer=prefer, choices=choices)

"""Event times in the event's own zone and the trip's home zone, side by side.

``09:30 CST / 08:30 ICT``: the first time is where the event happens, the second is home (where
the ministry and the families are). The programme groups events by the *local* date of their
start; a time that falls on another date than its day heading carries ``(+1)`` or ``(-1)``, and an
event whose start and end fall on different dates in either zone is marked as crossing midnight
(a late flight home is the classic place where itineraries go wrong).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from brst_desktop.export.language import Language

#: Zones whose tz database abbreviation is only a number (``+07``): the names people use.
CONVENTIONAL_ABBREVIATIONS: dict[str, str] = {
    "Asia/Bangkok": "ICT",
    "Asia/Ho_Chi_Minh": "ICT",
    "Asia/Saigon": "ICT",
    "Asia/Phnom_Penh": "ICT",
    "Asia/Vientiane": "ICT",
    "Asia/Singapore": "SGT",
    "Asia/Kuala_Lumpur": "MYT",
    "Asia/Brunei": "BNT",
    "Asia/Yangon": "MMT",
    "Asia/Rangoon": "MMT",
    "Asia/Dubai": "GST",
    "Asia/Kathmandu": "NPT",
    "Asia/Dhaka": "BST",
    "Asia/Thimphu": "BTT",
    "Asia/Colombo": "SLST",
    "Asia/Tashkent": "UZT",
    "Asia/Almaty": "ALMT",
    "Asia/Ulaanbaatar": "ULAT",
    "Asia/Taipei": "CST",
    "Asia/Dili": "TLT",
    "Asia/Riyadh": "AST",
    "Asia/Qatar": "AST",
    "Asia/Tehran": "IRST",
    "Europe/Istanbul": "TRT",
    "America/Sao_Paulo": "BRT",
    "America/Argentina/Buenos_Aires": "ART",
}


@cache
def zone(name: str) -> ZoneInfo:
    """The zone for an IANA name; an unknown name is treated as UTC rather than failing a book."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _offset_name(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_abbreviation(name: str, moment: datetime) -> str:
    """``CST`` for Asia/Shanghai, ``ICT`` for Asia/Bangkok, else ``UTC+5:45``-style.

    Taken from the zone at that instant, so summer time is right (``BST``/``GMT`` in London).
    """
    local = moment.astimezone(zone(name))
    abbreviation = local.tzname() or ""
    if abbreviation and abbreviation[0] not in "+-":
        return abbreviation
    return CONVENTIONAL_ABBREVIATIONS.get(name) or _offset_name(local.utcoffset() or timedelta())


@dataclass(frozen=True, slots=True)
class ClockReading:
    """One instant as read on one zone's clock: ``09:30 CST``, with its local date."""

    text: str
    day: date


def read_clock(language: Language, name: str, moment: datetime) -> ClockReading:
    local = moment.astimezone(zone(name))
    clock = language.number(local.strftime("%H:%M"))
    return ClockReading(f"{clock} {zone_abbreviation(name, moment)}", local.date())


def _same_clock(a: str, b: str, moment: datetime) -> bool:
    """Two zones that show the same time under the same name are printed once."""
    if a == b:
        return True
    za, zb = moment.astimezone(zone(a)), moment.astimezone(zone(b))
    return za.utcoffset() == zb.utcoffset() and zone_abbreviation(a, moment) == zone_abbreviation(
        b, moment
    )


def _day_mark(language: Language, reading: ClockReading, heading: date) -> str:
    shift = (reading.day - heading).days
    if shift == 0:
        return reading.text
    sign = "+" if shift > 0 else "-"
    return f"{reading.text} ({sign}{language.number(abs(shift))})"


@dataclass(frozen=True, slots=True)
class EventTimes:
    """How one event's times print in the programme."""

    day: date  # the programme day: local date of the start where the event happens
    start: str  # "22:50 CST / 21:50 ICT"
    end: str  # "00:55 ICT (+1)", or "" for an event without an end
    crosses_midnight: bool

    @property
    def text(self) -> str:
        return f"{self.start}\n– {self.end}" if self.end else self.start


def _pair(
    language: Language, local_zone: str, home_zone: str, moment: datetime, heading: date
) -> str:
    local = read_clock(language, local_zone, moment)
    if _same_clock(local_zone, home_zone, moment):
        return _day_mark(language, local, heading)
    home = read_clock(language, home_zone, moment)
    return f"{_day_mark(language, local, heading)} / {_day_mark(language, home, heading)}"


def event_times(
    language: Language,
    starts_at: datetime,
    ends_at: datetime | None,
    timezone: str,
    end_timezone: str,
    home_timezone: str,
) -> EventTimes:
    """The start (and end) of an event in its own zone and the home zone, with day marks."""
    start_zone = timezone or home_timezone
    end_zone = end_timezone or start_zone
    heading = starts_at.astimezone(zone(start_zone)).date()
    start = _pair(language, start_zone, home_timezone, starts_at, heading)
    end = ""
    crosses = False
    if ends_at is not None:
        end = _pair(language, end_zone, home_timezone, ends_at, heading)
        local_end_day = ends_at.astimezone(zone(end_zone)).date()
        home_start_day = starts_at.astimezone(zone(home_timezone)).date()
        home_end_day = ends_at.astimezone(zone(home_timezone)).date()
        crosses = local_end_day != heading or home_end_day != home_start_day
    return EventTimes(heading, start, end, crosses)

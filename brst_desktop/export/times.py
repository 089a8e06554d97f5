"""Event times in the event's own zone and the trip's home zone, side by side.

``09:30 CST / 08:30 ICT``: the first time is where the event happens, the second is home (where
the ministry and the families are). The programme groups events by the *local* date of their
start; a time that falls on another date than its day heading carries ``(+1)`` or ``(-1)``, and an
event that runs past midnight in either zone is marked as crossing it, by the rule the screens
use (core.event_times; a late flight home is the classic place where itineraries go wrong).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from brst_desktop.core.event_times import crossing
from brst_desktop.core.zones import zone, zone_abbreviation
from brst_desktop.export.language import Language


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
        crosses = bool(crossing(starts_at, ends_at, start_zone, end_zone, home_timezone))
    return EventTimes(heading, start, end, crosses)

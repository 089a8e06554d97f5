"""Event times as a Thai or English reader expects them, in the zones the programme prints.

A Thai book writes ``09.00 น.`` and names zones as Thai documents do (``เวลาจีน``, ``เวลาไทย``);
an English one writes ``09:00`` and ``China time``. The programme prints every event on two
clocks, the destination's and home's, side by side under their names; an event in a third zone
(a stopover) also gets its own clock. The programme groups events by the *local* date of their
start; a time that falls on another date than its day heading carries ``(+1)`` or ``(-1)``, and an
event that runs past midnight in either zone is marked as crossing it, by the rule the screens
use (core.event_times; a late flight home is the classic place where itineraries go wrong).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from brst_desktop.core import clocks
from brst_desktop.core.event_times import crossing
from brst_desktop.core.zones import zone, zone_label
from brst_desktop.export.language import Language, Printed

__all__ = ["EventTimes", "Reading", "event_times", "programme_zones", "zone"]


@dataclass(frozen=True, slots=True)
class Reading:
    """One instant on one zone's clock, and how many days it lies after the programme day."""

    zone: str
    local: datetime
    shift: int

    def clock(self, language: Language) -> str:
        """``08.40`` / ``08:40``, with ``(+1)`` when it is the next day."""
        return language.clock(self.local.hour, self.local.minute) + self.mark(language)

    def mark(self, language: Language) -> str:
        """`` (+1)`` when the time falls on the next day, ``""`` on the programme day."""
        return clocks.day_mark(self.shift, thai_numerals=language.thai_numerals)

    def with_unit(self, language: Language) -> str:
        """``00.55 น. (+1)`` / ``00:55 (+1)``: the unit before the day mark."""
        bare = language.clock(self.local.hour, self.local.minute)
        return language.hours(bare) + self.mark(language)


@dataclass(frozen=True, slots=True)
class EventTimes:
    """An event's start and end, each on the clock of the zone where it happens."""

    day: date  # the programme day: local date of the start where the event starts
    start: Reading
    end: Reading | None
    home_zone: str
    crosses_midnight: bool

    def on(self, zone_name: str) -> tuple[Reading, Reading | None]:
        """The start and end read on another zone's clock (a column of the programme)."""
        start = _read(zone_name, self.start.local, self.day)
        end = _read(zone_name, self.end.local, self.day) if self.end is not None else None
        return start, end

    @property
    def zones(self) -> tuple[str, ...]:
        """The zones the event happens in: one, or a flight's two."""
        if self.end is None or self.end.zone == self.start.zone:
            return (self.start.zone,)
        return (self.start.zone, self.end.zone)


def _read(zone_name: str, moment: datetime, heading: date) -> Reading:
    local = moment.astimezone(zone(zone_name))
    return Reading(zone_name, local, (local.date() - heading).days)


def event_times(
    starts_at: datetime,
    ends_at: datetime | None,
    timezone: str,
    end_timezone: str,
    home_timezone: str,
) -> EventTimes:
    """An event's times in its own zone (a flight ends in another), with day marks."""
    start_zone = timezone or home_timezone
    end_zone = end_timezone or start_zone
    heading = starts_at.astimezone(zone(start_zone)).date()
    start = _read(start_zone, starts_at, heading)
    end = _read(end_zone, ends_at, heading) if ends_at is not None else None
    # the screens' rule: an end at 00:00 sharp ends the day, it does not cross into the next
    crosses = bool(crossing(starts_at, ends_at, start_zone, end_zone, home_timezone))
    return EventTimes(heading, start, end, home_timezone, crosses)


def span(language: Language, start: Reading, end: Reading | None) -> str:
    """``09.40–12.55 น.`` / ``09:40–12:55``; ``22.50–00.55 น. (+1)`` (the unit before the day
    mark, which belongs to the end)."""
    heading = start.local.date() - timedelta(days=start.shift)
    return clocks.span(
        start.local,
        end.local if end is not None else None,
        heading,
        thai=language.thai,
        thai_numerals=language.thai_numerals,
    )


def zone_name(language: Language, zone_key: str, moment: datetime) -> Printed:
    """``เวลาจีน`` / ``China time``."""
    return language.text(
        zone_label(zone_key, moment, thai=True), zone_label(zone_key, moment, thai=False)
    )


def _same_clock(a: str, b: str, moment: datetime) -> bool:
    if a == b:
        return True
    return moment.astimezone(zone(a)).utcoffset() == moment.astimezone(zone(b)).utcoffset() and (
        zone_label(a, moment, thai=False) == zone_label(b, moment, thai=False)
    )


def programme_zones(
    destination: str, home: str, events: Iterable[tuple[str, datetime]]
) -> tuple[str, ...]:
    """The clocks the programme prints, destination first: ``(Asia/Shanghai, Asia/Bangkok)``,
    or home alone for a trip that stays in the home zone. With no destination zone recorded,
    the zone most events happen in."""
    pairs = list(events)
    if not destination:
        away = Counter(z for z, moment in pairs if not _same_clock(z, home, moment))
        destination = away.most_common(1)[0][0] if away else home
    moment = pairs[0][1] if pairs else datetime.now().astimezone()
    if _same_clock(destination, home, moment):
        return (home,)
    return (destination, home)


def prose(language: Language, times: EventTimes, zones: tuple[str, ...]) -> Printed:
    """An event's times as one line of text, each clock named: ``14.30–15.15 น. เวลาจีน
    (13.30–14.15 น. เวลาไทย)``; a flight's start and end each in its own zone. A bilingual
    book gets the English form beneath."""
    if language.bilingual:
        th = Language("th", thai_numerals=language.thai_numerals)
        return Printed(_prose(th, times, zones), _prose(Language("en"), times, zones))
    return Printed(_prose(language, times, zones))


def _prose(language: Language, times: EventTimes, zones: tuple[str, ...]) -> str:
    # The clocks named as the Thai window's programme names them (core.clocks.zoned_span).
    def said(start: Reading, end: Reading | None) -> str:
        return clocks.zoned_span(
            start.local,
            end.local if end is not None else None,
            times.day,
            thai=language.thai,
            thai_numerals=language.thai_numerals,
        )

    lead = "เวลา " if language.thai else ""
    first = said(times.start, times.end)
    if times.end is not None and times.end.zone != times.start.zone:
        return lead + first
    own = times.start.zone
    others = [z for z in zones if not _same_clock(z, own, times.start.local)]
    if not others:
        return lead + first
    there, until = times.on(others[0])
    return f"{lead}{first} ({said(there, until)})"


def same_clock(a: str, b: str, moment: datetime) -> bool:
    """Two zones that show the same time under the same name (printed once)."""
    return _same_clock(a, b, moment)


def dated(language: Language, day: Printed, clocks: Printed) -> Printed:
    """``วันจันทร์ที่ 6 พฤศจิกายน 2566 เวลา 14.30 น. …`` / ``Monday 6 November 2023, 14:30 …``."""
    main = f"{day.main} {clocks.main}" if language.thai else f"{day.main}, {clocks.main}"
    beneath = f"{day.beneath}, {clocks.beneath}" if day.beneath and clocks.beneath else ""
    return Printed(main, beneath)

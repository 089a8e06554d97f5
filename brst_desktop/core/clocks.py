"""Times of day as Thai and English readers write them; the book and the Thai window share them.

A Thai official document writes ``08.40 น.`` (a full stop between hour and minute, the unit
``น.`` once after a time or a range, ``08.40–09.30 น.``) and names the clock by its country,
``ตามเวลาจีน``, not by an abbreviation such as ``CST`` (China, Cuba or the central United States,
depending on the reader). English writes ``08:40`` and ``China time``. A time that falls on
another day than the one it is listed under carries ``(+1)`` or ``(-1)`` after its unit. The
printed programme and the Thai window's programme both build their texts here, so an official
reads on the laptop exactly what the book will print.
"""

from __future__ import annotations

from datetime import date, datetime

from brst_desktop.core.zones import zone_label

__all__ = ["clock", "day_mark", "named", "span", "thai_digits", "time_of_day", "with_unit"]

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_digits(text: str) -> str:
    """``2566`` -> ``๒๕๖๖`` (only for numbers the program writes, never for user text)."""
    return text.translate(_THAI_DIGITS)


def clock(hour: int, minute: int, *, thai: bool, thai_numerals: bool = False) -> str:
    """``08.40`` in Thai official style, ``08:40`` in English; no unit (see :func:`with_unit`)."""
    text = f"{hour:02d}.{minute:02d}" if thai else f"{hour:02d}:{minute:02d}"
    return thai_digits(text) if thai and thai_numerals else text


def with_unit(text: str, *, thai: bool) -> str:
    """A time or a range of times with the Thai unit, ``08.40–09.30 น.``; English has none."""
    # a no-break space: the unit never starts a line of its own
    return f"{text}\u00a0น." if thai else text


def day_mark(shift: int, *, thai_numerals: bool = False) -> str:
    """`` (+1)`` for a time on the next day, `` (-1)`` on the day before, "" on the day itself."""
    if not shift:
        return ""
    sign = "+" if shift > 0 else "-"
    count = str(abs(shift))
    return f"\u00a0({sign}{thai_digits(count) if thai_numerals else count})"


def _shift(moment: datetime, heading: date | None) -> int:
    return (moment.date() - heading).days if heading is not None else 0


def time_of_day(
    moment: datetime, heading: date | None = None, *, thai: bool, thai_numerals: bool = False
) -> str:
    """``00.55 น. (+1)`` / ``00:55 (+1)``: one time, the unit before the mark of its day
    (counted from ``heading``, the day it is listed under; none without a heading)."""
    bare = clock(moment.hour, moment.minute, thai=thai, thai_numerals=thai_numerals)
    mark = day_mark(_shift(moment, heading), thai_numerals=thai_numerals)
    return with_unit(bare, thai=thai) + mark


def span(
    start: datetime,
    end: datetime | None,
    heading: date | None = None,
    *,
    thai: bool,
    thai_numerals: bool = False,
) -> str:
    """``09.40–12.55 น.`` / ``09:40–12:55``; ``22.50–00.55 น. (+1)`` (the unit before the day
    mark, which belongs to the end). Both times are read on the clocks they are given in; the
    marks count from ``heading`` (default: the start's date)."""
    heading = heading if heading is not None else start.date()
    if end is None:
        return time_of_day(start, heading, thai=thai, thai_numerals=thai_numerals)
    first = clock(start.hour, start.minute, thai=thai, thai_numerals=thai_numerals)
    first += day_mark(_shift(start, heading), thai_numerals=thai_numerals)
    last = clock(end.hour, end.minute, thai=thai, thai_numerals=thai_numerals)
    marked = day_mark(_shift(end, heading), thai_numerals=thai_numerals)
    return with_unit(f"{first}–{last}", thai=thai) + marked


def zone_key(moment: datetime) -> str:
    """The zone identifier a time is given in (``Asia/Shanghai``); UTC when it has none."""
    return str(getattr(moment.tzinfo, "key", "") or "UTC")


def named(text: str, zone: str, moment: datetime, *, thai: bool) -> str:
    """A time said with its clock: ``14.30 น. ตามเวลาจีน`` / ``14:30 China time``."""
    label = zone_label(zone, moment, thai=thai)
    return f"{text} ตาม{label}" if thai else f"{text} {label}"


def zoned_span(
    start: datetime,
    end: datetime | None,
    heading: date | None = None,
    *,
    thai: bool,
    thai_numerals: bool = False,
) -> str:
    """An event's times on the clocks of the zones they are given in, each clock named:
    ``14.30–15.15 น. ตามเวลาจีน``; a flight that lands in another zone names both,
    ``22.50 น. ตามเวลาจีน – 00.55 น. (+1) ตามเวลาไทย``."""
    heading = heading if heading is not None else start.date()
    options = {"thai": thai, "thai_numerals": thai_numerals}
    if end is not None and zone_key(end) != zone_key(start):
        return " – ".join(
            named(time_of_day(m, heading, **options), zone_key(m), m, thai=thai)
            for m in (start, end)
        )
    return named(span(start, end, heading, **options), zone_key(start), start, thai=thai)

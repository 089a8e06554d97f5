"""Dates and times as the screens show them: Buddhist Era for Thai readers, both clocks.

The Thai window writes times and names clocks as the printed book does (``08.40 น.``,
``ตามเวลาจีน``, from core.clocks); the English window keeps the travellers' abbreviations
(``08:40 CST``).
"""

from __future__ import annotations

from datetime import date, datetime

from brst_desktop.core import clocks
from brst_desktop.core.dates import english_date, thai_date
from brst_desktop.core.zones import zone_abbreviation
from brst_desktop.gui.language import current_language


def format_date(value: date | None) -> str:
    """5 พ.ย. 2566 in Thai (Buddhist Era), 5 Nov 2023 in English; empty for no date."""
    if value is None:
        return ""
    if current_language() == "th":
        return thai_date(value, short=True)
    return english_date(value, short=True)


def format_date_range(start: date | None, end: date | None) -> str:
    if start is None:
        return format_date(end)
    if end is None or end == start:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


def format_short_range(start: date | None, end: date | None) -> str:
    """5–9 Nov 2023, 30 Oct – 2 Nov 2023 / 5–9 พ.ย. 2566: a range that says its month and
    year once when they are shared (a narrow list's column)."""
    if start is None or end is None or end == start:
        return format_date_range(start, end)
    last = format_date(end)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{last}"
    first = format_date(start)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]  # the year comes last in both languages
    return f"{first} – {last}"


def format_time(value: datetime) -> str:
    """A time of day as it reads on ``value``'s clock: 19.02 น. / 19:02."""
    return clocks.time_of_day(value, thai=current_language() == "th")


def format_moment(value: datetime | None) -> str:
    """An instant on this computer's clock: 26 พ.ย. 2569 19.02 น. / 26 Nov 2026 19:02."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{format_date(local.date())} {format_time(local)}"


def format_day(value: date) -> str:
    """วันอาทิตย์ที่ 5 พฤศจิกายน 2566 / Sunday 5 November 2023: an itinerary day heading."""
    if current_language() == "th":
        return thai_date(value, weekday=True)
    return english_date(value, weekday=True)


def zone_name(value: datetime) -> str:
    """CST, ICT, or UTC+5:45 for zones without a common name: the labels the printed book uses."""
    key = getattr(value.tzinfo, "key", "") or "UTC"
    return zone_abbreviation(key, value)


def format_span(start: datetime, end: datetime | None, heading: date | None = None) -> str:
    """09:00–10:30 CST; an end on a later day says so (22:50–00:55 +1). In the Thai window as
    the book prints it: 09.00–10.30 น. ตามเวลาจีน, 22.50–00.55 น. (+1); the day marks count
    from ``heading``, the day the event is listed under (default: its start's date)."""
    if current_language() == "th":
        return clocks.zoned_span(start, end, heading, thai=True)
    text = start.strftime("%H:%M")
    if end is not None:
        text += "–" + end.strftime("%H:%M")
        days = (end.date() - start.date()).days
        if days:
            text += f" {days:+d}"
        if end.utcoffset() != start.utcoffset():
            return (
                f"{start.strftime('%H:%M')} {zone_name(start)} – {end.strftime('%H:%M')}"
                + (f" {days:+d}" if days else "")
                + f" {zone_name(end)}"
            )
    return f"{text} {zone_name(start)}"

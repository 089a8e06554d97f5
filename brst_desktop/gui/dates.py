"""Dates and times as the screens show them: Buddhist Era for Thai readers, both clocks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from brst_desktop.gui.language import current_language

_THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
_THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
_THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def format_date(value: date | None) -> str:
    """5 พ.ย. 2566 in Thai (Buddhist Era), 5 Nov 2023 in English; empty for no date."""
    if value is None:
        return ""
    if current_language() == "th":
        return f"{value.day} {_THAI_MONTHS_SHORT[value.month - 1]} {value.year + 543}"
    return f"{value.day} {_EN_MONTHS[value.month - 1][:3]} {value.year}"


def format_date_range(start: date | None, end: date | None) -> str:
    if start is None:
        return format_date(end)
    if end is None or end == start:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


def format_moment(value: datetime | None) -> str:
    """An instant on this computer's clock: 26 พ.ย. 2569 19:02 / 26 Nov 2026 19:02."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{format_date(local.date())} {local.strftime('%H:%M')}"


def format_day(value: date) -> str:
    """วันอาทิตย์ที่ 5 พฤศจิกายน 2566 / Sunday 5 November 2023: an itinerary day heading."""
    if current_language() == "th":
        weekday = _THAI_WEEKDAYS[value.weekday()]
        return f"วัน{weekday}ที่ {value.day} {_THAI_MONTHS[value.month - 1]} {value.year + 543}"
    weekday = _EN_WEEKDAYS[value.weekday()]
    return f"{weekday} {value.day} {_EN_MONTHS[value.month - 1]} {value.year}"


def utc_offset(value: datetime) -> str:
    """UTC+8, UTC+5:30, UTC−3: the zone as a traveller reads it."""
    offset = value.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def format_span(start: datetime, end: datetime | None) -> str:
    """09:00–10:30 UTC+8; an end on a later day says so (22:50–00:55 +1)."""
    text = start.strftime("%H:%M")
    if end is not None:
        text += "–" + end.strftime("%H:%M")
        days = (end.date() - start.date()).days
        if days:
            text += f" {days:+d}"
        if end.utcoffset() != start.utcoffset():
            return (
                f"{start.strftime('%H:%M')} {utc_offset(start)} – {end.strftime('%H:%M')}"
                + (f" {days:+d}" if days else "")
                + f" {utc_offset(end)}"
            )
    return f"{text} {utc_offset(start)}"

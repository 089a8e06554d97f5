"""Dates as Thai and English readers write them: Buddhist Era in Thai, Common Era in English.

6 November 2023 is ``6 พฤศจิกายน 2566`` (long) or ``6 พ.ย. 2566`` (short) for a Thai reader and
``6 November 2023`` / ``6 Nov 2023`` for an English one. The screens and the printed book share
these, so both say the same date the same way.
"""

from __future__ import annotations

from datetime import date

BUDDHIST_ERA_OFFSET = 543

THAI_MONTHS = (
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
THAI_MONTHS_SHORT = (
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
THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
ENGLISH_MONTHS = (
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
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def thai_date(day: date, *, short: bool = False, weekday: bool = False) -> str:
    """``6 พฤศจิกายน 2566``; short ``6 พ.ย. 2566``; with weekday ``วันจันทร์ที่ 6 ...``."""
    months = THAI_MONTHS_SHORT if short else THAI_MONTHS
    text = f"{day.day} {months[day.month - 1]} {day.year + BUDDHIST_ERA_OFFSET}"
    if weekday:
        text = f"วัน{THAI_WEEKDAYS[day.weekday()]}ที่ {text}"
    return text


def english_date(day: date, *, short: bool = False, weekday: bool = False) -> str:
    """``6 November 2023``; short ``6 Nov 2023``; with weekday ``Monday 6 November 2023``."""
    month = ENGLISH_MONTHS[day.month - 1]
    text = f"{day.day} {month[:3] if short else month} {day.year}"
    if weekday:
        text = f"{ENGLISH_WEEKDAYS[day.weekday()]} {text}"
    return text


#: The years a date or time may have anywhere in the program: wide enough for any trip, meeting
#: or clearance, narrow enough that moving a time to any zone (or adding the Buddhist Era) never
#: leaves the calendar Python and SQLite can hold.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2199


def within_calendar(value: date) -> bool:
    """Is ``value`` (a date, or a datetime in any zone) between 1900 and 2199?"""
    return EARLIEST_YEAR <= value.year <= LATEST_YEAR

"""Dates as Thai and English readers expect them: Buddhist Era in Thai, Common Era in English.

6 November 2023 is ``6 พฤศจิกายน 2566`` (long) or ``6 พ.ย. 2566`` (short) in a Thai book and
``6 November 2023`` / ``6 Nov 2023`` in an English one; a bilingual book prints the Thai with the
English beneath. A range is written as Thai official documents write it, the shared month and
year once: ``5–9 พฤศจิกายน 2566``.
"""

from __future__ import annotations

from datetime import date, datetime

from brst_desktop.core.dates import (
    BUDDHIST_ERA_OFFSET,
    ENGLISH_MONTHS,
    THAI_MONTHS,
    english_date,
)
from brst_desktop.core.dates import thai_date as core_thai_date
from brst_desktop.export.language import Language, Printed, thai_digits


def thai_date(
    day: date, *, short: bool = False, weekday: bool = False, numerals: bool = False
) -> str:
    """``6 พฤศจิกายน 2566``, in Thai digits (``๖ พฤศจิกายน ๒๕๖๖``) when the book asks for them."""
    text = core_thai_date(day, short=short, weekday=weekday)
    return thai_digits(text) if numerals else text


def format_date(
    language: Language, day: date, *, short: bool = False, weekday: bool = False
) -> Printed:
    """A date in the book's language; a bilingual book has the Thai (BE) over the English."""
    th = thai_date(day, short=short, weekday=weekday, numerals=language.thai_numerals)
    return language.text(th, english_date(day, short=short, weekday=weekday))


def _thai_range(start: date, end: date, numerals: bool) -> str:
    months = THAI_MONTHS
    if start.year != end.year:
        text = f"{core_thai_date(start)} – {core_thai_date(end)}"
    elif start.month != end.month:
        text = (
            f"{start.day} {months[start.month - 1]} – {end.day} {months[end.month - 1]}"
            f" {end.year + BUDDHIST_ERA_OFFSET}"
        )
    else:
        text = f"{start.day}–{end.day} {months[end.month - 1]} {end.year + BUDDHIST_ERA_OFFSET}"
    return thai_digits(text) if numerals else text


def _english_range(start: date, end: date) -> str:
    if start.year != end.year:
        return f"{english_date(start)} – {english_date(end)}"
    if start.month != end.month:
        return (
            f"{start.day} {ENGLISH_MONTHS[start.month - 1]} – {end.day}"
            f" {ENGLISH_MONTHS[end.month - 1]} {end.year}"
        )
    return f"{start.day}–{end.day} {ENGLISH_MONTHS[end.month - 1]} {end.year}"


def format_date_range(language: Language, start: date | None, end: date | None) -> Printed:
    """``5–9 พฤศจิกายน 2566`` / ``5–9 November 2023``; months or years that differ are each
    written out (``30 พฤศจิกายน – 2 ธันวาคม 2566``)."""
    if start is None and end is None:
        return Printed("")
    if start is None or end is None or start == end:
        return format_date(language, start or end)  # type: ignore[arg-type]
    if end < start:
        start, end = end, start
    return language.text(
        _thai_range(start, end, language.thai_numerals), _english_range(start, end)
    )


def format_as_of(language: Language, moment: datetime) -> Printed:
    """The edition's as-of time in the home zone: ``6 พ.ย. 2566 14.30 น.``, ``6 Nov 2023 14:30``."""
    th = Language("th", thai_numerals=language.thai_numerals)
    en = Language("en")
    return language.text(
        f"{thai_date(moment.date(), short=True, numerals=language.thai_numerals)}"
        f" {th.hours(th.clock(moment.hour, moment.minute))}",
        f"{english_date(moment.date(), short=True)} {en.clock(moment.hour, moment.minute)}",
    )

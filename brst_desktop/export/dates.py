"""Dates as Thai and English readers expect them: Buddhist Era in Thai, Common Era in English.

6 November 2023 is ``6 พฤศจิกายน 2566`` (long) or ``6 พ.ย. 2566`` (short) in a Thai book and
``6 November 2023`` / ``6 Nov 2023`` in an English one; a bilingual book prints both.
"""

from __future__ import annotations

from datetime import date, datetime

from brst_desktop.core.dates import english_date
from brst_desktop.core.dates import thai_date as core_thai_date
from brst_desktop.core.models import BookLanguage
from brst_desktop.export.language import Language, thai_digits


def thai_date(
    day: date, *, short: bool = False, weekday: bool = False, numerals: bool = False
) -> str:
    """``6 พฤศจิกายน 2566``, in Thai digits (``๖ พฤศจิกายน ๒๕๖๖``) when the book asks for them."""
    text = core_thai_date(day, short=short, weekday=weekday)
    return thai_digits(text) if numerals else text


def format_date(
    language: Language, day: date, *, short: bool = False, weekday: bool = False, sep: str = " / "
) -> str:
    """A date in the book's language; a bilingual book shows the Thai (BE) and English (CE)."""
    th = thai_date(day, short=short, weekday=weekday, numerals=language.thai_numerals)
    en = english_date(day, short=short, weekday=weekday)
    if language.code is BookLanguage.THAI:
        return th
    if language.code is BookLanguage.ENGLISH:
        return en
    return f"{th}{sep}{en}"


def format_date_range(language: Language, start: date | None, end: date | None) -> str:
    """``5-9 พฤศจิกายน 2566``-style range, written out in full when months or years differ."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return format_date(language, start or end)  # type: ignore[arg-type]
    return f"{format_date(language, start)} – {format_date(language, end)}"


def format_clock(language: Language, moment: datetime) -> str:
    """``14:30`` (24-hour clock, as Thai and international programmes both use)."""
    return language.number(moment.strftime("%H:%M"))


def format_as_of(language: Language, moment: datetime) -> str:
    """The edition's as-of time in the home zone: ``6 พ.ย. 2566 14:30``."""
    return f"{format_date(language, moment.date(), short=True)} {format_clock(language, moment)}"

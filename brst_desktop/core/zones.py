"""Time zones as travellers name them: ``CST`` for Chongqing, ``ICT`` for Bangkok.

The screens and the printed book both label times with these names, so what an official reads on
the laptop is what the printed programme says.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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

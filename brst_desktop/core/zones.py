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


#: Old names of zones that tzdata's zone.tab lists under their current name.
_ZONE_ALIASES: dict[str, str] = {
    "Asia/Chongqing": "CN",
    "Asia/Chungking": "CN",
    "Asia/Harbin": "CN",
    "PRC": "CN",
    "Asia/Saigon": "VN",
    "Asia/Rangoon": "MM",
    "Asia/Calcutta": "IN",
    "Asia/Katmandu": "NP",
    "Asia/Ujung_Pandang": "ID",
    "Asia/Macao": "MO",
    "Japan": "JP",
    "ROK": "KR",
    "Singapore": "SG",
    "Hongkong": "HK",
}


@cache
def _zone_table() -> dict[str, str]:
    """Zone name -> ISO country code, from tzdata's zone.tab (shipped with the program)."""
    from importlib import resources

    table = dict(_ZONE_ALIASES)
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return table
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            table.setdefault(fields[2], fields[0])
    return table


@cache
def _countries_with_one_zone() -> frozenset[str]:
    seen: dict[str, int] = {}
    for name, code in _zone_table().items():
        if name not in _ZONE_ALIASES:
            seen[code] = seen.get(code, 0) + 1
    return frozenset(code for code, count in seen.items() if count == 1)


def zone_country(name: str) -> str:
    """The ISO country code of a zone (``CN`` for Asia/Shanghai), or "" when it has none."""
    return _zone_table().get(name, "")


def zone_label(name: str, moment: datetime, *, thai: bool) -> str:
    """The zone as a reader names it: ``เวลาจีน`` / ``China time``.

    A country with several zones also gets the offset (``เวลาสหรัฐอเมริกา (UTC-5)``); a zone of
    no country (UTC, Etc/GMT+3) is named by its offset alone.
    """
    from brst_desktop.core.countries import COUNTRY_NAMES, country_name

    code = zone_country(name)
    offset = _offset_name(moment.astimezone(zone(name)).utcoffset() or timedelta())
    if not code or code not in COUNTRY_NAMES:
        return f"เวลา {offset}" if thai else offset
    country = country_name(code, thai=thai)
    several = code not in _countries_with_one_zone() and code != "CN"
    if thai:
        return f"เวลา{country} ({offset})" if several else f"เวลา{country}"
    country = country.removeprefix("the ")
    return f"{country} time ({offset})" if several else f"{country} time"

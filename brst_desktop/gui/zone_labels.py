"""Time zones as people name them: the city and country in the window's language and the UTC
offset (เซี่ยงไฮ้ (จีน) · UTC+8), never the raw identifier alone (Asia/Shanghai).

The names are the Unicode CLDR's, shipped in ``resources/zones/names.json`` (made by
``make_names.py`` beside it); the identifier stays what is stored and is shown under the box.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCollator, QLocale

from brst_desktop.gui.language import current_language
from brst_desktop.resources import resource_path


@cache
def _names() -> dict[str, dict[str, str]]:
    with resource_path("zones", "names.json").open(encoding="utf-8") as file:
        names: dict[str, dict[str, str]] = json.load(file)
    return names


def offset_text(zone: str, when: datetime | None = None) -> str:
    """UTC+8, UTC+5:30, UTC−3 (a real minus sign), UTC for zero; at ``when`` (default now)."""
    moment = (when or datetime.now(ZoneInfo("UTC"))).astimezone(ZoneInfo(zone))
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def city(zone: str, language: str | None = None) -> str:
    entry = _names().get(zone, {})
    language = language or current_language()
    fallback = zone.rsplit("/", 1)[-1].replace("_", " ")
    return entry.get(f"city_{language}") or entry.get("city_en") or fallback


def zone_label(zone: str, when: datetime | None = None) -> str:
    """เซี่ยงไฮ้ (จีน) · UTC+8 in the Thai window, Shanghai (China) · UTC+8 in English."""
    if not zone:
        return ""
    entry = _names().get(zone, {})
    language = current_language()
    country = entry.get(f"country_{language}") or entry.get("country_en") or ""
    try:
        offset = offset_text(zone, when)
    except (ValueError, KeyError):
        return zone
    place = f"{city(zone, language)} ({country})" if country else city(zone, language)
    return f"{place} · {offset}"


def search_text(zone: str) -> str:
    """Everything a zone may be looked for by: both languages' names and the identifier."""
    entry = _names().get(zone, {})
    return "\n".join([zone, *entry.values()]).casefold()


def sorted_by_label(zones: list[str]) -> list[str]:
    """Zones in the window language's dictionary order of their labels (Thai order in Thai)."""
    collator = QCollator(QLocale())
    labels = {zone: zone_label(zone) for zone in zones}
    return sorted(zones, key=lambda zone: collator.sortKey(labels[zone]))

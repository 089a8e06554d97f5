"""Write names.json: each time zone's city and country in Thai and English (run after a tzdata
or Babel update; Babel is a development dependency only, the program reads the JSON).

    .venv/bin/python resources/zones/make_names.py

The names are the Unicode CLDR's exemplar cities and territories (Asia/Shanghai: เซี่ยงไฮ้,
จีน / Shanghai, China); see LICENSE-CLDR.txt beside this file.
"""

from __future__ import annotations

import json
import zoneinfo
from pathlib import Path

from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location

HERE = Path(__file__).resolve().parent
LANGUAGES = ("th", "en")


def zones() -> list[str]:
    return sorted(
        z
        for z in zoneinfo.available_timezones()
        if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
    )


def main() -> None:
    territories = get_global("zone_territories")
    locales = {language: Locale.parse(language) for language in LANGUAGES}
    names: dict[str, dict[str, str]] = {}
    for zone in zones():
        entry: dict[str, str] = {}
        territory = territories.get(zone, "")
        for language, locale in locales.items():
            entry[f"city_{language}"] = get_timezone_location(zone, locale=locale, return_city=True)
            entry[f"country_{language}"] = locale.territories.get(territory, "")
        names[zone] = entry
    text = json.dumps(names, ensure_ascii=False, indent=0, sort_keys=True)
    (HERE / "names.json").write_text(text + "\n", encoding="utf-8")
    print(f"{len(names)} zones")


if __name__ == "__main__":
    main()

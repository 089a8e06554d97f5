"""The calendar and zone names shared by the screens and the printed book."""

from __future__ import annotations

from datetime import UTC, date, datetime

from brst_desktop.core.dates import english_date, thai_date
from brst_desktop.core.zones import zone_abbreviation


def test_thai_dates_use_the_buddhist_era() -> None:
    day = date(2023, 11, 6)
    assert thai_date(day) == "6 พฤศจิกายน 2566"
    assert thai_date(day, short=True) == "6 พ.ย. 2566"
    assert thai_date(day, weekday=True) == "วันจันทร์ที่ 6 พฤศจิกายน 2566"
    assert thai_date(date(2024, 2, 29), short=True) == "29 ก.พ. 2567"


def test_english_dates_use_the_common_era() -> None:
    day = date(2023, 11, 6)
    assert english_date(day) == "6 November 2023"
    assert english_date(day, short=True) == "6 Nov 2023"
    assert english_date(day, weekday=True) == "Monday 6 November 2023"


def test_zones_are_named_as_travellers_name_them() -> None:
    moment = datetime(2023, 11, 8, 14, 50, tzinfo=UTC)
    assert zone_abbreviation("Asia/Shanghai", moment) == "CST"
    assert zone_abbreviation("Asia/Bangkok", moment) == "ICT"  # the tz database says only +07
    assert zone_abbreviation("Asia/Kathmandu", moment) == "NPT"
    summer = datetime(2023, 7, 1, 12, tzinfo=UTC)
    assert zone_abbreviation("Europe/London", summer) == "BST"
    assert zone_abbreviation("Europe/London", moment) == "GMT"
    assert zone_abbreviation("Asia/Kolkata", moment) == "IST"
    assert zone_abbreviation("Pacific/Chatham", moment) == "UTC+13:45"
    assert zone_abbreviation("Not/AZone", moment) == "UTC"

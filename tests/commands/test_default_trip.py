"""Every command that works on one trip takes the same trip when none is named: the one that
starts last, the first one ``list`` shows (core.ids.choose_trip), and each --help says so.

The database is made so that the other plausible rules would choose differently: the trip
changed most recently starts earlier, and the trip created last has no dates yet.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from brst_desktop.commands import DEFAULT_TRIP
from brst_desktop.core import models as m
from brst_desktop.core.db import open_database
from brst_desktop.core.ids import choose_trip
from tests.helpers.cli import run_main
from tests.helpers.trip_files import package_entries
from tests.helpers.typesetting import extract_text

#: key -> (start date, created, last changed)
TRIPS = {
    "next": (date(2024, 3, 4), datetime(2023, 1, 1, tzinfo=UTC), datetime(2023, 1, 2, tzinfo=UTC)),
    "past": (date(2023, 11, 5), datetime(2023, 2, 1, tzinfo=UTC), datetime(2024, 6, 1, tzinfo=UTC)),
    "draft": (None, datetime(2024, 5, 1, tzinfo=UTC), datetime(2024, 5, 1, tzinfo=UTC)),
}


def _ids(key: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"default-trip:{key}")


@pytest.fixture
def three_trips(tmp_path: Path) -> Path:
    path = tmp_path / "trips.sqlite"
    database = open_database(path)
    with database.session() as session:
        for key, (start, created, changed) in TRIPS.items():
            trip = m.Trip(
                id=_ids(key),
                title_en=f"The {key} trip",
                title_th=f"การเดินทาง {key}",
                start_date=start,
                end_date=start,
                home_timezone="Asia/Bangkok",
                destination_timezone="Asia/Shanghai",
                created_at=created,
                updated_at=changed,
            )
            person = m.Person(name_en=f"Traveller {key}", name_th=f"ผู้เดินทาง {key}")
            session.add(trip)
            session.add(
                m.DelegationMember(
                    trip=trip, person=person, side=m.DelegationSide.HOME, precedence=1
                )
            )
            begins = datetime.combine(start or date(2024, 6, 1), datetime.min.time(), UTC)
            session.add(
                m.Event(
                    trip=trip,
                    title_en=f"Meeting of the {key} trip",
                    starts_at=begins.replace(hour=2),
                    ends_at=begins.replace(hour=3),
                    timezone="Asia/Shanghai",
                )
            )
    database.close()
    return path


def test_choose_trip_takes_the_trip_that_starts_last(three_trips: Path) -> None:
    database = open_database(three_trips)
    try:
        with database.session() as session:
            assert choose_trip(session, None).id == _ids("next")
            assert choose_trip(session, "  ").id == _ids("next")
            assert choose_trip(session, _ids("past").hex[:8]).id == _ids("past")
            # between two trips starting the same day, the one created last
            session.get(m.Trip, _ids("past")).start_date = TRIPS["next"][0]
            session.flush()
            assert choose_trip(session, None).id == _ids("past")
    finally:
        database.close()


def test_list_shows_the_default_trip_first(three_trips: Path) -> None:
    ran = run_main("--db", three_trips, "list")
    assert ran.returncode == 0, ran.stderr
    listed = [line.split()[1] for line in ran.stdout.splitlines() if line.startswith("trip ")]
    assert listed == [str(_ids("next")), str(_ids("past")), str(_ids("draft"))]


def test_export_pack_calendar_and_contacts_take_the_same_trip(
    three_trips: Path, tmp_path: Path
) -> None:
    pdf, brst = tmp_path / "book.pdf", tmp_path / "trip.brst"
    ics, vcf = tmp_path / "trip.ics", tmp_path / "trip.vcf"
    for argv in (
        ("export", "-o", pdf, "--lang", "en", "--no-edition"),
        ("pack", "-o", brst),
        ("calendar", "-o", ics, "--lang", "en"),
        ("contacts", "-o", vcf, "--lang", "en"),
    ):
        ran = run_main("--db", three_trips, *argv)
        assert ran.returncode == 0, (argv, ran.stderr)

    printed = extract_text(pdf.read_bytes())
    assert "The next trip" in printed
    assert "The past trip" not in printed and "The draft trip" not in printed
    records = json.loads(package_entries(brst.read_bytes())["records.json"])
    assert [row["id"] for row in records["tables"]["trip"]] == [str(_ids("next"))]
    calendar = ics.read_text(encoding="utf-8")
    assert "Meeting of the next trip" in calendar and "past trip" not in calendar
    contacts = vcf.read_text(encoding="utf-8")
    assert "Traveller next" in contacts and "Traveller past" not in contacts

    # importing a calendar without --trip puts it in that trip too
    dry = run_main("--db", three_trips, "calendar", "--import", ics, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "The next trip" in dry.stdout.splitlines()[0]


@pytest.mark.parametrize("command", ["export", "pack", "calendar", "contacts"])
def test_every_help_says_the_rule(command: str) -> None:
    ran = run_main(command, "--help")
    assert ran.returncode == 0
    assert DEFAULT_TRIP in " ".join(ran.stdout.split())

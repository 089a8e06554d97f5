"""The ``names``, ``calendar`` and ``contacts`` sub-commands, run as a script runs them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from brst_desktop.core import models as m
from brst_desktop.core.db import open_database
from tests.helpers.cli import run_main


def test_names_prints_the_three_suggestions_and_the_guide() -> None:
    ran = run_main("names", "阴和俊")
    assert ran.returncode == 0
    lines = [line.split(":", 1)[1].strip() for line in ran.stdout.splitlines()[1:]]
    assert lines == ["Yīn Héjùn", "Yin Hejun", "ยิน เหอจฺวิ้น", "ยิน เหอ-จฺวิ้น"]
    tsv = run_main("names", "--tsv", "张广军", "习近平")
    assert tsv.stdout.splitlines()[1].split("\t") == [
        "习近平",
        "Xí Jìnpíng",
        "Xi Jinping",
        "สี จิ้นผิง",
        "สี จิ้น-ผิง",
    ]


def test_names_refuses_what_is_not_a_chinese_name() -> None:
    ran = run_main("names", "Yin Hejun")
    assert ran.returncode == 2
    assert "is not a name in Chinese characters" in ran.stderr
    assert ran.stdout == ""


def test_calendar_and_contacts_write_files_for_the_phone(tmp_path: Path) -> None:
    ics, vcf = tmp_path / "trip.ics", tmp_path / "trip.vcf"
    ran = run_main("--demo", "calendar", "-o", ics, "--lang", "en")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == str(ics)
    assert "100% Done" in ran.stderr
    assert ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 12
    assert "SUMMARY:Thailand – China bilateral meeting" in ics.read_text(encoding="utf-8")
    ran = run_main("--demo", "contacts", "-o", vcf)
    assert ran.returncode == 0, ran.stderr
    text = vcf.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 9
    assert "FN:หยิน เหอจวิ้น" in text


def test_calendar_import_shows_the_plan_then_imports(tmp_path: Path) -> None:
    db_path = tmp_path / "trips.sqlite"
    source = tmp_path / "programme.ics"
    ran = run_main("--demo", "calendar", "-o", source, "--lang", "en")
    assert ran.returncode == 0
    # Every demo copy has the same record ids: the file's UIDs are this database's events.
    from brst_desktop.core.demo import open_demo_database

    open_demo_database(tmp_path / "copy").close()
    demo_copy = next((tmp_path / "copy").glob("*.sqlite"))
    demo_copy.rename(db_path)

    dry = run_main("--db", db_path, "calendar", "--import", source, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "0 to add" in dry.stdout and "12 unchanged" in dry.stdout
    assert "Dry run: nothing was changed." in dry.stdout
    again = run_main("--db", db_path, "calendar", "--import", source)
    assert again.returncode == 0, again.stderr
    assert again.stdout.endswith("Imported: 0 added, 0 updated.\n")

    bad = tmp_path / "contacts.ics"
    bad.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nEND:VCARD\r\n", encoding="utf-8")
    refused = run_main("--db", db_path, "calendar", "--import", bad)
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "brst-desktop: The calendar file contacts.ics is not an iCalendar (.ics) file;"
        " nothing was changed."
    )
    database = open_database(db_path)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Event)) == 12
    finally:
        database.close()

"""``take`` and ``bring-back`` on the command line: what they print and what they change."""

from __future__ import annotations

from pathlib import Path

from brst_desktop.core import models as m
from brst_desktop.core.db import open_database
from brst_desktop.core.demo import demo_id, open_demo_database
from tests.helpers.cli import run_main
from tests.helpers.database import dump
from tests.helpers.travel import unclassified

TRIP = demo_id("trip")


def _set_notes(path: Path, notes: str) -> None:
    db = open_database(path, create=False)
    try:
        with db.session() as session:
            session.get(m.Trip, TRIP).notes = notes
    finally:
        db.close()


def _notes(path: Path) -> str:
    db = open_database(path, create=False)
    try:
        with db.session() as session:
            return session.get(m.Trip, TRIP).notes
    finally:
        db.close()


def test_take_then_bring_back_from_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "office").mkdir()
    server = unclassified(open_demo_database(tmp_path / "office"))
    server_path = server.path
    server.close()
    copy = tmp_path / "trip.db"

    took = run_main("--db", server_path, "take", "--trip", TRIP.hex[:8], "-o", copy)
    assert took.returncode == 0, took.stderr
    assert "onto this laptop as" in took.stdout and f"--db {copy} bring-back" in took.stdout

    _set_notes(server_path, "office")
    _set_notes(copy, "road")
    before = dump(server_path)
    dry = run_main("--db", copy, "bring-back", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"Office server: {server_path.resolve()}" in dry.stdout
    assert "CONFLICT (changed on both sides): trip" in dry.stdout and "[notes]" in dry.stdout
    assert "Conflicts keep the office server's version" in dry.stdout
    assert "    notes: office 'office' / laptop 'road'" in dry.stdout
    assert "Dry run: nothing was changed." in dry.stdout
    assert dump(server_path) == before

    laptop_wins = run_main("--db", copy, "bring-back", "--prefer", "laptop")
    assert laptop_wins.returncode == 0, laptop_wins.stderr
    assert "Brought back: 0 added and 1 updated on the office server" in laptop_wins.stdout
    assert _notes(server_path) == "road" and _notes(copy) == "road"

    again = run_main("--db", copy, "bring-back")
    assert "0 added and 0 updated" in again.stdout and "0 records of this copy" in again.stdout

    # An event deleted on the laptop is deleted on the server.
    db = open_database(copy, create=False)
    try:
        with db.session() as session:
            session.delete(session.get(m.Event, demo_id("event:bilateral")))
    finally:
        db.close()
    gone = run_main("--db", copy, "bring-back")
    assert "Deleted here, deleted on the office server too: event 'Thailand" in gone.stdout
    assert "deleted on the office server;" in gone.stdout
    server = open_database(server_path, create=False)
    try:
        with server.session() as session:
            assert session.get(m.Event, demo_id("event:bilateral")) is None
    finally:
        server.close()


def test_refusals_name_the_problem(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite"
    open_database(plain).close()
    nothing = run_main("--db", plain, "bring-back")
    assert nothing.returncode == 2
    assert "holds no trip taken from an office server" in nothing.stderr
    demo = run_main("--demo", "take", "-o", tmp_path / "x.db")
    assert demo.returncode == 2 and "--demo" in demo.stderr
    assert not (tmp_path / "x.db").exists()


def test_the_round_trip_from_an_office_postgresql_server(server_database, tmp_path: Path) -> None:
    from brst_desktop.core.db import open_server_database
    from brst_desktop.core.demo import load_demo

    url = server_database()
    office = open_server_database(url, initialise=True)
    try:
        load_demo(office)
        unclassified(office)
        copy = tmp_path / "trip.db"
        took = run_main("--db", url, "take", "-o", copy)
        assert took.returncode == 0, took.stderr
        assert f"from {url} onto this laptop" in took.stdout
        with office.session() as session:
            session.get(m.Trip, TRIP).purpose_en = "purpose set in the office"
        _set_notes(copy, "road")
        back = run_main("--db", copy, "bring-back")  # the server's address is remembered
        assert back.returncode == 0, back.stderr
        assert f"Office server: {url}" in back.stdout
        assert "Brought back: 0 added and 1 updated on the office server" in back.stdout
        with office.session() as session:
            trip = session.get(m.Trip, TRIP)
            assert (trip.notes, trip.purpose_en) == ("road", "purpose set in the office")
        db = open_database(copy, create=False)
        try:
            with db.session() as session:
                assert session.get(m.Trip, TRIP).purpose_en == "purpose set in the office"
        finally:
            db.close()
    finally:
        office.close()


def test_a_classified_trip_is_taken_only_with_a_passphrase(tmp_path: Path) -> None:
    (tmp_path / "office").mkdir()
    server = open_demo_database(tmp_path / "office")
    with server.session() as session:
        for book in session.get(m.Trip, TRIP).books:
            book.classification = m.Classification.CONFIDENTIAL
    server_path = server.path
    server.close()
    copy = tmp_path / "trip.db"
    refused = run_main("--db", server_path, "take", "-o", copy)
    assert refused.returncode == 2 and "must be protected by a passphrase" in refused.stderr
    assert not copy.exists()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    took = run_main("--db", server_path, "take", "-o", copy, "--protect-with", secret)
    assert took.returncode == 0, took.stderr
    back = run_main("--db", copy, "--passphrase-file", secret, "bring-back", "--dry-run")
    assert back.returncode == 0, back.stderr
    assert "0 to add, 0 to update" in back.stdout

"""What a new user types by mistake gets a sentence, and nothing is created, lost or left."""

from __future__ import annotations

from pathlib import Path

import pytest

from brst_desktop.core.demo import demo_id
from tests.helpers.cli import run_main
from tests.helpers.database import dump


def test_an_empty_passphrase_file_is_called_empty_not_a_damaged_database(
    demo_copy: Path, tmp_path: Path
) -> None:
    before = dump(demo_copy)
    empty = tmp_path / "secret.txt"
    for content in ("", "\n", "\nthe passphrase on line two\n"):
        empty.write_text(content, encoding="utf-8")
        result = run_main("--db", demo_copy, "--passphrase-file", empty, "backup")
        assert result.returncode == 2
        assert result.stderr == (
            f"brst-desktop: The first line of the passphrase file {empty} is empty.\n"
        )
    assert dump(demo_copy) == before


COMMANDS = [
    ["export", "-o", "{out}/x.pdf"],
    ["pack", "-o", "{out}/x.brst"],
    ["unpack", "{out}/x.brst", "--dry-run"],
    ["unpack", "{out}/x.brst"],
    ["backup"],
    ["backup", "--list"],
    ["restore"],
    ["list"],
]


def _run(db: Path | str, command: list[str], out: Path):  # type: ignore[no-untyped-def]
    return run_main("--db", db, *(part.replace("{out}", str(out)) for part in command))


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_db_that_is_a_folder_or_under_a_file_is_refused_by_every_command(
    tmp_path: Path, command: list[str]
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("notes", encoding="utf-8")
    for db, says in (
        (tmp_path, "is a folder, not a database file"),
        (a_file / "trips.sqlite", f"{a_file} is a file, not a folder"),
        (a_file / "deeper" / "trips.sqlite", f"{a_file} is a file, not a folder"),
        ("/dev/null", "is not a database file (it is a device or a pipe)"),
    ):
        result = _run(db, command, tmp_path)
        assert result.returncode == 2, (db, result.stderr)
        assert says in result.stderr and result.stderr.count("\n") == 1, (db, result.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != ["restore"]], ids=" ".join)
def test_a_mistyped_db_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    """Only the window (or 'unpack --create') makes a database; a slip of the keyboard is
    refused, and no file or folder appears."""
    missing = tmp_path / "typo" / "trps.sqlite"
    result = _run(missing, command, tmp_path)
    assert result.returncode == 2, result.stderr
    assert "There is no database at" in result.stderr or "trip file" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_restore_of_a_mistyped_db_creates_nothing_either(tmp_path: Path) -> None:
    result = _run(tmp_path / "trps.sqlite", ["restore"], tmp_path)
    assert result.returncode == 2 and "There is no good backup" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [
        ["backup"],
        ["restore"],
        ["unpack", "x.brst"],
        ["calendar", "--import", "x.ics"],
        ["contacts", "--import", "x.vcf"],
    ],
    ids=" ".join,
)
def test_demo_is_refused_where_it_would_keep_nothing(command: list[str], tmp_path: Path) -> None:
    own = tmp_path / "own.sqlite"
    result = run_main("--demo", *command)
    assert result.returncode == 2
    assert result.stderr == (
        f"brst-desktop: --demo works on a copy of the demo trip that is deleted when the command"
        f" ends, so '{command[0]}' would keep nothing; name a database with --db instead.\n"
    )
    assert not own.exists()


def test_demo_applies_to_export_pack_and_list(tmp_path: Path) -> None:
    listed = run_main("--demo", "list")
    assert listed.returncode == 0 and f"trip {demo_id('trip')}" in listed.stdout
    exported = run_main("--demo", "export", "-o", tmp_path / "book.pdf", "--no-edition")
    assert exported.returncode == 0 and (tmp_path / "book.pdf").stat().st_size > 10_000
    packed = run_main("--demo", "pack", "-o", tmp_path / "trip.brst", "--trip", "18eb")
    assert packed.returncode == 0, packed.stderr
    ics = run_main("--demo", "calendar", "-o", tmp_path / "trip.ics", "--trip", "18eb0daf")
    assert ics.returncode == 0 and (tmp_path / "trip.ics").stat().st_size > 1000, ics.stderr


def test_names_refuses_database_options() -> None:
    result = run_main("--demo", "names", "阴和俊")
    assert result.returncode == 2
    assert "The 'names' command uses no database; leave out --demo." in result.stderr


def test_typeset_refuses_database_options(tmp_path: Path) -> None:
    text = tmp_path / "in.txt"
    text.write_text("สวัสดี", encoding="utf-8")
    for option in (["--demo"], ["--db", str(tmp_path / "x.sqlite")]):
        result = run_main(*option, "typeset", text, "-o", tmp_path / "out.pdf")
        assert result.returncode == 2
        assert f"The 'typeset' command uses no database; leave out {option[0]}." in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]


def test_the_windows_language_before_a_command_is_refused_not_ignored(
    demo_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "book.pdf"
    slipped = run_main("--lang", "en", "--db", demo_copy, "export", "-o", out)
    assert slipped.returncode == 2 and "write it after 'export'" in slipped.stderr
    assert "brst-desktop export --lang en" in slipped.stderr and not out.exists()
    other = run_main("--lang", "th", "--db", demo_copy, "backup")
    assert other.stderr == (
        "brst-desktop: The option --lang is for the window; the 'backup' command does not open"
        " one.\n"
    )
    shot = run_main("--screenshot", tmp_path / "x.png", "--db", demo_copy, "list")
    assert shot.returncode == 2 and "--screenshot is for the window" in shot.stderr
    meant = run_main("--db", demo_copy, "export", "--lang", "en", "-o", out, "--no-edition")
    assert meant.returncode == 0, meant.stderr


def test_list_shows_every_trip_and_book_with_ids_that_other_commands_take(
    demo_copy: Path, tmp_path: Path
) -> None:
    from brst_desktop.core import models as m
    from brst_desktop.core.db import open_database

    database = open_database(demo_copy)
    with database.session() as session:
        session.add(m.Trip(title_en="Vientiane\x1b[2J talks"))
    database.close()
    listed = run_main("--db", demo_copy, "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    trip_lines = [line for line in lines if line.startswith("trip ")]
    assert len(trip_lines) == 2
    assert f"trip {demo_id('trip')}  2023-11-05 to 2023-11-09  The first Belt" in listed.stdout
    assert "Vientiane\\x1b[2J talks" in listed.stdout and "\x1b" not in listed.stdout
    assert f"  book {demo_id('book')}  Briefing book" in listed.stdout
    # Each id shown, or its start, works in export and pack alike.
    book_prefix = demo_id("book").hex[:5]
    trip_prefix = str(demo_id("trip"))[:6]
    exported = run_main("--db", demo_copy, "export", "--book", book_prefix, "-o",
                        tmp_path / "b.pdf", "--no-edition")  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    packed = run_main("--db", demo_copy, "pack", "--trip", trip_prefix, "-o", tmp_path / "t.brst")
    assert packed.returncode == 0 and "The first Belt" in packed.stdout, packed.stderr


def test_a_clean_exit_leaves_no_lock_file(demo_copy: Path, tmp_path: Path) -> None:
    lock = demo_copy.with_name(demo_copy.name + ".lock")
    for command in (["backup"], ["list"], ["export", "-o", str(tmp_path / "b.pdf")]):
        assert run_main("--db", demo_copy, *command).returncode == 0
        assert not lock.exists(), command
    from brst_desktop.core.db import open_database

    first = open_database(demo_copy)
    second = open_database(demo_copy)  # the same process shares the lock
    second.close()
    assert lock.exists()  # still held by the first
    first.close()
    assert not lock.exists()

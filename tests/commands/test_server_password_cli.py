"""``--db URL`` from a terminal when the server wants a password nothing on the computer holds:
one sentence saying where to put it (never a prompt, never a traceback); the password is never
taken on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.cli import run_cli, run_main
from tests.helpers.office import password_office


def test_a_server_that_wants_a_password_says_how_to_give_one(
    postgres_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    role, name, url = password_office(postgres_server, "right horse")
    try:
        where = f"{role}@{postgres_server.folder}:5432/{name}"
        sentence = (
            f"brst-desktop: The office server asks for a password for {where}; put it in"
            " ~/.pgpass, a password file (?passfile=FILE) or the system keyring.\n"
        )
        # a fresh program, as from a terminal: no password file, no keyring, nothing typed
        ran = run_cli(
            "--db", url, "list", env={"PGPASSFILE": str(tmp_path / "none"), "HOME": str(tmp_path)}
        )
        assert ran.returncode == 2
        assert ran.stderr == sentence and ran.stdout == ""
        # another command in this process: the same sentence, no copy made
        taken = run_main("--db", url, "take", "-o", tmp_path / "copy.sqlite")
        assert taken.returncode == 2 and taken.stderr == sentence
        assert not (tmp_path / "copy.sqlite").exists()
        # once a password file holds it, the same command works
        passfile = tmp_path / "pgpass"
        passfile.write_text(f"*:*:*:{role}:right horse\n", encoding="utf-8")
        passfile.chmod(0o600)
        listed = run_main("--db", f"{url}&passfile={passfile}", "list")
        assert listed.returncode == 0, listed.stderr
        assert "Traceback" not in ran.stderr + taken.stderr + listed.stderr
    finally:
        postgres_server.drop_database(name)

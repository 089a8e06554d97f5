"""What a new user types by mistake gets a sentence, and nothing is created, lost or left."""

from __future__ import annotations

from pathlib import Path

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

"""Names and files that are not what they seem: a device or a pipe given as a file, a file name
carrying terminal escape codes or markup. Nothing hangs, nothing reads without end, and what a
file says is shown, never obeyed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.exchange import ExchangeError, pack_trip, read_and_plan
from brst_desktop.errors import UserError, shown
from tests.helpers.cli import run_cli, run_main
from tests.helpers.trip_files import build_package, package_entries

ESCAPE = "\x1b]0;owned\x07\x1b[2J"


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "trip.brst"
    os.mkfifo(path)
    return path


def test_a_device_or_a_pipe_is_refused_at_once_by_every_command(
    demo_copy: Path, tmp_path: Path, fifo: Path
) -> None:
    """unpack /dev/zero used to read until memory ran out; a FIFO waited forever. A fresh
    interpreter with a deadline: the point is that the process comes back."""
    db = str(demo_copy)
    out = str(tmp_path / "x.pdf")
    for args, says in (
        (["--db", db, "unpack", "/dev/zero"], "is not a file (it is a folder, a device or a pipe)"),
        (["--db", db, "unpack", str(fifo), "--dry-run"], "is not a file"),
        (["--db", db, "--passphrase-file", str(fifo), "pack", "-o", out], "not a small text file"),
        (["--db", db, "export", "-o", out, "--password-file", "/dev/zero"], "not a small text"),
        (["typeset", "/dev/zero", "-o", out], "is not a text file of at most 16 MB"),
        (["typeset", str(fifo), "-o", out], "is not a text file"),
    ):
        result = run_cli(*args, timeout=60)
        assert result.returncode == 2, (args, result.stderr)
        assert says in result.stderr and result.stderr.count("\n") == 1, (args, result.stderr)
    assert not Path(out).exists()


def test_a_hostile_file_name_reaches_the_terminal_escaped(
    tmp_path: Path, demo_db: Database
) -> None:
    path = tmp_path / f"evil{ESCAPE}.brst"
    path.write_bytes(b"not a zip")
    result = run_main("--db", demo_db.path, "unpack", path)
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil\\x1b]0;owned\\x07\\x1b[2J.brst" in result.stderr
    assert result.stderr.count("\n") == 1


def test_what_a_trip_file_says_is_printed_escaped(demo_db: Database, tmp_path: Path) -> None:
    """The plan prints the trip's title and each record's name: from the file, so escaped."""
    pack_trip(demo_db, tmp_path / "valid.brst")
    entries = package_entries((tmp_path / "valid.brst").read_bytes())
    records = json.loads(entries["records.json"])
    title = f"Trip {ESCAPE}\u202eevil"
    records["tables"]["trip"][0]["title_en"] = title
    records["tables"]["event"][0]["title_en"] = f"Dinner{ESCAPE}"
    path = tmp_path / "titled.brst"
    path.write_bytes(build_package({**entries, "records.json": json.dumps(records).encode()}))
    result = run_main("--db", demo_db.path, "unpack", path, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert f"Trip: {shown(title)} ({demo_id('trip')})" in result.stdout
    assert "Dinner\\x1b]0;owned" in result.stdout


def test_sentences_escape_their_fields_but_keep_thai_chinese_and_paths() -> None:
    error = UserError("The file {path} {reason}.", path=Path("/ที่/阴和俊 a.brst"), reason="ok")
    assert str(error) == "The file /ที่/阴和俊 a.brst ok."
    nested = ExchangeError("The trip file {file} {reason}; nothing was changed.", file="a\nb",
                           reason=ExchangeError("holds {x}", x="\ud800"))  # fmt: skip
    assert str(nested) == "The trip file a\\x0ab holds \\ud800; nothing was changed."


def test_the_window_shows_a_file_name_with_markup_as_plain_text(qtbot, demo_db, tmp_path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from brst_desktop.gui.safety.import_preview import ImportDialog

    pack_trip(demo_db, tmp_path / "valid.brst")
    _, plan = read_and_plan(demo_db, tmp_path / "valid.brst")
    dialog = ImportDialog(plan, "<h1>big</h1><img src=x>.brst")
    qtbot.addWidget(dialog)
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>big</h1>" in dialog.summary.text()
    label = QLabel()
    qtbot.addWidget(label)
    from brst_desktop.gui.messages import plain_text

    plain_text(label)
    label.setText("<b>x</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText
    with pytest.raises(ExchangeError):
        read_and_plan(demo_db, tmp_path / "missing <b>.brst")

"""A killed BRST Desktop leaves temporary files; the next start removes them, and no plain copy
of the data is left beside an encrypted database.

Each child below is killed at the moment it has made what the issue found left behind: a backup
half copied (the whole temporary copy and its SQLite journal), a PDF not yet renamed into place,
a --demo copy, a preview handed to a PDF viewer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from brst_desktop.core import backup, crypto
from brst_desktop.core.passphrase import change_passphrase
from tests.helpers import REPO_ROOT
from tests.helpers.cli import run_main

THAI_NAMES = ("ศุภมาส".encode(), "หยิน เหอจวิ้น".encode(), "阴和俊".encode())

#: A backup copied page by page, slowly, through the real temporary-file writer; killed while
#: copying (the copy's journal beside it) or once the whole copy is made, before its rename.
SLOW_BACKUP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from brst_desktop.core import backup, crypto, files
    db, when = Path(sys.argv[1]), sys.argv[2]
    target = backup.backup_folder(db) / "demo-20240101T000000000000Z-manual.sqlite"
    target.parent.mkdir(exist_ok=True)
    with files.temporary_beside(target) as temporary:
        source = crypto.connect(db, None, read_only=True)
        copy = crypto.connect(temporary, None)
        def slowly(_status, remaining, total):
            if when == "copying" and remaining < total // 2:
                print("copying", flush=True)  # more than half the pages on their way
            time.sleep(0.02)
        source.backup(copy, pages=4, progress=slowly)
        print("copied", flush=True)
        time.sleep(60)
    """
)

#: An export killed after its PDF is written to the temporary file, before the rename.
SLOW_EXPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from brst_desktop.core import files
    def write(stream):
        stream.write("%PDF-1.4 ... ลับมาก the whole confidential book ...".encode())
        stream.flush()
        print("written", flush=True)
        time.sleep(60)
    files.atomic_write(Path(sys.argv[1]), write, files.PDF)
    """
)

#: A window's demo copy and a preview given to the PDF viewer (which is not started here).
WINDOW = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtGui import QDesktopServices
    QDesktopServices.openUrl = staticmethod(lambda url: True)
    from brst_desktop.core.demo import open_demo_database
    from brst_desktop.gui.book_export import open_in_viewer
    db = open_demo_database()
    preview = open_in_viewer(b"%PDF-1.4 preview", "Briefing book")
    print(db.path, preview, sep="|", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The scratch folders of this test's programs, apart from any real one's."""
    root = tmp_path / "scratch"
    monkeypatch.setenv("BRST_SCRATCH", str(root))
    return root


def _killed(script: str, *args: str, wait_for: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert wait_for in line or wait_for == "", line
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    return line.strip()


def _dead_scratch(root: Path) -> list[Path]:
    """Scratch folders of processes other than this test's own (which is alive)."""
    if not root.exists():
        return []
    return [p for p in root.iterdir() if not p.name.startswith(f"{os.getpid()}-")]


def _temporaries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and ".tmp" in p.name)


def test_a_killed_backup_is_cleaned_up_at_the_next_start(demo_copy: Path, scratch: Path) -> None:
    total = 0
    for when in ("copying", "copied", "copying", "copied"):
        _killed(SLOW_BACKUP, str(demo_copy), when, wait_for=when)
        left = _temporaries(demo_copy.parent)
        if when == "copying":
            assert any(p.name.endswith(".tmp-journal") for p in left), left  # and its journal
        total += sum(p.stat().st_size for p in left)
        listed = run_main("--db", demo_copy, "backup", "--list")
        assert listed.returncode == 0, listed.stderr
        assert _temporaries(demo_copy.parent) == []
    assert total > 2 * demo_copy.stat().st_size  # whole copies of the database were left
    assert _dead_scratch(scratch) == []  # the dead processes' scratch folders went too


def test_without_its_notes_a_killed_backup_is_still_removed_when_the_database_opens(
    demo_copy: Path, scratch: Path
) -> None:
    """The notes live in the cache folder; if they are gone all the same, opening the database
    (which takes its lock: no other writer can be at work) removes the copy."""
    _killed(SLOW_BACKUP, str(demo_copy), "copied", wait_for="copied")
    assert _temporaries(demo_copy.parent)
    import shutil

    shutil.rmtree(scratch)
    from brst_desktop.core.db import open_database

    open_database(demo_copy).close()
    assert _temporaries(demo_copy.parent) == []


def test_a_killed_export_leaves_no_pdf_after_the_next_start(tmp_path: Path, scratch: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _killed(SLOW_EXPORT, str(out / "book.pdf"), wait_for="written")
    (left,) = out.iterdir()
    assert left.name.startswith(".book.pdf.") and b"confidential" in left.read_bytes()
    text = tmp_path / "in.txt"
    text.write_text("x", encoding="utf-8")
    assert run_main("typeset", text, "-o", tmp_path / "t.pdf").returncode == 0  # any start
    assert list(out.iterdir()) == []


def test_a_killed_window_leaves_no_demo_copy_or_preview(scratch: Path, tmp_path: Path) -> None:
    line = _killed(WINDOW, wait_for="")
    demo_path, preview = (Path(part) for part in line.split("|"))
    assert demo_path.exists() and preview.exists()
    assert scratch in demo_path.parents and scratch in preview.parents
    text = tmp_path / "in.txt"
    text.write_text("x", encoding="utf-8")
    assert run_main("typeset", text, "-o", tmp_path / "t.pdf").returncode == 0
    assert not demo_path.exists() and not preview.exists()
    assert _dead_scratch(scratch) == []


def test_a_running_program_s_files_are_left_alone(demo_copy: Path, scratch: Path) -> None:
    """The next start removes only what dead processes left: a live one keeps its demo."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", WINDOW], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None
        demo_path = Path(child.stdout.readline().split("|")[0])
        assert run_main("--db", demo_copy, "list").returncode == 0
        assert demo_path.exists()
    finally:
        child.kill()
        child.wait(timeout=30)


def test_no_plain_copy_is_left_beside_an_encrypted_database(demo_copy: Path, scratch: Path) -> None:
    """The damaged copy a restore kept aside, and a killed backup's copy, were plain text
    beside a database encrypted later; the README promises every copy is encrypted."""
    made = backup.create_backup(demo_copy)
    data = bytearray(demo_copy.read_bytes())
    data[4096 * 2 : 4096 * 2 + 300] = b"\xff" * 300  # damaged, its names still readable
    demo_copy.write_bytes(bytes(data))
    restored = backup.restore(demo_copy, made.path)
    assert restored.saved_current is not None
    assert any(name in restored.saved_current.read_bytes() for name in THAI_NAMES)
    _killed(SLOW_BACKUP, str(demo_copy), "copied", wait_for="copied")  # a plain copy too

    change_passphrase(demo_copy, None, "ช้างเผือก white elephant")

    everything = [p for p in demo_copy.parent.rglob("*") if p.is_file()]
    readable = [p for p in everything if any(name in p.read_bytes() for name in THAI_NAMES)]
    assert readable == []
    assert crypto.file_kind(demo_copy) == "encrypted"
    assert _temporaries(demo_copy.parent) == []

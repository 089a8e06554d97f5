"""Files are written all or nothing, and a failed write is explained in one sentence."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO

import pytest

from brst_desktop.core import files
from brst_desktop.core.files import DiskFullWriteError, FileWriteError, atomic_write


def _old(folder: Path) -> Path:
    target = folder / "book.pdf"
    target.write_bytes(b"the last good file")
    target.chmod(0o640)
    return target


def test_bytes_replace_the_file_and_keep_its_permissions(tmp_path: Path) -> None:
    target = _old(tmp_path)
    assert atomic_write(target, b"new content", files.PDF) == target
    assert target.read_bytes() == b"new content"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"]


def test_a_writer_function_streams_into_a_new_file_with_the_usual_permissions(
    tmp_path: Path,
) -> None:
    def write(stream: IO[bytes]) -> None:
        for index in range(3):
            stream.write(f"part {index};".encode())

    target = atomic_write(tmp_path / "trip.brst", write)
    assert target.read_bytes() == b"part 0;part 1;part 2;"
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    private = atomic_write(tmp_path / "key", b"secret", private=True)
    assert private.stat().st_mode & 0o777 == 0o600


def test_a_writer_that_fails_halfway_leaves_the_old_file_and_no_temporary(
    tmp_path: Path,
) -> None:
    target = _old(tmp_path)

    def interrupted(stream: IO[bytes]) -> None:
        stream.write(b"half of the new")
        raise KeyboardInterrupt  # the user (or a crash in layout) stops the write midway

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, interrupted)
    assert target.read_bytes() == b"the last good file"
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"]


def test_a_process_killed_mid_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = _old(tmp_path)
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from brst_desktop.core.files import atomic_write\n"
        "def write(stream):\n"
        "    stream.write(b'x' * 100_000)\n"
        "    stream.flush()\n"
        "    os._exit(9)\n"  # dies without any clean-up, as a power cut would
        "atomic_write(Path(sys.argv[1]), write)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(target)], timeout=60)
    assert result.returncode == 9
    assert target.read_bytes() == b"the last good file"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "book.pdf"]
    assert len(leftovers) == 1 and leftovers[0].startswith(".book.pdf.")  # hidden, never the file


def _fail(monkeypatch: pytest.MonkeyPatch, where: str, error: OSError) -> None:
    def raise_it(*args: object, **kwargs: object) -> None:
        raise error

    module = tempfile if where == "mkstemp" else os
    monkeypatch.setattr(module, where, raise_it)


@pytest.mark.parametrize(
    ("where", "error", "kind", "sentence"),
    [
        (
            "fsync",
            OSError(errno.ENOSPC, "No space left on device"),
            DiskFullWriteError,
            "The disk holding {folder} is full, so the PDF was not saved; free some space and"
            " try again.",
        ),
        (
            "mkstemp",
            PermissionError(errno.EACCES, "Permission denied"),
            FileWriteError,
            "You may not save files in the folder {folder}; choose another place for the PDF.",
        ),
        (
            "mkstemp",
            OSError(errno.EROFS, "Read-only file system"),
            FileWriteError,
            "The folder {folder} is on a read-only disk; choose another place for the PDF.",
        ),
        (
            "replace",
            PermissionError(errno.EACCES, "Permission denied"),
            FileWriteError,
            "{path} is open in another program or read-only; close it (or choose another name)"
            " and try again.",
        ),
        (
            "mkstemp",
            FileNotFoundError(errno.ENOENT, "No such file or directory"),
            FileWriteError,
            "The folder {folder} does not exist (any more); choose another place for the PDF.",
        ),
        (
            "replace",
            OSError(errno.EIO, "Input/output error"),
            FileWriteError,
            "Saving the PDF as {path} failed: Input/output error.",
        ),
    ],
    ids=["disk-full", "not-allowed", "read-only-disk", "locked", "folder-gone", "other"],
)
def test_each_failure_is_one_sentence_and_the_old_file_stays(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    error: OSError,
    kind: type[FileWriteError],
    sentence: str,
) -> None:
    target = _old(tmp_path)
    _fail(monkeypatch, where, error)
    with pytest.raises(FileWriteError) as caught:
        atomic_write(target, b"never seen", files.PDF)
    monkeypatch.undo()
    assert type(caught.value) is kind
    assert str(caught.value) == sentence.format(folder=tmp_path, path=target)
    assert caught.value.fields.get("document", files.PDF) == files.PDF  # translated by the GUI
    assert target.read_bytes() == b"the last good file"
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"]


def test_a_bad_target_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    missing = tmp_path / "missing" / "trip.brst"
    with pytest.raises(FileWriteError) as caught:
        atomic_write(missing, b"x", files.TRIP_FILE)
    assert str(caught.value) == (
        f"The folder {missing.parent} does not exist; create it or choose another place for the"
        " trip file."
    )
    with pytest.raises(FileWriteError, match=r"is a folder; give a file name for the backup\.$"):
        atomic_write(tmp_path, b"x", files.BACKUP)
    plain = tmp_path / "plain"
    plain.write_text("not a folder")
    with pytest.raises(FileWriteError, match="is not a folder, so the file cannot be saved in it"):
        atomic_write(plain / "x.pdf", b"x")
    assert not missing.parent.exists() and plain.read_text() == "not a folder"


def test_a_folder_without_write_permission_is_refused_before_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _old(tmp_path)
    if os.access(tmp_path, os.W_OK):  # as root (or on Windows) the bits do not bind: say they do
        monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(FileWriteError, match="You may not save files in the folder"):
            atomic_write(target, b"never seen")
    finally:
        tmp_path.chmod(0o755)
    assert target.read_bytes() == b"the last good file"
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"]


def test_temporary_beside_is_removed_unless_it_replaced_the_target(tmp_path: Path) -> None:
    target = _old(tmp_path)
    with files.temporary_beside(target) as temporary:
        assert temporary.parent == tmp_path and temporary.name.startswith(".book.pdf.")
        temporary.write_bytes(b"dropped")
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"]
    with files.temporary_beside(target) as temporary:
        temporary.write_bytes(b"kept")
        files.replace_with(temporary, target)
    assert target.read_bytes() == b"kept"
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"]

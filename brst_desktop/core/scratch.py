"""What a process leaves behind if it is killed, and the next start removing it.

Each running BRST Desktop (the window or a command) keeps a scratch folder of its own in the
user's cache folder, locked for as long as it runs: the ``--demo`` copy and the
previews handed to a PDF viewer live there. A temporary file it makes beside another file (a
PDF, a trip file, a backup being written) is noted there too while it exists. A clean exit
removes the folder; a killed process leaves it, and the next start of any BRST Desktop finds
folders whose lock nobody holds and removes them, with every temporary file they note (a
half-written backup and its journal, an unprotected PDF of a confidential book).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import tempfile
import threading
from pathlib import Path

from brst_desktop.core.locks import try_lock

#: Set by tests to keep their scratch folders apart from a real program's.
ROOT_ENV = "BRST_SCRATCH"
_LOCK = "running.lock"
_NOTES = "temporaries"
#: Endings of the files SQLite keeps beside a database file (a copy being made is one).
_BESIDE = ("", "-journal", "-wal", "-shm")

_mine: tuple[Path, int] | None = None  # this process's folder and the descriptor holding it
_guard = threading.Lock()


def root() -> Path:
    """Where every BRST Desktop of this user keeps its scratch folder: the user's cache folder,
    which (unlike the system's temporary folder) outlives a restart, so what a process killed by
    a power cut noted is still found."""
    chosen = os.environ.get(ROOT_ENV)
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_path

    from brst_desktop.core.location import APP_NAME

    return user_cache_path(APP_NAME, appauthor=False) / "running"


def folder() -> Path:
    """This process's own scratch folder (made, and locked, on first use)."""
    global _mine
    with _guard:
        if _mine is not None and _mine[0].is_dir():
            return _mine[0]
        base = root()
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        made = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=base))
        fd = os.open(made / _LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        try_lock(fd)  # a new folder: nobody else can hold it
        (made / _NOTES).mkdir()
        if _mine is None:
            atexit.register(_remove_mine)
        _mine = (made, fd)
        return made


def _note_for(path: Path) -> str:
    return hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def track(path: Path) -> None:
    """Note a temporary file made beside another, so a killed process's is found and removed."""
    # Best effort: a temporary folder that cannot be written must not stop the real work.
    with contextlib.suppress(OSError):
        note = folder() / _NOTES / _note_for(path)
        note.write_text(str(path.absolute()), encoding="utf-8", errors="surrogateescape")


def untrack(path: Path) -> None:
    """The temporary file is gone (renamed into place, or deleted)."""
    if _mine is not None:
        with contextlib.suppress(OSError):
            (_mine[0] / _NOTES / _note_for(path)).unlink()


def _remove_mine() -> None:
    global _mine
    with _guard:
        if _mine is None:
            return
        made, fd = _mine
        _mine = None
    _remove_folder(made)
    with contextlib.suppress(OSError):
        os.close(fd)


def clean_up() -> list[Path]:
    """Remove what killed BRST Desktops left: their scratch folders (a demo copy, previews)
    and the temporary files they noted. Returns what was removed."""
    base = root()
    removed: list[Path] = []
    try:
        folders = [entry for entry in base.iterdir() if entry.is_dir()]
    except OSError:
        return removed
    for entry in folders:
        if _mine is not None and entry == _mine[0]:
            continue
        try:
            fd = os.open(entry / _LOCK, os.O_RDWR)
        except FileNotFoundError:
            fd = -1  # a folder whose lock was never made: its process died at once
        except OSError:
            continue
        try:
            if fd >= 0 and not try_lock(fd):
                continue  # alive
            removed += _remove_noted(entry / _NOTES)
            _remove_folder(entry)
            removed.append(entry)
        finally:
            if fd >= 0:
                os.close(fd)
    return removed


def _remove_noted(notes: Path) -> list[Path]:
    removed = []
    with contextlib.suppress(OSError):
        for note in notes.iterdir():
            with contextlib.suppress(OSError):
                noted = Path(note.read_text(encoding="utf-8", errors="surrogateescape"))
                # Only what our own writers make: ".<target name>.<random>.tmp" beside the target.
                if noted.name.startswith(".") and ".tmp" in noted.name:
                    for ending in _BESIDE:
                        extra = noted.with_name(noted.name + ending)
                        if extra.is_file():
                            extra.unlink()
                            removed.append(extra)
    return removed


def _remove_folder(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)

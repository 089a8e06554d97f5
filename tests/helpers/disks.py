"""A disk that is really full: a small tmpfs mounted for the test and filled to the last block.

Mounting needs root (CI runs as root); where the system refuses, the caller falls back to
simulating what SQLite and the OS report at the boundary, as the other safety tests do.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def small_disk(parent: Path, size_kb: int = 2048) -> Iterator[Path | None]:
    """A fresh file system of ``size_kb`` at ``parent/disk``, or None where none can be made."""
    folder = parent / "disk"
    folder.mkdir()
    mounted = (
        os.geteuid() == 0
        and shutil.which("mount") is not None
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Write zeros into ``folder`` until the disk says it is full; returns the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        block = b"\0" * 4096
        while True:
            os.write(fd, block)
    except OSError:
        pass  # ENOSPC: full
    finally:
        os.close(fd)
    return filler


def contents(folder: Path) -> list[str]:
    """Every file and folder under ``folder`` (the filler left out)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.name != "filler")

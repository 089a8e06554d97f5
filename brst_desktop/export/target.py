"""Writing the PDF file: all or nothing, with a sentence when the target cannot be written.

The writing itself is :mod:`brst_desktop.core.files`; this only names the refusals
:class:`ExportTargetError`, the error the book export promises its callers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from brst_desktop.core import files
from brst_desktop.core.files import FileWriteError


class ExportTargetError(FileWriteError):
    """The PDF cannot be written where the user asked."""


@contextmanager
def _refused_as_export() -> Iterator[None]:
    try:
        yield
    except ExportTargetError:
        raise
    except FileWriteError as refusal:
        raise ExportTargetError.retold(refusal) from refusal.__cause__


def check_target(path: Path) -> Path:
    """Refuse early (before minutes of layout) a target that clearly cannot be written."""
    with _refused_as_export():
        return files.check_target(path, files.PDF)


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and an atomic replace."""
    with _refused_as_export():
        return files.atomic_write(path, data, files.PDF)

"""Writing the PDF file: all or nothing, with a sentence when the target cannot be written.

The bytes go to a temporary file in the target's folder (same file system, so the final
``os.replace`` is atomic), are flushed to disk, and only then replace the old file: a crash, a
full disk or a locked target leaves the last good PDF exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from brst_desktop.errors import UserError


class ExportTargetError(UserError):
    """The PDF cannot be written where the user asked."""


def check_target(path: Path) -> Path:
    """Refuse early (before minutes of layout) a target that clearly cannot be written."""
    path = Path(path).expanduser()
    if path.exists() and path.is_dir():
        raise ExportTargetError("{path} is a folder; give a file name for the PDF.", path=path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise ExportTargetError(
            "The folder {folder} does not exist; create it or choose another place for the PDF.",
            folder=folder,
        )
    if not folder.is_dir():
        raise ExportTargetError(
            "{folder} is not a folder, so the PDF cannot be saved in it.", folder=folder
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportTargetError(
            "You may not save files in the folder {folder}; choose another place for the PDF.",
            folder=folder,
        )
    return path


def _explain(error: OSError, path: Path, *, replacing: bool) -> ExportTargetError:
    """One sentence for a failed write; ``replacing``: the temporary file was written and only
    putting it in place of the old PDF failed (typically the PDF is open in a viewer)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportTargetError(
            "The disk holding {folder} is full, so the PDF was not saved; free some space"
            " and try again.",
            folder=path.parent,
        )
    if error.errno == errno.EROFS:
        return ExportTargetError(
            "The folder {folder} is on a read-only disk; choose another place for the PDF.",
            folder=path.parent,
        )
    if error.errno == errno.ENOENT:
        return ExportTargetError(
            "The folder {folder} does not exist (any more); choose another place for the PDF.",
            folder=path.parent,
        )
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        if replacing and path.exists():
            return ExportTargetError(
                "{path} is open in another program or read-only; close it (or choose another"
                " name) and export again.",
                path=path,
            )
        return ExportTargetError(
            "You may not save files in the folder {folder}; choose another place for the PDF.",
            folder=path.parent,
        )
    return ExportTargetError(
        "The PDF could not be saved as {path}: {reason}.",
        path=path,
        reason=error.strerror or error,
    )


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and an atomic replace."""
    path = check_target(path)
    temp_name: str | None = None
    replacing = False
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent
        )
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            # Keep the old file's permission bits: mkstemp makes files private (0600).
            with contextlib.suppress(OSError):
                os.chmod(temp_name, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, 0o666 & ~umask)
        replacing = True
        os.replace(temp_name, path)
        temp_name = None
    except OSError as error:
        raise _explain(error, path, replacing=replacing) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    return path

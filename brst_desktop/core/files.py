"""Writing a file all or nothing, and saying in one sentence why it could not be written.

Every file the program writes (a book PDF, a trip file, a backup, the database itself when it is
restored or re-keyed) goes to a temporary file in the target's folder, is flushed to disk, and
only then takes the target's place with ``os.replace``. The temporary file is on the same file
system, so the rename is atomic: a crash, a full disk or a locked target leaves the old file
exactly as it was, and no temporary file is left behind.

An ``OSError`` on the way becomes a :class:`FileWriteError` with one sentence naming what went
wrong (a missing folder, a folder the user may not write, a read-only disk, a file open in
another program, a full disk). The sentences name the document (``PDF``, ``TRIP_FILE``, ...) as a
:class:`Phrase`, so the GUI translates it along with the sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Self

from brst_desktop.core import scratch
from brst_desktop.errors import Phrase, UserError

#: What the sentences call the file being written.
FILE = Phrase("the file")
PDF = Phrase("the PDF")
TRIP_FILE = Phrase("the trip file")
BACKUP = Phrase("the backup")
DATABASE = Phrase("the database")


class FileWriteError(UserError):
    """A file could not be written where it was asked; the old file (if any) is unchanged."""

    @classmethod
    def retold(cls, refusal: FileWriteError) -> Self:
        """The same sentence as a refusal of this more particular kind (``ExportTargetError``)."""
        return cls(refusal.template, **refusal.fields)


class DiskFullWriteError(FileWriteError):
    """The disk filled up while writing; nothing was replaced."""


def check_target(path: Path, document: Phrase = FILE) -> Path:
    """Refuse early (before slow work) a target that clearly cannot be written."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise FileWriteError(
            "{path} is a folder; give a file name for {document}.", path=path, document=document
        )
    folder = path.parent
    if not folder.exists():
        raise FileWriteError(
            "The folder {folder} does not exist; create it or choose another place for {document}.",
            folder=folder,
            document=document,
        )
    if not folder.is_dir():
        raise FileWriteError(
            "{folder} is not a folder, so {document} cannot be saved in it.",
            folder=folder,
            document=document,
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _not_allowed(folder, document)
    return path


def explain(
    error: OSError, path: Path, document: Phrase = FILE, *, replacing: bool = False
) -> FileWriteError:
    """One sentence for a failed write of ``path``. ``replacing``: the temporary file was
    written and only putting it in place of the old file failed (typically because the old
    file is open in another program)."""
    folder = Path(path).parent
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullWriteError(
            "The disk holding {folder} is full, so {document} was not saved; free some space"
            " and try again.",
            folder=folder,
            document=document,
        )
    if error.errno == errno.EROFS:
        return FileWriteError(
            "The folder {folder} is on a read-only disk; choose another place for {document}.",
            folder=folder,
            document=document,
        )
    if error.errno == errno.ENOENT:
        return FileWriteError(
            "The folder {folder} does not exist (any more); choose another place for {document}.",
            folder=folder,
            document=document,
        )
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        if replacing and Path(path).exists():
            return FileWriteError(
                "{path} is open in another program or read-only; close it (or choose another"
                " name) and try again.",
                path=path,
            )
        return _not_allowed(folder, document)
    return FileWriteError(
        "Saving {document} as {path} failed: {reason}.",
        document=document,
        path=path,
        reason=error.strerror or error,
    )


#: Less room than this left on a disk is a full disk (SQLite then often reports only "disk I/O
#: error", and file systems keep a few blocks back).
NEARLY_FULL = 1024 * 1024


def no_room_left(folder: Path) -> bool:
    """Is the disk holding ``folder`` (or its nearest existing parent) full?"""
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def _not_allowed(folder: Path, document: Phrase) -> FileWriteError:
    return FileWriteError(
        "You may not save files in the folder {folder}; choose another place for {document}.",
        folder=folder,
        document=document,
    )


def atomic_write(
    path: Path,
    content: bytes | Callable[[IO[bytes]], None],
    document: Phrase = FILE,
    *,
    private: bool = False,
) -> Path:
    """Write ``content`` (bytes, or a function writing to the open file) to ``path``: all of it
    appears, or nothing changes. A new file gets the usual permissions (``private``: owner
    only); a replaced file keeps its own. Raises :class:`FileWriteError`."""
    path = check_target(path, document)
    replacing = False
    try:
        with temporary_beside(path) as temporary:
            os.chmod(temporary, _mode_for(path, private))
            with temporary.open("wb") as stream:
                if isinstance(content, bytes | bytearray | memoryview):
                    stream.write(content)
                else:
                    content(stream)
                stream.flush()
                os.fsync(stream.fileno())
            replacing = True
            os.replace(temporary, path)
            fsync_folder(path.parent)
    except OSError as error:
        raise explain(error, path, document, replacing=replacing) from error
    return path


@contextlib.contextmanager
def temporary_beside(target: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A fresh, empty temporary path in ``target``'s folder (for writers that want a file name,
    such as SQLite's backup), removed on the way out unless :func:`replace_with` moved it."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        # Noted while it exists: if this process is killed, the next start removes it.
        scratch.track(temporary)
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)
        scratch.untrack(temporary)


def replace_with(temporary: Path, target: Path) -> None:
    """Flush ``temporary`` to disk and rename it over ``target`` in one step."""
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    fsync_folder(target.parent)


def fsync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut."""
    if sys.platform == "win32":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _mode_for(path: Path, private: bool) -> int:
    """mkstemp makes 0600 files: keep a replaced file's bits, give a new one the usual ones."""
    if private:
        return 0o600
    with contextlib.suppress(OSError):
        return path.stat().st_mode & 0o777
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


# --- reading what the user names ------------------------------------------------------------


class ReadRefused(Exception):
    """A file the user named is not read: ``reason`` is ``"not_a_file"`` (a folder, a device
    such as /dev/zero, a pipe that would wait forever) or ``"too_large"`` (over the limit)."""

    def __init__(self, reason: str, limit: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.limit = limit


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, never more than ``limit`` of them.

    Opened without waiting (a FIFO would block the open until someone writes to it), then
    checked on the open descriptor, so a file swapped for a device after a look cannot get
    through. Raises :class:`ReadRefused`, or ``OSError`` as the system reports it."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadRefused("not_a_file")
        if info.st_size > limit:
            raise ReadRefused("too_large", limit)
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:  # it grew while being read
        raise ReadRefused("too_large", limit)
    return data


#: A passphrase or password file holds one line; anything much larger is the wrong file.
SECRET_FILE_LIMIT = 64 * 1024


def first_line(path: Path, limit: int = SECRET_FILE_LIMIT) -> str:
    """The first line of a small UTF-8 text file, without its line end (``""`` if it has none).

    Raises :class:`ReadRefused`, ``OSError`` or ``UnicodeDecodeError`` for the caller to word."""
    text = read_bounded(path, limit).decode("utf-8")
    return text.splitlines()[0] if text else ""

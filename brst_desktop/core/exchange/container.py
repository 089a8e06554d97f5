"""The trip file: a zip container (like EPUB or DOCX) and the checks that make reading it safe.

Layout::

    mimetype        application/vnd.brst-desktop.trip+zip (stored, first: identifies the file)
    manifest.json   format name and version, the trip, and the size and SHA-256 of every entry
    records.json    {"tables": {table: [record, ...]}, "bases": {id: hash}}
    photos/<uuid>   the bytes of each photo record

Nothing is extracted to disk. Before any entry is decompressed the directory is checked: entry
count, names (no ``..``, absolute paths, drive letters, backslashes, duplicates or unexpected
names), symlinks, encryption, declared sizes and compression ratios (zip bombs). Each entry is
then read with a hard byte limit, so a lying size field cannot make us inflate more than allowed.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from brst_desktop.core import files
from brst_desktop.core.exchange.errors import ExchangeError

FORMAT = "brst-desktop-trip"
#: 2: Thai and English prose columns (schema 0003); 3: the manifest gives the trip's own
#: classification (schema 0005), so an older program, which would drop it and land a ลับ trip
#: as unclassified, refuses the file instead of importing it
FORMAT_VERSION = 3
MIMETYPE = "application/vnd.brst-desktop.trip+zip"
MANIFEST = "manifest.json"
RECORDS = "records.json"
PHOTO_PREFIX = "photos/"

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 5_000
MAX_TOTAL_BYTES = 768 * 1024 * 1024
MAX_RECORDS_BYTES = 128 * 1024 * 1024
MAX_PHOTO_BYTES = 32 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed; JSON gives ~5-20, bombs give 1000+
RATIO_FLOOR = 1024 * 1024  # smaller entries cannot hurt, whatever their ratio

_PHOTO_NAME = re.compile(r"^photos/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass
class Package:
    """A trip file that passed every container check (its records are checked later)."""

    manifest: dict[str, Any]
    records: dict[str, Any]
    photos: dict[str, bytes] = field(default_factory=dict)  # photo id -> bytes


def write_package(
    handle: IO[bytes], manifest: dict[str, Any], records: dict[str, Any], photos: dict[str, bytes]
) -> None:
    """Write the container to an open binary file (the caller makes that atomic)."""
    records_bytes = _dump(records)
    photo_entries = {f"{PHOTO_PREFIX}{pid}": data for pid, data in sorted(photos.items())}
    entries = [{"name": RECORDS, **_digest(records_bytes)}]
    entries += [{"name": name, **_digest(data)} for name, data in photo_entries.items()]
    manifest = {**manifest, "format": FORMAT, "version": FORMAT_VERSION, "entries": entries}
    with zipfile.ZipFile(handle, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr(MANIFEST, _dump(manifest), zipfile.ZIP_DEFLATED)
        archive.writestr(RECORDS, records_bytes, zipfile.ZIP_DEFLATED)
        for name, data in photo_entries.items():
            archive.writestr(name, data, zipfile.ZIP_STORED)  # JPEG/PNG do not compress


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _digest(data: bytes) -> dict[str, Any]:
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


# --- reading -------------------------------------------------------------------------------------

# What a damaged zip can raise from the standard library while being read.
_DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    struct.error,
    NotImplementedError,  # an unsupported compression method
    RuntimeError,  # an encrypted entry
    ValueError,
    OverflowError,
    UnicodeDecodeError,
    KeyError,
    IndexError,
)


def read_package(path: Path) -> Package:
    """Open and check a trip file; raises :class:`ExchangeError` with the reason if it fails."""
    try:
        data = files.read_bounded(Path(path), MAX_FILE_BYTES)
    except files.ReadRefused as refused:
        if refused.reason == "too_large":
            raise ExchangeError("is larger than {size} MB", size=MAX_FILE_BYTES // 2**20) from None
        raise ExchangeError("is not a file (it is a folder, a device or a pipe)") from None
    except OSError as error:
        raise ExchangeError("cannot be read: {reason}", reason=error.strerror or error) from error
    return read_package_bytes(data)


def read_package_bytes(data: bytes) -> Package:
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError("is larger than {size} MB", size=MAX_FILE_BYTES // 2**20)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_directory(infos)
            contents = {info.filename: _read_entry(archive, info) for info in infos}
    except ExchangeError:
        raise
    except _DAMAGE as error:
        raise ExchangeError("is damaged or is not a trip file (not a readable zip)") from error
    return _check_contents(contents)


def _check_name(name: str) -> None:
    shown = name[:80]
    if "\\" in name:
        raise ExchangeError("holds an entry with a backslash in its name ({entry})", entry=shown)
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise ExchangeError("holds an entry with an absolute path ({entry})", entry=shown)
    parts = name.split("/")
    if ".." in parts:
        raise ExchangeError("holds an entry that points outside the file ({entry})", entry=shown)
    if any(part in ("", ".") for part in parts) or any(ord(c) < 32 for c in name):
        raise ExchangeError("holds an entry with a malformed name ({entry})", entry=shown)
    if name not in ("mimetype", MANIFEST, RECORDS) and not _PHOTO_NAME.match(name):
        raise ExchangeError("holds an unexpected entry ({entry})", entry=shown)


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ExchangeError("holds more than {count} entries", count=MAX_ENTRIES)
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename)
        folded = info.filename.casefold()
        if folded in seen:
            raise ExchangeError("holds the entry {entry} twice", entry=info.filename[:80])
        seen.add(folded)
        mode = (info.external_attr >> 16) & 0xFFFF
        if stat.S_ISLNK(mode):
            raise ExchangeError("holds a symbolic link ({entry})", entry=info.filename[:80])
        if info.flag_bits & 0x1:
            raise ExchangeError("holds encrypted entries")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ExchangeError("uses a compression method this program does not read")
        limit = _limit(info.filename)
        if info.file_size > limit:
            raise ExchangeError(
                "has an entry larger than allowed ({entry})", entry=info.filename[:80]
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ExchangeError("is a zip bomb (an entry expands far beyond its packed size)")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ExchangeError("expands to more than allowed")
    for required in ("mimetype", MANIFEST, RECORDS):
        if required not in seen:
            raise ExchangeError("is not a trip file (it has no {entry})", entry=required)


def _limit(name: str) -> int:
    if name == RECORDS:
        return MAX_RECORDS_BYTES
    if name == MANIFEST:
        return MAX_MANIFEST_BYTES
    if name == "mimetype":
        return 256
    return MAX_PHOTO_BYTES


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry's bytes, never more than its declared (and already checked) size."""
    with archive.open(info) as stream:
        data = stream.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise ExchangeError(
            "has an entry whose size does not match its header ({entry})", entry=info.filename
        )
    return data


def _load_json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ExchangeError("has a {entry} that is not valid JSON", entry=name) from error


def _check_contents(contents: dict[str, bytes]) -> Package:
    if contents["mimetype"] != MIMETYPE.encode():
        raise ExchangeError("is not a BRST Desktop trip file")
    manifest = _load_json(contents[MANIFEST], MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeError("is not a BRST Desktop trip file (unknown format)")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExchangeError("has no format version")
    if version > FORMAT_VERSION:
        raise ExchangeError(
            "was made by a newer BRST Desktop (format version {version}); update to import it",
            version=version,
        )
    if version < 1:
        raise ExchangeError("has an unknown format version ({version})", version=version)
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        raise ExchangeError("has a manifest without its list of entries")
    listed: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("name"), str)
            or not isinstance(entry.get("sha256"), str)
            or not isinstance(entry.get("size"), int)
        ):
            raise ExchangeError("has a malformed manifest entry")
        if entry["name"] in listed or entry["name"] in ("mimetype", MANIFEST):
            raise ExchangeError("lists an entry twice in its manifest")
        listed[entry["name"]] = entry
    present = set(contents) - {"mimetype", MANIFEST}
    if set(listed) != present:
        extra = sorted(present - set(listed)) or sorted(set(listed) - present)
        raise ExchangeError("does not match its manifest ({entry})", entry=extra[0][:80])
    for name, entry in listed.items():
        data = contents[name]
        if len(data) != entry["size"]:
            raise ExchangeError("has an entry of the wrong size ({entry})", entry=name)
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise ExchangeError("has an entry whose checksum does not match ({entry})", entry=name)
    records = _load_json(contents[RECORDS], RECORDS)
    if not isinstance(records, dict):
        raise ExchangeError("has records in an unknown layout")
    photos = {
        name.removeprefix(PHOTO_PREFIX): data
        for name, data in contents.items()
        if name.startswith(PHOTO_PREFIX)
    }
    return Package(manifest, records, photos)

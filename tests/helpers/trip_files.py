"""Taking trip files apart and building hostile ones."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile


def package_entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def build_package(
    entries: dict[str, bytes],
    *,
    fix_manifest: bool = True,
    infos: dict[str, object] | None = None,
    compression: int | None = None,
) -> bytes:
    """A trip file from raw entries; by default the manifest's sizes and checksums are made to
    match, so a test reaches the checks behind them. ``infos`` gives ZipInfo objects by name."""
    entries = dict(entries)
    if fix_manifest and "manifest.json" in entries:
        manifest = json.loads(entries["manifest.json"])
        manifest["entries"] = [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in entries.items()
            if name not in ("mimetype", "manifest.json")
        ]
        entries["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            info = (infos or {}).get(name) or zipfile.ZipInfo(name)
            method = compression if compression is not None else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, method)  # type: ignore[arg-type]
    return out.getvalue()


def tiny_png(color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), color).save(out, "PNG")
    return out.getvalue()


def png_bomb(width: int, height: int, rows: int | None = None) -> bytes:
    """A PNG of ``width`` x ``height`` RGBA pixels, all zero: a few hundred kilobytes that decode
    to gigabytes (made row by row, so making it takes no memory). ``rows``: only that many rows
    are written (quick to make; the header is what a bound refuses)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + 4 * width)  # filter byte, then RGBA
    parts = [compressor.compress(row) for _ in range(height if rows is None else rows)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", b"".join(parts))
        + chunk(b"IEND", b"")
    )

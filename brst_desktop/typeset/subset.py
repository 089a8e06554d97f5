"""TrueType subsets addressed by one-byte codes, with glyphs made of several glyphs (clusters).

A Thai syllable such as ``นุ่`` is shaped by HarfBuzz into three glyphs: the consonant, the lower
vowel and the tone mark, each at its own position. Drawn as three glyphs, PDF text extractors see
three characters at three places: poppler sorts them by position (a tone mark lands on the next
line or after a space: ``หุน\\n่ ยนต์``), pdfium and pypdf need a text for every glyph, and no share
of ``นุ่`` among the glyphs reads right in all three. Here such a cluster becomes ONE glyph of the
subset: a TrueType composite glyph whose components are the shaped glyphs at HarfBuzz's offsets.
It is drawn exactly as before (the rasteriser places the components), and its one code maps to the
whole cluster text in the ToUnicode CMap, which every reader handles like a ligature.
"""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Hashable
from functools import cache
from typing import NamedTuple, Protocol

from reportlab.pdfbase.ttfonts import TTFontMaker

# composite glyph flags (OpenType 'glyf' table)
_ARG_1_AND_2_ARE_WORDS = 0x0001
_ARGS_ARE_XY_VALUES = 0x0002
_WE_HAVE_A_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_WE_HAVE_AN_X_AND_Y_SCALE = 0x0040
_WE_HAVE_A_TWO_BY_TWO = 0x0080


class Cluster(NamedTuple):
    """Glyphs drawn as one: ``(glyph id, dx, dy)`` from the cluster's origin, in font units,
    and the advance of the whole (the sum of the shaped advances)."""

    parts: tuple[tuple[int, int, int], ...]
    advance: int


#: what a code of a subset draws: a glyph of the face, or a cluster of them
GlyphRef = int | Cluster


class ParsedFace(Hashable, Protocol):
    """What the subsetter reads of a face parsed by ReportLab's ``TTFontFile``: the file's bytes
    (kept by its parser as ``_ttf_data``, which its type stubs leave out), each glyph's offset in
    'glyf' and the raw tables."""

    _ttf_data: bytes
    glyphPos: list[int]

    def get_table_pos(self, tag: str) -> tuple[int, int]: ...

    def get_table(self, tag: str) -> bytes: ...


class _Glyphs:
    """Read access to one face's glyphs: raw records, boxes, outline sizes, components."""

    def __init__(self, face: ParsedFace) -> None:
        start, length = face.get_table_pos("glyf")
        self.data = memoryview(face._ttf_data)[start : start + length]
        self.loca: list[int] = face.glyphPos
        self.hmetrics = _horizontal_metrics(face, len(self.loca) - 1)
        self._sizes: dict[int, tuple[int, int, int]] = {}

    def record(self, gid: int) -> bytes:
        return bytes(self.data[self.loca[gid] : self.loca[gid + 1]])

    def box(self, gid: int) -> tuple[int, int, int, int] | None:
        start, end = self.loca[gid], self.loca[gid + 1]
        if end - start < 10:
            return None  # no outline (a space)
        x0, y0, x1, y1 = struct.unpack_from(">4h", self.data, start + 2)
        return x0, y0, x1, y1

    def components(self, record: bytes) -> list[tuple[int, int]]:
        """``(offset of the glyph index field, glyph id)`` of each component of a composite."""
        found = []
        pos = 10
        flags = _MORE_COMPONENTS
        while flags & _MORE_COMPONENTS:
            flags, gid = struct.unpack_from(">HH", record, pos)
            found.append((pos + 2, gid))
            pos += 4 + (4 if flags & _ARG_1_AND_2_ARE_WORDS else 2)
            if flags & _WE_HAVE_A_SCALE:
                pos += 2
            elif flags & _WE_HAVE_AN_X_AND_Y_SCALE:
                pos += 4
            elif flags & _WE_HAVE_A_TWO_BY_TWO:
                pos += 8
        return found

    def size(self, gid: int) -> tuple[int, int, int]:
        """Points, contours and nesting depth of a glyph's outline (for the maxp table)."""
        known = self._sizes.get(gid)
        if known is not None:
            return known
        record = self.record(gid)
        result = (0, 0, 0)
        if len(record) >= 10:
            contours = struct.unpack_from(">h", record, 0)[0]
            if contours >= 0:
                points = struct.unpack_from(">H", record, 10 + 2 * (contours - 1))[0] + 1
                result = (points if contours else 0, contours, 0)
            else:
                parts = [self.size(g) for _pos, g in self.components(record)]
                result = (
                    sum(p for p, _c, _d in parts),
                    sum(c for _p, c, _d in parts),
                    1 + max((d for _p, _c, d in parts), default=0),
                )
        self._sizes[gid] = result
        return result


def _horizontal_metrics(face: ParsedFace, count: int) -> list[tuple[int, int]]:
    """(advance, left side bearing) of every glyph, read from hmtx (ReportLab's own list
    reads the bearings unsigned and the advances of a trailing run scaled)."""
    pairs = struct.unpack_from(">H", face.get_table("hhea"), 34)[0]
    hmtx = face.get_table("hmtx")
    metrics = list(struct.iter_unpack(">Hh", hmtx[: 4 * pairs]))
    last = metrics[-1][0]
    bearings = struct.unpack_from(f">{count - pairs}h", hmtx, 4 * pairs)
    metrics.extend((last, lsb) for lsb in bearings)
    return metrics


@cache
def _glyphs(face: ParsedFace) -> _Glyphs:
    return _Glyphs(face)


def _set_u16(data: bytes, offset: int, value: int) -> bytes:
    return data[:offset] + struct.pack(">H", value) + data[offset + 2 :]


def _composite(
    glyphs: _Glyphs, cluster: Cluster, index_of: dict[int, int]
) -> tuple[bytes, int, tuple[int, int, int]]:
    """The glyf record of a cluster, its left side bearing, and its outline size."""
    box: list[int] | None = None
    body = []
    last = len(cluster.parts) - 1
    points = contours = depth = 0
    for n, (gid, dx, dy) in enumerate(cluster.parts):
        flags = _ARG_1_AND_2_ARE_WORDS | _ARGS_ARE_XY_VALUES
        if n < last:
            flags |= _MORE_COMPONENTS
        body.append(struct.pack(">HHhh", flags, index_of[gid], dx, dy))
        part = glyphs.box(gid)
        if part is not None:
            x0, y0, x1, y1 = part[0] + dx, part[1] + dy, part[2] + dx, part[3] + dy
            if box is None:
                box = [x0, y0, x1, y1]
            else:
                box = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
        p, c, d = glyphs.size(gid)
        points, contours, depth = points + p, contours + c, max(depth, d)
    x0, y0, x1, y1 = box if box is not None else (0, 0, 0, 0)
    header = struct.pack(">hhhhh", -1, x0, y0, x1, y1)
    return header + b"".join(body), x0, (points, contours, depth + 1)


def build_subset(face: ParsedFace, refs: list[GlyphRef]) -> bytes:
    """A TrueType font whose cmap (Macintosh, format 6) maps code ``i`` to ``refs[i]``.

    Glyph 0 stays the face's .notdef; the glyphs the codes use, and the components of any
    composite among them, follow; each cluster is a new composite glyph after those.
    """
    glyphs = _glyphs(face)
    old_of: list[int] = [0]  # new index -> face glyph id, for the face's own glyphs
    index_of: dict[int, int] = {0: 0}

    def take(gid: int) -> None:
        if gid not in index_of:
            index_of[gid] = len(old_of)
            old_of.append(gid)

    for ref in refs:
        if isinstance(ref, Cluster):
            for gid, _dx, _dy in ref.parts:
                take(gid)
        else:
            take(ref)
    n = 0
    while n < len(old_of):  # components of the face's own composite glyphs, to any depth
        record = glyphs.record(old_of[n])
        if len(record) >= 10 and struct.unpack_from(">h", record, 0)[0] < 0:
            for _pos, gid in glyphs.components(record):
                take(gid)
        n += 1

    records: list[bytes] = []
    metrics: list[tuple[int, int]] = []
    for gid in old_of:
        record = glyphs.record(gid)
        if len(record) >= 10 and struct.unpack_from(">h", record, 0)[0] < 0:
            for pos, component in glyphs.components(record):
                record = _set_u16(record, pos, index_of[component])
        records.append(record)
        metrics.append(glyphs.hmetrics[gid])

    cluster_index: dict[Cluster, int] = {}
    max_points = max_contours = max_elements = max_depth = 0
    codes: list[int] = []
    for ref in refs:
        if not isinstance(ref, Cluster):
            codes.append(index_of[ref])
            continue
        found = cluster_index.get(ref)
        if found is None:
            record, lsb, (points, contours, depth) = _composite(glyphs, ref, index_of)
            found = cluster_index[ref] = len(records)
            records.append(record)
            metrics.append((ref.advance, lsb))
            max_points, max_contours = max(max_points, points), max(max_contours, contours)
            max_elements, max_depth = max(max_elements, len(ref.parts)), max(max_depth, depth)
        codes.append(found)

    count = len(records)
    output = TTFontMaker()
    for tag in ("name", "OS/2", "cvt ", "fpgm", "prep"):
        with contextlib.suppress(KeyError):  # the hinting tables are optional
            output.add(tag, face.get_table(tag))
    post = face.get_table("post")
    output.add("post", b"\x00\x03\x00\x00" + post[4:16] + bytes(16))  # version 3: no names

    output.add("hmtx", b"".join(struct.pack(">Hh", aw, lsb) for aw, lsb in metrics))
    hhea = _set_u16(face.get_table("hhea"), 34, count)  # numberOfHMetrics: every glyph
    widest = max(struct.unpack_from(">H", hhea, 10)[0], *(aw for aw, _lsb in metrics))
    output.add("hhea", _set_u16(hhea, 10, widest))

    maxp = _set_u16(face.get_table("maxp"), 4, count)
    if len(maxp) >= 32:  # version 1.0: composite limits
        limits = ((10, max_points), (12, max_contours), (28, max_elements), (30, max_depth))
        for offset, value in limits:
            if value > struct.unpack_from(">H", maxp, offset)[0]:
                maxp = _set_u16(maxp, offset, value)
    output.add("maxp", maxp)

    length = 10 + 2 * len(codes)
    cmap = struct.pack(">HHHHIHHHHH", 0, 1, 1, 0, 12, 6, length, 0, 0, len(codes))
    output.add("cmap", cmap + struct.pack(f">{len(codes)}H", *codes))

    offsets = [0]
    padded = []
    for record in records:
        record += bytes(-len(record) % 4)
        padded.append(record)
        offsets.append(offsets[-1] + len(record))
    output.add("glyf", b"".join(padded))
    output.add("loca", struct.pack(f">{len(offsets)}L", *offsets))
    output.add("head", _set_u16(face.get_table("head"), 50, 1))  # long loca offsets
    return output.makeStream()

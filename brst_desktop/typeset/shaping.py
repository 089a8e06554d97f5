"""HarfBuzz shaping of one run (one face, one direction), cached, in font units.

A run is shaped once per paragraph as a whole and cut into lines afterwards at cluster
boundaries, the way browsers do; widths used for line breaking are therefore the widths printed.
Results are independent of the point size (HarfBuzz works unhinted at units-per-em scale), so a
cache keyed on (face, text) serves every size.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import uharfbuzz

from brst_desktop.typeset.fonts import glyph_font
from brst_desktop.typeset.scripts import is_mark
from brst_desktop.typeset.subset import Cluster


@dataclass(frozen=True, slots=True)
class ShapedRun:
    """Glyphs of one run in logical order (right-to-left runs are stored reversed)."""

    rtl: bool
    gids: tuple[int, ...]
    #: index into the run's text of each glyph's cluster start; non-decreasing
    clusters: tuple[int, ...]
    advances: tuple[int, ...]
    x_offsets: tuple[int, ...]
    y_offsets: tuple[int, ...]
    #: the source text each glyph gives back when the PDF's text is extracted: a cluster drawn
    #: as one composite glyph gives its whole text through its first glyph, the others none
    texts: tuple[str, ...]
    #: first glyph -> (glyph count, the composite glyph drawing them) for every grapheme that
    #: HarfBuzz drew with several glyphs (a consonant and its marks: see subset.py)
    clusters_drawn: dict[int, tuple[int, Cluster]]


@cache
def _attaches(ch: str) -> bool:
    """Drawn with the character before it: combining marks, joiners, and SARA AM (a spacing
    vowel that carries the nikhahit HarfBuzz places over the consonant, and the tone mark)."""
    return is_mark(ch) or ch in "\u0e33\u0eb3"


def _units(
    text: str,
    gids: list[int],
    clusters: list[int],
    advances: list[int],
    x_offsets: list[int],
    y_offsets: list[int],
) -> tuple[list[str], dict[int, tuple[int, Cluster]]]:
    """Cut the glyphs into graphemes (a base and what attaches to it), each extracted as its
    source text and, when it has several glyphs, drawn as one composite."""
    n = len(gids)
    texts = [""] * n
    drawn: dict[int, tuple[int, Cluster]] = {}
    i = 0
    while i < n:
        start = clusters[i]
        j = i + 1
        # a glyph whose cluster begins with an attaching character joins this grapheme
        while j < n and (clusters[j] == clusters[j - 1] or _attaches(text[clusters[j]])):
            j += 1
        end = clusters[j] if j < n else len(text)
        texts[i] = text[start:end]
        if j - i > 1:
            parts = []
            pen = 0
            for g in range(i, j):
                parts.append((gids[g], pen + x_offsets[g], y_offsets[g]))
                pen += advances[g]
            drawn[i] = (j - i, Cluster(tuple(parts), pen))
        i = j
    return texts, drawn


@lru_cache(maxsize=8192)
def shape(face_name: str, text: str) -> ShapedRun:
    """Shape ``text`` with the bundled face ``face_name`` (HarfBuzz default features)."""
    font = glyph_font(face_name)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    # one cluster per character where the font allows it: finest positions for line breaks
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    uharfbuzz.shape(font.hb_font, buf, {})
    rtl = buf.direction == "rtl"
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    if rtl:
        infos = infos[::-1]
        positions = positions[::-1]
    # add_str counts clusters in code points for Python str input
    gids = [info.codepoint for info in infos]
    clusters = [info.cluster for info in infos]
    advances = [pos.x_advance for pos in positions]
    x_offsets = [pos.x_offset for pos in positions]
    y_offsets = [pos.y_offset for pos in positions]
    texts, drawn = _units(text, gids, clusters, advances, x_offsets, y_offsets)
    if rtl:
        drawn = {}  # drawn glyph by glyph (its offsets are for the reversed order)
    return ShapedRun(
        rtl=rtl,
        gids=tuple(gids),
        clusters=tuple(clusters),
        advances=tuple(advances),
        x_offsets=tuple(x_offsets),
        y_offsets=tuple(y_offsets),
        texts=tuple(texts),
        clusters_drawn=drawn,
    )

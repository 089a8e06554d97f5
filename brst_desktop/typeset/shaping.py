"""HarfBuzz shaping of one run (one face, one direction), cached, in font units.

A run is shaped once per paragraph as a whole and cut into lines afterwards at cluster
boundaries, the way browsers do; widths used for line breaking are therefore the widths printed.
Results are independent of the point size (HarfBuzz works unhinted at units-per-em scale), so a
cache keyed on (face, text) serves every size.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz

from brst_desktop.typeset.fonts import glyph_font


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
    #: the source text each glyph gives back when the PDF's text is extracted
    texts: tuple[str, ...]
    #: clusters with more glyphs than characters: first glyph -> (glyph count, cluster text);
    #: drawn inside an ActualText span, since no share of the characters among the glyphs
    #: extracts right in every reader
    actual: dict[int, tuple[int, str]]


def _glyph_texts(
    text: str, clusters: list[int], advances: list[int], actual: dict[int, tuple[int, str]]
) -> list[str]:
    """Share each cluster's characters among its glyphs so extraction returns them in order.

    With as many glyphs as characters (Sarabun's SARA AM after a tone mark: the ligature
    nikhahit+tone and SARA AA for two characters) each glyph takes one character. With more
    glyphs than characters (SARA AM alone: nikhahit + SARA AA for one character) the spacing
    glyphs carry the text and the zero-width marks carry none: extractors that judge word gaps
    by glyph boxes (poppler) then see no gap. With fewer glyphs (a ligature) the last carrier
    takes the rest. Clusters with surplus glyphs are also recorded in ``actual``.
    """
    texts = [""] * len(clusters)
    i = 0
    n = len(clusters)
    while i < n:
        start = clusters[i]
        j = i
        while j < n and clusters[j] == start:
            j += 1
        end = clusters[j] if j < n else len(text)
        chars = text[start:end]
        members = list(range(i, j))
        if len(members) > len(chars):
            actual[i] = (len(members), chars)
            spacing = [g for g in members if advances[g]]
            marks = [g for g in members if not advances[g]]
            members = sorted((spacing + marks)[: len(chars)])
        for k, g in enumerate(members):
            texts[g] = chars[k] if k < len(members) - 1 else chars[k:]
        i = j
    return texts


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
    clusters = [info.cluster for info in infos]
    advances = [pos.x_advance for pos in positions]
    actual: dict[int, tuple[int, str]] = {}
    texts = _glyph_texts(text, clusters, advances, actual)
    return ShapedRun(
        rtl=rtl,
        gids=tuple(info.codepoint for info in infos),
        clusters=tuple(clusters),
        advances=tuple(advances),
        x_offsets=tuple(pos.x_offset for pos in positions),
        y_offsets=tuple(pos.y_offset for pos in positions),
        texts=tuple(texts),
        actual={} if rtl else actual,
    )

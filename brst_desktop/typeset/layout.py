"""A paragraph made ready to print once (cleaned, itemized, shaped, segmented), then broken
into lines for any width.

The expensive steps (HarfBuzz, the segmenter) run once per paragraph in :func:`prepare`;
:func:`break_lines` is a greedy first-fit over break opportunities using prefix sums of the shaped
advances, so laying the same paragraph out again for another frame width is cheap.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib.colors import toColor

from brst_desktop.typeset import vocabulary
from brst_desktop.typeset.breaks import FREE, JOINED, grade_breaks
from brst_desktop.typeset.fonts import FALLBACK_FACE, glyph_font
from brst_desktop.typeset.glyphfont import GlyphFont
from brst_desktop.typeset.linebreak import grapheme_boundaries
from brst_desktop.typeset.scripts import Run, clean_text, is_mark, itemize
from brst_desktop.typeset.shaping import shape
from brst_desktop.typeset.style import Span, TextStyle
from brst_desktop.typeset.subset import Cluster

_EPSILON = 1e-6
#: a last line shorter than this share of the column is a runt (a word left on its own)
RUNT = 0.15
#: characters a justified line may stretch: the plain space only. Not NO-BREAK SPACE (it glues
#: a title to a name, and a gap after it reads as an extra space to text extractors), nor
#: IDEOGRAPHIC SPACE (pdfium reads room after it as a second space; a Chinese line is spread
#: between its characters instead). And those that hang past the margin at a line end.
_SPACES = frozenset(" ")
_HANGING = frozenset(" \n\u3000")
#: room per joint (in ems) above which a justified line without spaces is spread at finer
#: joints, and above which it is not spread at all
_THIN_JOINT = 0.5
_WIDEST_JOINT = 1.0
#: how much more room a space takes than a joint between Thai words or Chinese characters
_SPACE_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class SpanStyle:
    """A span's resolved look: what the glyphs of its runs are printed with."""

    bold: bool
    italic: bool
    rgb: tuple[float, float, float]


@dataclass(frozen=True, slots=True)
class RunInfo:
    """A shaped run: its face, its span's look, and whether its glyphs read right to left."""

    font: GlyphFont
    style: SpanStyle
    rtl: bool
    #: the face lacks this style (Chinese has no bold or italic cut): draw it synthetically
    synthetic_bold: bool
    synthetic_italic: bool


@dataclass(slots=True)
class Line:
    """Characters ``[start, end)``; glyphs ``[first_glyph, last_glyph)`` are drawn."""

    start: int
    end: int
    content_end: int  # before the trailing spaces, which hang past the margin
    first_glyph: int
    last_glyph: int
    width: float  # of the content, in points
    hard_end: bool  # last line of the paragraph or before a line feed: never justified
    indent: float


@lru_cache(maxsize=256)
def _rgb(color: str) -> tuple[float, float, float]:
    c = toColor(color)
    return (float(c.red), float(c.green), float(c.blue))


@dataclass
class Prepared:
    """A paragraph's glyphs in logical order, with what line breaking needs to know."""

    text: str
    size: float
    runs: list[RunInfo]
    run_of: list[int]
    gids: list[int]
    advances: list[float]  # points
    x_offsets: list[float]
    y_offsets: list[float]
    texts: list[str]
    glyph_char: list[int]  # cluster start (paragraph index) of each glyph
    cum: list[float]  # cum[g] = advance of glyphs before g
    char_glyph: list[int]  # first glyph whose cluster starts at or after each index
    #: every break opportunity, ascending (line feeds and the end included)
    breaks: list[int]
    mandatory: frozenset[int]
    #: grade of each opportunity (see breaks.py): FREE ones are taken first
    grades: dict[int, float] = field(default_factory=dict)
    #: the grades present, best first
    levels: list[float] = field(default_factory=list)
    #: the FREE opportunities, ascending: between the pieces kept whole wherever they fit
    free: list[int] = field(default_factory=list)
    #: where a label ends (a span marked ``label``): no line ends there if its value can start
    label_ends: frozenset[int] = frozenset()
    #: first glyph -> (glyph count, composite) for graphemes drawn as one composite glyph
    composites: dict[int, tuple[int, Cluster]] = field(default_factory=dict)
    _graphemes: list[int] | None = field(default=None, repr=False)

    # -- measuring ---------------------------------------------------------------------------
    def width(self, start: int, end: int) -> float:
        return self.cum[self.char_glyph[end]] - self.cum[self.char_glyph[start]]

    def content_end(self, start: int, end: int) -> int:
        text = self.text
        while end > start and text[end - 1] in _HANGING:
            end -= 1
        return end

    def is_cluster_start(self, i: int) -> bool:
        g = self.char_glyph[i]
        return g == len(self.gids) or self.glyph_char[g] == i

    def graphemes(self) -> list[int]:
        if self._graphemes is None:
            self._graphemes = [
                b for b in grapheme_boundaries(self.text) if self.is_cluster_start(b)
            ]
        return self._graphemes

    # -- justification -----------------------------------------------------------------------
    def stretch_weights(self, line: Line, room: float) -> dict[int, float]:
        """Glyphs after which a justified line adds ``room`` (points), each with its share.

        Real spaces take the most: readers expect the gap there, in Thai as in English, and
        it adds nothing to the text. A Thai or Chinese line with only one or two spaces would
        otherwise open a hole at each (``สำคัญ      ภายใต้``), so its word joints (between
        Thai words, between Chinese characters: FREE opportunities with those scripts on
        both sides) take a share too, never inside a word or a grapheme cluster. A line with
        no space and too few joints to spread its room thinly (more than half an em each) is
        spread at every opportunity, compound parts and syllables included; failing those, at
        any opportunity. A line that would still open more than an em at each (one long word
        alone on a line) is left as it is.
        """
        text = self.text
        g0, g1 = line.first_glyph, self.char_glyph[line.content_end]
        spaces = [g for g in range(g0, g1) if text[self.glyph_char[g]] in _SPACES]
        # a space that begins a later cluster only counts once (its first glyph)
        spaces = [g for g in spaces if g + 1 == g1 or self.glyph_char[g + 1] != self.glyph_char[g]]
        # nor after a word of one letter that begins the line (ณ, ก): carried by that letter's
        # code, the room made pdfium join the line to the one before it
        if spaces and self.glyph_char[spaces[0]] - line.start <= 1:
            spaces = spaces[1:]

        def joints_of(opportunities: list[int]) -> tuple[list[int], list[int]]:
            joints: list[int] = []
            others: list[int] = []
            for b in opportunities[bisect_right(opportunities, line.start) :]:
                if b >= line.content_end:
                    break
                g = self.char_glyph[b] - 1
                if g < g0 or text[b - 1] in _HANGING:
                    continue
                if _spreads(text[b - 1]) and _spreads(text[b]):
                    joints.append(g)
                else:
                    others.append(g)
            return joints, others

        joints, others = joints_of(self.free)
        if spaces:
            if len(joints) < len(spaces) * _SPACE_WEIGHT:
                # long words (compounds, names) leave few joints: the parts of compounds help
                finer, _ = joints_of(self.breaks)
                joints = finer if len(finer) > len(joints) else joints
            weights = dict.fromkeys(spaces, _SPACE_WEIGHT)
            weights.update(dict.fromkeys(joints, 1.0))
            return weights
        if len(joints) * self.size * _THIN_JOINT < room:
            finer, _ = joints_of(self.breaks)
            if len(finer) > len(joints):
                joints = finer
        joints = joints or others
        if len(joints) * self.size * _WIDEST_JOINT < room:
            return {}  # a word or two alone on a line: holes would not read as one word
        return dict.fromkeys(joints, 1.0)


def _spreads(ch: str) -> bool:
    """Thai, or a CJK character or punctuation: scripts written without spaces, where a
    justified line may open room between words (Thai) or characters (Chinese)."""
    code = ord(ch)
    return (
        0x0E00 <= code <= 0x0E7F
        or 0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def _resolve_spans(
    content: str | Sequence[Span], style: TextStyle
) -> tuple[str, list[int], list[SpanStyle], list[tuple[int, int]], frozenset[int]]:
    if isinstance(content, str):
        spans: Sequence[Span] = [Span(content)]
    else:
        spans = content
    looks: list[SpanStyle] = []
    index: dict[SpanStyle, int] = {}
    parts: list[str] = []
    span_of: list[int] = []
    kept: list[tuple[int, int]] = []
    labels: set[int] = set()
    length = 0
    for span in spans:
        look = SpanStyle(
            bold=style.bold if span.bold is None else span.bold,
            italic=style.italic if span.italic is None else span.italic,
            rgb=_rgb(style.color if span.color is None else span.color),
        )
        if look not in index:
            index[look] = len(looks)
            looks.append(look)
        text = clean_text(span.text)
        parts.append(text)
        span_of.extend([index[look]] * len(text))
        if span.keep_together and text:
            kept.append((length, length + len(text)))
        length += len(text)
        if span.label and text:
            labels.add(length)
    return "".join(parts), span_of, looks, kept, frozenset(labels)


def prepare(content: str | Sequence[Span], style: TextStyle) -> Prepared:
    """Clean, itemize, shape and segment a paragraph once."""
    text, span_of, looks, kept, labels = _resolve_spans(content, style)
    size = style.size
    runs: list[RunInfo] = []
    run_of: list[int] = []
    gids: list[int] = []
    advances: list[float] = []
    x_offsets: list[float] = []
    y_offsets: list[float] = []
    texts: list[str] = []
    glyph_char: list[int] = []
    composites: dict[int, tuple[int, Cluster]] = {}
    bold_italic = [(look.bold, look.italic) for look in looks]
    run: Run
    for run in itemize(text, span_of, bold_italic):
        font = glyph_font(run.face)
        look = looks[run.span]
        shaped = shape(run.face, text[run.start : run.end])
        fallback = run.face == FALLBACK_FACE
        runs.append(
            RunInfo(font, look, shaped.rtl, fallback and look.bold, fallback and look.italic)
        )
        scale = size / font.upem
        n = len(shaped.gids)
        base = len(gids)
        composites.update((base + g, value) for g, value in shaped.clusters_drawn.items())
        run_of.extend([len(runs) - 1] * n)
        gids.extend(shaped.gids)
        advances.extend(a * scale for a in shaped.advances)
        x_offsets.extend(x * scale for x in shaped.x_offsets)
        y_offsets.extend(y * scale for y in shaped.y_offsets)
        texts.extend(shaped.texts)
        glyph_char.extend(run.start + c for c in shaped.clusters)
    cum = [0.0]
    total = 0.0
    for advance in advances:
        total += advance
        cum.append(total)
    n_glyphs = len(gids)
    char_glyph: list[int] = []
    g = 0
    for i in range(len(text) + 1):
        while g < n_glyphs and glyph_char[g] < i:
            g += 1
        char_glyph.append(g)
    prepared = Prepared(
        text,
        size,
        runs,
        run_of,
        gids,
        advances,
        x_offsets,
        y_offsets,
        texts,
        glyph_char,
        cum,
        char_glyph,
        [],
        frozenset(),
        composites=composites,
    )
    mandatory = {i + 1 for i, ch in enumerate(text) if ch == "\n"}
    grades = grade_breaks(text, vocabulary.current(), kept)
    for b in mandatory:
        grades[b] = FREE
    # never break inside a shaped cluster, nor before a combining mark (a mark after a space
    # is a break opportunity for UAX #14 but would begin the next line)
    n = len(text)
    allowed = {
        b: grade
        for b, grade in grades.items()
        if b in mandatory or b == n or (prepared.is_cluster_start(b) and not is_mark(text[b]))
    }
    prepared.breaks = sorted(allowed)
    prepared.grades = allowed
    prepared.levels = sorted(set(allowed.values()) | {FREE})
    prepared.free = [b for b in prepared.breaks if allowed[b] == FREE]
    prepared.mandatory = frozenset(mandatory)
    prepared.label_ends = labels
    return prepared


def break_lines(
    p: Prepared, width: float, start: int = 0, first_indent: float = 0, max_lines: int | None = None
) -> list[Line]:
    """Lines from character ``start``; ``first_indent`` applies to line one.

    Greedy first fit over the FREE opportunities; a piece between two of them that does not
    fit on a line of its own is cut at the next grade (see :func:`_line_end`).
    """
    lines: list[Line] = []
    text_len = len(p.text)
    pos = start
    indent = first_indent
    while pos < text_len and (max_lines is None or len(lines) < max_lines):
        end = _line_end(p, pos, pos, text_len, 0, width - indent, width)
        if end in p.label_ends and end < text_len and end not in p.mandatory:
            end = _after_label(p, pos, end, width - indent, width)
        content_end = p.content_end(pos, end)
        lines.append(
            Line(
                start=pos,
                end=end,
                content_end=content_end,
                first_glyph=p.char_glyph[pos],
                last_glyph=p.char_glyph[end],
                width=p.width(pos, content_end),
                hard_end=end == text_len or end in p.mandatory,
                indent=indent,
            )
        )
        pos = end
        indent = 0
    return lines


def _line_end(
    p: Prepared, pos: int, lo: int, hi: int, level: int, avail: float, full: float
) -> int:
    """Where the line from ``pos`` ends, in ``(lo, hi]``, using opportunities graded up to
    ``p.levels[level]``.

    ``lo`` is where the line may already end (``pos`` if nowhere yet); ``hi`` an opportunity
    of a better grade. The furthest opportunity that fits is taken unless the piece after it
    does not fit on a line of its own: that piece is then cut at the next grade here, filling
    this line, rather than moved whole to the next line and cut there.
    """
    breaks, grades = p.breaks, p.grades
    grade = p.levels[level]
    last = level == len(p.levels) - 1
    fit = lo
    i = bisect_right(breaks, lo)
    overflow = hi
    while i < len(breaks) and breaks[i] <= hi:
        b = breaks[i]
        i += 1
        if grades[b] > grade and b != hi:
            continue
        if p.width(pos, p.content_end(pos, b)) > avail + _EPSILON:
            overflow = b
            break
        fit = b
        if b in p.mandatory or b == hi:
            return b
    if fit > pos and (last or p.width(fit, p.content_end(fit, overflow)) <= full + _EPSILON):
        return fit  # the next piece fits a line of its own: it begins the next line
    if not last:
        return _line_end(p, pos, fit, overflow, level + 1, avail, full)
    return _emergency_break(p, pos, overflow, avail)


def _after_label(p: Prepared, pos: int, label_end: int, avail: float, full: float) -> int:
    """Where a line that would end right after a label ends instead: the furthest place in
    its value that fits, between two words (at a space if one fits, else where the words of a
    name meet) but never inside a word, a compound or after a title (grades from JOINED on),
    and not leaving a runt (``Program`` alone under a title). The label's own end if none
    fits: the value's first word is wider than what is left."""
    at_space: list[int] = []
    between: list[int] = []
    block_end = min((m for m in p.mandatory if m > label_end), default=len(p.text))
    i = bisect_right(p.breaks, label_end)
    while i < len(p.breaks) and p.breaks[i] < block_end:
        b = p.breaks[i]
        i += 1
        if p.width(pos, p.content_end(pos, b)) > avail + _EPSILON:
            break
        if p.grades[b] < JOINED:
            (at_space if p.text[b - 1].isspace() else between).append(b)
    for candidates in (at_space, between):
        for b in reversed(candidates):
            rest = p.width(b, p.content_end(b, block_end))
            if rest > full + _EPSILON or rest >= RUNT * full:
                return b
    return (at_space or between or [label_end])[-1]


def _emergency_break(p: Prepared, pos: int, limit: int, avail: float) -> int:
    """The longest run of whole grapheme clusters from ``pos`` that fits (at least one)."""
    graphemes = p.graphemes()
    gi = bisect_right(graphemes, pos)
    best = -1
    while gi < len(graphemes) and graphemes[gi] <= limit:
        g = graphemes[gi]
        if best >= 0 and p.width(pos, g) > avail + _EPSILON:
            break
        if g < len(p.text) and is_mark(p.text[g]):
            gi += 1
            continue
        best = g
        gi += 1
    return best if best > pos else limit

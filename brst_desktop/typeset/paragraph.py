"""The multi-script paragraph flowable and single-line helpers built on the layout."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache

from reportlab.platypus.flowables import Flowable

from brst_desktop.typeset import layout
from brst_desktop.typeset.breaks import FREE, NAME
from brst_desktop.typeset.drawing import draw_prepared_line
from brst_desktop.typeset.fonts import glyph_font, primary_face
from brst_desktop.typeset.layout import RUNT, Line, Prepared, break_lines, prepare
from brst_desktop.typeset.style import Span, TextStyle


def _baseline_drop(style: TextStyle) -> float:
    """Distance from the top of a line box to its baseline (CSS's half-leading model).

    The box holds the face's ascender and descender with the spare leading shared above and
    below, so Thai marks stacked above an upper vowel stay inside the line the leading paid for.
    """
    font = glyph_font(primary_face(style.bold, style.italic))
    content = (font.ascent + font.descent) * style.size
    return (style.line_height - content) / 2 + font.ascent * style.size


#: a bonded part (see Paragraph) this many lines long or less is never split
BONDED_WHOLE = 3
#: the narrower widths tried to give a runt company, widest first
RUNT_NARROWER = (0.95, 0.9, 0.85, 0.8)


def _runt(lines: list[Line], width: float) -> bool:
    """Whether a block of the paragraph (up to a line feed or its end) wraps onto a last line
    that holds only a short piece."""
    return any(
        line.hard_end and not before.hard_end and line.width < RUNT * width
        for before, line in itertools.pairwise(lines)
    )


class Paragraph(Flowable):
    """A paragraph of literal text (no markup) in Thai, Latin and Chinese, for platypus.

    ``\\n`` in the text is a line break. It wraps, splits across frames and pages, and sits in
    Table cells like ReportLab's own Paragraph.

    ``bonded``: offsets in the text where a page may not begin: the line starting there stays
    with the line before it (a bilingual book's English beneath its Thai), and a part of at most
    ``BONDED_WHOLE`` lines from there is not split.
    """

    bonded: tuple[int, ...] = ()

    def __init__(
        self,
        text_or_spans: str | Sequence[Span],
        style: TextStyle,
        *,
        _prepared: Prepared | None = None,
        _start: int = 0,
        _max_lines: int | None = None,
        _first: bool = True,
        _last: bool = True,
    ) -> None:
        super().__init__()
        self.style = style
        self._content = text_or_spans
        self._prepared = _prepared if _prepared is not None else prepare(text_or_spans, style)
        self._start = _start
        self._max_lines = _max_lines
        self._first = _first
        self._last = _last
        self._lines: list[Line] = []
        self._wrapped_for: float | None = None

    def __repr__(self) -> str:
        text = self._prepared.text[self._start : self._start + 40]
        return f"Paragraph({text!r}..., start={self._start})"

    @property
    def text(self) -> str:
        """The cleaned text of the whole paragraph (all parts of a split)."""
        return self._prepared.text

    @property
    def lines(self) -> list[Line]:
        """The lines of the last :meth:`wrap` (for tests and tools)."""
        return self._lines

    def _layout(self, avail_width: float) -> list[Line]:
        if self._wrapped_for != avail_width:
            style = self.style
            width = avail_width - style.left_indent
            indent = style.first_line_indent if self._first else 0.0
            lines = break_lines(
                self._prepared, width, start=self._start, first_indent=indent,
                max_lines=self._max_lines,
            )  # fmt: skip
            if self._max_lines is None and style.alignment == "center" and len(lines) > 1:
                lines = self._balanced(lines, width, indent)
            elif self._max_lines is None and style.alignment != "justify" and _runt(lines, width):
                lines = self._without_runt(lines, width, indent)
            self._lines = lines
            self._wrapped_for = avail_width
        return self._lines

    def _without_runt(self, lines: list[Line], width: float, indent: float) -> list[Line]:
        """Each block (up to a line feed or the end) that ends in a word alone (``จีน`` under a
        long title in a narrow column) set a little narrower, in as many lines: the word then
        has company. The lines are still drawn in the whole width."""
        out = list(lines)
        first = 0
        while first < len(out):
            last = first
            while last < len(out) - 1 and not out[last].hard_end:
                last += 1
            block = out[first : last + 1]
            if len(block) >= 2 and block[-1].width < RUNT * width:
                start_indent = indent if first == 0 else 0.0
                for factor in RUNT_NARROWER:
                    # tried with the layout's own function; the setting kept is made again
                    # below with this module's, as every line printed is
                    trial = layout.break_lines(
                        self._prepared, width * factor, start=block[0].start,
                        first_indent=start_indent, max_lines=len(block),
                    )  # fmt: skip
                    if (
                        trial[-1].end == block[-1].end
                        and trial[-1].width >= RUNT * width
                        and self._no_worse(trial, block)
                    ):
                        out[first : last + 1] = break_lines(
                            self._prepared, width * factor, start=block[0].start,
                            first_indent=start_indent, max_lines=len(block),
                        )  # fmt: skip
                        break
            first = last + 1
        return out

    def _balanced(self, lines: list[Line], width: float, indent: float) -> list[Line]:
        """A centred block (a cover's title) set in the narrowest width that keeps its number
        of lines: ``Briefing book: the MHESI Minister in`` over ``Chongqing`` becomes two
        lines of about equal length. The lines are still centred in the whole width."""
        out = list(lines)
        first = 0
        while first < len(out):
            last = first
            while last < len(out) - 1 and not out[last].hard_end:
                last += 1
            block = out[first : last + 1]
            if len(block) >= 2:
                start_indent = indent if first == 0 else 0.0
                low, high, best = max(line.width for line in block) / len(block), width, block
                for _ in range(12):  # to a fraction of a point
                    middle = (low + high) / 2
                    trial = self._same_lines(block, middle, start_indent)
                    if trial is None:
                        low = middle
                    else:
                        high, best = middle, trial
                out[first : last + 1] = best
            first = last + 1
        return out

    def _same_lines(self, block: list[Line], width: float, indent: float) -> list[Line] | None:
        """``block`` set again in ``width``, if it takes as many lines, breaking no worse."""
        trial = break_lines(
            self._prepared, width, start=block[0].start, first_indent=indent,
            max_lines=len(block),
        )  # fmt: skip
        return trial if trial[-1].end == block[-1].end and self._no_worse(trial, block) else None

    def _no_worse(self, trial: list[Line], block: list[Line]) -> bool:
        """A narrower setting is taken only when each line it ends anew ends between words
        (grade FREE, see typeset.breaks): never inside a word or a compound the greedy
        setting kept whole."""
        grades = self._prepared.grades
        kept = {line.end for line in block}
        return all(line.end in kept or grades.get(line.end, FREE) == FREE for line in trial[:-1])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.line_height
        return self.width, self.height

    def baseline(self) -> float:
        """Height of a line's baseline above the foot of its line box: where something set
        beside the last line (a contents entry's page number) stands on the same line."""
        return self.style.line_height - _baseline_drop(self.style)

    def minWidth(self) -> float:
        """Width of the widest piece kept whole wherever it fits, for Table's automatic column
        widths."""
        p = self._prepared
        widest = 0.0
        previous = self._start
        for b in p.free:
            if b <= previous:
                continue
            widest = max(widest, p.width(previous, p.content_end(previous, b)))
            previous = b
        return widest + self.style.left_indent + self.style.first_line_indent

    def narrowest(self, grade: float = NAME) -> float:
        """Width of the widest piece between opportunities graded at most ``grade`` (see
        typeset.breaks): with the default, the narrowest column the paragraph takes without
        cutting a word (a long name or title may wrap at its spaces)."""
        p = self._prepared
        widest = 0.0
        previous = self._start
        for b in p.breaks:
            if b <= previous or p.grades.get(b, FREE) > grade:
                continue
            widest = max(widest, p.width(previous, p.content_end(previous, b)))
            previous = b
        widest = max(widest, p.width(previous, p.content_end(previous, len(p.text))))
        return widest + self.style.left_indent + self.style.first_line_indent

    def getSpaceBefore(self) -> float:
        return self.style.space_before if self._first else 0.0

    def getSpaceAfter(self) -> float:
        return self.style.space_after if self._last else 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Split the lines of the last wrap, as ReportLab's own Paragraph does: a Table splitting
        # a row wraps cells at the column width less padding but calls split with the full
        # width, and expects two parts whenever the height it measured did not fit.
        width = self._wrapped_for if self._wrapped_for is not None else availWidth
        lines = self._layout(width)
        if self._max_lines is None:
            # the parts are set as the greedy setting does: the head has a line limit, so it is
            # never balanced or set narrower for a runt again. Cutting the balanced or narrower
            # lines printed a word on both sides of the cut. They have as many lines as the
            # greedy setting, so the height measured still holds.
            indent = self.style.first_line_indent if self._first else 0.0
            lines = break_lines(
                self._prepared, width - self.style.left_indent, start=self._start,
                first_indent=indent,
            )  # fmt: skip
        fit = int((availHeight + 1e-6) // self.style.line_height)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        fit = self._allowed(lines, fit)
        if fit < 2:
            return []
        common = {"_prepared": self._prepared}
        head = Paragraph(
            self._content,
            self.style,
            _start=self._start,
            _max_lines=fit,
            _first=self._first,
            _last=False,
            **common,
        )
        tail = Paragraph(
            self._content,
            self.style,
            _start=lines[fit].start,
            _max_lines=None,
            _first=False,
            _last=self._last,
            **common,
        )
        head.bonded = tail.bonded = self.bonded
        return [head, tail]

    def _allowed(self, lines: list[Line], fit: int) -> int:
        """The most lines, ``fit`` at most, that a split may leave on this page (under 2: it
        may not split there)."""
        # No line alone at the foot of a page (an orphan: the paragraph moves on whole) nor
        # at the head of the next (a widow: one more line goes with it), as book setters do.
        if len(lines) - fit == 1:
            fit -= 1
        bond = next((n for n, line in enumerate(lines) if line.start in self.bonded), None)
        if bond is not None and bond <= fit:
            if len(lines) - bond <= BONDED_WHOLE:
                fit = bond - 1  # the short part goes whole, with a line of the part before
            elif fit == bond:
                fit -= 1  # the long part opens with a line of the part before
        if bond is not None and fit < bond:
            # nor does the part before lose a line alone to the next page, above the part it
            # goes with (the last Thai line of a meeting over its English), and a short one
            # is not split at all
            if bond <= BONDED_WHOLE:
                fit = 0
            elif bond - fit == 1:
                fit -= 1
        return fit

    def fewest_lines_kept(self, width: float) -> int:
        """The fewest of its lines this paragraph leaves on a page when it splits (all of them
        where it cannot split): what a heading above it needs on the same page."""
        lines = self._layout(width)
        for fit in range(2, len(lines)):
            if self._allowed(lines, fit) == fit:
                return fit
        return len(lines)

    def draw(self) -> None:
        style = self.style
        p = self._prepared
        leading = style.line_height
        drop = _baseline_drop(style)
        avail = self.width - style.left_indent
        for number, line in enumerate(self._lines):
            y = self.height - number * leading - drop
            room = avail - line.indent
            x = style.left_indent + line.indent
            extra: dict[int, float] | None = None
            if style.alignment == "center":
                x += (room - line.width) / 2
            elif style.alignment == "right":
                x += room - line.width
            elif style.alignment == "justify" and not line.hard_end and room > line.width:
                weights = p.stretch_weights(line, room - line.width)
                if weights:
                    unit = (room - line.width) / sum(weights.values())
                    extra = {g: w * unit for g, w in weights.items()}
            draw_prepared_line(self.canv, p, line, x, y, extra)


@lru_cache(maxsize=512)
def paragraphs_of(text: str) -> list[str]:
    """Blocks separated by blank lines; single line feeds inside a block are kept as breaks
    (the form both the book's long texts and the typeset command's input files take)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


@lru_cache(maxsize=2048)
def _prepared_line(text: str, style: TextStyle) -> Prepared:
    # one unbroken line: a line feed in a header is shown as a space
    return prepare(text.replace("\n", " "), style)


def _single_line(p: Prepared) -> Line:
    n = len(p.text)
    end = p.content_end(0, n)
    return Line(0, n, end, 0, len(p.gids), p.width(0, end), True, 0.0)


def text_width(text: str, style: TextStyle) -> float:
    """Shaped width of ``text`` on one line, in points (trailing spaces not counted)."""
    return _single_line(_prepared_line(text, style)).width


def draw_line(
    canvas: object, x: float, y: float, text: str, style: TextStyle, align: str = "left"
) -> float:
    """Draw ``text`` unbroken with its baseline at ``y``; ``x`` is its left, centre or right.

    For headers, footers, banners and page numbers. Returns the width drawn, in points.
    """
    p = _prepared_line(text, style)
    line = _single_line(p)
    if align == "center":
        x -= line.width / 2
    elif align == "right":
        x -= line.width
    elif align not in ("left", "justify"):
        raise ValueError(f"align must be left, center or right, not {align!r}")
    draw_prepared_line(canvas, p, line, x, y)
    return line.width

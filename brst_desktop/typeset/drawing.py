"""Put shaped glyphs on a ReportLab canvas at HarfBuzz's positions.

Each glyph is placed where HarfBuzz put it (advance plus x/y offset), with its own code from
:class:`~brst_desktop.typeset.glyphfont.GlyphFont`, so substituted Thai marks and their offsets
reach the page unchanged. The operators are written inside ``q``/``Q`` so the canvas's own idea
of the current colour and font stays true.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from brst_desktop.typeset.glyphfont import utf16_hex as _utf16_hex
from brst_desktop.typeset.layout import Line, Prepared

_ITALIC_SKEW = math.tan(math.radians(12))  # what Qt uses for a synthetic oblique
_BOLD_STROKE = 0.03  # stroke width in ems for a synthetic bold (Chinese has no bold cut)
#: white space without ink: drawn in whichever font its neighbour uses (see draw_prepared_line)
_BLANKS = frozenset(" \u00a0\u2002\u2003\u2009\u202f\u3000")


_layout_only: ContextVar[bool] = ContextVar("brst_typeset_layout_only", default=False)


@contextmanager
def layout_only() -> Iterator[None]:
    """Inside this block lines are laid out and "drawn" without writing a glyph.

    For a layout pass whose PDF is thrown away (the book's first pass only finds page numbers):
    line breaks and heights come from wrap and split, which do not change, so skipping the
    glyph coding, which is most of the drawing time, changes nothing but the time. A context
    variable, so a preview rendering on one thread and an export on another stay apart.
    """
    token = _layout_only.set(True)
    try:
        yield
    finally:
        _layout_only.reset(token)


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def line_glyph_order(p: Prepared, first: int, last: int) -> list[int]:
    """Glyph indexes of ``[first, last)`` in visual order: right-to-left runs reversed."""
    order: list[int] = []
    g = first
    while g < last:
        run = p.run_of[g]
        h = g
        while h < last and p.run_of[h] == run:
            h += 1
        order.extend(range(h - 1, g - 1, -1) if p.runs[run].rtl else range(g, h))
        g = h
    return order


def draw_prepared_line(
    canvas: object,
    p: Prepared,
    line: Line,
    x: float,
    y: float,
    extra_after: dict[int, float] | None = None,
) -> None:
    """Draw ``line`` with its left edge at ``x`` and baseline at ``y`` (trailing spaces too).

    ``extra_after`` maps a glyph to the room (points) a justified line adds after it.

    What a text extractor reads depends on how the pen moves, not only on where the glyphs
    land. pdfium reads a rightward kern inside a ``TJ`` as a word gap once it passes half a
    space (or a fifth of the next glyph): HarfBuzz's way back from a tone mark it shifted left
    over SARA II (``ปี่|การ``, 1.8 pt at 12 pt) and the room of a justified Thai line were such
    kerns, and both read as a space the source never had. So every rightward move after a
    non-space glyph is carried in that glyph's advance (its own Widths entry, see
    :meth:`GlyphFont.encode`), which also closes the gap between glyph boxes that poppler
    judges by; the ``TJ`` array only moves the pen left, by a hair, or after a real space
    (pdfium never reads a kern after a space as another one). Pixels are unchanged: every
    glyph is still drawn exactly where HarfBuzz and the justification put it.
    """
    if line.first_glyph >= line.last_glyph or _layout_only.get():
        return
    doc = canvas._doc  # type: ignore[attr-defined]
    size = p.size
    units = 1000 / size
    order = line_glyph_order(p, line.first_glyph, line.last_glyph)
    count = len(order)

    # where each glyph is drawn, and which ActualText spans the line holds
    xs: list[float] = []
    cursor = x
    for g in order:
        xs.append(cursor + p.x_offsets[g])
        cursor += p.advances[g] + (extra_after.get(g, 0.0) if extra_after else 0.0)
    span_end: dict[int, tuple[int, str]] = {}  # first position -> (last position, text)
    closes: set[int] = set()
    hanging = p.char_glyph[line.content_end]
    i = 0
    while i < count:
        g = order[i]
        if g in p.actual:
            glyphs, actual_text = p.actual[g]
            last = i + glyphs - 1
            # pdfium drops a line's hanging space that follows an ActualText span (measured:
            # "กำ " at a line end extracted as "กำ"); the span takes those spaces in instead
            while last + 1 < count and order[last + 1] >= hanging:
                last += 1
                actual_text += p.texts[order[last]]
            span_end[i] = (last, actual_text)
            closes.add(last)
            i = last + 1
        else:
            i += 1

    def look_of(g: int) -> tuple[tuple[float, float, float], bool, bool]:
        info = p.runs[p.run_of[g]]
        return (info.style.rgb, info.synthetic_bold, info.synthetic_italic)

    # what each glyph is drawn with. White space has no ink, so it may take the font, baseline
    # and look of a neighbour: it then shares that glyph's TJ. Alone in a TJ of its own (after
    # a raised tone mark, a change of face or subset, at a line end) pdfium drops its text.
    fonts = [p.runs[p.run_of[g]].font for g in order]
    gids = [p.gids[g] for g in order]
    ys = [y + p.y_offsets[g] for g in order]
    looks = [look_of(g) for g in order]
    blank = [p.texts[g] in _BLANKS for g in order]
    attach: list[int | None] = [None] * count
    for k in range(count):
        if not blank[k]:
            continue
        candidates = []
        if k > 0 and k - 1 not in closes:
            candidates.append(k - 1)  # already resolved, a space before it included
        j = k
        while j < count and blank[j] and j not in closes:
            j += 1
        if j < count and not blank[j] and j not in span_end:
            candidates.append(j)
        char = ord(p.texts[order[k]])
        for partner in candidates:
            gid = fonts[partner].cmap.get(char)
            if gid is not None:
                fonts[k], gids[k], attach[k] = fonts[partner], gid, partner
                ys[k], looks[k] = ys[partner], looks[partner]
                break

    # the room after each non-space glyph that the pen must travel to the next one
    widens: list[int] = [0] * count
    for k in range(count - 1):
        if p.texts[order[k]] == " ":
            continue  # room after a space is a TJ kern: pdfium never reads one after a space
        natural = xs[k] + fonts[k].face.glyph_width(gids[k]) / units
        gap = xs[k + 1] - natural
        if gap > 0:
            widens[k] = round(gap * units)

    # codes, each in the subset of the glyph before it where possible (see encode_group);
    # an ActualText span's glyphs all in one subset, so the span is one TJ
    codes: list[tuple[int, int] | None] = [None] * count

    def key(k: int) -> tuple[int, str, int]:
        return (gids[k], p.texts[order[k]], widens[k])

    def encode(k: int) -> tuple[int, int]:
        found = codes[k]
        if found is not None:
            return found
        partner = attach[k]
        near: int | None = None
        if partner is not None and partner > k:
            near = encode(partner)[0]
        elif k > 0 and fonts[k - 1] is fonts[k]:
            before = codes[k - 1]
            near = None if before is None else before[0]
        if k in span_end:
            members = [m for m in range(k, span_end[k][0] + 1) if fonts[m] is fonts[k]]
            subset, group = fonts[k].encode_group(doc, [key(m) for m in members], near)
            for m, code in zip(members, group, strict=True):
                codes[m] = (subset, code)
        else:
            codes[k] = fonts[k].encode(doc, *key(k), near, blank[k])
        return codes[k]  # type: ignore[return-value]

    resources: dict[tuple[object, int], str] = {}
    ops: list[str] = ["q", "BT", "0 Tc 0 Tw 100 Tz 0 Ts"]
    current_font = ""
    current_look: tuple[tuple[float, float, float], bool, bool] | None = None
    pen = math.inf
    pen_y = math.nan
    hex_codes: list[str] = []
    array: list[str] = []

    def flush() -> None:
        if hex_codes:
            array.append("<" + "".join(hex_codes) + ">")
            hex_codes.clear()
        if array:
            ops.append("[" + " ".join(array) + "] TJ")
            array.clear()

    for k in range(count):
        if k in span_end:
            flush()
            ops.append(f"/Span <</ActualText <FEFF{_utf16_hex(span_end[k][1])}>>> BDC")
        font = fonts[k]
        subset, code = encode(k)
        resource = resources.get((font, subset))
        if resource is None:
            resource = resources[(font, subset)] = font.resource(doc, subset)
        gx = xs[k]
        gy = ys[k]
        look = looks[k]
        rgb, synthetic_bold, synthetic_italic = look
        if look != current_look:
            flush()
            r, gr, b = (_num(v) for v in rgb)
            ops.append(f"{r} {gr} {b} rg")
            if synthetic_bold:
                ops.append(f"{r} {gr} {b} RG {_num(size * _BOLD_STROKE)} w 2 Tr")
            else:
                ops.append("0 Tr")
            current_look = look
            pen = math.inf  # force a fresh text matrix (skew may change)
        if resource != current_font:
            flush()
            ops.append(f"{resource} {_num(size)} Tf")
            current_font = resource
        if gy != pen_y or abs(gx - pen) > 50:
            flush()
            skew = _num(_ITALIC_SKEW) if synthetic_italic else "0"
            ops.append(f"1 0 {skew} 1 {_num(gx)} {_num(gy)} Tm")
            pen, pen_y = gx, gy
        elif abs(pen - gx) > 0.0005:
            if hex_codes:
                array.append("<" + "".join(hex_codes) + ">")
                hex_codes.clear()
            adjust = round((pen - gx) * units, 3)
            array.append(_num(adjust))
            pen -= adjust / units
        hex_codes.append(f"{code:02X}")
        pen += (font.face.glyph_width(gids[k]) + widens[k]) / units
        if k in closes:
            flush()
            ops.append("EMC")
    flush()
    ops += ["ET", "Q"]
    canvas.addLiteral("\n".join(ops))  # type: ignore[attr-defined]

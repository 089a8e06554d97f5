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

from brst_desktop.typeset.glyphfont import GlyphFont
from brst_desktop.typeset.layout import Line, Prepared
from brst_desktop.typeset.subset import GlyphRef

_ITALIC_SKEW = math.tan(math.radians(12))  # what Qt uses for a synthetic oblique
_BOLD_STROKE = 0.03  # stroke width in ems for a synthetic bold (Chinese has no bold cut)
#: white space without ink: carried in the text of a neighbouring glyph (see draw_prepared_line)
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
    land. Three rules make pdfium, poppler and pypdf all read the source back:

    - a grapheme HarfBuzz drew with several glyphs (a consonant with its vowel and tone marks)
      is one composite glyph with one code, mapped to the whole grapheme; position-based
      readers otherwise sort each mark by its own box (``หุน\\n่ ยนต์``, ``พิธเี ปิด``);
    - white space is carried in the text of the glyph before it (see the loop below);
    - every rightward move after a glyph is carried in that glyph's advance (its own Widths
      entry, see :meth:`GlyphFont.encode`): pdfium reads a rightward kern inside a ``TJ`` as a
      word gap once it passes half a space, and poppler judges word gaps by glyph boxes. The
      ``TJ`` array only ever moves the pen left, by a hair (HarfBuzz's kerning).

    Pixels are unchanged: every glyph is drawn exactly where HarfBuzz and the justification
    put it.
    """
    if line.first_glyph >= line.last_glyph or _layout_only.get():
        return
    doc = canvas._doc  # type: ignore[attr-defined]
    size = p.size
    units = 1000 / size
    order = line_glyph_order(p, line.first_glyph, line.last_glyph)

    # what is drawn, one code each: a glyph, or a grapheme's glyphs as one composite glyph
    refs: list[GlyphRef] = []
    xs: list[float] = []
    ys: list[float] = []
    texts: list[str] = []
    fonts: list[GlyphFont] = []
    looks: list[tuple[tuple[float, float, float], bool, bool]] = []
    cursor = x
    k = 0
    total = len(order)
    while k < total:
        g = order[k]
        info = p.runs[p.run_of[g]]
        composite = p.composites.get(g)
        if composite is not None and k + composite[0] <= total:
            glyphs, cluster = composite
            members = order[k : k + glyphs]
            refs.append(cluster)
            xs.append(cursor)
            ys.append(y)
        else:
            members = [g]
            refs.append(p.gids[g])
            xs.append(cursor + p.x_offsets[g])
            ys.append(y + p.y_offsets[g])
        for m in members:
            cursor += p.advances[m] + (extra_after.get(m, 0.0) if extra_after else 0.0)
        texts.append(p.texts[g])
        fonts.append(info.font)
        looks.append((info.style.rgb, info.synthetic_bold, info.synthetic_italic))
        k += len(members)
    count = len(refs)

    # White space has no ink: its text joins the code of the glyph before it (at the start of a
    # line, the glyph after it), whose advance then reaches the next glyph (see widens). No
    # reader sees a space on its own: pdfium dropped a space alone in its text operator (at a
    # line end, after a change of face), and poppler reads gaps, not space glyphs, and takes
    # equal gaps between one-character words for letter spacing (``1 / 1`` read as ``1/1``).
    keep: list[int] = []
    prefix = ""
    for k in range(count):
        if texts[k] and all(ch in _BLANKS for ch in texts[k]):
            if keep:
                texts[keep[-1]] += texts[k]
            else:
                prefix += texts[k]
            continue
        if prefix:
            texts[k] = prefix + texts[k]
            prefix = ""
        keep.append(k)
    if not keep:
        return  # only white space: nothing to draw
    if len(keep) < count:
        refs = [refs[k] for k in keep]
        xs = [xs[k] for k in keep]
        ys = [ys[k] for k in keep]
        texts = [texts[k] for k in keep]
        fonts = [fonts[k] for k in keep]
        looks = [looks[k] for k in keep]
        count = len(keep)

    # the room after each non-space glyph that the pen must travel to the next one
    widens: list[int] = [0] * count
    for k in range(count - 1):
        natural = xs[k] + fonts[k].face.glyph_width(refs[k]) / units
        gap = xs[k + 1] - natural
        if gap > 0:
            widens[k] = round(gap * units)

    # codes, each in the subset of the glyph before it where possible (see encode_group)
    codes: list[tuple[int, int] | None] = [None] * count

    def key(k: int) -> tuple[GlyphRef, str, int]:
        return (refs[k], texts[k], widens[k])

    def encode(k: int) -> tuple[int, int]:
        found = codes[k]
        if found is not None:
            return found
        near: int | None = None
        if k > 0 and fonts[k - 1] is fonts[k]:
            before = codes[k - 1]
            near = None if before is None else before[0]
        codes[k] = fonts[k].encode(doc, *key(k), near)
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
        pen += (font.face.glyph_width(refs[k]) + widens[k]) / units
    flush()
    ops += ["ET", "Q"]
    canvas.addLiteral("\n".join(ops))  # type: ignore[attr-defined]

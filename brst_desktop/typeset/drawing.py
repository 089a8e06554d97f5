"""Put shaped glyphs on a ReportLab canvas at HarfBuzz's positions.

Each glyph is placed where HarfBuzz put it (advance plus x/y offset), with its own code from
:class:`~brst_desktop.typeset.glyphfont.GlyphFont`, so substituted Thai marks and their offsets
reach the page unchanged. The operators are written inside ``q``/``Q`` so the canvas's own idea
of the current colour and font stays true.
"""

from __future__ import annotations

import math

from brst_desktop.typeset.glyphfont import utf16_hex as _utf16_hex
from brst_desktop.typeset.layout import Line, Prepared

_ITALIC_SKEW = math.tan(math.radians(12))  # what Qt uses for a synthetic oblique
_BOLD_STROKE = 0.03  # stroke width in ems for a synthetic bold (Chinese has no bold cut)


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
    """Draw ``line`` with its left edge at ``x`` and baseline at ``y`` (trailing spaces too)."""
    if line.first_glyph >= line.last_glyph:
        return
    doc = canvas._doc  # type: ignore[attr-defined]
    size = p.size
    ops: list[str] = ["q", "BT", "0 Tc 0 Tw 100 Tz 0 Ts"]
    current_font = ""
    current_look: tuple[object, ...] | None = None
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

    cursor = x
    close_after = -1
    for g in line_glyph_order(p, line.first_glyph, line.last_glyph):
        if g in p.actual:
            count, actual_text = p.actual[g]
            close_after = g + count - 1
            # pdfium drops a line's hanging space that follows an ActualText span (measured:
            # "กำ " at a line end extracted as "กำ"); the span takes those spaces in instead
            hanging = p.char_glyph[line.content_end]
            while close_after + 1 < line.last_glyph and close_after + 1 >= hanging:
                close_after += 1
                actual_text += p.texts[close_after]
            flush()
            ops.append(f"/Span <</ActualText <FEFF{_utf16_hex(actual_text)}>>> BDC")
        info = p.runs[p.run_of[g]]
        font = info.font
        extra = extra_after.get(g, 0.0) if extra_after else 0.0
        # room after a space is read as that space; room after anything else is carried in
        # the glyph's own advance (see GlyphFont.encode) so no reader invents a space there
        widen = 0 if not extra or p.texts[g] in (" ", "") else round(extra * 1000 / size)
        resource, code = font.encode(doc, p.gids[g], p.texts[g], widen)
        gx = cursor + p.x_offsets[g]
        gy = y + p.y_offsets[g]
        look = (info.style.rgb, info.synthetic_bold, info.synthetic_italic)
        if look != current_look:
            flush()
            r, gr, b = (_num(v) for v in info.style.rgb)
            ops.append(f"{r} {gr} {b} rg")
            if info.synthetic_bold:
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
            skew = _num(_ITALIC_SKEW) if info.synthetic_italic else "0"
            ops.append(f"1 0 {skew} 1 {_num(gx)} {_num(gy)} Tm")
            pen, pen_y = gx, gy
        elif abs(pen - gx) > 0.0005:
            if hex_codes:
                array.append("<" + "".join(hex_codes) + ">")
                hex_codes.clear()
            adjust = round((pen - gx) * 1000 / size, 3)
            array.append(_num(adjust))
            pen -= adjust * size / 1000
        hex_codes.append(f"{code:02X}")
        pen += (font.face.glyph_width(p.gids[g]) + widen) * size / 1000
        cursor += p.advances[g] + extra
        if g == close_after:
            flush()
            ops.append("EMC")
    flush()
    ops += ["ET", "Q"]
    canvas.addLiteral("\n".join(ops))  # type: ignore[attr-defined]

"""The public contract other packages code against: names, signatures, basic behaviour."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from brst_desktop.typeset import (
    Paragraph,
    Span,
    TextStyle,
    draw_line,
    font_files,
    register_fonts,
    text_width,
)


def test_font_files_are_bundled_ttf() -> None:
    files = font_files()
    assert {"Sarabun-Regular", "Sarabun-Bold", "Sarabun-Italic", "Sarabun-BoldItalic"} <= set(files)
    assert "DroidSansFallbackFull" in files
    for path in files.values():
        assert path.is_file() and path.read_bytes()[:4] == b"\x00\x01\x00\x00"


def test_register_fonts_is_idempotent() -> None:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    register_fonts()
    assert "Sarabun-Regular" in pdfmetrics.getRegisteredFontNames()


def test_text_width_grows_with_size_and_ignores_trailing_space() -> None:
    small = text_width("การประชุม BRST", TextStyle(size=10))
    big = text_width("การประชุม BRST", TextStyle(size=20))
    assert small > 0
    assert abs(big - 2 * small) < 1e-6
    assert text_width("abc   ", TextStyle()) == text_width("abc", TextStyle())
    assert text_width("", TextStyle()) == 0


def test_draw_line_anchors_and_returns_width() -> None:
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    style = TextStyle(size=12)
    width = draw_line(canvas, 300, 400, "หน้า 3 / 阴和俊", style, align="center")
    assert abs(width - text_width("หน้า 3 / 阴和俊", style)) < 1e-9
    canvas.showPage()
    canvas.save()


def test_paragraph_accepts_spans_and_wraps() -> None:
    style = TextStyle(size=11)
    paragraph = Paragraph([Span("ตัวหนา ", bold=True), Span("ปกติ", color="#CC0000")], style)
    width, height = paragraph.wrap(400, 800)
    assert width == 400
    assert height == style.line_height

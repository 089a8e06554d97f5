"""Anything prints: arbitrary Unicode lays out and saves without an exception."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Table

from brst_desktop.typeset import Paragraph, Span, TextStyle, draw_line, text_width
from tests.helpers.typesetting import build_pdf

_NASTY = [
    "\u0e48",  # a tone mark alone
    "\u0e33\u0e49",
    "\u0301\u0301",
    "😀👩‍👩‍👧🇹🇭",
    "שלום עולם",
    "مرحبا بالعالم",
    "\x00\x07\x1b\r\n\t\x7f\x85",
    "\u200b\u200d\u2028\u2029\ufeff",
    "\U00013000",
    "<&>",
    "\ud800",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_NASTY) | st.text(max_size=20), max_size=30).map("".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=texts,
    width=st.floats(min_value=13, max_value=500),
    align=st.sampled_from(["left", "center", "right", "justify"]),
)
def test_random_text_lays_out_and_prints(text: str, width: float, align: str) -> None:
    style = TextStyle(size=10, alignment=align)
    paragraph = Paragraph(text, style)
    paragraph.wrap(width, 10_000)
    assert text_width(text, style) >= 0
    build_pdf(
        [
            Table(
                [[Paragraph([Span(text, bold=True), Span(text, italic=True)], style)]],
                colWidths=[width],
                # A narrow column can make one row taller than a page: it must split, as the
                # book's tables do, instead of failing the layout.
                splitInRow=1,
            )
        ]
    )


def test_hundred_thousand_character_paragraph() -> None:
    rng = random.Random(4)
    pieces = ["การประชุม", "หนึ่งแถบ", " ", "阴和俊", "BRST", "\u0e48", "😀", "\n", "https://x.y/" * 3]
    text = "".join(rng.choice(pieces) for _ in range(20_000))[:100_000]
    assert len(text) == 100_000
    pdf = build_pdf([Paragraph(text, TextStyle(size=9))])
    assert pdf.startswith(b"%PDF")


def test_draw_line_with_controls_and_unknown_characters() -> None:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(BytesIO())
    assert draw_line(canvas, 10, 10, "\x00หน้า\t1\n\U00013000", TextStyle()) > 0
    canvas.save()

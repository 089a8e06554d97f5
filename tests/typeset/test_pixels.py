"""Proof by pixels: every corpus word printed by the typesetter looks as Qt draws it.

Qt (QPainter on a QImage, same font files, same size) shapes with HarfBuzz and draws every
substituted glyph, so it is the trusted reference. Tolerance: after binarising, a pixel counts
as different only when there is no ink within one pixel in the other picture, and a word may
have at most ``MAX_MISMATCH_PIXELS`` (12) such pixels at 144 dpi; a tone mark at 28 pt is
40-80 pixels. The last test shows the comparison is not blind: ReportLab's unshaped drawString
fails it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from brst_desktop.typeset import TextStyle, draw_line, register_fonts
from tests.helpers import pixels

CORPUS = Path(__file__).parent / "corpus"
WORDS = (CORPUS / "thai-words.txt").read_text(encoding="utf-8").split()
MIXED = [
    line for line in (CORPUS / "mixed-lines.txt").read_text(encoding="utf-8").splitlines() if line
]
STYLE = TextStyle(size=pixels.SIZE)


def _ours(canvas: Canvas, x: float, y: float, word: str) -> None:
    draw_line(canvas, x, y, word, STYLE)


def _unshaped_reportlab(canvas: Canvas, x: float, y: float, word: str) -> None:
    canvas.setFont("Sarabun-Regular", pixels.SIZE)
    canvas.drawString(x, y, word)


@pytest.fixture(scope="module")
def reference(qt_families: list[str]) -> list:
    return pixels.qt_pages(WORDS, qt_families)


def test_corpus_covers_what_the_issue_lists() -> None:
    assert len(WORDS) >= 300
    for base in "ปฝฟฬ":
        for vowel in "ิีึื":
            for tone in "่้๊๋":
                assert any(base + vowel + tone in w for w in WORDS), base + vowel + tone
    assert any("ำ" in w for w in WORDS)
    assert any(w.startswith(("ญุ", "ญู")) for w in WORDS)
    assert any(w.startswith(("ฐุ", "ฐู")) for w in WORDS)


def test_every_thai_word_matches_qt(reference: list) -> None:
    ours = pixels.pdf_pages(WORDS, _ours)
    results = pixels.compare_cells(WORDS, ours, reference)
    failures = [(w, n) for w, n in results if n > pixels.MAX_MISMATCH_PIXELS]
    assert failures == []


def test_mixed_thai_latin_chinese_lines_match_qt(qt_families: list[str]) -> None:
    ours = pixels.pdf_pages(MIXED, _ours, wide=True)
    reference = pixels.qt_pages(MIXED, qt_families, wide=True)
    results = pixels.compare_cells(MIXED, ours, reference, wide=True)
    failures = [(w, n) for w, n in results if n > pixels.MAX_MISMATCH_PIXELS]
    assert failures == []


def test_comparison_fails_reportlab_without_shaping(reference: list) -> None:
    register_fonts()
    broken = pixels.pdf_pages(WORDS, _unshaped_reportlab)
    results = dict(pixels.compare_cells(WORDS, broken, reference))
    failing = [w for w, n in results.items() if n > pixels.MAX_MISMATCH_PIXELS]
    # marks sink into SARA II or the stem of ป: the comparison must see it
    for word in ("ปี่", "ที่", "ฝั่ง", "ป่า"):
        assert results[word] > pixels.MAX_MISMATCH_PIXELS, word
    assert len(failing) > len(WORDS) // 3

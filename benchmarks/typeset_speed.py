"""Pages per second: 100 pages of mixed Thai/English through the typeset layer, and the same
text through ReportLab's plain Paragraph with a Latin font, in the same run.

Each paragraph gets a unique number so the shaping cache cannot serve it from a previous
paragraph; the shaping and segmentation caches are cleared before the timed run (the word
lists stay loaded, as in a running program). Run: ``.venv/bin/python
benchmarks/typeset_speed.py``.
"""

from __future__ import annotations

import io
import time
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as PlainParagraph
from reportlab.platypus import SimpleDocTemplate

from brst_desktop.typeset import Paragraph, TextStyle, paragraphs_of, register_fonts, thai
from brst_desktop.typeset.shaping import shape

SEED = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "typeset"
    / "corpus"
    / "brst-2023-mhesi-news.txt"
)
PAGES = 100


def _texts(count: int) -> list[str]:
    base = [p for p in paragraphs_of(SEED.read_text(encoding="utf-8")) if len(p) > 80]
    return [f"{i}. {base[i % len(base)]}" for i in range(count)]


def _build(story: list, **kwargs: object) -> int:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, **kwargs)
    doc.build(story)
    return doc.page


def _enough_paragraphs() -> list[str]:
    n = 40
    while True:
        texts = _texts(n)
        shape.cache_clear()
        pages = _build([Paragraph(t, TextStyle(size=11)) for t in texts])
        if pages >= PAGES:
            return texts
        n = int(n * PAGES / max(pages, 1) * 1.05) + 1


def _clear_caches() -> None:
    """Shaping and Thai segmentation are cached per run of text; every paragraph is new."""
    shape.cache_clear()
    thai.word_cuts.cache_clear()
    thai.syllable_cuts.cache_clear()
    thai.matched_syllables.cache_clear()


def main() -> None:
    register_fonts()
    texts = _enough_paragraphs()

    _clear_caches()
    start = time.perf_counter()
    ours_pages = _build([Paragraph(t, TextStyle(size=11)) for t in texts])
    ours = time.perf_counter() - start

    style = ParagraphStyle("plain", fontName="Helvetica", fontSize=11, leading=11 * 1.45)
    start = time.perf_counter()
    plain_pages = _build([PlainParagraph(escape(t), style) for t in texts])
    plain = time.perf_counter() - start

    ours_rate, plain_rate = ours_pages / ours, plain_pages / plain
    print(f"typeset layer : {ours_pages} pages in {ours:.2f} s = {ours_rate:.1f} pages/s")
    print(
        f"plain ReportLab (Helvetica): {plain_pages} pages in {plain:.2f} s"
        f" = {plain_rate:.1f} pages/s"
    )
    print(f"ratio (plain / typeset): {plain_rate / ours_rate:.2f}x slower")


if __name__ == "__main__":
    main()

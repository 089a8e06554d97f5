"""The text layer read by pdfium, pdftotext and pypdf: each gives back exactly the source.

Columns of the corpus at the widths the book uses (a narrow card column to a full A4 line), in
regular and bold type, left-aligned and justified; every page's extracted text equals the lines
drawn on it, whitespace at line ends aside.
"""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from brst_desktop.typeset import Paragraph, TextStyle
from tests.helpers.corpora import corpus
from tests.helpers.readers import PAGES, READERS, column_matches, recording
from tests.helpers.typesetting import CORPUS, build_pdf

WIDTHS_MM = [45, 60, 90, 160]


def _corpus() -> list[str]:
    """The line-break corpus (the ministry's report, Thai Wikipedia titles) and every tone
    mark over every upper vowel, with and without spaces, and mixed Thai/Latin/Chinese lines."""
    words = (CORPUS / "thai-words.txt").read_text(encoding="utf-8").split()
    mixed = (CORPUS / "mixed-lines.txt").read_text(encoding="utf-8").splitlines()
    paragraphs = [text for text, _joins in corpus()]
    return [*paragraphs, " ".join(words), "".join(words), *[m for m in mixed if m]]


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
@pytest.mark.parametrize("alignment", ["left", "justify"])
@pytest.mark.parametrize("width_mm", WIDTHS_MM)
def test_every_reader_reads_the_corpus_back(
    monkeypatch: pytest.MonkeyPatch, width_mm: int, alignment: str, bold: bool
) -> None:
    style = TextStyle(size=11, alignment=alignment, bold=bold)
    with recording(monkeypatch) as drawn:
        pdf = build_pdf(
            [Paragraph(text, style) for text in _corpus()], pagesize=(width_mm * mm + 144, 842)
        )
    pages = drawn.pages()
    for reader in READERS:
        extracted = PAGES[reader](pdf)
        assert len(extracted) == len(pages)
        wrong = [
            number
            for number, lines in pages.items()
            if not column_matches(reader, extracted[number - 1], lines)
        ]
        assert wrong == [], (reader, wrong[:5])


def test_the_comparison_sees_a_misplaced_mark() -> None:
    # what pdftotext made of the book before marks were drawn with their consonant
    assert not column_matches("pdftotext", "หุน\n่ ยนต์", ["หุ่นยนต์"])
    assert not column_matches("pdfium", "ครังก่อน ้", ["ครั้งก่อน"])
    assert column_matches("pdfium", "หุ่น \nยนต์", ["หุ่น", "ยนต์"])
    assert column_matches("pdftotext", "Innovation\nDriven", ["Innovation-", "Driven"])
    assert not column_matches("pypdf", "Innovation\nDriven", ["Innovation-", "Driven"])

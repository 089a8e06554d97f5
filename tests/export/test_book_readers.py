"""The demo book's text layer in pdfium, pdftotext and pypdf: every line drawn (body, tables,
bold headings, the cover title, banners and folios) is read back intact, nothing added or lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.export import export_book
from tests.helpers.readers import PAGES, READERS, page_problems, recording


@pytest.mark.parametrize(
    ("language", "paper"),
    [("th", "a4"), ("th", "a5"), ("th", "card"), ("en", "a4"), ("both", "a5")],
)
def test_every_reader_reads_the_book_back(
    module_demo: Database,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    paper: str,
) -> None:
    target = out_dir / "book.pdf"
    with recording(monkeypatch) as drawn:
        export_book(
            module_demo,
            demo_id("book"),
            target,
            language=language,
            paper=paper,
            record_edition=False,
        )
    pages = drawn.pages()
    data = target.read_bytes()
    thai_marks = sum(line.count("\u0e48") for lines in pages.values() for line in lines)
    assert language == "en" or thai_marks > 20  # the check covers tone marks
    for reader in READERS:
        extracted = PAGES[reader](data)
        assert len(extracted) == max(pages)
        problems = {
            number: found
            for number, lines in pages.items()
            if (found := page_problems(reader, extracted[number - 1], lines))
        }
        assert problems == {}, reader


def test_the_comparison_sees_what_readers_got_wrong() -> None:
    lines = ["หุ่นยนต์ทางการแพทย์", "พิธีเปิด", "ครั้งก่อน"]
    assert page_problems("pdftotext", "หุ่นยนต์ทางการแพทย์ พิธีเปิด ครั้งก่อน", lines) == []
    assert page_problems("pdftotext", "หุน\n่ ยนต์ทางการแพทย์ พิธีเปิด ครั้งก่อน", lines)
    assert page_problems("pdfium", "หุ่นยนต์ทางการแพทย์ พิธเี ปิด ครั้งก่อน", lines)
    assert page_problems("pdfium", "หุ่นยนต์ทางการแพทย์ พิธีเปิด ครังก่อน ้", lines)
    assert page_problems("pypdf", "หุ่นยนต์ทางการแพทย์ พิธีเปิด", lines)  # a line lost

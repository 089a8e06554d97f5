"""Table cells and labelled lines of the printed book, read back from every edition (issue 14).

Seen in the demo book: the Thai A5 delegation list set the dietary cell in five lines of a
starved column, ``ไม่`` alone on the first (``ไม่ / รับประทาน / เนื้อหมู / (ข้อมูล / ตัวอย่าง)``);
its number column once broke its head ``ลำ|ดับ``; the English A4 biographies printed
``Organisation:`` alone on a line above the ministry's name, moved whole to the next, and the
agreements ``MoU:`` alone above the agreement's title.

Readers: pdfium (content order, character boxes) and pdftotext (poppler, positions); PyThaiNLP's
segmenter, which the layout does not use, says what a word is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest
from pythainlp.tokenize import word_tokenize

from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.export import export_book
from brst_desktop.export.language import LABELS
from tests.helpers import readers

EDITIONS = [(lang, paper) for lang in ("th", "en", "both") for paper in ("a4", "a5", "card")]
#: the heads of the book's tables
HEADS = [
    "number", "name", "position", "role", "dietary", "date", "time", "event", "dress",
    "direction", "description", "giver", "recipient", "value",
]  # fmt: skip
#: a line that is a label and nothing else (``Organisation:``, ``• MoU:``, ``หน่วยงาน:``)
LABEL_ALONE = re.compile(r"(?:•\s*)?[^\s:•][^:]{0,40}:")


@pytest.fixture(scope="module")
def books(module_demo: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cells")
    out = {}
    for lang, paper in EDITIONS:
        path = folder / f"{lang}-{paper}.pdf"
        export_book(
            module_demo, demo_id("book"), path, language=lang, paper=paper, record_edition=False
        )
        out[f"{lang}-{paper}"] = path
    return out


def pdfium_pages(path: Path) -> list[str]:
    return [page.replace("\u00a0", " ") for page in readers.pdfium_pages(path.read_bytes())]


def poppler_pages(path: Path) -> list[str]:
    return [page.replace("\u00a0", " ") for page in readers.pdftotext_pages(path.read_bytes())]


def column_below(path: Path, head: str, marker: str) -> list[str]:
    """The lines pdfium finds right of the left edge of the column headed ``head`` and below
    it, on the first page holding ``marker``."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        for page in document:
            text = page.get_textpage()
            if marker not in text.get_text_range():
                continue
            searcher = text.search(head)
            found = searcher.get_next()
            assert found is not None, head
            left, bottom, _right, _top = text.get_charbox(found[0])
            width, _height = page.get_size()
            column = text.get_text_bounded(left - 2, 0, width, bottom - 1)
            return [line.strip() for line in column.replace("\r\n", "\n").split("\n")]
    finally:
        document.close()
    raise AssertionError(f"{marker!r} is on no page")


@pytest.mark.parametrize("key", ["th-a4", "th-a5", "both-a4", "both-a5"])
def test_the_dietary_cell_is_short_and_opens_with_more_than_a_word(
    books: dict[str, Path], key: str
) -> None:
    lines = column_below(books[key], LABELS["dietary"].th, "ไม่รับประทาน")
    first = next(n for n, line in enumerate(lines) if line.startswith("ไม่"))
    last = next(n for n, line in enumerate(lines) if "ตัวอย่าง)" in line)
    cell = lines[first : last + 1]
    assert "".join(cell).replace(" ", "") == "ไม่รับประทานเนื้อหมู(ข้อมูลตัวอย่าง)", cell
    # three lines at most (it was five on A5) in a row the position makes four lines deep
    assert len(cell) <= 3, cell
    # the first line holds the negator with the word it negates: more than one word as an
    # independent segmenter reads it
    words = [w for w in word_tokenize(cell[0], engine="newmm") if w.strip()]
    assert cell[0] != "ไม่" and len(words) >= 2, (cell, words)


@pytest.mark.parametrize("key", [f"{lang}-{paper}" for lang, paper in EDITIONS])
def test_no_table_head_is_broken_inside_a_word(books: dict[str, Path], key: str) -> None:
    """``ลำ`` over ``ดับ`` is no heading: every head's words are whole on the page, in both
    readers (a line may end between the words of ``Given / received``)."""
    words = {w for k in HEADS for w in (LABELS[k].th, *LABELS[k].en.split()) if len(w) > 1}
    assert "ลำดับ" in words
    path = books[key]
    for reader in (pdfium_pages, poppler_pages):
        for number, page in enumerate(reader(path), start=1):
            for word in words:
                for cut in range(1, len(word)):
                    broken = f"{word[:cut]}\n{word[cut:]}"
                    assert broken not in page, (key, reader.__name__, number, broken)
    if key.startswith(("th", "both")) and not key.endswith("card"):
        delegation = [p for p in pdfium_pages(path) if "คณะผู้แทนฝ่ายไทย" in p]
        assert delegation and all(re.search(r"^ลำดับ\b", p, re.M) for p in delegation)


@pytest.mark.parametrize("key", [f"{lang}-{paper}" for lang, paper in EDITIONS])
def test_no_label_stands_alone_above_its_value(books: dict[str, Path], key: str) -> None:
    """A label (``Organisation:``, ``หน่วยงาน:``, ``ผู้เข้าร่วม:``, ``MoU:``) shares its line with
    the start of its value; a long name after it parts between its words instead."""
    path = books[key]
    seen = 0
    for reader in (pdfium_pages, poppler_pages):
        for number, page in enumerate(reader(path), start=1):
            if number == 1 and not key.endswith("card"):
                continue  # the cover's title may part after its colon, as titles do
            lines = [line.strip() for line in page.split("\n")]
            alone = [line for line in lines if LABEL_ALONE.fullmatch(line)]
            assert alone == [], (key, reader.__name__, number, alone)
            seen += sum(1 for line in lines if re.match(r"(?:•\s*)?[^:\s]{1,30}: \S", line))
    assert seen > 0 or key.endswith("card")  # labelled lines were read (a card has none)


def test_the_organisation_parts_between_its_words_on_the_labels_line(
    books: dict[str, Path],
) -> None:
    """English A4 biography: the ministry's long name starts on its label's line and parts at a
    space; the Thai A5 one parts between two words, never inside one (PyThaiNLP's words)."""
    english = next(p for p in pdfium_pages(books["en-a4"]) if "Organisation: Ministry of Sci" in p)
    line = next(ln for ln in english.split("\n") if ln.startswith("Organisation:"))
    assert line.startswith("Organisation: Ministry of Science and Technology"), line
    thai = next(p for p in pdfium_pages(books["th-a5"]) if "หน่วยงาน: กระทรวงวิทยาศาสตร์" in p)
    lines = thai.split("\n")
    at = next(n for n, ln in enumerate(lines) if ln.startswith("หน่วยงาน: กระทรวงวิทยาศาสตร์"))
    first, second = lines[at].strip(), lines[at + 1].strip()
    whole = "กระทรวงวิทยาศาสตร์และเทคโนโลยีแห่งสาธารณรัฐประชาชนจีน"
    value = first.removeprefix("หน่วยงาน: ")
    assert (value + second).startswith(whole) and whole not in value, (first, second)
    # the cut is a boundary of PyThaiNLP's words for the name
    boundaries = {0}
    for word in word_tokenize(whole, engine="newmm"):
        boundaries.add(max(boundaries) + len(word))
    assert len(value) in boundaries, (value, sorted(boundaries))


@pytest.mark.parametrize("key", [f"{lang}-{paper}" for lang, paper in EDITIONS])
def test_no_line_begins_with_a_spaced_dash(books: dict[str, Path], key: str) -> None:
    """``การประชุมทวิภาคีไทย – จีน``, ``Thailand – China``: the dash ends a line, never begins
    one (both readers, every page; the programme's end times beneath their starts excepted)."""
    for pages in (pdfium_pages(books[key]), poppler_pages(books[key])):
        assert readers.lines_beginning_with_a_dash(pages) == []

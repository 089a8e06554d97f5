"""Three PDF text readers and a record of what the typesetter drew, to compare them.

pdfium (Chrome, Edge) reads the content stream in order; poppler's pdftotext (Evince, Okular)
rebuilds words and lines from glyph positions; pypdf reads the content stream with its own
spacing rules. Text that extracts right in all three is text a reader can copy and search.

Known behaviours of the readers, not defects of a PDF, that the comparisons allow for:
- whitespace at a line end (kept, dropped or doubled) and the line break itself;
- a hyphen that ends a line: pdfium reports it as U+FFFE and joins the lines; pdftotext drops it
  and joins the lines (its ``-remove-hyphens all`` default).
"""

from __future__ import annotations

import io
import re
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

READERS = ("pdfium", "pdftotext", "pypdf")


def pdfium_pages(data: bytes) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        pages = [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()
    return [text.replace("\r\n", "\n").replace("\ufffe", "-") for text in pages]


def pdftotext_pages(data: bytes) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8").split("\f")[:-1]


def pypdf_pages(data: bytes) -> list[str]:
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


PAGES: dict[str, Callable[[bytes], list[str]]] = {
    "pdfium": pdfium_pages,
    "pdftotext": pdftotext_pages,
    "pypdf": pypdf_pages,
}


@dataclass
class DrawnText:
    """Lines the typesetter drew, per document and page, in drawing order."""

    lines: dict[int, dict[int, list[str]]] = field(default_factory=dict)
    last_document: int | None = None

    def pages(self) -> dict[int, list[str]]:
        """Page number (from 1) -> lines drawn on it, for the last document drawn."""
        assert self.last_document is not None, "nothing was drawn"
        return self.lines[self.last_document]


@contextmanager
def recording(monkeypatch: pytest.MonkeyPatch) -> Iterator[DrawnText]:
    """Record every line the typesetter draws (paragraphs and single lines alike)."""
    from brst_desktop.typeset import drawing, paragraph

    drawn = DrawnText()
    original = drawing.draw_prepared_line

    def record(canvas, p, line, x, y, extra_after=None):  # type: ignore[no-untyped-def]
        document = id(canvas._doc)
        drawn.last_document = document
        text = p.text[line.start : line.content_end]
        if text.strip():
            page = canvas.getPageNumber()
            drawn.lines.setdefault(document, {}).setdefault(page, []).append(text)
        return original(canvas, p, line, x, y, extra_after)

    monkeypatch.setattr(paragraph, "draw_prepared_line", record)
    yield drawn


_LINE_END = re.compile(r"[^\S\n]*\n\s*")
_SPACES = re.compile(r"\s+")


def column_matches(reader: str, extracted: str, lines: list[str]) -> bool:
    """Whether a reader's text of a one-column page is exactly the drawn lines, whitespace at
    line ends aside (and a line-end hyphen that pdftotext drops)."""
    flat = _LINE_END.sub("", extracted.strip())
    parts = []
    for line in lines:
        line = line.strip()
        if reader == "pdftotext" and line.endswith("-"):
            parts.append(re.escape(line[:-1]) + "-?")
        else:
            parts.append(re.escape(line))
    return re.fullmatch("".join(parts), flat) is not None


def _tokens(text: str) -> list[str]:
    return [t for t in _SPACES.split(text) if t]


def _expected_lines(reader: str, lines: list[str]) -> list[list[str]]:
    """Each drawn line's words as the reader gives them: a word hyphenated at a line end is
    read as one (pdfium keeps the hyphen, pdftotext drops it); pypdf keeps both lines."""
    words = [_tokens(line) for line in lines]
    if reader != "pypdf":
        for i in range(len(words) - 1):
            if words[i] and words[i][-1].endswith("-") and words[i + 1]:
                head = words[i].pop()
                if reader == "pdftotext":
                    head = head[:-1]
                words[i + 1][0] = head + words[i + 1][0]
    return words


def page_problems(reader: str, extracted: str, lines: list[str]) -> list[str]:
    """What differs between a reader's text of a page (tables, headers, columns: any reading
    order) and the lines drawn on it: every drawn line must appear with its words intact and in
    order, and the page must hold exactly the drawn words, none added, lost or split."""
    got = _tokens(extracted)
    expected = _expected_lines(reader, lines)
    problems = []
    for words in expected:
        n = len(words)
        if n and not any(got[i : i + n] == words for i in range(len(got) - n + 1)):
            problems.append("not intact: " + " ".join(words))
    want = Counter(w for words in expected for w in words)
    have = Counter(got)
    if want != have:
        problems.append(f"lost {sorted((want - have).elements())[:8]}")
        problems.append(f"added {sorted((have - want).elements())[:8]}")
    return problems


#: the programme's clock cells print an event's end beneath its start, by design
#: (``08.40 น.`` / ``– 12.55 น.``, export.sections.programme.clock_lines); the readers join
#: the cells of a row into one line (``– 01:55 (+1) – 00:55 (+1)``)
_END_TIME = re.compile(r"[–—][ \u00a0]\d{1,2}[.:]\d{2}\b")


def lines_beginning_with_a_dash(pages: list[str]) -> list[tuple[int, str]]:
    """(page from 1, line) of every extracted line that begins with an en or em dash, but the
    programme's end times: a spaced dash belongs at the end of the line before."""
    return [
        (number, line.strip())
        for number, page in enumerate(pages, 1)
        for line in page.split("\n")
        if line.strip().startswith(("–", "—")) and not _END_TIME.match(line.strip())
    ]

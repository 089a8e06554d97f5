"""The demo book's lines, judged as the corpus is (tests/typeset/judge.py): no line of any
paragraph, table cell or heading ends inside a name from the database, a word, a compound
that fits, a syllable, or between a number and its label or unit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.export import book as book_module
from brst_desktop.export import export_book
from brst_desktop.typeset import paragraph as paragraph_module
from tests.helpers.judge import faults


@pytest.mark.parametrize(("language", "paper"), [("th", "a5"), ("th", "a4"), ("both", "a5")])
def test_book_lines_break_where_an_editor_would(
    module_demo: Database,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    paper: str,
) -> None:
    laid_out = []
    original = paragraph_module.break_lines

    def record(p, width, *args, **kwargs):  # type: ignore[no-untyped-def]
        lines = original(p, width, *args, **kwargs)
        laid_out.append((p, width, [line.end for line in lines]))
        return lines

    vocabularies = []
    make_vocabulary = book_module.book_vocabulary

    def keep(content):  # type: ignore[no-untyped-def]
        vocabularies.append(make_vocabulary(content))
        return vocabularies[-1]

    monkeypatch.setattr(paragraph_module, "break_lines", record)
    monkeypatch.setattr(book_module, "book_vocabulary", keep)
    export_book(
        module_demo,
        demo_id("book"),
        out_dir / "book.pdf",
        language=language,
        paper=paper,
        record_edition=False,
    )
    names = sorted(vocabularies[0].terms)
    assert {"หยิน เหอจวิ้น", "阴和俊", "Yin Hejun"} <= set(names)
    found = set()
    for p, width, ends in laid_out:

        def fits(a: int, b: int, p: object = p, width: float = width) -> bool:
            return p.width(a, p.content_end(a, b)) <= width + 1e-6  # type: ignore[attr-defined]

        found |= {str(f) for f in faults(p.text, ends, fits, names)}
    assert len(laid_out) > 200
    assert sorted(found) == [], "\n".join(sorted(found))

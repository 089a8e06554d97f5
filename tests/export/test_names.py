"""People's names are never broken inside a word anywhere in the book (read back from the PDF).

The segmenter splits names it does not know (แทน|ทรัพย์, อิศร|ภักดี, 李|丹萍); the export marks every
form of every person's name as a kept-together span (brst_desktop/export/names.py) and gives
the line breaker the book's names as its vocabulary (brst_desktop/export/vocabulary.py).
"""

from __future__ import annotations

import pypdfium2
import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.export import book as book_module
from brst_desktop.export import names as names_module
from brst_desktop.export import render_book
from brst_desktop.typeset import Span
from brst_desktop.typeset.vocabulary import Vocabulary


def name_words(db: Database) -> set[str]:
    words: set[str] = set()
    with db.session() as session:
        for person in session.scalars(select(m.Person)):
            for name in (person.name_th, person.name_en, person.name_native_latin):
                words.update(w for w in name.split() if len(w) > 1)
            if person.name_native:
                words.add(person.name_native)
    return words


def broken_names(pdf: bytes, words: set[str]) -> list[tuple[int, str]]:
    """(page, word cut) for every line of the PDF that ends inside a name word."""
    found = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        for number, page in enumerate(document, start=1):
            text = page.get_textpage().get_text_range().replace("\r\n", "\n")
            for word in words:
                for cut in range(1, len(word)):
                    head, tail = word[:cut], word[cut:]
                    if f"{head}\n{tail}" in text or f"{head} \n{tail}" in text:
                        found.append((number, f"{head}|{tail}"))
    finally:
        document.close()
    return found


def test_without_marking_the_demo_book_breaks_names(
    module_demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the defect, shown with the marking and the book's vocabulary switched off: so the test
    # below can fail
    def plain(self: object, text: str, **look: object) -> list[Span]:
        look.pop("whole_name", None)
        return [Span(text, **look)]  # type: ignore[arg-type]

    monkeypatch.setattr(names_module.NameMarker, "spans", plain)
    monkeypatch.setattr(book_module, "book_vocabulary", lambda content: Vocabulary([]))
    pdf = render_book(module_demo, None, language="th", paper="a4")
    broken = {cut for _page, cut in broken_names(pdf, name_words(module_demo))}
    # which names break depends on the columns' widths; some always do
    assert "แทน|ทรัพย์" in broken and len(broken) >= 2, broken


@pytest.mark.parametrize(
    ("language", "paper"), [("th", "a4"), ("both", "a4"), ("both", "a5"), ("en", "a5")]
)
def test_no_name_is_broken_inside_a_word(module_demo: Database, language: str, paper: str) -> None:
    words = name_words(module_demo)
    assert {"แทนทรัพย์", "อิศรภักดี", "阴和俊", "เหอจวิ้น"} <= words
    pdf = render_book(module_demo, None, language=language, paper=paper)
    assert broken_names(pdf, words) == []
    # and the names are there, whole, in the participant lists and the delegation
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    for word in ("阴和俊", "李丹萍"):
        assert word in text
    if language != "en":
        for word in ("แทนทรัพย์", "อิศรภักดี", "แพสุวรรณ"):
            assert word in text


def test_marker_keeps_every_form_of_a_name_together() -> None:
    from dataclasses import fields

    from brst_desktop.export.content import PersonInfo
    from brst_desktop.export.language import Words

    given = {
        "name": Words("ศุภมาส อิศรภักดี", "Supamas Isarabhakdi"),
        "honorific": Words("นางสาว", "Ms"),
    }
    blank = {"str": "", "Words": Words("", "")}  # annotations are strings here
    person = PersonInfo(
        **{f.name: given.get(f.name, blank.get(f.type)) for f in fields(PersonInfo)}
    )
    marker = names_module.NameMarker([person])
    spans = marker.spans("ประธาน: นางสาวศุภมาส อิศรภักดี และ Ms Supamas Isarabhakdi; ท่านศุภมาส")
    kept = [s.text for s in spans if s.keep_together]
    assert kept == ["นางสาวศุภมาส อิศรภักดี", "Ms Supamas Isarabhakdi", "ศุภมาส"]
    assert "".join(s.text for s in spans) == (
        "ประธาน: นางสาวศุภมาส อิศรภักดี และ Ms Supamas Isarabhakdi; ท่านศุภมาส"
    )

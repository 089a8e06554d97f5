"""The typesetter's test material: the corpus, the seed text, a PDF built from a story, its text."""

from __future__ import annotations

import io
from collections.abc import Sequence

from tests.helpers import REPO_ROOT

CORPUS = REPO_ROOT / "tests" / "typeset" / "corpus"


def seed_paragraphs() -> list[str]:
    """The seed news text (a copy kept in the corpus), one paragraph per blank-line block."""
    from brst_desktop.typeset import paragraphs_of

    return paragraphs_of((CORPUS / "brst-2023-mhesi-news.txt").read_text(encoding="utf-8"))


def build_pdf(story: Sequence[object], **kwargs: object) -> bytes:
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1, **kwargs).build(list(story))
    return buffer.getvalue()


def extract_text(pdf_bytes: bytes) -> str:
    """All pages' text by pdfium with its line ends removed.

    pdfium reports a hyphen that ends a line as U+FFFE (its "maybe a soft hyphen" marker); that
    is the reader's annotation, not ours, so it is turned back into the hyphen.
    """
    import pypdfium2

    pdf = pypdfium2.PdfDocument(pdf_bytes)
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    return text.replace("\r\n", "").replace("\n", "").replace("\ufffe", "-")

"""Reading a PDF back as a reader would: each page's text (pdfium), outline and metadata (pypdf)."""

from __future__ import annotations

import io
from dataclasses import dataclass


@dataclass
class PdfPages:
    """A PDF read back: each page's text (pdfium), the outline and the metadata (pypdf)."""

    data: bytes
    texts: list[str]
    outline: list[tuple[int, str, int]]  # (level, title, page number from 1)
    sizes: list[tuple[float, float]]
    metadata: dict[str, str]
    images: list[int]  # number of image XObjects drawn on each page
    tops: list[str]  # text in the top 12 mm of each page
    bottoms: list[str]  # text in the bottom 9 mm of each page

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    def page_of(self, needle: str) -> int:
        """First page (from 1) whose text holds ``needle``."""
        for number, text in enumerate(self.texts, start=1):
            if needle in text:
                return number
        raise AssertionError(f"{needle!r} is on no page")


def _flat(text: str) -> str:
    # pdfium ends lines with \r\n and marks a line-end hyphen as U+FFFE; the book joins a time
    # and its unit (08.40 น.) with a no-break space, read here as a space
    return text.replace("\r\n", "\n").replace("\ufffe", "-").replace("\u00a0", " ")


def read_pdf(data: bytes) -> PdfPages:
    import pypdf
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    texts, tops, bottoms = [], [], []
    band = 72 / 25.4
    for page in document:
        textpage = page.get_textpage()
        width, height = page.get_size()
        texts.append(_flat(textpage.get_text_range()))
        tops.append(_flat(textpage.get_text_bounded(0, height - 12 * band, width, height)).strip())
        bottoms.append(_flat(textpage.get_text_bounded(0, 0, width, 9 * band)).strip())
        textpage.close()
        page.close()
    document.close()

    reader = pypdf.PdfReader(io.BytesIO(data))
    outline: list[tuple[int, str, int]] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                outline.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    images = []
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        images.append(
            sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
        )
    meta = {k: str(v) for k, v in (reader.metadata or {}).items()}
    meta["/Lang"] = str(reader.trailer["/Root"].get("/Lang", ""))
    return PdfPages(data, texts, outline, sizes, meta, images, tops, bottoms)


def smallest_text_size(
    data: bytes, page_index: int, *, below: float = 0.0, above: float = 0.0
) -> float:
    """The smallest size (points) a visible character of the page is drawn at: its font size
    scaled by its text matrix. ``below``/``above``: leave out characters this many points from
    the top/foot of the page (the running head, the folio)."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as pdfium_c

    document = pypdfium2.PdfDocument(data)
    smallest = float("inf")
    try:
        page = document[page_index]
        height = page.get_size()[1]
        textpage = page.get_textpage()
        for index in range(textpage.count_chars()):
            if textpage.get_text_range(index, 1).isspace():
                continue
            _left, bottom, _right, top = textpage.get_charbox(index)
            if top > height - below or bottom < above:
                continue
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index)
            matrix = pdfium_c.FS_MATRIX()
            pdfium_c.FPDFText_GetMatrix(textpage.raw, index, ctypes.byref(matrix))
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            if size > 0:
                smallest = min(smallest, size * scale)
    finally:
        document.close()
    return smallest

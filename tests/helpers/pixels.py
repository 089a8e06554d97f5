"""Pixel comparison of words printed by the typesetter with Qt's own rendering of them.

A page of words is laid out on a grid; the same grid is painted by QPainter on a QImage with the
same font files and size (Qt shapes with HarfBuzz and draws every substituted glyph). Each cell
is binarised and compared with a one-pixel tolerance for anti-aliasing and rounding: a pixel is
a mismatch when it is ink in one picture and there is no ink within one pixel in the other.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pypdfium2
from PIL import Image, ImageChops, ImageFilter
from reportlab.pdfgen.canvas import Canvas

SIZE = 28.0  # points: large enough that a missing tone mark is dozens of pixels
SCALE = 2.0  # pixels per point (144 dpi)
CELL_W, CELL_H = 190.0, 56.0
COLUMNS = 3
ROWS = 14
MARGIN = 20.0
PAGE_W = MARGIN * 2 + CELL_W * COLUMNS
PAGE_H = MARGIN * 2 + CELL_H * ROWS
PER_PAGE = COLUMNS * ROWS
#: a cell fails when more pixels than this disagree beyond the one-pixel tolerance
MAX_MISMATCH_PIXELS = 12


@dataclass(frozen=True)
class Cell:
    page: int
    x: float  # left of the text, points from the page's left
    baseline: float  # points from the page's top


def cells(count: int, wide: bool = False) -> list[Cell]:
    out = []
    columns = 1 if wide else COLUMNS
    per_page = columns * ROWS
    for i in range(count):
        page, k = divmod(i, per_page)
        row, col = divmod(k, columns)
        out.append(Cell(page, MARGIN + col * CELL_W + 6, MARGIN + row * CELL_H + 40))
    return out


DrawWord = Callable[[Canvas, float, float, str], None]


def pdf_pages(words: Sequence[str], draw: DrawWord, wide: bool = False) -> list[Image.Image]:
    """Print each word with ``draw(canvas, x, y_from_bottom, word)`` and rasterise the pages."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    grid = cells(len(words), wide)
    page = 0
    for word, cell in zip(words, grid, strict=True):
        while cell.page > page:
            canvas.showPage()
            page += 1
        draw(canvas, cell.x, PAGE_H - cell.baseline, word)
    canvas.showPage()
    canvas.save()
    pdf = pypdfium2.PdfDocument(buffer.getvalue())
    images = [
        pdf[i].render(scale=SCALE, grayscale=True).to_pil().convert("L") for i in range(len(pdf))
    ]
    pdf.close()
    return images


def qt_pages(
    words: Sequence[str], families: Sequence[str], wide: bool = False
) -> list[Image.Image]:
    """Paint the same grid with QPainter on QImages (needs a QGuiApplication)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    grid = cells(len(words), wide)
    pages = max((c.page for c in grid), default=0) + 1
    font = QFont()
    font.setFamilies(list(families))
    font.setPixelSize(round(SIZE * SCALE))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.NoSubpixelAntialias)
    images = []
    for page in range(pages):
        image = QImage(
            round(PAGE_W * SCALE), round(PAGE_H * SCALE), QImage.Format.Format_Grayscale8
        )
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        for word, cell in zip(words, grid, strict=True):
            if cell.page == page:
                painter.drawText(QPointF(cell.x * SCALE, cell.baseline * SCALE), word)
        painter.end()
        data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
        pil = Image.frombytes(
            "L", (image.width(), image.height()), data, "raw", "L", image.bytesPerLine()
        )
        images.append(pil)
    return images


def _ink(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 255 if v < 128 else 0)


def mismatch(a: Image.Image, b: Image.Image) -> int:
    """Pixels inked in one image with no ink within one pixel in the other."""
    ink_a, ink_b = _ink(a), _ink(b)
    grow_a = ink_a.filter(ImageFilter.MaxFilter(3))
    grow_b = ink_b.filter(ImageFilter.MaxFilter(3))
    only_a = ImageChops.subtract(ink_a, grow_b).histogram()[255]
    only_b = ImageChops.subtract(ink_b, grow_a).histogram()[255]
    return only_a + only_b


def compare_cells(
    words: Sequence[str], ours: list[Image.Image], reference: list[Image.Image], wide: bool = False
) -> list[tuple[str, int]]:
    """(word, mismatched pixels) for every cell."""
    results = []
    for word, cell in zip(words, cells(len(words), wide), strict=True):
        width = (CELL_W * COLUMNS if wide else CELL_W) - 8
        box = (
            round((cell.x - 4) * SCALE),
            round((cell.baseline - 38) * SCALE),
            round((cell.x - 4 + width) * SCALE),
            round((cell.baseline + 16) * SCALE),
        )
        results.append((word, mismatch(ours[cell.page].crop(box), reference[cell.page].crop(box))))
    return results

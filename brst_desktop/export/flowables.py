"""The few page elements platypus lacks: bookmark anchors, linked contents lines, photos and
their placeholder, and ready-made tables of typeset cells.

All text is drawn by the typesetter (:mod:`brst_desktop.typeset`); these only place it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from brst_desktop.export.styles import GRID_COLOR, MUTED_COLOR, SHADE_COLOR
from brst_desktop.typeset import Paragraph, Span, TextStyle, draw_line, text_width

_LEADING = frozenset("เแโใไ")  # Thai vowels written before their consonant


class PageMark(Flowable):
    """A zero-size mark that only records the page it lands on (no bookmark): where a part
    ends, to measure how many pages it took."""

    def __init__(self, key: str, on_draw: Callable[[str, int], None]) -> None:
        super().__init__()
        self.key = key
        self._on_draw = on_draw
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._on_draw(self.key, self.canv.getPageNumber())


class Anchor(PageMark):
    """A zero-size mark: records its page, and adds a bookmark and an outline entry there."""

    def __init__(
        self, key: str, title: str, level: int, on_draw: Callable[[str, int], None]
    ) -> None:
        super().__init__(key, on_draw)
        self.title = title
        self.level = level

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkPage(self.key, fit="XYZ", left=0, top=_page_height(canvas))
        canvas.addOutlineEntry(self.title, self.key, self.level, closed=self.level > 0)
        super().draw()


def _page_height(canvas: Canvas) -> float:
    # A canvas keeps its page size in ``_pagesize`` and has no getter for it; its type stubs
    # leave the attribute out, so read it as the instance attribute it is.
    size: tuple[float, float] = vars(canvas)["_pagesize"]
    return size[1]


class ContentsLine(Flowable):
    """A contents entry: the title (wrapping if long), a dotted leader and the page number; the
    whole line is a link to the section."""

    def __init__(
        self,
        title: str | Sequence[Span],
        page_of: Callable[[str], str],
        key: str,
        style: TextStyle,
        page_style: TextStyle,
    ) -> None:
        super().__init__()
        self.key = key
        self.page_of = page_of
        self.page_style = page_style
        self.number_room = text_width("0000", page_style) + page_style.size
        self.paragraph = Paragraph(title, style)
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(availWidth - self.number_room, availHeight)
        self.width, self.height = availWidth, height
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return self.style.size * 0.3

    def draw(self) -> None:
        canvas = self.canv
        page = self.page_of(self.key)
        self.paragraph.drawOn(canvas, 0, 0)
        lines = self.paragraph.lines
        last = lines[-1] if lines else None
        baseline = self.style.line_height * 0.28
        if last is not None:
            start = self.style.left_indent + last.width + self.style.size * 0.4
            end = self.width - text_width(page, self.page_style) - self.style.size * 0.4
            if end > start:
                canvas.saveState()
                canvas.setStrokeColor(colors.HexColor(MUTED_COLOR))
                canvas.setLineWidth(0.6)
                canvas.setDash(0.6, 2.4)
                canvas.line(start, baseline, end, baseline)
                canvas.restoreState()
        draw_line(canvas, self.width, baseline, page, self.page_style, align="right")
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class Photo(Flowable):
    """A photo scaled into a box, centred; ``image`` is a ReportLab ImageReader."""

    def __init__(self, image: Any, width: float, height: float) -> None:
        super().__init__()
        self.image = image
        self.box_width, self.box_height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.box_width, self.box_height
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(
            self.image, 0, 0, self.box_width, self.box_height,
            preserveAspectRatio=True, anchor="n", mask="auto",
        )  # fmt: skip


class PhotoPlaceholder(Flowable):
    """A neutral grey box with a head-and-shoulders outline and a short caption."""

    def __init__(self, width: float, height: float, caption: str, style: TextStyle) -> None:
        super().__init__()
        self.box_width, self.box_height = width, height
        self.caption = caption
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.box_width, self.box_height
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        w, h = self.box_width, self.box_height
        c.saveState()
        c.setFillColor(colors.HexColor("#EEF0F3"))
        c.setStrokeColor(colors.HexColor(GRID_COLOR))
        c.setLineWidth(0.6)
        c.rect(0, 0, w, h, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#C9CED6"))
        c.circle(w / 2, h * 0.62, min(w, h) * 0.17, stroke=0, fill=1)
        c.ellipse(w * 0.2, h * 0.18, w * 0.8, h * 0.5, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#EEF0F3"))
        c.rect(0, 0, w, h * 0.3, stroke=0, fill=1)
        c.restoreState()
        draw_line(c, w / 2, h * 0.1, self.caption, self.style, align="center")


class CarryTable(Table):
    """A table whose first column groups rows (the programme's date, printed on a day's first
    row only) and carries the group's label onto the first row of each continued page, so a
    reader of that page knows the day.

    ``carry[i]`` is the cell printed in column 0 of row ``i`` when it opens a continued page
    (None: nothing to carry). It replaces the row's own cell when that is blank, or when the
    row itself was split across the page break (its label stayed on the page before).
    """

    _carry: list[Any] | None = None
    # ReportLab's Table keeps these without declaring them (its stubs leave them out): the cells
    # row by row, and the row heights asked for (None: measure the row).
    _cellvalues: list[list[Any]]
    _argH: list[float | None] | None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        carry = self._carry
        if len(parts) != 2 or carry is None:
            return parts
        head, tail = parts
        # Table splits into tables of its own class
        if not isinstance(head, CarryTable) or not isinstance(tail, CarryTable):
            return parts
        repeat = tail.repeatRows if isinstance(tail.repeatRows, int) else len(tail.repeatRows)
        rows = len(self._cellvalues)
        tail_body = len(tail._cellvalues) - repeat
        # the tail holds the last rows of this table; one more in all if a row was cut in two
        split_in_row = len(head._cellvalues) + tail_body > rows
        first = rows - tail_body
        if 0 <= first < rows and carry[first] is not None:
            own = self._cellvalues[first][0]
            if split_in_row or _blank(own):
                tail._cellvalues[repeat][0] = carry[first]
                # the row's height was measured without the label: measure it again
                if tail._argH is not None and len(tail._argH) > repeat:
                    tail._argH = list(tail._argH)
                    tail._argH[repeat] = None
        tail._carry = [None] * repeat + carry[first:]
        return parts


def _blank(cell: Any) -> bool:
    if isinstance(cell, Paragraph):
        return not cell.text.strip()
    if isinstance(cell, str):
        return not cell.strip()
    if isinstance(cell, (list, tuple)):
        return all(_blank(c) for c in cell)
    return cell is None


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    shade_first_column: bool = False,
    padding: float = 3,
    carry: Sequence[Any] | None = None,
) -> Table:
    """A table of typeset cells: light grid, header row repeated on every page, and rows taller
    than a page split between pages rather than overflowing.

    ``carry``: see :class:`CarryTable` (one entry per row, header included).
    """
    table = (CarryTable if carry is not None else Table)(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        # A row is cut only if a useful part (100 pt) fits on this page and as much is left for
        # the next: short rows move whole, a row taller than a page still splits.
        splitInRow=100,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(GRID_COLOR)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 0.9),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(SHADE_COLOR)))
    if shade_first_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(SHADE_COLOR)))
    table.setStyle(TableStyle(commands))
    if isinstance(table, CarryTable) and carry is not None:
        table._carry = list(carry)
    return table


def fit_text(text: str, style: TextStyle, width: float) -> str:
    """``text`` shortened with an ellipsis to fit on one line of ``width`` points.

    Cuts at a space when it can, so a running head loses whole words, never half a Thai cluster.
    """
    if text_width(text, style) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(" /–-:") + "…"
        if text_width(candidate, style) <= width:
            return candidate
    chars = text
    while chars:
        removed, chars = chars[-1], chars[:-1]
        # Remove whole clusters: a mark goes with its base, a Thai leading vowel with what follows.
        if unicodedata.category(removed).startswith("M") or (chars and chars[-1] in _LEADING):
            continue
        if text_width(chars + "…", style) <= width:
            return chars + "…"
    return "…"


__all__ = [
    "MUTED_COLOR",
    "Anchor",
    "CarryTable",
    "ContentsLine",
    "PageMark",
    "Photo",
    "PhotoPlaceholder",
    "fit_text",
    "grid_table",
]

"""The few page elements platypus lacks: bookmark anchors, linked contents lines, photos and
their placeholder, and ready-made tables of typeset cells.

All text is drawn by the typesetter (:mod:`brst_desktop.typeset`); these only place it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol, cast

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from brst_desktop.export.styles import GRID_COLOR, MUTED_COLOR, SHADE_COLOR
from brst_desktop.typeset import Paragraph, Span, TextStyle, draw_line, text_width

_LEADING = frozenset("เแโใไ")  # Thai vowels written before their consonant


class Destinations(Protocol):
    """Where anchors report to and links point: the render context."""

    #: outline levels are one deeper in a PDF holding several copies (under each copy's entry)
    outline_shift: int

    def dest(self, key: str) -> str:
        """The PDF destination name of an anchor key (one PDF can hold several copies)."""
        ...

    def record(self, key: str, page: int) -> None: ...


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


class Place:
    """Where a reader is in the book: a part, or an entry of it (a meeting brief, a biography).

    The running head names it (``running``). ``heading`` makes the heading that a page it runs
    onto opens with (``<title> (ต่อ)``): a reader who turns to that page knows what it
    continues, as a continued table repeats its day. None: that page opens with the text."""

    def __init__(self, running: str, heading: Callable[[], list[Flowable]] | None) -> None:
        self.running = running
        self.heading = heading

    def __repr__(self) -> str:
        return f"Place({self.running!r})"


class Places(Protocol):
    """What keeps track of the open places: the render context."""

    def enter(self, place: Place) -> None: ...

    def leave(self, place: Place) -> None: ...


class PlaceMark(PageMark):
    """A zero-size mark where a :class:`Place` opens (after its heading) or closes (after its
    last line). Drawn as the page is laid out, so the place open when a page begins is the one
    that page continues."""

    def __init__(self, place: Place, *, opens: bool, sink: Places) -> None:
        super().__init__("", self._reached)
        self.place = place
        self.opens = opens
        self.sink = sink

    def __repr__(self) -> str:
        return f"PlaceMark({self.place!r}, opens={self.opens})"

    def _reached(self, _key: str, _page: int) -> None:
        if self.opens:
            self.sink.enter(self.place)
        else:
            self.sink.leave(self.place)


class Anchor(Flowable):
    """A zero-size mark: records its page, and adds a bookmark and an outline entry there, at
    the height where it stands (a reader's jump lands on the heading, not the top of the page)."""

    def __init__(self, key: str, title: str, level: int, sink: Destinations) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.sink = sink
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        name = self.sink.dest(self.key)
        # a little above the heading's top, so the reader sees it whole
        canvas.bookmarkHorizontal(name, 0, 4)
        level = self.level + self.sink.outline_shift
        canvas.addOutlineEntry(self.title, name, level, closed=level > 0)
        self.sink.record(self.key, canvas.getPageNumber())


#: a table of at most this many rows (its heads aside) is kept whole after its heading
SHORT_TABLE = 3


def first_lines_height(item: Flowable | Sequence[Flowable], width: float) -> float:
    """How much of what follows a heading must share its page: a paragraph's first two lines,
    a table's header rows and first row (a short table whole), anything else whole. Zero-size
    marks are skipped."""
    items = list(item) if isinstance(item, (list, tuple)) else [item]
    total = 0.0
    for flowable in items:
        if isinstance(flowable, KeepWithNext):
            # a heading of its own comes next: it needs its room too
            return total + flowable.needed(width)
        if isinstance(flowable, (PageMark, Anchor, CondPageBreak)):
            continue
        if isinstance(flowable, Paragraph):
            _, height = flowable.wrap(width, 1e6)
            lines = len(flowable.lines)
            if lines == 0:
                continue
            # a paragraph splits leaving two lines each side at least (one of three goes
            # whole), and never parts a short English from the Thai above it
            shown = flowable.fewest_lines_kept(width)
            return total + flowable.getSpaceBefore() + shown * height / lines
        if isinstance(flowable, Table):
            flowable.wrap(width, 1e6)
            repeat = flowable.repeatRows
            head = repeat if isinstance(repeat, int) else len(repeat)
            heights: list[float] = vars(flowable)["_rowHeights"]  # measured by wrap
            # a short table goes whole: its last row alone overleaf would make a near-empty page
            rows = head + 1 if len(heights) - head > SHORT_TABLE else None
            return total + float(sum(heights[:rows]))
        if isinstance(flowable, Flowable):
            _, height = flowable.wrap(width, 1e6)
            return total + flowable.getSpaceBefore() + height
    return total


def whole_height(items: Sequence[Flowable], width: float) -> float:
    """The height ``items`` take set one after the other (zero-size marks and page-break guards
    take none)."""
    total = 0.0
    for flowable in items:
        if isinstance(flowable, (PageMark, Anchor, CondPageBreak)):
            continue
        _, height = flowable.wrap(width, 1e6)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


class KeepWithNext(CondPageBreak):
    """Starts a new page unless ``heading`` (a heading and its bookmark) and the first lines
    of ``follower`` fit on this one: a heading never stands alone at the foot of a page.

    Unlike platypus's keepWithNext, the follower is not kept whole: a long table after its
    heading still starts on this page and runs on. ``whole_up_to``: a follower no taller than
    this (points) is kept whole instead (a short topic paper goes to the next page entire rather
    than leave its last lines alone there)."""

    _doctemplateAttr: Callable[[str], Any]  # platypus's, left out of its stubs

    def __init__(
        self, heading: Sequence[Flowable], follower: Sequence[Flowable], whole_up_to: float = 0.0
    ) -> None:
        super().__init__(0)
        self.heading = list(heading)
        self.follower = list(follower)
        self.whole_up_to = whole_up_to

    def __repr__(self) -> str:
        return f"KeepWithNext({self.heading!r})"

    def needed(self, width: float) -> float:
        total = 0.0
        for flowable in self.heading:
            _, height = flowable.wrap(width, 1e6)
            total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if self.whole_up_to > 0:
            whole = whole_height(self.follower, width)
            if whole <= self.whole_up_to:
                return total + whole
        return total + first_lines_height(self.follower, width)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is None or getattr(frame, "_atTop", False):
            return 0, 0  # a new page would not give more room
        self.height = self.needed(availWidth)
        return super().wrap(availWidth, availHeight)


class LinkedParagraph(Paragraph):
    """A paragraph some of whose words are links: a person's name to their biography, an
    event's title to its meeting brief. ``links`` maps a piece of the text to an anchor key;
    each line that shows part of it gets a link rectangle over that part."""

    links: dict[str, str]
    sink: Destinations

    @classmethod
    def of(cls, paragraph: Paragraph, links: dict[str, str], sink: Destinations) -> Paragraph:
        if not links:
            return paragraph
        paragraph.__class__ = cls
        linked = cast(LinkedParagraph, paragraph)
        linked.links = links
        linked.sink = sink
        return linked

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [
            LinkedParagraph.of(part, self.links, self.sink) if isinstance(part, Paragraph) else part
            for part in super().split(availWidth, availHeight)
        ]

    def draw(self) -> None:
        super().draw()
        prepared = self._prepared
        text = prepared.text
        style = self.style
        leading = style.line_height
        for piece, key in self.links.items():
            at = text.find(piece)
            while at >= 0:
                end = at + len(piece)
                for number, line in enumerate(self._lines):
                    lo, hi = max(at, line.start), min(end, line.content_end)
                    if lo >= hi or style.alignment != "left":
                        continue
                    x = style.left_indent + line.indent + prepared.width(line.start, lo)
                    width = prepared.width(lo, hi)
                    top = self.height - number * leading
                    self.canv.linkRect(
                        "", self.sink.dest(key), (x, top - leading, x + width, top),
                        relative=1, thickness=0,
                    )  # fmt: skip
                at = text.find(piece, end)


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
        sink: Destinations,
    ) -> None:
        super().__init__()
        self.key = key
        self.page_of = page_of
        self.page_style = page_style
        self.number_room = text_width("0000", page_style) + page_style.size
        self.paragraph = Paragraph(title, style)
        self.style = style
        self.sink = sink

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(availWidth - self.number_room, availHeight)
        self.width, self.height = availWidth, height
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    def draw(self) -> None:
        canvas = self.canv
        page = self.page_of(self.key)
        self.paragraph.drawOn(canvas, 0, 0)
        lines = self.paragraph.lines
        last = lines[-1] if lines else None
        baseline = self.paragraph.baseline()  # the leader and number stand on the title's line
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
        canvas.linkRect(
            "", self.sink.dest(self.key), (0, 0, self.width, self.height), relative=1, thickness=0
        )


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


class BookTable(Table):
    """A table that breaks between pages as a book's tables should.

    - A row is never cut in two, unless it is taller than a whole page (then it must be).
    - The header rows are repeated on each page; ``continued`` (one row per header row, None:
      keep it) replaces them there, so a continued day says ``(ต่อ)`` under its date.
    - ``carry[i]`` is the cell printed in column 0 of row ``i`` when that row opens a continued
      page (None: nothing to carry), replacing the row's own cell when that is blank (the
      programme at a glance prints each date on the day's first row only).
    """

    _carry: list[Any] | None = None
    _continued: list[list[Any] | None] | None = None
    # ReportLab's Table keeps these without declaring them (its stubs leave them out): the cells
    # row by row, the row heights asked for (None: measure the row) and found, and the steps
    # of its own split that this one reuses.
    _cellvalues: list[list[Any]]
    _argH: list[float | None] | None
    _rowHeights: list[float]
    _calc: Callable[[float, float], None]
    _splitRows: Callable[..., list[Flowable]]
    _doctemplateAttr: Callable[[str], Any]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        parts = self._splitRows(availHeight, doInRowSplit=0)
        if not parts:
            frame = self._doctemplateAttr("frame")
            if frame is None or getattr(frame, "_atTop", False):
                # a row taller than a page: cutting it is the only way on
                saved = int(getattr(self, "splitInRow", 0))
                self.splitInRow = 1
                try:
                    parts = self._splitRows(availHeight, doInRowSplit=1)
                finally:
                    self.splitInRow = saved
        if len(parts) != 2:
            return parts
        head, tail = parts
        # Table splits into tables of its own class
        if not isinstance(head, BookTable) or not isinstance(tail, BookTable):
            return parts
        repeat = tail.repeatRows if isinstance(tail.repeatRows, int) else len(tail.repeatRows)
        rows = len(self._cellvalues)
        head_body = len(head._cellvalues) - repeat
        if len(tail._cellvalues) - repeat == 1 and head_body >= 3 and head_body + repeat < rows:
            # a table's last row alone overleaf (under the repeated heads) is a widow: one more
            # row goes with it, as long as two stay behind
            shorter = sum(self._rowHeights[: len(head._cellvalues) - 1])
            match self._splitRows(shorter, doInRowSplit=0):
                case [BookTable() as earlier, BookTable() as later]:
                    head, tail = earlier, later
                    parts = [head, tail]
        if self._continued is not None:
            for index, row in enumerate(self._continued[:repeat]):
                if row is not None:
                    tail._cellvalues[index] = list(row)
            tail._continued = self._continued
        carry = self._carry
        if carry is None:
            return parts
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
    header: int = 1,
    shade_first_column: bool = False,
    padding: float = 3,
    carry: Sequence[Any] | None = None,
    continued: Sequence[Sequence[Any] | None] | None = None,
    title_row: bool = False,
    title: Sequence[Flowable] | None = None,
    continued_title: Sequence[Flowable] | None = None,
) -> BookTable:
    """A table of typeset cells: light grid, ``header`` rows repeated on every page, rows kept
    whole (see :class:`BookTable`).

    ``title_row``: the first row is a title across the whole table (a day of the programme),
    printed without a grid above the column heads. ``carry``/``continued``: see BookTable.
    ``title``: a heading made the table's title row, ``continued_title`` in its place on a
    page the table continues on (``ของที่ระลึก (ต่อ)``): no page opens with bare column heads.
    """
    if title is not None:
        blank = [""] * (len(widths) - 1)
        rows = [[list(title), *blank], *rows]
        continued = [[list(continued_title or title), *blank], *([None] * header)]
        carry = [None, *carry] if carry is not None else None
        header += 1
        title_row = True
    table = BookTable(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=header,
        splitInRow=0,
        hAlign="LEFT",
    )
    body = 1 if title_row else 0
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, body), (-1, -1), 0.5, colors.HexColor(GRID_COLOR)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 0.9),
    ]
    if title_row:
        commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, 0), padding * 2),
            ("BOTTOMPADDING", (0, 0), (-1, 0), padding * 1.2),
        ]
        if title is not None:
            # a subheading's own space before it (the table's) is the room above it
            commands.append(("TOPPADDING", (0, 0), (-1, 0), 0))
    if header > body:
        commands.append(("BACKGROUND", (0, body), (-1, header - 1), colors.HexColor(SHADE_COLOR)))
    if shade_first_column:
        commands.append(("BACKGROUND", (0, header), (0, -1), colors.HexColor(SHADE_COLOR)))
    table.setStyle(TableStyle(commands))
    if carry is not None:
        table._carry = list(carry)
    if continued is not None:
        table._continued = [list(row) if row is not None else None for row in continued]
    return table


#: words a shortened title does not end with before its ellipsis
DANGLING = frozenset(
    ("และ", "หรือ", "กับ", "ของ", "ว่าด้วย", "and", "or", "of", "the", "on", "in", "for", "with", "to")
)


def fit_text(text: str, style: TextStyle, width: float) -> str:
    """``text`` shortened with an ellipsis to fit on one line of ``width`` points.

    Cuts where a line would break (between Thai words too: a running head naming a meeting
    brief keeps all the words that fit), else at a space, never inside a Thai cluster.
    """
    if text_width(text, style) <= width:
        return text
    room = width - text_width("…", style)
    if room > 0:
        flat = replace(style, alignment="left", left_indent=0, first_line_indent=0)
        paragraph = Paragraph(text, flat)
        paragraph.wrap(room, 1e6)
        if paragraph.lines:
            line = paragraph.lines[0]
            kept = paragraph.text[line.start : line.content_end].rstrip(" /–-:,;")
            words = kept.split(" ")
            if len(words) > 1 and words[-1].lower() in DANGLING:
                kept = " ".join(words[:-1]).rstrip(" /–-:,;")  # not "… and…"
            if kept and text_width(kept + "…", style) <= width:
                return kept + "…"
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
    "BookTable",
    "ContentsLine",
    "Destinations",
    "KeepWithNext",
    "LinkedParagraph",
    "PageMark",
    "PageReference",
    "Photo",
    "PhotoPlaceholder",
    "Place",
    "PlaceMark",
    "Places",
    "fit_text",
    "fitted_widths",
    "grid_table",
]


class PageReference(Flowable):
    """``ดูเอกสารประกอบการหารือ หน้า 12``: a line naming the page where an anchor is, read when
    drawn (so the later layout passes fill it in), and a link to it. ``beneath``: the same in
    English on a second line, in ``beneath_color`` (a bilingual book)."""

    def __init__(
        self,
        words: str,
        key: str,
        page_of: Callable[[str], str],
        style: TextStyle,
        sink: Destinations,
        *,
        beneath: str = "",
        beneath_color: str = MUTED_COLOR,
    ) -> None:
        super().__init__()
        self.words = words
        self.beneath = beneath
        self.key = key
        self.page_of = page_of
        self.style = style
        self.lighter = replace(style, color=beneath_color)
        self.sink = sink

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        widest = max(text_width(f"{w} 000", self.style) for w in (self.words, self.beneath))
        self.width = min(availWidth, widest)
        self.height = self.style.line_height * (2 if self.beneath else 1)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        page = self.page_of(self.key)
        line = self.style.line_height
        rows = [(self.words, self.style)] + ([(self.beneath, self.lighter)] if self.beneath else [])
        for index, (words, style) in enumerate(rows):
            baseline = self.height - (index + 1) * line + line * 0.28
            width = draw_line(canvas, 0, baseline, f"{words} {page}", style)
            top = self.height - index * line
            canvas.linkRect(
                "", self.sink.dest(self.key), (0, top - line, width, top), relative=1,
                thickness=0,
            )  # fmt: skip


def _cell_widths(cell: Any) -> tuple[float, float]:
    """(natural, minimum) width of a cell's content: its widest line unbroken, and its widest
    piece that cannot be broken."""
    items = cell if isinstance(cell, (list, tuple)) else [cell]
    natural = minimum = 0.0
    for item in items:
        if isinstance(item, Paragraph):
            item.wrap(1e6, 1e6)
            indent = item.style.left_indent
            widest = max((line.width + line.indent for line in item.lines), default=0.0)
            natural = max(natural, widest + indent)
            minimum = max(minimum, item.narrowest())
        elif isinstance(item, Flowable) and not isinstance(item, (PageMark, Anchor)):
            width, _ = item.wrap(1e6, 1e6)
            natural = max(natural, width)
            minimum = max(minimum, width)
    return natural, minimum


#: a column of running text keeps at least this share of a table's width (or all it needs) before
#: short columns are set unbroken
LONG_SHARE = 0.2


def fitted_widths(
    rows: Sequence[Sequence[Any]], total: float, *, padding: float = 6, skip: int = 0
) -> list[float]:
    """Column widths that fit ``total`` and follow the content, as a browser sizes a table:
    every column gets at least its widest unbreakable piece; the room left is shared in
    proportion to how much more each column would take to set its lines unbroken. Then room
    moves between columns while that makes the table shorter (see :func:`_shortened`).
    ``skip``: leading rows that span the table (a title) and do not size columns."""
    widths = _browser_widths(rows, total, padding=padding, skip=skip)
    return _shortened(rows[skip:], widths, padding)


def _browser_widths(
    rows: Sequence[Sequence[Any]], total: float, *, padding: float, skip: int
) -> list[float]:
    count = max(len(row) for row in rows)
    natural = [0.0] * count
    minimum = [0.0] * count
    #: a column is never narrower than its head's longest word (``ลำ|ดับ`` is no heading)
    floor = [0.0] * count
    for number, row in enumerate(rows[skip:]):
        for index, cell in enumerate(row):
            n, m = _cell_widths(cell)
            natural[index] = max(natural[index], n + padding)
            minimum[index] = max(minimum[index], m + padding)
            if number == 0:
                floor[index] = m + padding
    if sum(natural) <= total:
        spare = total - sum(natural)
        # spare room goes to the columns that hold running text, not to numbers
        weights = [n if n > total * 0.15 else 0.0 for n in natural]
        if not any(weights):
            weights = natural
        whole = sum(weights) or 1.0
        return [n + spare * w / whole for n, w in zip(natural, weights, strict=True)]
    if sum(minimum) >= total:
        # too narrow for every column's longest word: short columns keep theirs, the long
        # ones (a title, an agency's name) give up the difference, down to their head's word
        # while the heads fit (``ลำ|ดับ`` is no heading), and wrap at lesser breaks
        for keep in (floor, [0.0] * count):
            short = [m if m <= total * 0.25 else k for m, k in zip(minimum, keep, strict=True)]
            long = [m - s for m, s in zip(minimum, short, strict=True)]
            room = total - sum(short)
            if room > 0 and any(long):
                return [s + room * w / sum(long) for s, w in zip(short, long, strict=True)]
        scale = total / sum(minimum)
        return [m * scale for m in minimum]
    # Short columns (a number, a role, a time) are set unbroken when the long ones can still
    # hold their widest word and a fair share of the line (LONG_SHARE: the A5 gifts table set
    # "Given / received" and "THB 3,500" unbroken and its description six lines deep); the long
    # ones share the rest by how much they would take.
    widths = list(minimum)
    narrow = sorted((n, i) for i, n in enumerate(natural) if n <= total * 0.25)
    narrow_set = {i for _n, i in narrow}
    reserve = sum(
        max(0.0, min(natural[i], total * LONG_SHARE) - minimum[i])
        for i in range(count)
        if i not in narrow_set
    )
    for n, index in narrow:
        others = sum(widths) - widths[index]
        if others + n + reserve <= total:
            widths[index] = n
    fixed = {i for _n, i in narrow if widths[i] == natural[i]}
    room = total - sum(widths)
    wanted = [0.0 if i in fixed else natural[i] - widths[i] for i in range(count)]
    whole = sum(wanted)
    if whole <= 0:
        return [w + room / count for w in widths]
    return [w + room * x / whole for w, x in zip(widths, wanted, strict=True)]


#: at most this many moves of room between columns, and only for tables of at most this many
#: cells (a long table's rows are alike: the shares by wanted width serve them)
_MOVES = 16
_CELLS = 240
#: room moved in one step besides what makes a cell a line shorter, as shares of the table
_STEPS = (0.02, 0.06)


def _set_width(cell: Any, width: float) -> float:
    """Width of the widest line of a cell's content set in ``width``."""
    items = cell if isinstance(cell, (list, tuple)) else [cell]
    widest = 0.0
    for item in items:
        if isinstance(item, Paragraph):
            item.wrap(width, 1e6)
            set_lines = [line.width + line.indent for line in item.lines]
            widest = max(widest, max(set_lines, default=0.0) + item.style.left_indent)
        elif isinstance(item, Flowable) and not isinstance(item, (PageMark, Anchor)):
            widest = max(widest, item.wrap(width, 1e6)[0])
    return min(widest, width)


def _cell_lines(cell: Any, width: float) -> float:
    """Height of a cell's content set in ``width``, in lines of its first paragraph."""
    items = cell if isinstance(cell, (list, tuple)) else [cell]
    height = 0.0
    line = 0.0
    for item in items:
        if isinstance(item, Paragraph):
            height += item.wrap(width, 1e6)[1]
            line = line or item.style.line_height
        elif isinstance(item, Flowable) and not isinstance(item, (PageMark, Anchor)):
            height += item.wrap(width, 1e6)[1]
    return height / line if line else height / 10


def _shortened(rows: Sequence[Sequence[Any]], widths: list[float], padding: float) -> list[float]:
    """``widths`` with room moved from one column to another while the table gets shorter
    (the sum of its rows' heights), or stays as short with its cells less deep (the sum of
    their squared line counts: one deep cell costs more than several a line deeper).

    Shares by wanted width leave a short phrase starved beside a column of running text: the
    A5 delegation list set ``ไม่ / รับประทาน / เนื้อหมู / (ข้อมูล / ตัวอย่าง)`` in five lines
    of a 52 pt column while the position beside it needed four. A column never goes below its
    widest unbreakable piece."""
    count = len(widths)
    body = [list(row) for row in rows if len(row) == count]
    if len(body) * count > _CELLS or count < 2:
        return widths
    sizes = [[_cell_widths(row[c]) for row in body] for c in range(count)]
    floor = [max((m for _n, m in column), default=0.0) + padding for column in sizes]
    # a column already narrower than its widest piece (a table too narrow for all of them: the
    # A5 change sheet) may still give the room its cells do not use: down to its widest line as
    # set now, so no line of it changes (lower, a name would wrap: ``ฯพณฯ หยิน / เหอจวิ้น``)
    for c in range(count):
        if widths[c] < floor[c] - 1e-6:
            floor[c] = max(_set_width(row[c], widths[c] - padding) for row in body) + padding
    cache: dict[tuple[int, int, int], float] = {}

    def lines(r: int, c: int, width: float) -> float:
        key = (r, c, round(width * 8))
        if key not in cache:
            cache[key] = _cell_lines(body[r][c], width - padding)
        return cache[key]

    def fewer(r: int, c: int, width: float) -> float | None:
        """The least width over ``width`` that sets cell (r, c) in fewer lines, if any."""
        natural = sizes[c][r][0] + padding
        now = lines(r, c, width)
        if natural <= width or lines(r, c, natural) >= now:
            return None
        low, high = width, natural
        for _ in range(7):
            middle = (low + high) / 2
            low, high = (low, middle) if lines(r, c, middle) < now else (middle, high)
        return high

    def cost(ws: list[float]) -> tuple[float, float]:
        grid = [[lines(r, c, ws[c]) for c in range(count)] for r in range(len(body))]
        return (
            round(sum(max(row) for row in grid), 3),
            round(sum(h * h for row in grid for h in row), 3),
        )

    total = sum(widths)
    best = cost(widths)
    for _ in range(_MOVES):
        found: tuple[tuple[float, float], list[float]] | None = None
        for take in range(count):
            wanted = {fewer(r, take, widths[take]) for r in range(len(body))}
            deltas = {w - widths[take] for w in wanted if w is not None}
            deltas |= {step * total for step in _STEPS}
            for delta in sorted(deltas):
                for trial in _moves(widths, floor, take, delta):
                    score = cost(trial)
                    if score < best and (found is None or score < found[0]):
                        found = (score, trial)
        if found is None:
            break
        best, widths = found
    return widths


def _moves(widths: list[float], floor: list[float], take: int, delta: float) -> list[list[float]]:
    """Widths with ``delta`` more for column ``take``: from one other column, or from all the
    others by their room above their floors. One giver alone is not enough when two columns
    are alike: the change sheet's "was" and "now" each set ten lines at any width over their
    widest name, and the title column beside them could only gain what both give at once."""
    trials: list[list[float]] = []
    for give in range(len(widths)):
        if give != take and widths[give] - delta >= floor[give] - 1e-6:
            trial = list(widths)
            trial[give] -= delta
            trial[take] += delta
            trials.append(trial)
    room = [
        0.0 if i == take else max(0.0, w - f)
        for i, (w, f) in enumerate(zip(widths, floor, strict=True))
    ]
    if sum(1 for r in room if r > 0) > 1 and sum(room) >= delta - 1e-6:
        share = delta / sum(room)
        trials.append(
            [
                w + delta if i == take else w - r * share
                for i, (w, r) in enumerate(zip(widths, room, strict=True))
            ]
        )
    return trials

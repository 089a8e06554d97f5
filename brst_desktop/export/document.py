"""The page: classification banner at top and bottom, running head, edition and ``x / y``.

Every page, the cover included, carries the classification (a page photocopied alone must still
say what it is), its number out of the total (so a missing page is noticed), the edition or, for
an export that records none, ``ร่าง`` / ``DRAFT``, and for a numbered copy its number
(``ชุดที่ 3 ของ 20 ชุด``). The decoration is drawn when a page is finished, so a PDF holding
several copies numbers each page with the copy it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from brst_desktop import __version__
from brst_desktop.core.zones import zone
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_as_of
from brst_desktop.export.flowables import PlaceMark, fit_text
from brst_desktop.export.language import LABELS, Printed
from brst_desktop.export.styles import BENEATH_COLOR, RULE_COLOR
from brst_desktop.typeset import TextStyle, draw_line, text_width

#: the most of the running head's line that the place (a meeting brief's title) may take
PLACE_SHARE = 0.65


class PageDecoration:
    """Draws what surrounds the frame on every page."""

    def __init__(self, ctx: RenderContext) -> None:
        self.ctx = ctx
        styles, lang = ctx.styles, ctx.language
        book, trip = ctx.content.book, ctx.content.trip
        self.banner = lang.classification(book.classification).flat(" · ")
        self.banner_style = styles.banner(book.classification)
        self.draft_style = styles.draft()
        self.running = styles.running
        self.lighter = TextStyle(size=styles.running.size, color=BENEATH_COLOR)
        self.folio_style = TextStyle(size=styles.running.size * 1.1, bold=True)
        title = ctx.text(book.title) if (book.title.th or book.title.en) else ctx.text(trip.title)
        self.title = title.main.replace("\n", " ")
        self._fitted: dict[tuple[str, float], str] = {}
        as_of = format_as_of(lang, ctx.as_of.astimezone(zone(trip.home_timezone)))
        edition = (
            lang.label("draft")
            if ctx.edition is None
            else lang.words(LABELS["edition"]).map(
                lambda word: f"{word} {lang.number(ctx.edition or 0)}"
            )
        )
        as_of_label = lang.label("as_of")
        self.edition = Printed(
            f"{edition.main} · {as_of_label.main} {as_of.main}",
            f"{edition.beneath} · {as_of_label.beneath} {as_of.beneath}" if as_of.beneath else "",
        )
        #: what the foot prints where the whole does not fit (a bilingual card)
        self.edition_short = edition
        self.outline_shown = False

    def _fit(self, text: str, width: float) -> str:
        key = (text, width)
        if key not in self._fitted:
            self._fitted[key] = fit_text(text, self.running, width)
        return self._fitted[key]

    def running_head(self, width: float) -> tuple[str, str]:
        """The book's title and, at the right, where the page is (the part, or the meeting
        brief or biography it belongs to), each shortened only as much as the line needs:
        the place comes first (the title is on every page), up to PLACE_SHARE of the line."""
        place = self.ctx.page_place
        where = place.running if place is not None else ""
        gap = 2 * self.running.size
        if not where:
            return self._fit(self.title, width), ""
        needed = text_width(self.title, self.running), text_width(where, self.running)
        if sum(needed) + gap <= width:
            return self.title, where
        room = max(width - gap - needed[0], (width - gap) * PLACE_SHARE)
        where = self._fit(where, room)
        return self._fit(self.title, width - gap - text_width(where, self.running)), where

    def folio(self, page: int) -> str:
        ctx = self.ctx
        lang = ctx.language
        page = page - ctx.copy_first_page + 1
        total = ctx.total_pages
        return f"{lang.number(page)} / {lang.number(total)}" if total else lang.number(page)

    def _pair(self, canvas: Any, x: float, y: float, width: float) -> None:
        """The edition line: the Thai, then the English in the lighter colour, on one line.
        Where it does not fit whole, a shorter form (the edition without the date), never a
        line cut short (the bilingual card's foot ended ``as of 3 Dec…``)."""
        full, short = self.edition, self.edition_short
        gap = self.running.size
        for main, beneath in (
            (full.main, full.beneath), (full.main, short.beneath),
            (short.main, short.beneath), (full.main, ""), (short.main, ""),
        ):  # fmt: skip
            needed = text_width(main, self.running)
            if beneath:
                needed += gap + text_width(beneath, self.lighter)
            if needed <= width:
                used = draw_line(canvas, x, y, main, self.running)
                if beneath:
                    draw_line(canvas, x + used + gap, y, beneath, self.lighter)
                return
        draw_line(canvas, x, y, fit_text(short.main, self.running, width), self.running)

    def __call__(self, canvas: Any, doc: BaseDocTemplate, *, running_head: bool = True) -> None:
        ctx = self.ctx
        paper = ctx.paper
        width, height = paper.size
        left, right = paper.side_margin, width - paper.side_margin
        unit = paper.base_size
        if not self.outline_shown:
            canvas.showOutline()  # bookmarks open in the reader's side panel
            self.outline_shown = True
        canvas.saveState()
        # classification, top and bottom
        top_y = height - 1.45 * unit - 2 * mm
        draw_line(canvas, width / 2, top_y, self.banner, self.banner_style, "center")
        draw_line(canvas, width / 2, 2 * mm + 0.5 * unit, self.banner, self.banner_style, "center")
        # a draft says so at the top of every page; a numbered copy gives its number there
        # (on the line below the banner when the three do not fit side by side: a card)
        draft = ctx.language.label("draft").flat(" · ") if ctx.edition is None else ""
        copy = ctx.language.copy(*ctx.copy).flat(" · ") if ctx.copy is not None else ""
        half_banner = text_width(self.banner, self.banner_style) / 2
        side_room = width / 2 - half_banner - left - self.draft_style.size
        widest = max(
            text_width(draft, self.draft_style) if draft else 0.0,
            text_width(copy, self.draft_style) if copy else 0.0,
        )
        marks_y = top_y if widest <= side_room else top_y - 1.5 * self.draft_style.size
        if draft:
            draw_line(canvas, left, marks_y, draft, self.draft_style)
        if copy:
            draw_line(canvas, right, marks_y, copy, self.draft_style, "right")
        canvas.setStrokeColor(colors.HexColor(RULE_COLOR))
        canvas.setLineWidth(0.5)
        head_y = height - paper.top_margin + 0.55 * unit
        if running_head:
            title, where = self.running_head(right - left)
            draw_line(canvas, left, head_y + 0.25 * unit, title, self.running)
            if where:
                draw_line(canvas, right, head_y + 0.25 * unit, where, self.running, "right")
            canvas.line(left, head_y, right, head_y)
        foot_y = paper.bottom_margin - 0.55 * unit
        canvas.line(left, foot_y, right, foot_y)
        text_y = foot_y - 1.2 * self.running.size
        folio = self.folio(canvas.getPageNumber())
        folio_w = text_width(folio, self.folio_style)
        self._pair(canvas, left, text_y, right - left - folio_w - unit)
        draw_line(canvas, right, text_y, folio, self.folio_style, "right")
        canvas.restoreState()


class CopyStart(Flowable):
    """Where a copy begins in a PDF that holds several: page numbers and destinations restart."""

    def __init__(self, ctx: RenderContext, number: int, total: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.number = number
        self.total = total
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        ctx = self.ctx
        ctx.copy = (self.number, self.total)
        ctx.copy_prefix = f"copy{self.number}:"
        ctx.copy_first_page = self.canv.getPageNumber()
        title = ctx.language.copy(self.number, self.total).flat(" · ")
        self.canv.bookmarkHorizontal(ctx.copy_prefix, 0, 0)
        self.canv.addOutlineEntry(title, ctx.copy_prefix, 0, closed=self.number > 1)


class BookDocument(BaseDocTemplate):
    """A book's pages: a 'cover' template (no running head) and a 'body' template."""

    #: platypus's flowables waiting to be placed at a page's start (left out of its stubs)
    _hanging: list[Flowable]

    def __init__(
        self,
        stream: Any,
        ctx: RenderContext,
        *,
        on_flowable: Callable[[], None] | None = None,
        encrypt: StandardEncryption | None = None,
    ) -> None:
        paper = ctx.paper
        content = ctx.content
        lang = ctx.language
        book, trip = content.book, content.trip
        title = ctx.text(book.title) if (book.title.th or book.title.en) else ctx.text(trip.title)
        super().__init__(
            stream,
            pagesize=paper.size,
            leftMargin=paper.side_margin,
            rightMargin=paper.side_margin,
            topMargin=paper.top_margin,
            bottomMargin=paper.bottom_margin,
            title=title.flat(),
            author=book.author.th or book.author.en or "BRST Desktop",
            subject=ctx.text(trip.title).flat(),
            keywords=[lang.classification(book.classification).flat()],
            creator=f"BRST Desktop {__version__}",
            lang=lang.pdf_lang,
            displayDocTitle=1,
            encrypt=encrypt,
        )
        self._on_flowable = on_flowable
        self._ctx = ctx
        #: the last page whose first flowable was looked at (see filterFlowables)
        self._page_looked_at = 0
        decorate = PageDecoration(ctx)
        frame = Frame(
            paper.side_margin,
            paper.bottom_margin,
            paper.frame_width,
            paper.height - paper.top_margin - paper.bottom_margin,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    id="cover",
                    frames=[frame],
                    onPageEnd=lambda c, d: decorate(c, d, running_head=False),
                    pagesize=paper.size,
                ),
                PageTemplate(id="body", frames=[frame], onPageEnd=decorate, pagesize=paper.size),
            ]
        )

    def beforePage(self) -> None:
        self._ctx.page_begins()

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        """A page that a meeting brief (or another place with a heading) runs onto opens with
        that heading marked continued, before the rest of the text."""
        frame = getattr(self, "frame", None)
        if flowables is self._hanging or frame is None or not getattr(frame, "_atTop", 0):
            return
        page = self.canv.getPageNumber()
        if page == self._page_looked_at:
            return
        self._page_looked_at = page  # the first flowable of the page decides
        first = flowables[0] if flowables else None
        if first is None or isinstance(first, PageBreak):
            return
        if isinstance(first, PlaceMark) and not first.opens:
            return  # the place ends here: nothing of it on this page
        flowables[0:0] = self._ctx.continued_heading()

    def afterFlowable(self, flowable: Any) -> None:
        if self._on_flowable is not None:
            self._on_flowable()

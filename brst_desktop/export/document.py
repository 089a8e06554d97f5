"""The page: classification banner at top and bottom, running head, edition and ``x / y``.

Every page, the cover included, carries the classification (a page photocopied alone must still
say what it is) and its number out of the total, so a missing page is noticed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from brst_desktop import __version__
from brst_desktop.core.zones import zone
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_as_of
from brst_desktop.export.flowables import fit_text
from brst_desktop.export.styles import RULE_COLOR
from brst_desktop.typeset import TextStyle, draw_line


class PageDecoration:
    """Draws what surrounds the frame on every page."""

    def __init__(self, ctx: RenderContext) -> None:
        self.ctx = ctx
        styles, lang = ctx.styles, ctx.language
        book, trip = ctx.content.book, ctx.content.trip
        self.banner = lang.classification(book.classification)
        self.banner_style = styles.banner(book.classification)
        self.running = styles.running
        self.folio_style = TextStyle(size=styles.running.size * 1.1, bold=True)
        title = ctx.pick(book.title, " / ") or ctx.pick(trip.title, " / ")
        self.title = fit_text(title, self.running, ctx.paper.frame_width * 0.98)
        as_of = ctx.as_of.astimezone(zone(trip.home_timezone))
        self.edition = (
            f"{lang.label('edition')} {lang.number(ctx.edition)} · "
            f"{lang.label('as_of')} {format_as_of(lang, as_of)}"
        )

    def folio(self, page: int) -> str:
        total = self.ctx.total_pages
        lang = self.ctx.language
        return f"{lang.number(page)} / {lang.number(total)}" if total else lang.number(page)

    def __call__(self, canvas: Any, doc: BaseDocTemplate, *, running_head: bool = True) -> None:
        paper = self.ctx.paper
        width, height = paper.size
        left, right = paper.side_margin, width - paper.side_margin
        unit = paper.base_size
        canvas.saveState()
        # classification, top and bottom
        draw_line(
            canvas,
            width / 2,
            height - 1.45 * unit - 2 * mm,
            self.banner,
            self.banner_style,
            "center",
        )
        draw_line(canvas, width / 2, 2 * mm + 0.5 * unit, self.banner, self.banner_style, "center")
        canvas.setStrokeColor(colors.HexColor(RULE_COLOR))
        canvas.setLineWidth(0.5)
        head_y = height - paper.top_margin + 0.55 * unit
        if running_head:
            draw_line(canvas, left, head_y + 0.25 * unit, self.title, self.running)
            canvas.line(left, head_y, right, head_y)
        foot_y = paper.bottom_margin - 0.55 * unit
        canvas.line(left, foot_y, right, foot_y)
        text_y = foot_y - 1.2 * self.running.size
        draw_line(canvas, left, text_y, self.edition, self.running)
        draw_line(
            canvas, right, text_y, self.folio(canvas.getPageNumber()), self.folio_style, "right"
        )
        canvas.restoreState()


class BookDocument(BaseDocTemplate):
    """A book's pages: a 'cover' template (no running head) and a 'body' template."""

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
        super().__init__(
            stream,
            pagesize=paper.size,
            leftMargin=paper.side_margin,
            rightMargin=paper.side_margin,
            topMargin=paper.top_margin,
            bottomMargin=paper.bottom_margin,
            title=ctx.pick(content.book.title, " / ") or ctx.pick(content.trip.title, " / "),
            author=content.book.author or "BRST Desktop",
            subject=ctx.pick(content.trip.title, " / "),
            keywords=[lang.classification(content.book.classification)],
            creator=f"BRST Desktop {__version__}",
            lang=lang.pdf_lang,
            displayDocTitle=1,
            encrypt=encrypt,
        )
        self._on_flowable = on_flowable
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
                    onPage=lambda c, d: decorate(c, d, running_head=False),
                    pagesize=paper.size,
                ),
                PageTemplate(id="body", frames=[frame], onPage=decorate, pagesize=paper.size),
            ]
        )

    def afterFlowable(self, flowable: Any) -> None:
        if self._on_flowable is not None:
            self._on_flowable()

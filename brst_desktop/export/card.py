"""The pocket programme card: the whole programme on one page a third of A4.

The type size is the largest (from 8 pt down to 4.5 pt) at which the programme fits one page; a
programme too long even then runs onto more cards and the export says so.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date, format_date_range
from brst_desktop.export.flowables import grid_table
from brst_desktop.export.sections.programme import days, time_cell, time_column_width, title_line
from brst_desktop.export.styles import Styles
from brst_desktop.typeset import Paragraph

SIZES = (8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.5)


def _story(ctx: RenderContext) -> list[Flowable]:
    lang, styles, content = ctx.language, ctx.styles, ctx.content
    width = ctx.paper.frame_width
    title = ctx.pick(content.trip.title)
    out: list[Flowable] = [
        ctx.anchor(BookSection.PROGRAMME, lang.label("programme_card"), 0),
        Paragraph(lang.label("programme_card"), styles.h3),
        Paragraph(title, styles.body_tight),
    ]
    dates = format_date_range(lang, content.trip.start_date, content.trip.end_date)
    if dates:
        out.append(Paragraph(dates, styles.body_tight))
    out.append(Paragraph(f"{lang.label('times_note')} · {lang.label('next_day')}", styles.note))
    time_w = time_column_width(ctx)
    for day, items in days(ctx, content.programme):
        out += ctx.subheading(
            f"day:{day}", format_date(lang, day, weekday=True, sep=" / "), styles.h3
        )
        rows = []
        for event, times in items:
            cell: list[Flowable] = [title_line(ctx, event)]
            venue = ctx.pick(event.venue, " / ")
            if venue:
                cell.append(ctx.para(venue, styles.cell_muted))
            rows.append([time_cell(ctx, times), cell])
        out.append(grid_table(rows, [time_w, width - time_w], header=False, padding=2))
    return out


def _height(story: list[Flowable], width: float, height: float) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(width, height)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def build(ctx: RenderContext) -> list[Flowable]:
    """The card's story at the largest size that fits one page (sets ``ctx.styles``)."""
    paper = ctx.paper
    room = paper.height - paper.top_margin - paper.bottom_margin
    story: list[Flowable] = []
    for size in SIZES:
        ctx.styles = Styles(size)
        ctx.toc = []
        story = _story(ctx)
        if _height(story, paper.frame_width, room) <= room * 0.97:
            return _story_fresh(ctx, size)
    return _story_fresh(ctx, SIZES[-1])


def _story_fresh(ctx: RenderContext, size: float) -> list[Flowable]:
    # Measuring wrapped the flowables; a fresh story keeps platypus's first layout clean.
    ctx.styles = Styles(size)
    ctx.toc = []
    return _story(ctx)

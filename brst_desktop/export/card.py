"""The pocket programme card: the whole programme on a card a third of A4.

No type on the card is smaller than :data:`SMALLEST` (8 pt: smaller cannot be read in a moving
car). The largest size at which the programme fits one side is used; a longer programme runs
onto the back of the card, and only a programme that does not fit front and back at 8 pt runs
onto more cards, with a warning.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date_range
from brst_desktop.export.sections.programme import day_table, days, times_note
from brst_desktop.export.styles import Styles

SMALLEST = 8.0
SIZES = (9.0, 8.5, SMALLEST)
#: a card has a front and a back
SIDES = 2


def _story(ctx: RenderContext) -> list[Flowable]:
    lang, styles, content = ctx.language, ctx.styles, ctx.content
    title = lang.label("programme_card")
    out: list[Flowable] = [
        ctx.anchor(BookSection.PROGRAMME, title, 0),
        *ctx.heading_flowables(title, styles.h3),
        ctx.para(ctx.text(content.trip.title), styles.body_tight),
    ]
    dates = format_date_range(lang, content.trip.start_date, content.trip.end_date)
    if dates:
        out.append(ctx.para(dates, styles.body_tight))
    out.append(ctx.para(times_note(ctx), styles.note))
    for day, items in days(ctx, content.programme):
        out.append(day_table(ctx, day, items, compact=True, padding=2))
    return out


def _height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(width, 1e6)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def build(ctx: RenderContext) -> list[Flowable]:
    """The card's story at the largest size that fits one side (sets ``ctx.styles``); else at
    the smallest, front and back."""
    paper = ctx.paper
    room = (paper.height - paper.top_margin - paper.bottom_margin) * 0.97
    for size in SIZES:
        ctx.styles = Styles(size, floor=SMALLEST)
        ctx.toc = []
        if _height(_story(ctx), paper.frame_width) <= room:
            break
    # Measuring wrapped the flowables; a fresh story keeps platypus's first layout clean.
    ctx.toc = []
    return _story(ctx)

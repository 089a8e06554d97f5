"""The pocket programme card: the whole programme on a card a third of A4.

No type on the card is smaller than :data:`SMALLEST` (8 pt: smaller cannot be read in a moving
car). The largest size at which the programme fits one side is used; a longer programme runs
onto the back of the card, and only a programme that does not fit front and back at 8 pt runs
onto more cards, with a warning.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection
from brst_desktop.export.content import EventInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date, format_date_range
from brst_desktop.export.flowables import fitted_widths, grid_table
from brst_desktop.export.language import Printed
from brst_desktop.export.sections.programme import card_details, clock_lines, days, times_note
from brst_desktop.export.styles import Styles
from brst_desktop.export.times import EventTimes, zone_name

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
    ]
    # the trip and its dates in one paragraph: a card has no room to spare
    trip = ctx.text(content.trip.title)
    dates = format_date_range(lang, content.trip.start_date, content.trip.end_date)
    out.append(
        ctx.para(
            Printed(
                " · ".join(x for x in (trip.main, dates.main) if x),
                " · ".join(x for x in (trip.beneath, dates.beneath) if x),
            ),
            styles.body_tight,
        )
    )
    out.append(ctx.para(_legend(ctx), styles.note))
    for day, items in days(ctx, content.programme):
        out.append(_day(ctx, day, items))
    return out


def _day(ctx: RenderContext, day: date, items: list[tuple[EventInfo, EventTimes]]) -> Flowable:
    """One day on the card: its heading, then one row per event: the start on the
    destination's clock with home's beneath it in brackets, the title and the place."""
    lang, styles = ctx.language, ctx.styles
    zones = ctx.zones()
    title = format_date(lang, day, weekday=True)
    more = lang.label("continued")
    continued = Printed(
        f"{title.main} {more.main}", f"{title.beneath} {more.beneath}" if title.beneath else ""
    )
    rows: list[list[object]] = [
        [[ctx.anchor(f"day:{day}", title, 1), *ctx.heading_flowables(title, styles.day_head)], ""],
    ]
    for event, times in items:
        clock: list[Flowable] = []
        for index, zone in enumerate(zones):
            first, _last = clock_lines(ctx, times, zone)
            if index == 0:
                clock.append(ctx.para(first, styles.cell_bold))
            else:
                clock.append(ctx.para(f"({first})", styles.cell_muted))
        rows.append([clock, card_details(ctx, event, times)])
    widths = fitted_widths(rows, ctx.paper.frame_width, padding=4, skip=1)
    return grid_table(
        rows,
        widths,
        header=1,
        continued=[[ctx.heading_flowables(continued, styles.day_head), ""]],
        title_row=True,
        padding=2,
    )


def _legend(ctx: RenderContext) -> Printed:
    """What the card's times are (said once, not over every day): ``เวลาจีน (เวลาไทย) ·
    เวลาจีนเร็วกว่าเวลาไทย 1 ชั่วโมง · (+1) = วันถัดไป``."""
    lang = ctx.language
    programme = ctx.content.programme
    note = times_note(ctx)
    if not programme:
        return note
    moment = programme[0].starts_at
    names = [zone_name(lang, z, moment) for z in ctx.zones()]

    def clocks(parts: list[str]) -> str:
        return " ".join(p if i == 0 else f"({p})" for i, p in enumerate(parts))

    main = f"{clocks([n.main for n in names])} · {note.main}"
    beneath = f"{clocks([n.beneath for n in names])} · {note.beneath}" if note.beneath else ""
    return Printed(main, beneath)


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
    # The frame has no padding, and the summed heights are an upper bound (a frame drops the
    # space before its first flowable): the whole frame is the room.
    room = paper.height - paper.top_margin - paper.bottom_margin
    for size in SIZES:
        ctx.styles = Styles(size, floor=SMALLEST)
        ctx.toc = []
        if _height(_story(ctx), paper.frame_width) <= room:
            break
    # Measuring wrapped the flowables; a fresh story keeps platypus's first layout clean.
    ctx.toc = []
    return _story(ctx)

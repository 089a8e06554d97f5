"""The programme: one overview table, then day by day with time, venue, dress, press, transport
and participants. Every time is printed where the event happens and at home, side by side."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from reportlab.platypus import CondPageBreak, Flowable

from brst_desktop.core.models import BookSection, EventStatus
from brst_desktop.export.content import EventInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.flowables import grid_table
from brst_desktop.export.language import PRESS_WORDS, STATUS_WORDS
from brst_desktop.export.times import EventTimes
from brst_desktop.typeset import Paragraph, Span, text_width


def time_column_width(ctx: RenderContext) -> float:
    """Room for ``00:00 CST (+1) / 00:00 ICT (+1)`` on one line, within reason."""
    sample = "– 00:00 CST / 00:00 ICT (+1)"
    wanted = text_width(sample, ctx.styles.cell) + 10
    return min(max(wanted, ctx.paper.frame_width * 0.22), ctx.paper.frame_width * 0.4)


def time_cell(ctx: RenderContext, times: EventTimes, *, with_end: bool = True) -> list[Flowable]:
    styles = ctx.styles
    cell: list[Flowable] = [Paragraph(times.start, styles.cell_bold)]
    if with_end and times.end:
        cell.append(Paragraph(f"– {times.end}", styles.cell))
    if times.crosses_midnight:
        cell.append(Paragraph(ctx.label("crosses_midnight"), styles.warning))
    return cell


def title_line(ctx: RenderContext, event: EventInfo) -> Paragraph:
    spans = ctx.spans(ctx.pick(event.title), bold=True)
    status = ctx.language.words(STATUS_WORDS[event.status])
    if status:
        color = "#9C2A00" if event.status is EventStatus.CANCELLED else None
        spans.append(Span(f"  ({status})", bold=False, color=color))
    return Paragraph(spans, ctx.styles.cell)


def participant_names(ctx: RenderContext, event: EventInfo) -> list[str]:
    return [ctx.person_name(p.person, honorific=False) for p in event.participants]


def event_details(ctx: RenderContext, event: EventInfo, *, full: bool = True) -> list[Flowable]:
    """What a reader needs to be at the right place, dressed right, knowing who comes."""
    lang, style = ctx.language, ctx.styles.cell
    venue = ctx.pick(event.venue, " / ")
    if event.venue_native and event.venue_native not in venue:
        venue = f"{venue} ({event.venue_native})" if venue else event.venue_native
    cell: list[Flowable] = [title_line(ctx, event)]
    lines = [ctx.labelled(lang.label("venue"), venue, style)]
    if full:
        lines += [
            ctx.labelled(lang.label("address"), event.address, style),
            ctx.labelled(lang.label("dress"), ctx.pick(event.dress, " / "), style),
            ctx.labelled(lang.label("press"), lang.words(PRESS_WORDS[event.press]), style),
            ctx.labelled(lang.label("transport"), ctx.pick(event.transport, " / "), style),
            ctx.labelled_names(lang.label("participants"), participant_names(ctx, event), style),
            ctx.labelled(lang.label("notes"), ctx.pick(event.notes, " / "), style),
        ]
    cell += [line for line in lines if line is not None]
    return cell


def days(
    ctx: RenderContext, events: tuple[EventInfo, ...]
) -> list[tuple[date, list[tuple[EventInfo, EventTimes]]]]:
    timed = [(e, ctx.times(e)) for e in events]
    return [(day, list(group)) for day, group in groupby(timed, key=lambda et: et[1].day)]


def overview_table(ctx: RenderContext, events: tuple[EventInfo, ...]) -> Flowable:
    lang, styles = ctx.language, ctx.styles
    width = ctx.paper.frame_width
    date_w = width * 0.2
    time_w = time_column_width(ctx)
    rows: list[list[object]] = [
        [Paragraph(lang.label(k), styles.cell_head) for k in ("date", "time", "event")]
    ]
    # a page that continues the table opens with the day's date, marked as continued
    carry: list[object] = [None]
    for day, items in days(ctx, events):
        label = format_date(lang, day, short=True, sep="\n")
        continued = Paragraph(f"{label}\n{lang.label('continued')}", styles.cell_bold)
        for index, (event, times) in enumerate(items):
            rows.append(
                [
                    Paragraph(label if index == 0 else "", styles.cell_bold),
                    time_cell(ctx, times, with_end=False),
                    title_line(ctx, event),
                ]
            )
            carry.append(continued)
    return grid_table(rows, [date_w, time_w, width - date_w - time_w], carry=carry)


def build(ctx: RenderContext) -> list[Flowable]:
    events = ctx.content.programme
    if not events:
        return []
    lang, styles = ctx.language, ctx.styles
    width = ctx.paper.frame_width
    time_w = time_column_width(ctx)
    out = ctx.heading(BookSection.PROGRAMME, lang.section(BookSection.PROGRAMME))
    out.append(Paragraph(f"{lang.label('times_note')} · {lang.label('next_day')}", styles.note))
    out += ctx.subheading(None, lang.label("programme_overview"))
    out.append(overview_table(ctx, events))
    for day, items in days(ctx, events):
        out.append(CondPageBreak(ctx.paper.height * 0.2))
        title = format_date(lang, day, weekday=True, sep="\n")
        out += ctx.subheading(f"day:{day}", title)
        rows = [[time_cell(ctx, times), event_details(ctx, event)] for event, times in items]
        out.append(
            grid_table(rows, [time_w, width - time_w], header=False, shade_first_column=True)
        )
    return out

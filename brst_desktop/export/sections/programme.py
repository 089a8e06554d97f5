"""The programme: one table at a glance, then day by day with venue, dress, press, transport and
participants. Every time is printed on two clocks, the destination's and home's, each column
under its zone's name (``เวลาจีน``, ``เวลาไทย``).

Each day is one table whose first row is the day's heading: when the day runs onto another
page, that page opens with the heading again, marked ``(ต่อ)``, and the column heads; a row (one
event) is never cut between pages.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import groupby

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, EventKind, EventStatus
from brst_desktop.core.zones import zone, zone_label
from brst_desktop.export.content import EventInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.flowables import (
    LinkedParagraph,
    fitted_widths,
    grid_table,
)
from brst_desktop.export.language import LABELS, PRESS_WORDS, STATUS_WORDS, Language, Printed
from brst_desktop.export.styles import BENEATH_COLOR, WARNING_COLOR
from brst_desktop.export.times import EventTimes, same_clock, zone_name
from brst_desktop.typeset import Paragraph, Span, TextStyle, text_width


def days(
    ctx: RenderContext, events: tuple[EventInfo, ...]
) -> list[tuple[date, list[tuple[EventInfo, EventTimes]]]]:
    timed = [(e, ctx.times(e)) for e in events]
    return [(day, list(group)) for day, group in groupby(timed, key=lambda et: et[1].day)]


def clock_lines(ctx: RenderContext, times: EventTimes, zone_key: str) -> tuple[str, str]:
    """The start and the end of an event on one zone's clock: ``08.40 น.``, ``– 12.55 น.``."""
    lang = ctx.language
    start, end = times.on(zone_key)
    first = start.with_unit(lang)
    if end is None:
        return first, ""
    return first, f"–\u00a0{end.with_unit(lang)}"


def clock_cell(
    ctx: RenderContext, times: EventTimes, zone_key: str, *, with_end: bool = True
) -> list[Flowable]:
    styles = ctx.styles
    first, last = clock_lines(ctx, times, zone_key)
    cell: list[Flowable] = [Paragraph(first, styles.cell_bold)]
    if with_end and last:
        cell.append(Paragraph(last, styles.cell))
    return cell


def clock_width(ctx: RenderContext, rows: list[tuple[EventInfo, EventTimes]], zone: str) -> float:
    """The width of a clock column: its widest time or its zone's name, whichever is wider."""
    styles = ctx.styles
    widest = 0.0
    for _event, times in rows:
        first, last = clock_lines(ctx, times, zone)
        widest = max(widest, text_width(first, styles.cell_bold), text_width(last, styles.cell))
    if rows:
        label = zone_name(ctx.language, zone, rows[0][1].start.local)
        for text in (label.main, label.beneath):
            widest = max(widest, text_width(text, styles.cell_head) if text else 0.0)
    return widest + 8


def title_line(ctx: RenderContext, event: EventInfo, style: TextStyle | None = None) -> Paragraph:
    """The event's title, bold, marked when it is not confirmed; a link to its meeting brief."""
    title = ctx.text(event.title)
    spans = ctx.spans(Printed(title.main, borrowed=title.borrowed), bold=True)
    status = ctx.language.words(STATUS_WORDS[event.status])
    if status:
        color = WARNING_COLOR if event.status is not EventStatus.CONFIRMED else None
        spans.append(Span(f" ({status.main})", bold=False, color=color))
    if title.beneath:
        spans.append(Span("\n"))
        spans += ctx.spans(Printed(title.beneath), bold=False, color=BENEATH_COLOR)
        if status.beneath:
            spans.append(Span(f" ({status.beneath})", bold=False, color=WARNING_COLOR))
    paragraph = Paragraph(spans, style or ctx.styles.cell)
    key = f"meeting:{event.id}"
    if key in ctx.targets:
        return LinkedParagraph.of(paragraph, {title.main: key}, ctx)
    return paragraph


def participant_names(ctx: RenderContext, event: EventInfo) -> list[Printed]:
    return [ctx.person_name(p.person, honorific=False) for p in event.participants]


def venue_text(ctx: RenderContext, venue: Printed, native: str) -> Printed:
    """A place in the book's language with its own name in its own script after it."""
    if native and native not in venue.main:
        main = f"{venue.main} ({native})" if venue.main else native
        return Printed(main, venue.beneath, venue.borrowed)
    return venue


def other_clocks(ctx: RenderContext, times: EventTimes, zones: tuple[str, ...]) -> Printed:
    """The event's own clock when it happens in neither printed zone (a stopover)."""
    moment = times.start.local
    if any(same_clock(own, z, moment) for own in times.zones for z in zones):
        return Printed("")
    lang = ctx.language
    first, last = clock_lines(ctx, times, times.start.zone)
    name = zone_name(lang, times.start.zone, moment)
    return Printed(f"{first} {last} {name.main}".replace("  ", " "), name.beneath)


def arrival_line(ctx: RenderContext, times: EventTimes, *, clock: str | None = None) -> Printed:
    """``ถึง 12.55 น. ตามเวลาจีน`` / ``arrives 12:55 China time``: when a flight lands. Landing
    on ``clock`` (the zone the reader's times are in already) the zone goes unsaid:
    ``ถึง 12.55 น.``."""
    end = times.end
    if end is None:
        return Printed("")
    lang = ctx.language
    if end.zone == clock:
        english = Language("en")
        if lang.thai:
            return lang.text(f"ถึง {end.with_unit(lang)}", f"arrives {end.with_unit(english)}")
        return Printed(f"arrives {end.with_unit(lang)}")
    name = zone_name(lang, end.zone, end.local)
    english = Language("en")
    th = f"ถึง {end.with_unit(lang)} ตาม{name.main}"
    en = f"arrives {end.with_unit(english)} {name.beneath or name.main}"
    return lang.text(th, en) if lang.thai else Printed(f"arrives {end.with_unit(lang)} {name.main}")


def card_details(ctx: RenderContext, event: EventInfo, times: EventTimes) -> list[Flowable]:
    """The card's line for an event: its title, then where, lighter (a flight: from → to, and
    when it lands, the zone said only when it is not the card's first clock)."""
    cell: list[Flowable] = [title_line(ctx, event)]
    venue, arrival = ctx.text(event.venue), ctx.text(event.arrival)
    flight = event.kind is EventKind.FLIGHT
    lands = arrival_line(ctx, times, clock=ctx.zones()[0]) if flight else Printed("")

    def place(start: str, end: str, landing: str) -> str:
        where = f"{start} → {end}" if start and end else start or end
        return f"{where} · {landing}" if where and landing else where or landing

    text = Printed(
        place(venue.main, arrival.main, lands.main),
        place(venue.beneath, arrival.beneath, lands.beneath) if venue.beneath else "",
        venue.borrowed,
    )
    if text:
        cell.append(ctx.para(text, ctx.styles.cell_muted))
    return cell


def event_details(ctx: RenderContext, event: EventInfo, *, full: bool = True) -> list[Flowable]:
    """What a reader needs to be at the right place, dressed right, knowing who comes."""
    lang, style = ctx.language, ctx.styles.cell
    cell: list[Flowable] = [title_line(ctx, event)]
    times = ctx.times(event)
    if times.crosses_midnight:
        cell.append(Paragraph(ctx.label("crosses_midnight").flat(), ctx.styles.warning))
    venue = venue_text(ctx, ctx.text(event.venue), event.venue_native)
    arrival = venue_text(ctx, ctx.text(event.arrival), event.arrival_native)
    if event.kind is EventKind.FLIGHT or arrival:
        lines = [
            ctx.labelled("departs", venue, style),
            ctx.labelled("arrives", arrival, style),
        ]
    else:
        lines = [ctx.labelled("venue", venue, style)]
    lines.append(ctx.labelled("local_time", other_clocks(ctx, times, ctx.zones()), style))
    if full:
        lines += [
            ctx.labelled("address", event.address, style),
            ctx.labelled("dress", ctx.text(event.dress), style),
            ctx.labelled("press", lang.words(PRESS_WORDS[event.press]), style),
            ctx.labelled("transport", ctx.text(event.transport), style),
            ctx.labelled_names("participants", participant_names(ctx, event), style),
            ctx.labelled("notes", ctx.text(event.notes), style),
        ]
    cell += [line for line in lines if line is not None]
    key = f"meeting:{event.id}"
    if full and key in ctx.targets:
        cell.append(ctx.page_reference(ctx.label("see_brief"), key, ctx.styles.cell))
    return cell


def zone_heads(ctx: RenderContext, zones: tuple[str, ...], moment: object) -> list[Flowable]:
    return [
        ctx.para(zone_name(ctx.language, z, moment), ctx.styles.cell_head)  # type: ignore[arg-type]
        for z in zones
    ]


def overview_table(ctx: RenderContext, events: tuple[EventInfo, ...]) -> list[Flowable]:
    """Every event on one line or two under its heading: the date (on the day's first row),
    the start on each clock, the title."""
    lang, styles = ctx.language, ctx.styles
    width = ctx.paper.frame_width
    zones = ctx.zones()
    grouped = days(ctx, events)
    timed = [pair for _day, rows in grouped for pair in rows]
    # a date is never broken between lines
    dates = [
        format_date(lang, day, short=True).map(lambda t: t.replace(" ", "\u00a0"))
        for day, _rows in grouped
    ]
    moment = timed[0][1].start.local if timed else None
    rows: list[list[object]] = [
        [ctx.para(ctx.label("date"), styles.cell_head), *zone_heads(ctx, zones, moment),
         ctx.para(ctx.label("event"), styles.cell_head)]
    ]  # fmt: skip
    # a page that continues the table opens with the day's date, marked as continued
    carry: list[object] = [None]
    for (_day, items), label in zip(grouped, dates, strict=True):
        more = lang.label("continued")
        continued = ctx.para(
            Printed(
                f"{label.main}\n{more.main}",
                f"{label.beneath}\n{more.beneath}" if label.beneath else "",
            ),
            styles.cell_bold,
        )
        for index, (event, times) in enumerate(items):
            rows.append(
                [
                    ctx.para(label if index == 0 else "", styles.cell_bold),
                    *[clock_cell(ctx, times, z, with_end=False) for z in zones],
                    title_line(ctx, event),
                ]
            )
            carry.append(continued)
    # the date column must also hold the carried date of a continued page
    sizing = [*rows, [continued, *[""] * (len(rows[0]) - 1)]] if len(rows) > 1 else rows
    widths = fitted_widths(sizing, width)
    return ctx.table_block(ctx.label("programme_overview"), rows, widths, carry=carry)


def day_table(
    ctx: RenderContext,
    day: date,
    items: list[tuple[EventInfo, EventTimes]],
    *,
    padding: float = 3,
) -> Flowable:
    """One day: its heading (a bookmark), the clocks' names, one row per event."""
    lang, styles = ctx.language, ctx.styles
    width = ctx.paper.frame_width
    zones = ctx.zones()
    title = format_date(lang, day, weekday=True)
    heading = ctx.heading_flowables(title, styles.day_head)
    continued_title = Printed(
        f"{title.main} {lang.label('continued').main}",
        f"{title.beneath} {lang.label('continued').beneath}" if title.beneath else "",
    )
    moment = items[0][1].start.local
    heads = [*zone_heads(ctx, zones, moment), ctx.para(ctx.label("event"), styles.cell_head)]
    # the same clock columns on every day: measured over the whole programme
    key = ("clock widths", padding, ctx.styles.base)
    if key not in ctx.memo:
        everything = [(e, ctx.times(e)) for e in ctx.content.programme]
        ctx.memo[key] = [clock_width(ctx, everything, z) + 2 * padding - 6 for z in zones]
    clock_ws = ctx.memo[key]
    blank = [""] * len(zones)
    rows: list[list[object]] = [
        [[ctx.anchor(f"day:{day}", title, 1), *heading], *blank],
        list(heads),
    ]
    for event, times in items:
        clocks = [clock_cell(ctx, times, z) for z in zones]
        rows.append([*clocks, event_details(ctx, event)])
    continued: list[list[object] | None] = [
        [ctx.heading_flowables(continued_title, styles.day_head), *blank],
        None,
    ]
    return grid_table(
        rows,
        [*clock_ws, width - sum(clock_ws)],
        header=2,
        continued=continued,
        title_row=True,
        padding=padding,
    )


def times_note(ctx: RenderContext) -> Printed:
    """``เวลาจีนเร็วกว่าเวลาไทย 1 ชั่วโมง · (+1) = วันถัดไป``."""
    zones = ctx.zones()
    programme = ctx.content.programme
    next_day = LABELS["next_day"]
    if len(zones) < 2 or not programme:
        return ctx.language.words(next_day)
    moment = programme[0].starts_at
    away, home = zones
    lead = (moment.astimezone(zone(away)).utcoffset() or timedelta()) - (
        moment.astimezone(zone(home)).utcoffset() or timedelta()
    )
    hours = abs(lead.total_seconds()) / 3600
    count = ctx.language.number(f"{hours:g}")
    ahead = lead.total_seconds() > 0
    th = (
        f"{zone_label(away, moment, thai=True)}{'เร็วกว่า' if ahead else 'ช้ากว่า'}"
        f"{zone_label(home, moment, thai=True)} {count} ชั่วโมง · {next_day.th}"
    )
    en = (
        f"{zone_label(away, moment, thai=False)} is {count} hour{'' if hours == 1 else 's'}"
        f" {'ahead of' if ahead else 'behind'} {zone_label(home, moment, thai=False)}"
        f" · {next_day.en}"
    )
    return ctx.language.text(th, en)


def build(ctx: RenderContext) -> list[Flowable]:
    events = ctx.content.programme
    if not events:
        return []
    styles = ctx.styles
    parts: list[Flowable] = [ctx.para(times_note(ctx), styles.note)]
    parts += overview_table(ctx, events)
    for day, items in days(ctx, events):
        table = day_table(ctx, day, items)
        # a short day goes whole to the next page rather than leave its last event alone
        # there under the day's heading (continued); a long one starts here and runs on
        parts += [*ctx.keep([], [table]), table]
    return ctx.section(BookSection.PROGRAMME, parts)

"""The change sheet: what changed since an edition already printed, on a page of its own, so a
printed book can be brought up to date without printing it again."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, TalkingPointKind
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.flowables import fitted_widths, grid_table
from brst_desktop.export.language import POINT_KIND_WORDS, Printed, Words
from brst_desktop.export.times import event_times, prose
from brst_desktop.typeset import Paragraph


def _when(ctx: RenderContext, entry: dict[str, Any] | None) -> Printed:
    """Date, time in both zones and venue of a snapshot's event entry."""
    if not entry:
        return Printed("")
    try:
        starts = datetime.fromisoformat(entry["starts_at"])
        ends = datetime.fromisoformat(entry["ends_at"]) if entry.get("ends_at") else None
    except (KeyError, TypeError, ValueError):
        return Printed("")
    times = event_times(
        starts,
        ends,
        entry.get("timezone", ""),
        entry.get("end_timezone", ""),
        ctx.content.trip.home_timezone,
    )
    lang = ctx.language
    day = format_date(lang, times.day, short=True)
    clocks = prose(lang, times, ctx.zones())
    venue = lang.text(entry.get("venue_th", ""), entry.get("venue_en", ""))
    main = "\n".join(x for x in (day.main, clocks.main, venue.main) if x)
    beneath = ""
    if lang.bilingual:
        beneath = "\n".join(x for x in (day.beneath, clocks.beneath, venue.beneath) if x)
    return Printed(main, beneath, venue.borrowed)


def _title(ctx: RenderContext, entry: dict[str, Any] | None) -> Printed:
    entry = entry or {}
    return ctx.language.text(entry.get("title_th", ""), entry.get("title_en", ""))


def _point_title(ctx: RenderContext, entry: dict[str, Any]) -> Printed:
    topic = ctx.language.text(entry.get("topic_th", ""), entry.get("topic_en", ""))
    try:
        kind = ctx.language.words(POINT_KIND_WORDS[TalkingPointKind(str(entry.get("kind", "")))])
    except ValueError:
        return topic
    return Printed(
        f"{topic.main}\n({kind.main})",
        f"{topic.beneath or topic.main}\n({kind.beneath})" if kind.beneath else "",
        topic.borrowed,
    )


def _point_text(ctx: RenderContext, entry: dict[str, Any] | None) -> Printed:
    entry = entry or {}
    return ctx.text(Words(entry.get("text_th", ""), entry.get("text_en", "")))


def build(ctx: RenderContext) -> list[Flowable]:
    sheet = ctx.changes
    if sheet is None:
        return []
    lang, styles = ctx.language, ctx.styles
    width = ctx.paper.frame_width
    title = ctx.label("changes_since").map(lambda t: f"{t} {lang.number(sheet.since)}")
    out: list[Flowable] = []
    if sheet.empty:
        out.append(ctx.para(ctx.label("no_changes"), styles.body))
        return ctx.section(BookSection.CHANGES, out, title)

    def cell(text: Printed, style: Any = None) -> Paragraph:
        return ctx.para(text, style or styles.cell)

    head = [cell(ctx.label(k), styles.cell_head) for k in ("event", "was", "now")]
    if sheet.moved:
        heading = ctx.label("events_moved")
        rows = [head] + [
            [
                cell(_title(ctx, c.after), styles.cell_bold),
                cell(_when(ctx, c.before)),
                cell(_when(ctx, c.after)),
            ]
            for c in sheet.moved
        ]
        out += ctx.block(None, heading, [grid_table(rows, fitted_widths(rows, width))])
    if sheet.added:
        heading = ctx.label("events_added")
        rows = [
            [cell(ctx.label("event"), styles.cell_head), cell(ctx.label("now"), styles.cell_head)]
        ]
        rows += [
            [cell(_title(ctx, c.after), styles.cell_bold), cell(_when(ctx, c.after))]
            for c in sheet.added
        ]
        out += ctx.block(None, heading, [grid_table(rows, fitted_widths(rows, width))])
    if sheet.cancelled:
        heading = ctx.label("events_cancelled")
        rows = [
            [cell(ctx.label("event"), styles.cell_head), cell(ctx.label("was"), styles.cell_head)]
        ]
        rows += [
            [cell(_title(ctx, c.before or c.after), styles.cell_bold), cell(_when(ctx, c.before))]
            for c in sheet.cancelled
        ]
        out += ctx.block(None, heading, [grid_table(rows, fitted_widths(rows, width))])
    for key, changes in (
        ("points_edited", sheet.points_edited),
        ("points_added", sheet.points_added),
        ("points_removed", sheet.points_removed),
    ):
        if not changes:
            continue
        heading = ctx.label(key)
        rows = [[cell(ctx.label(k), styles.cell_head) for k in ("summary", "was", "now")]]
        for c in changes:
            entry = c.after or c.before or {}
            rows.append(
                [
                    cell(_point_title(ctx, entry), styles.cell_bold),
                    cell(_point_text(ctx, c.before)),
                    cell(_point_text(ctx, c.after)),
                ]
            )
        out += ctx.block(None, heading, [grid_table(rows, fitted_widths(rows, width))])
    return ctx.section(BookSection.CHANGES, out, title)

"""The change sheet: what changed since an edition already printed, on a page of its own, so a
printed book can be brought up to date without printing it again."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, TalkingPointKind
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.flowables import grid_table
from brst_desktop.export.language import POINT_KIND_WORDS, Words
from brst_desktop.export.times import event_times
from brst_desktop.typeset import Paragraph


def _when(ctx: RenderContext, entry: dict[str, Any] | None) -> str:
    """Date, time in both zones and venue of a snapshot's event entry."""
    if not entry:
        return ""
    try:
        starts = datetime.fromisoformat(entry["starts_at"])
        ends = datetime.fromisoformat(entry["ends_at"]) if entry.get("ends_at") else None
    except (KeyError, TypeError, ValueError):
        return ""
    times = event_times(
        ctx.language,
        starts,
        ends,
        entry.get("timezone", ""),
        entry.get("end_timezone", ""),
        ctx.content.trip.home_timezone,
    )
    lines = [format_date(ctx.language, times.day, short=True, sep=" / "), times.text]
    venue = ctx.language.pick(entry.get("venue_th", ""), entry.get("venue_en", ""), " / ")
    if venue:
        lines.append(venue)
    return "\n".join(lines)


def _title(ctx: RenderContext, entry: dict[str, Any] | None) -> str:
    entry = entry or {}
    return ctx.language.pick(entry.get("title_th", ""), entry.get("title_en", ""))


def _point_title(ctx: RenderContext, entry: dict[str, Any]) -> str:
    topic = ctx.language.pick(entry.get("topic_th", ""), entry.get("topic_en", ""), " / ")
    try:
        kind = ctx.language.words(POINT_KIND_WORDS[TalkingPointKind(str(entry.get("kind", "")))])
    except ValueError:
        kind = ""
    return f"{topic}\n({kind})" if kind else topic


def _point_text(ctx: RenderContext, entry: dict[str, Any] | None) -> str:
    entry = entry or {}
    return ctx.pick(Words(entry.get("text_th", ""), entry.get("text_en", "")))


def build(ctx: RenderContext) -> list[Flowable]:
    sheet = ctx.changes
    if sheet is None:
        return []
    lang, styles = ctx.language, ctx.styles
    width = ctx.paper.frame_width
    title = f"{lang.label('changes_since')} {lang.number(sheet.since)}"
    out = ctx.heading(BookSection.CHANGES, title)
    if sheet.empty:
        out.append(Paragraph(lang.label("no_changes"), styles.body))
        return out

    def cell(text: str, style: Any = None) -> Paragraph:
        return ctx.para(text, style or styles.cell)

    head = [cell(lang.label(k), styles.cell_head) for k in ("event", "was", "now")]
    w3 = [width * 0.34, width * 0.33, width * 0.33]
    if sheet.moved:
        out += ctx.subheading(None, lang.label("events_moved"))
        rows = [head] + [
            [
                cell(_title(ctx, c.after), styles.cell_bold),
                cell(_when(ctx, c.before)),
                cell(_when(ctx, c.after)),
            ]
            for c in sheet.moved
        ]
        out.append(grid_table(rows, w3))
    if sheet.added:
        out += ctx.subheading(None, lang.label("events_added"))
        rows = [
            [cell(lang.label("event"), styles.cell_head), cell(lang.label("now"), styles.cell_head)]
        ]
        rows += [
            [cell(_title(ctx, c.after), styles.cell_bold), cell(_when(ctx, c.after))]
            for c in sheet.added
        ]
        out.append(grid_table(rows, [width * 0.5, width * 0.5]))
    if sheet.cancelled:
        out += ctx.subheading(None, lang.label("events_cancelled"))
        rows = [
            [cell(lang.label("event"), styles.cell_head), cell(lang.label("was"), styles.cell_head)]
        ]
        rows += [
            [cell(_title(ctx, c.before or c.after), styles.cell_bold), cell(_when(ctx, c.before))]
            for c in sheet.cancelled
        ]
        out.append(grid_table(rows, [width * 0.5, width * 0.5]))
    for key, changes in (
        ("points_edited", sheet.points_edited),
        ("points_added", sheet.points_added),
        ("points_removed", sheet.points_removed),
    ):
        if not changes:
            continue
        out += ctx.subheading(None, lang.label(key))
        rows = [[cell(lang.label(k), styles.cell_head) for k in ("summary", "was", "now")]]
        for c in changes:
            entry = c.after or c.before or {}
            rows.append(
                [
                    cell(_point_title(ctx, entry), styles.cell_bold),
                    cell(_point_text(ctx, c.before)),
                    cell(_point_text(ctx, c.after)),
                ]
            )
        out.append(grid_table(rows, w3))
    return out

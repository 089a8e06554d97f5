"""The change sheet: what changed since an edition already printed, on a page of its own, so a
printed book can be brought up to date without printing it again."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, TalkingPointKind
from brst_desktop.core.zones import zone
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_as_of, format_date
from brst_desktop.export.flowables import fitted_widths, grid_table
from brst_desktop.export.language import LABELS, POINT_KIND_WORDS, Language, Printed, Words
from brst_desktop.export.styles import MUTED_COLOR
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


def _byline(ctx: RenderContext, key: str, gone: str) -> Printed:
    """Who last changed the record behind a change and when, from the record itself (edition
    snapshots hold no authors); ``gone``: the label for a record no longer read (deleted)."""
    lang = ctx.language
    author = ctx.content.authors.get(key)
    if author is None:
        return lang.label(gone)
    if not author.by:
        return lang.label("author_unrecorded")
    if author.at is None:
        words = LABELS["changed_by_no_time"]
        return lang.text(words.th.format(author=author.by), words.en.format(author=author.by))
    # the time as the book prints its other times: in the delegation's home zone
    moment = author.at.astimezone(zone(ctx.content.trip.home_timezone))
    th = format_as_of(Language("th", thai_numerals=lang.thai_numerals), moment).main
    en = format_as_of(Language("en"), moment).main
    words = LABELS["changed_by"]
    return lang.text(
        words.th.format(author=author.by, when=th), words.en.format(author=author.by, when=en)
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

    byline_style = replace(styles.cell, color=MUTED_COLOR)

    def first(title: Printed, key: str, gone: str) -> list[Paragraph]:
        """The changed item's title in bold, who last changed it beneath."""
        return [cell(title, styles.cell_bold), cell(_byline(ctx, key, gone), byline_style)]

    head = [cell(ctx.label(k), styles.cell_head) for k in ("event", "was", "now")]
    if sheet.moved:
        heading = ctx.label("events_moved")
        rows = [head] + [
            [
                first(_title(ctx, c.after), c.event_id, "deleted_unrecorded"),
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
            [
                first(_title(ctx, c.after), c.event_id, "deleted_unrecorded"),
                cell(_when(ctx, c.after)),
            ]
            for c in sheet.added
        ]
        out += ctx.block(None, heading, [grid_table(rows, fitted_widths(rows, width))])
    if sheet.cancelled:
        heading = ctx.label("events_cancelled")
        rows = [
            [cell(ctx.label("event"), styles.cell_head), cell(ctx.label("was"), styles.cell_head)]
        ]
        rows += [
            [
                first(_title(ctx, c.before or c.after), c.event_id, "deleted_unrecorded"),
                cell(_when(ctx, c.before)),
            ]
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
                    first(_point_title(ctx, entry), c.point_id, "removed_unrecorded"),
                    cell(_point_text(ctx, c.before)),
                    cell(_point_text(ctx, c.after)),
                ]
            )
        out += ctx.block(None, heading, [grid_table(rows, fitted_widths(rows, width))])
    return ctx.section(BookSection.CHANGES, out, title)

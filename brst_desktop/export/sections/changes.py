"""The change sheet: what changed since an edition already printed, on a page of its own, so a
printed book can be brought up to date without printing it again."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable

from brst_desktop.core.history import Change
from brst_desktop.core.models import BookSection, TalkingPointKind
from brst_desktop.core.zones import zone
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_as_of, format_date
from brst_desktop.export.edition import PLACE_AND_TIME
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


#: Which changes of a record's history a row of the sheet lists, by the kind of row: the
#: operations and, for updates, the fields (any of them) that make the row.
_MOVED = (("update",), frozenset(PLACE_AND_TIME))
_STATUS = (("update",), frozenset({"status"}))
_POINT_TEXT = (("update",), frozenset({"text_th", "text_en", "kind"}))
_POINT_TOPIC = (("update",), frozenset({"topic_id"}))
_INSERTED = (("insert",), frozenset[str]())
_DELETED = (("delete",), frozenset[str]())
#: What each row of the sheet is made of, first choice first: an event added is one inserted
#: since, or one cancelled before and brought back; a point removed is one deleted, or moved
#: to another topic.
ROW_CHANGES: dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]] = {
    "moved": (_MOVED,),
    "added": (_INSERTED, _STATUS),
    "cancelled": (_STATUS,),
    "deleted": (_DELETED,),
    "point_edited": (_POINT_TEXT,),
    "point_added": (_INSERTED, _POINT_TOPIC),
    "point_removed": (_DELETED, _POINT_TOPIC),
}
_VERB = {"insert": "history_added", "update": "history_changed", "delete": "history_deleted"}


def row_changes(history: tuple[Change, ...], row: str) -> list[Change]:
    """The changes of a record's history (since the edition compared with) that a row of
    kind ``row`` lists: the first kind of change in :data:`ROW_CHANGES` the history holds."""
    for ops, fields in ROW_CHANGES[row]:
        chosen = [c for c in history if c.op in ops and (not fields or c.fields & fields)]
        if chosen:
            return chosen
    return []


def _when_changed(ctx: RenderContext, at: datetime) -> tuple[str, str]:
    """A moment as the book prints its other times: in the delegation's home zone, Thai with
    the Buddhist Era year."""
    moment = at.astimezone(zone(ctx.content.trip.home_timezone))
    th = format_as_of(Language("th", thai_numerals=ctx.language.thai_numerals), moment).main
    return th, format_as_of(Language("en"), moment).main


def _by_history(ctx: RenderContext, changes: list[Change]) -> Printed:
    """``Changed by somchai, 3 Dec 2026 13:32; ling, 3 Dec 2026 14:05``: each author once,
    with the time of their last change, in the order of those times."""
    last: dict[str, datetime] = {}
    for change in changes:
        last[change.author] = change.at
    th_parts, en_parts = [], []
    pieces = LABELS["author_at"]
    for author, at in sorted(last.items(), key=lambda item: item[1]):
        name = author or "?"
        th, en = _when_changed(ctx, at)
        th_parts.append(pieces.th.format(author=name, when=th))
        en_parts.append(pieces.en.format(author=name, when=en))
    # Thai lists by spaces, with และ ("and") before the last
    th_who = th_parts[-1]
    if len(th_parts) > 1:
        th_who = f"{' '.join(th_parts[:-1])} และ {th_who}"
    verb = LABELS[_VERB[changes[-1].op]]
    return ctx.language.text(verb.th.format(who=th_who), verb.en.format(who="; ".join(en_parts)))


def _linked(ctx: RenderContext, topic_id: object) -> list[Change]:
    """Who linked a topic to the book, the trip or one of its events since the edition compared
    with: what makes its points new in the book when they themselves did not change."""
    links = ctx.content.topic_links.get(str(topic_id), ())
    made = [c for link in links for c in ctx.content.history.get(link, ()) if c.op == "insert"]
    return sorted(made, key=lambda c: c.at)


def _byline(
    ctx: RenderContext, key: str, row: str, gone: str, also: list[Change] | None = None
) -> Printed:
    """Who made the changes a row lists, and when, from the record's history since the edition
    compared with (``also``: changes of other records that make the row, when the record's own
    history has none); where the history has nothing (changes older than revision 0007), who
    last changed the record, from the record itself; ``gone``: the label for a record no
    longer read (deleted) of which nothing is recorded."""
    changes = row_changes(ctx.content.history.get(key, ()), row) or also or []
    if changes:
        return _by_history(ctx, changes)
    lang = ctx.language
    author = ctx.content.authors.get(key)
    if author is None:
        return lang.label(gone)
    if not author.by:
        return lang.label("author_unrecorded")
    if author.at is None:
        words = LABELS["changed_by_no_time"]
        return lang.text(words.th.format(author=author.by), words.en.format(author=author.by))
    th, en = _when_changed(ctx, author.at)
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

    def first(
        title: Printed, key: str, row: str, gone: str, also: list[Change] | None = None
    ) -> list[Paragraph]:
        """The changed item's title in bold, who changed it beneath."""
        byline = _byline(ctx, key, row, gone, also)
        return [cell(title, styles.cell_bold), cell(byline, byline_style)]

    head = [cell(ctx.label(k), styles.cell_head) for k in ("event", "was", "now")]
    if sheet.moved:
        heading = ctx.label("events_moved")
        rows = [head] + [
            [
                first(_title(ctx, c.after), c.event_id, "moved", "deleted_unrecorded"),
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
                first(_title(ctx, c.after), c.event_id, "added", "deleted_unrecorded"),
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
                first(
                    _title(ctx, c.before or c.after),
                    c.event_id,
                    "cancelled" if c.after is not None else "deleted",
                    "deleted_unrecorded",
                ),
                cell(_when(ctx, c.before)),
            ]
            for c in sheet.cancelled
        ]
        out += ctx.block(None, heading, [grid_table(rows, fitted_widths(rows, width))])
    for key, row, changes in (
        ("points_edited", "point_edited", sheet.points_edited),
        ("points_added", "point_added", sheet.points_added),
        ("points_removed", "point_removed", sheet.points_removed),
    ):
        if not changes:
            continue
        heading = ctx.label(key)
        rows = [[cell(ctx.label(k), styles.cell_head) for k in ("summary", "was", "now")]]
        for c in changes:
            entry = c.after or c.before or {}
            rows.append(
                [
                    first(
                        _point_title(ctx, entry),
                        c.point_id,
                        row,
                        "removed_unrecorded",
                        _linked(ctx, entry.get("topic_id")) if row == "point_added" else None,
                    ),
                    cell(_point_text(ctx, c.before)),
                    cell(_point_text(ctx, c.after)),
                ]
            )
        out += ctx.block(None, heading, [grid_table(rows, fitted_widths(rows, width))])
    return ctx.section(BookSection.CHANGES, out, title)

"""The cover of an official document: the office's emblem and name, the classification, the title,
the trip and its dates, the head of delegation, the edition (or ``ร่าง``), the copy number.

The emblem is the image the office set for its database (none is shipped: a ministry's emblem
belongs to the ministry). The classification and, for a numbered copy, the copy number are also
printed on every page by the page decoration.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from brst_desktop.core.models import BookSection, DelegationSide
from brst_desktop.core.zones import zone
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_as_of, format_date_range
from brst_desktop.export.language import LABELS, Printed
from brst_desktop.export.styles import Styles
from brst_desktop.typeset import TextStyle


def _lines(ctx: RenderContext, text: Printed, style: TextStyle) -> list[Flowable]:
    if not text:
        return []
    return ctx.heading_flowables(text, style)


def head_of_delegation(ctx: RenderContext) -> list[Flowable]:
    """``หัวหน้าคณะผู้แทน`` over the head's name and position."""
    home = [d for d in ctx.content.delegation if d.side is DelegationSide.HOME]
    if not home:
        return []
    head = min(home, key=lambda d: d.precedence or 10**6)
    styles = ctx.styles
    out: list[Flowable] = [ctx.para(ctx.label("head_of_delegation"), styles.cover_line)]
    out.append(ctx.name_para(ctx.person_name(head.person, native=False), styles.cover_strong))
    position = ctx.text(head.person.position)
    if position:
        out.append(ctx.para(position, styles.cover_line))
    return out


#: how the free height of the cover is shared: above the emblem, then between the blocks
GAPS = (0.06, 0.2, 0.24, 0.36, 0.14)


def _height(ctx: RenderContext, flowables: list[Flowable]) -> float:
    width = ctx.paper.frame_width
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(width, 1e6)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def build(ctx: RenderContext) -> list[Flowable]:
    """The cover on one page: set smaller when its text does not fit (a bilingual cover,
    English under every line, on A5)."""
    styles = ctx.styles
    toc = len(ctx.toc)
    try:
        for step in (1.0, 0.92, 0.85, 0.78, 0.72):
            del ctx.toc[toc:]
            ctx.styles = Styles(styles.base * step, styles.floor)
            story, free = _cover(ctx)
            if free > 0:
                break
    finally:
        ctx.styles = styles
    return story


def _cover(ctx: RenderContext) -> tuple[list[Flowable], float]:
    content, styles, lang = ctx.content, ctx.styles, ctx.language
    book, trip = content.book, content.trip
    level = book.classification
    unit = styles.base
    # the office: its emblem over its name
    office: list[Flowable] = []
    emblem = ctx.emblem(min(ctx.paper.frame_width * 0.2, 40 * mm))
    if emblem is not None:
        emblem.hAlign = "CENTER"
        office += [emblem, Spacer(1, unit)]
    office += _lines(ctx, ctx.text(book.author), styles.cover_strong)
    # what the document is
    subject: list[Flowable] = [
        ctx.para(lang.classification(level), styles.cover_banner(level)),
        Spacer(1, unit * 0.5),
    ]
    title = ctx.text(book.title) if (book.title.th or book.title.en) else ctx.text(trip.title)
    subject += _lines(ctx, title, styles.title)
    if book.title.th or book.title.en:
        subject += _lines(ctx, ctx.text(trip.title), styles.subtitle)
    subject += _lines(ctx, ctx.text(trip.destination), styles.cover_line)
    subject += _lines(
        ctx, format_date_range(lang, trip.start_date, trip.end_date), styles.cover_strong
    )
    head = head_of_delegation(ctx)
    # which print of it this is
    as_of = ctx.as_of.astimezone(zone(trip.home_timezone))
    if ctx.edition is None:
        edition = ctx.label("draft")
    else:
        number = lang.number(ctx.edition)
        edition = lang.words(LABELS["edition"]).map(lambda word: f"{word} {number}")
    stamp = format_as_of(lang, as_of)
    as_of_label = ctx.label("as_of")
    issue: list[Flowable] = [
        ctx.para(edition, styles.cover_strong),
        ctx.para(
            Printed(
                f"{as_of_label.main} {stamp.main}",
                f"{as_of_label.beneath} {stamp.beneath}" if stamp.beneath else "",
            ),
            styles.cover_line,
        ),
    ]
    if ctx.copy is not None:
        issue.append(ctx.para(lang.copy(*ctx.copy), styles.cover_strong))
    if trip.is_sample:
        issue += [Spacer(1, unit), ctx.para(ctx.label("sample"), styles.cover_line)]

    blocks = [office, subject, head, issue]
    paper = ctx.paper
    room = paper.height - paper.top_margin - paper.bottom_margin
    free = room - sum(_height(ctx, b) for b in blocks) - unit * 2
    out: list[Flowable] = [ctx.anchor(BookSection.COVER, lang.section(BookSection.COVER), 0)]
    for gap, block in zip(GAPS, blocks, strict=False):
        if block:
            out += [Spacer(1, max(free, 0.0) * gap), *block]
    return out, free

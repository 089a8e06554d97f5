"""The cover of an official document: the office's emblem and name, the classification, the title,
the trip and its dates, the head of delegation, the edition (or ``ร่าง``), the copy number.

The emblem is the image the office set for its database (none is shipped: a ministry's emblem
belongs to the ministry). The classification and, for a numbered copy, the copy number are also
printed on every page by the page decoration.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from brst_desktop.core.models import BookSection, DelegationSide
from brst_desktop.core.zones import zone
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_as_of, format_date_range
from brst_desktop.export.language import LABELS, Printed
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


def build(ctx: RenderContext) -> list[Flowable]:
    content, styles, lang = ctx.content, ctx.styles, ctx.language
    book, trip = content.book, content.trip
    level = book.classification
    unit = styles.base
    out: list[Flowable] = [ctx.anchor(BookSection.COVER, lang.section(BookSection.COVER), 0)]
    emblem = ctx.emblem(ctx.paper.frame_width * 0.22)
    out.append(Spacer(1, ctx.paper.height * (0.02 if emblem else 0.08)))
    if emblem is not None:
        out += [emblem, Spacer(1, unit)]
    out += _lines(ctx, ctx.text(book.author), styles.cover_strong)
    out += [
        Spacer(1, unit * 1.5),
        ctx.para(lang.classification(level), styles.cover_banner(level)),
        Spacer(1, unit),
    ]
    title = ctx.text(book.title) if (book.title.th or book.title.en) else ctx.text(trip.title)
    out += _lines(ctx, title, styles.title)
    if book.title.th or book.title.en:
        out += _lines(ctx, ctx.text(trip.title), styles.subtitle)
    out += _lines(ctx, ctx.text(trip.destination), styles.cover_line)
    out += _lines(ctx, format_date_range(lang, trip.start_date, trip.end_date), styles.cover_strong)
    head = head_of_delegation(ctx)
    if head:
        out += [Spacer(1, unit * 2), *head]
    as_of = ctx.as_of.astimezone(zone(trip.home_timezone))
    if ctx.edition is None:
        edition = ctx.label("draft")
    else:
        edition = lang.words(LABELS["edition"]).map(
            lambda w: f"{w} {lang.number(ctx.edition or 0)}"
        )
    stamp = format_as_of(lang, as_of)
    as_of_label = ctx.label("as_of")
    out += [
        Spacer(1, unit * 2.5),
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
        out.append(ctx.para(lang.copy(*ctx.copy), styles.cover_strong))
    if trip.is_sample:
        out += [Spacer(1, unit * 1.5), ctx.para(ctx.label("sample"), styles.cover_line)]
    return out

"""The cover: classification, title, trip, dates, edition and as-of time."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from brst_desktop.core.models import BookSection
from brst_desktop.core.zones import zone
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_as_of, format_date_range
from brst_desktop.typeset import Paragraph


def build(ctx: RenderContext) -> list[Flowable]:
    content, styles, lang = ctx.content, ctx.styles, ctx.language
    book, trip = content.book, content.trip
    level = book.classification
    title = ctx.pick(book.title) or ctx.pick(trip.title)
    out: list[Flowable] = [
        ctx.anchor(BookSection.COVER, lang.section(BookSection.COVER), 0),
        Spacer(1, ctx.paper.height * 0.12),
        Paragraph(lang.classification(level), styles.cover_banner(level)),
        Spacer(1, styles.base * 2),
        Paragraph(title, styles.title),
    ]
    if book.title.th or book.title.en:
        out.append(Paragraph(ctx.pick(trip.title), styles.subtitle))
    for line in (
        ctx.pick(trip.destination, " / "),
        format_date_range(lang, trip.start_date, trip.end_date),
    ):
        if line:
            out.append(Paragraph(line, styles.cover_line))
    as_of = ctx.as_of.astimezone(zone(trip.home_timezone))
    out += [
        Spacer(1, styles.base * 3),
        Paragraph(
            f"{lang.label('edition')} {lang.number(ctx.edition)}\n"
            f"{lang.label('as_of')} {format_as_of(lang, as_of)}",
            styles.cover_line,
        ),
    ]
    if book.author:
        out.append(Paragraph(f"{lang.label('prepared_by')}\n{book.author}", styles.cover_line))
    if trip.is_sample:
        out += [Spacer(1, styles.base * 2), Paragraph(lang.label("sample"), styles.cover_line)]
    return out

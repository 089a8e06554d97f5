"""Protocol notes by category, dress for each event, gifts, and the delegation's dietary needs.

Each table's columns are sized from what they hold (see :func:`fitted_widths`).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, ProtocolCategory
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.flowables import fitted_widths
from brst_desktop.export.language import GIFT_WORDS, PROTOCOL_WORDS, Printed
from brst_desktop.export.sections.programme import clock_lines


def _dress(ctx: RenderContext) -> list[Flowable]:
    lang, styles = ctx.language, ctx.styles
    width = ctx.paper.frame_width
    dressed = [e for e in ctx.content.programme if ctx.text(e.dress)]
    if not dressed:
        return []
    whens: list[Printed] = []
    for event in dressed:
        times = ctx.times(event)
        day = format_date(lang, times.day, short=True)
        first, _last = clock_lines(ctx, times, times.start.zone)
        whens.append(Printed(f"{day.main}\n{first}", f"{day.beneath}" if day.beneath else ""))
    head = [ctx.label(k) for k in ("date", "event", "dress")]
    dress = [ctx.text(e.dress) for e in dressed]
    rows: list[list[object]] = [[ctx.para(h, styles.cell_head) for h in head]]
    for event, when, wear in zip(dressed, whens, dress, strict=True):
        rows.append(
            [
                ctx.para(when, styles.cell),
                ctx.para(ctx.text(event.title), styles.cell),
                ctx.para(wear, styles.cell),
            ]
        )
    return ctx.table_block(ctx.label("dress_by_event"), rows, fitted_widths(rows, width), styles.h2)


def _gifts(ctx: RenderContext) -> list[Flowable]:
    lang, styles = ctx.language, ctx.styles
    width = ctx.paper.frame_width
    gifts = ctx.content.gifts
    if not gifts:
        return []
    keys = ("direction", "description", "giver", "recipient", "value")
    head = [ctx.label(k) for k in keys]
    directions = [lang.words(GIFT_WORDS[g.direction]) for g in gifts]
    values = [
        lang.amount(g.value_amount, g.value_currency) if g.value_amount is not None else Printed("")
        for g in gifts
    ]
    rows: list[list[object]] = [[ctx.para(h, styles.cell_head) for h in head]]
    for gift, direction, value in zip(gifts, directions, values, strict=True):
        rows.append(
            [
                ctx.para(direction, styles.cell),
                ctx.para(ctx.text(gift.description), styles.cell),
                ctx.name_para(
                    ctx.person_name(gift.giver, native=False) if gift.giver else "", styles.cell
                ),
                ctx.name_para(
                    ctx.person_name(gift.recipient, native=False) if gift.recipient else "",
                    styles.cell,
                ),
                ctx.para(value, styles.cell),
            ]
        )
    return ctx.table_block(ctx.label("gifts"), rows, fitted_widths(rows, width), styles.h2)


def _diets(ctx: RenderContext) -> list[Flowable]:
    styles = ctx.styles
    width = ctx.paper.frame_width
    diets = [d for d in ctx.content.delegation if ctx.text(d.person.dietary)]
    if not diets:
        return []
    rows: list[list[object]] = [
        [ctx.para(ctx.label(k), styles.cell_head) for k in ("name", "dietary")]
    ]
    for delegate in diets:
        rows.append(
            [
                ctx.name_para(ctx.person_name(delegate.person), styles.cell),
                ctx.para(ctx.text(delegate.person.dietary), styles.cell),
            ]
        )
    widths = fitted_widths(rows, width)
    return ctx.table_block(ctx.label("dietary_by_person"), rows, widths, styles.h2)


def build(ctx: RenderContext) -> list[Flowable]:
    content, lang, styles = ctx.content, ctx.language, ctx.styles
    parts: list[Flowable] = []
    for category in ProtocolCategory:
        notes = [n for n in content.protocol_notes if n.category is category and ctx.text(n.text)]
        bullets: list[Flowable] = []
        for note in notes:
            bullets += ctx.bullets(note.text)
        parts += ctx.block(None, lang.words(PROTOCOL_WORDS[category]), bullets, styles.h2)
    parts += _dress(ctx) + _gifts(ctx) + _diets(ctx)
    return ctx.section(BookSection.PROTOCOL, parts)

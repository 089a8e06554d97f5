"""Protocol notes by category, dress for each event, gifts, and the delegation's dietary needs."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, ProtocolCategory
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.flowables import grid_table
from brst_desktop.export.language import GIFT_WORDS, PROTOCOL_WORDS
from brst_desktop.typeset import Paragraph


def _amount(ctx: RenderContext, value: float | None, currency: str) -> str:
    if value is None:
        return ""
    text = f"{value:,.2f}".removesuffix(".00")
    return f"{ctx.language.number(text)} {currency}".strip()


def build(ctx: RenderContext) -> list[Flowable]:
    content, lang, styles = ctx.content, ctx.language, ctx.styles
    width = ctx.paper.frame_width
    parts: list[Flowable] = []
    for category in ProtocolCategory:
        notes = [n for n in content.protocol_notes if n.category is category and ctx.pick(n.text)]
        if notes:
            parts += ctx.subheading(None, lang.words(PROTOCOL_WORDS[category]), styles.h2)
            for note in notes:
                parts += ctx.bullets(note.text)

    dressed = [e for e in content.programme if ctx.pick(e.dress)]
    if dressed:
        parts += ctx.subheading(None, lang.label("dress_by_event"), styles.h2)
        rows: list[list[object]] = [
            [
                Paragraph(f"{lang.label('date')} · {lang.label('time')}", styles.cell_head),
                Paragraph(lang.label("event"), styles.cell_head),
                Paragraph(lang.label("dress"), styles.cell_head),
            ]
        ]
        for event in dressed:
            times = ctx.times(event)
            rows.append(
                [
                    Paragraph(
                        f"{format_date(lang, times.day, short=True, sep=chr(10))}\n{times.start}",
                        styles.cell,
                    ),
                    ctx.para(ctx.pick(event.title), styles.cell),
                    Paragraph(ctx.pick(event.dress), styles.cell),
                ]
            )
        parts.append(grid_table(rows, [width * 0.3, width * 0.42, width * 0.28]))

    if content.gifts:
        parts += ctx.subheading(None, lang.label("gifts"), styles.h2)
        rows = [
            [
                Paragraph(lang.label(k), styles.cell_head)
                for k in ("direction", "description", "giver", "recipient", "value")
            ]
        ]
        for gift in content.gifts:
            rows.append(
                [
                    Paragraph(lang.words(GIFT_WORDS[gift.direction]), styles.cell),
                    ctx.para(ctx.pick(gift.description), styles.cell),
                    ctx.name_para(
                        ctx.person_name(gift.giver, native=False) if gift.giver else "", styles.cell
                    ),
                    ctx.name_para(
                        ctx.person_name(gift.recipient, native=False) if gift.recipient else "",
                        styles.cell,
                    ),
                    Paragraph(_amount(ctx, gift.value_amount, gift.value_currency), styles.cell),
                ]
            )
        parts.append(
            grid_table(rows, [width * 0.12, width * 0.36, width * 0.19, width * 0.19, width * 0.14])
        )

    diets = [d for d in content.delegation if d.person.dietary_needs]
    if diets:
        parts += ctx.subheading(None, lang.label("dietary_by_person"), styles.h2)
        rows = [[Paragraph(lang.label(k), styles.cell_head) for k in ("name", "dietary")]]
        for delegate in diets:
            rows.append(
                [
                    ctx.name_para(ctx.person_name(delegate.person), styles.cell),
                    Paragraph(delegate.person.dietary_needs, styles.cell),
                ]
            )
        parts.append(grid_table(rows, [width * 0.45, width * 0.55]))

    if not parts:
        return []
    return ctx.heading(BookSection.PROTOCOL, lang.section(BookSection.PROTOCOL)) + parts

"""Both delegations: precedence, names in every script, position, role, interpreters, diet."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, DelegationSide
from brst_desktop.export.content import DelegateInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.flowables import grid_table
from brst_desktop.typeset import Paragraph


def _position(ctx: RenderContext, delegate: DelegateInfo) -> str:
    person = delegate.person
    position = ctx.pick(person.position)
    org = person.organisation
    if org is not None:
        # The short name: positions usually name the ministry in full already.
        org_name = ctx.pick(org.abbreviation, " / ") or ctx.pick(org.name)
        if org_name and org_name not in position:
            position = f"{position} ({org_name})" if position else org_name
    return position


def table(ctx: RenderContext, members: list[DelegateInfo]) -> Flowable:
    lang, styles = ctx.language, ctx.styles
    width = ctx.paper.frame_width
    widths = [width * 0.07, width * 0.31, width * 0.32, width * 0.15, width * 0.15]
    head: list[object] = [
        Paragraph(lang.label(k), styles.cell_head)
        for k in ("number", "name", "position", "role", "dietary")
    ]
    rows: list[list[object]] = [head]
    for number, delegate in enumerate(members, start=1):
        person = delegate.person
        name_cell: list[Flowable] = [
            ctx.name_para(ctx.person_name(person, native=False), styles.cell_bold)
        ]
        if person.native:
            latin = f" ({person.native_latin})" if person.native_latin else ""
            name_cell.append(ctx.name_para(f"{person.native}{latin}", styles.cell))
        role = ctx.pick(delegate.role)
        if delegate.is_interpreter and ctx.label("interpreter").lower() not in role.lower():
            role = f"{role} ({ctx.label('interpreter')})" if role else ctx.label("interpreter")
        rows.append(
            [
                Paragraph(lang.number(number), styles.cell),
                name_cell,
                ctx.para(_position(ctx, delegate), styles.cell),
                ctx.para(role, styles.cell),
                Paragraph(person.dietary_needs, styles.cell),
            ]
        )
    return grid_table(rows, widths)


def build(ctx: RenderContext) -> list[Flowable]:
    lang = ctx.language
    sides = [
        (DelegationSide.HOME, "home_delegation"),
        (DelegationSide.HOST, "host_delegation"),
    ]
    parts: list[Flowable] = []
    for side, label in sides:
        members = [d for d in ctx.content.delegation if d.side is side]
        if members:
            parts += ctx.subheading(None, lang.label(label))
            parts.append(table(ctx, members))
    if not parts:
        return []
    return ctx.heading(BookSection.DELEGATION, lang.section(BookSection.DELEGATION)) + parts

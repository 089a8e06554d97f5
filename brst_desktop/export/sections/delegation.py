"""Both delegations: precedence, names in every script, position, role, interpreters, diet.

Columns are sized from what they hold (see :func:`fitted_widths`); the dietary column appears
only when someone has a dietary need.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, DelegationSide
from brst_desktop.export.content import DelegateInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.flowables import fitted_widths
from brst_desktop.export.language import Printed
from brst_desktop.typeset import Paragraph


def _position(ctx: RenderContext, delegate: DelegateInfo) -> Printed:
    """The position, with the organisation's abbreviation in the book's language when the
    position does not name it (positions usually name their organisation in full)."""
    person = delegate.person
    position = ctx.text(person.position)
    org = person.organisation
    if org is None:
        return position

    def short(thai: bool) -> str:
        return org.abbreviation.th if thai else org.abbreviation.en

    def add(text: str, org_name: str) -> str:
        if not org_name or org_name in text:
            return text
        return f"{text} ({org_name})" if text else org_name

    lang = ctx.language
    main = add(position.main, short(lang.thai))
    beneath = add(position.beneath, short(False)) if position.beneath else ""
    return Printed(main, beneath, position.borrowed)


def _role(ctx: RenderContext, delegate: DelegateInfo) -> Printed:
    """The role; an interpreter is said to be one once, in the book's language."""
    role = ctx.text(delegate.role)
    if not delegate.is_interpreter:
        return role
    word = ctx.label("interpreter")

    def add(text: str, interpreter: str) -> str:
        if not interpreter or interpreter.lower() in text.lower():
            return text
        return f"{text} ({interpreter})" if text else interpreter

    return Printed(add(role.main, word.main), add(role.beneath, word.beneath), role.borrowed)


def table(ctx: RenderContext, members: list[DelegateInfo]) -> list[list[object]]:
    """The rows of one side's table: the column heads, then one row per member."""
    lang, styles = ctx.language, ctx.styles
    diets = [ctx.text(d.person.dietary) for d in members]
    roles = [_role(ctx, d) for d in members]
    with_diet = any(diets)
    keys = ["number", "name", "position", "role"] + (["dietary"] if with_diet else [])
    heads = [ctx.label(k) for k in keys]
    rows: list[list[object]] = [[ctx.para(h, styles.cell_head) for h in heads]]
    for number, (delegate, role, diet) in enumerate(zip(members, roles, diets, strict=True), 1):
        person = delegate.person
        name_cell: list[Flowable] = [
            ctx.name_para(
                ctx.person_name(person, native=False), styles.cell_bold,
                link=f"person:{person.id}",
            )
        ]  # fmt: skip
        if person.native:
            latin = f" ({person.native_latin})" if person.native_latin else ""
            name_cell.append(ctx.name_para(f"{person.native}{latin}", styles.cell))
        row: list[object] = [
            Paragraph(lang.number(number), styles.cell),
            name_cell,
            ctx.para(_position(ctx, delegate), styles.cell),
            ctx.para(role, styles.cell),
        ]
        if with_diet:
            row.append(ctx.para(diet, styles.cell))
        rows.append(row)
    return rows


def build(ctx: RenderContext) -> list[Flowable]:
    sides = [
        (DelegationSide.HOME, "home_delegation"),
        (DelegationSide.HOST, "host_delegation"),
    ]
    parts: list[Flowable] = []
    for side, label in sides:
        members = [d for d in ctx.content.delegation if d.side is side]
        if members:
            rows = table(ctx, members)
            widths = fitted_widths(rows, ctx.paper.frame_width)
            parts += ctx.table_block(ctx.label(label), rows, widths)
    return ctx.section(BookSection.DELEGATION, parts)

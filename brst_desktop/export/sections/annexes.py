"""Annexes: free text the office attaches (background papers, maps described, contacts)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection
from brst_desktop.export.context import RenderContext


def build(ctx: RenderContext) -> list[Flowable]:
    annexes = [a for a in ctx.content.annexes if ctx.pick(a.title) or ctx.pick(a.body)]
    if not annexes:
        return []
    out = ctx.heading(BookSection.ANNEXES, ctx.language.section(BookSection.ANNEXES))
    for number, annex in enumerate(annexes, start=1):
        title = ctx.pick(annex.title) or ctx.language.number(number)
        out += ctx.subheading(f"annex:{number}", title)
        out += ctx.paras(annex.body)
    return out

"""Annexes: free text the office attaches (background papers, maps described, contacts)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection
from brst_desktop.export.context import RenderContext
from brst_desktop.export.language import Printed


def build(ctx: RenderContext) -> list[Flowable]:
    annexes = [a for a in ctx.content.annexes if ctx.text(a.title) or ctx.text(a.body)]
    out: list[Flowable] = []
    for number, annex in enumerate(annexes, start=1):
        title = ctx.text(annex.title) or Printed(ctx.language.number(number))
        out += ctx.block(f"annex:{number}", title, ctx.paras(annex.body), continued=True)
    return ctx.section(BookSection.ANNEXES, out)

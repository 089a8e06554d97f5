"""Contents with page numbers (from the previous layout pass) and links to each part.

Contents that would spill a few lines onto one more page are set a little tighter instead.
"""

from __future__ import annotations

import math

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection
from brst_desktop.export.context import RenderContext
from brst_desktop.export.flowables import ContentsLine
from brst_desktop.export.styles import Styles

#: Parts not listed in the contents (the cover, the contents themselves)
UNLISTED = {BookSection.COVER.value, BookSection.CONTENTS.value}
#: how much smaller the contents may be set to save a page
STEPS = (1.0, 0.94, 0.88)


def _lines(ctx: RenderContext) -> list[Flowable]:
    entries = [e for e in ctx.toc if e.key not in UNLISTED and e.level <= 1]
    styles = ctx.styles
    lines: list[Flowable] = []
    for entry in entries:
        style = styles.contents if entry.level == 0 else styles.contents_sub
        # The number is read when the line is drawn: known from the second pass on.
        spans = ctx.spans(entry.title, whole_name=entry.key.startswith("person:"))
        lines.append(ContentsLine(spans, ctx.page_number, entry.key, style, styles.page_no, ctx))
    return lines


def _pages(ctx: RenderContext, story: list[Flowable]) -> float:
    paper = ctx.paper
    room = paper.height - paper.top_margin - paper.bottom_margin
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(paper.frame_width, 1e6)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total / (room * 0.97)


def build(ctx: RenderContext) -> list[Flowable]:
    if not any(e.key not in UNLISTED and e.level <= 1 for e in ctx.toc):
        return []
    styles = ctx.styles
    toc = list(ctx.toc)
    best: list[Flowable] = []
    try:
        for step in STEPS:
            ctx.toc = list(toc)
            ctx.styles = Styles(styles.base * step, styles.floor)
            story = ctx.section(BookSection.CONTENTS, _lines(ctx))
            pages = _pages(ctx, story)
            if not best:
                best, fewest = story, math.ceil(pages)
            if math.ceil(pages) < fewest or pages <= math.floor(pages) + 1e-9:
                best = story
                break
    finally:
        ctx.styles = styles
        ctx.toc = toc
    return best

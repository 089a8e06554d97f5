"""Contents with page numbers (from the previous layout pass) and links to each part.

Contents that would spill a few lines onto one more page are set tighter instead: a little
smaller (never under 8 pt, the smallest type a minister is asked to read), with less leading
and less room between entries. Contents that still run over say ``สารบัญ (ต่อ)`` at the top of
the page they continue on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection
from brst_desktop.export.context import RenderContext
from brst_desktop.export.flowables import ContentsLine
from brst_desktop.export.styles import Styles

#: Parts not listed in the contents (the cover, the contents themselves)
UNLISTED = {BookSection.COVER.value, BookSection.CONTENTS.value}
#: no contents entry is set smaller than this (points)
SMALLEST = 8.0


@dataclass(frozen=True)
class Setting:
    """How tightly the contents are set: type ``scale`` of the book's, ``leading`` and the
    room after each entry as multiples of the type size."""

    scale: float
    leading: float
    space: float


#: from the book's own setting to the tightest; the first that needs the fewest pages is used.
#: Sarabun's marks need about 1.3 times the size between lines (its ascent and descent).
SETTINGS = (
    Setting(1.0, 1.45, 0.3),
    Setting(0.96, 1.38, 0.18),
    Setting(0.92, 1.32, 0.1),
    Setting(0.88, 1.3, 0.06),
)


def _styles(styles: Styles, setting: Setting) -> Styles:
    scaled = Styles(styles.base * setting.scale, max(styles.floor, SMALLEST))
    for name in ("contents", "contents_sub"):
        style = getattr(scaled, name)
        size = max(style.size, SMALLEST)
        tighter = replace(
            style, size=size, leading=size * setting.leading, space_after=size * setting.space
        )
        setattr(scaled, name, tighter)
    return scaled


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
    fewest = 0
    try:
        for setting in SETTINGS:
            ctx.toc = list(toc)
            ctx.styles = _styles(styles, setting)
            story = ctx.section(BookSection.CONTENTS, _lines(ctx), continued=True)
            pages = math.ceil(_pages(ctx, story))
            if not best or pages < fewest:
                best, fewest = story, pages
            if pages <= 1:
                break
    finally:
        ctx.styles = styles
        ctx.toc = toc
    return best

"""Contents with page numbers (from the previous layout pass) and links to each part."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection
from brst_desktop.export.context import RenderContext
from brst_desktop.export.flowables import ContentsLine

#: Parts not listed in the contents (the cover, the contents themselves)
UNLISTED = {BookSection.COVER.value, BookSection.CONTENTS.value}


def build(ctx: RenderContext) -> list[Flowable]:
    entries = [e for e in ctx.toc if e.key not in UNLISTED and e.level <= 1]
    if not entries:
        return []
    styles = ctx.styles
    lines: list[Flowable] = []
    for entry in entries:
        style = styles.contents if entry.level == 0 else styles.contents_sub
        # The number is read when the line is drawn: known from the second pass on.
        spans = ctx.spans(entry.title, whole_name=entry.key.startswith("person:"))
        lines.append(ContentsLine(spans, ctx.page_number, entry.key, style, styles.page_no, ctx))
    return ctx.section(BookSection.CONTENTS, lines)

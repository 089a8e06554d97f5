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
    out = ctx.heading(BookSection.CONTENTS, ctx.language.section(BookSection.CONTENTS))
    for entry in entries:
        page = ctx.pages.get(entry.key)
        # First pass: numbers unknown yet; a placeholder of the same width keeps the layout.
        number = ctx.language.number(page) if page else "00"
        style = styles.contents if entry.level == 0 else styles.contents_sub
        title = entry.title if entry.level == 0 else entry.title.replace("\n", " / ")
        out.append(ContentsLine(title, number, entry.key, style, styles.page_no))
    return out

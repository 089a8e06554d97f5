"""Topic papers: background and current position, then the talking points grouped by kind (key
messages, background, if raised, press line), each with its owner and clearance."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from brst_desktop.core.models import BookSection, TalkingPointKind
from brst_desktop.export.content import TalkingPointInfo, TopicInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.language import POINT_KIND_WORDS


def clearance(ctx: RenderContext, point: TalkingPointInfo) -> str:
    lang = ctx.language
    parts = []
    if point.owner:
        parts.append(f"{lang.label('owner')}: {point.owner}")
    if point.cleared_by or point.cleared_on:
        cleared = f"{lang.label('cleared')}: {point.cleared_by}".rstrip(": ")
        if point.cleared_on:
            cleared += (
                f" {lang.label('cleared_on')} {format_date(lang, point.cleared_on, short=True)}"
            )
        parts.append(cleared)
    return " · ".join(parts)


def paper(ctx: RenderContext, topic: TopicInfo) -> list[Flowable]:
    lang, styles = ctx.language, ctx.styles
    out: list[Flowable] = [CondPageBreak(ctx.paper.height * 0.25)]
    out += ctx.subheading(f"topic:{topic.id}", ctx.pick(topic.title))
    if topic.owner:
        out.append(ctx.para(f"{lang.label('owner')}: {topic.owner}", styles.note))
    out += ctx.paras(topic.summary)
    for kind in TalkingPointKind:
        points = [p for p in topic.points if p.kind is kind and ctx.pick(p.text)]
        if not points:
            continue
        out += ctx.subheading(None, lang.words(POINT_KIND_WORDS[kind]), styles.h3)
        for point in points:
            out += ctx.bullets(point.text)
            note = clearance(ctx, point)
            if note:
                out.append(ctx.para(note, styles.clearance))
    return out


def build(ctx: RenderContext) -> list[Flowable]:
    return ctx.entries(BookSection.TOPICS, ctx.content.topics, paper)

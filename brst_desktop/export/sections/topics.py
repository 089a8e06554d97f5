"""Topic papers: background and current position, then the talking points grouped by kind (key
messages, background, if raised, press line), each with its owner and clearance."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, TalkingPointKind
from brst_desktop.export.content import TalkingPointInfo, TopicInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.language import LABELS, POINT_KIND_WORDS, Language, Printed


def _clearance_in(
    lang: Language, owner: str, cleared_by: str, point: TalkingPointInfo, thai: bool
) -> str:
    labels = {
        k: (LABELS[k].th if thai else LABELS[k].en) for k in ("owner", "cleared", "cleared_on")
    }
    parts = []
    if owner:
        parts.append(f"{labels['owner']}: {owner}")
    if cleared_by or point.cleared_on:
        cleared = f"{labels['cleared']}: {cleared_by}".rstrip(": ")
        if point.cleared_on:
            day = format_date(Language("th" if thai else "en", thai_numerals=lang.thai_numerals),
                              point.cleared_on, short=True)  # fmt: skip
            cleared += f" {labels['cleared_on']} {day.main}"
        parts.append(cleared)
    return " · ".join(parts)


def clearance(ctx: RenderContext, point: TalkingPointInfo) -> Printed:
    """``ผู้รับผิดชอบ: สดร. · ตรวจสอบโดย: ผู้อำนวยการ สดร. เมื่อ 30 ต.ค. 2566``."""
    lang = ctx.language
    owner, cleared_by = ctx.text(point.owner), ctx.text(point.cleared_by)
    main = _clearance_in(lang, owner.main, cleared_by.main, point, thai=lang.thai)
    beneath = ""
    if lang.bilingual:
        beneath = _clearance_in(
            lang, owner.beneath or owner.main, cleared_by.beneath or cleared_by.main, point,
            thai=False,
        )  # fmt: skip
    return Printed(main, beneath, owner.borrowed or cleared_by.borrowed)


def paper(ctx: RenderContext, topic: TopicInfo) -> list[Flowable]:
    styles = ctx.styles
    body: list[Flowable] = []
    owner = ctx.text(topic.owner)
    if owner:
        label = ctx.label("owner")
        body.append(ctx.para(_owner(label, owner), styles.note))
    body += ctx.paras(topic.summary)
    for kind in TalkingPointKind:
        points = [p for p in topic.points if p.kind is kind and ctx.text(p.text)]
        items: list[Flowable] = []
        for point in points:
            said = ctx.bullets(point.text)
            note = clearance(ctx, point)
            if note:
                # who cleared a line stays on the page of the line
                cleared = ctx.para(note, styles.clearance)
                items += [*ctx.keep(said, [cleared]), cleared]
            else:
                items += said
        body += ctx.block(None, ctx.language.words(POINT_KIND_WORDS[kind]), items, styles.h3)
    # a paper running onto the next page says there which paper it continues
    return ctx.block(f"topic:{topic.id}", ctx.text(topic.title), body, continued=True)


def _owner(label: Printed, owner: Printed) -> Printed:
    beneath = f"{label.beneath}: {owner.beneath}" if owner.beneath else ""
    return Printed(f"{label.main}: {owner.main}", beneath, owner.borrowed)


def build(ctx: RenderContext) -> list[Flowable]:
    return ctx.entries(BookSection.TOPICS, ctx.content.topics, paper)

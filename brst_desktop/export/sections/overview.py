"""One page: purpose, objectives, deliverables (agreements to sign), key messages, sensitivities."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import AgreementStatus, BookSection, TalkingPointKind
from brst_desktop.export.context import RenderContext
from brst_desktop.export.language import Words


def build(ctx: RenderContext) -> list[Flowable]:
    content, lang, styles = ctx.content, ctx.language, ctx.styles
    trip = content.trip
    parts: list[Flowable] = []
    if ctx.pick(trip.purpose):
        parts += ctx.subheading(None, lang.label("purpose")) + ctx.paras(trip.purpose)
    if ctx.pick(trip.objectives):
        parts += ctx.subheading(None, lang.label("objectives")) + ctx.bullets(trip.objectives)
    deliverables = [a for a in content.agreements if a.status is not AgreementStatus.WITHDRAWN]
    if deliverables:
        parts += ctx.subheading(None, lang.label("deliverables"))
        for agreement in deliverables:
            parts += ctx.bullets(
                Words(
                    f"{agreement.kind}: {agreement.title.th}".strip(": "),
                    f"{agreement.kind}: {agreement.title.en}".strip(": "),
                )
            )
    # The first key message of each topic paper: the lines the principal must land.
    messages = []
    for topic in content.topics:
        point = next((p for p in topic.points if p.kind is TalkingPointKind.KEY_MESSAGE), None)
        if point is not None and ctx.pick(point.text):
            messages.append(point.text)
    if messages:
        parts += ctx.subheading(None, lang.label("key_messages"))
        for text in messages:
            parts += ctx.bullets(Words(text.th.replace("\n", " "), text.en.replace("\n", " ")))
    if ctx.pick(trip.sensitivities):
        parts += ctx.subheading(None, lang.label("sensitivities"))
        parts += ctx.paras(trip.sensitivities, styles.body)
    if not parts:
        return []
    return ctx.heading(BookSection.OVERVIEW, lang.section(BookSection.OVERVIEW)) + parts

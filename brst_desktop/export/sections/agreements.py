"""Agreements to sign: title, status, parties, implementing agencies, signatories, ceremony."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import AgreementStatus, BookSection, PartyRole
from brst_desktop.export.content import AgreementInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.language import AGREEMENT_STATUS_WORDS, PARTY_ROLE_WORDS, Printed
from brst_desktop.export.sections.overview import agreement_title
from brst_desktop.export.sections.programme import venue_text
from brst_desktop.export.times import dated, prose
from brst_desktop.typeset import Paragraph, Span


def _join(*parts: Printed, sep: str = "\n") -> Printed:
    main = sep.join(p.main for p in parts if p.main)
    beneath = (
        sep.join(p.beneath or p.main for p in parts if p.main)
        if any(p.beneath for p in parts)
        else ""
    )
    return Printed(main, beneath, any(p.borrowed for p in parts))


def agreement(ctx: RenderContext, item: AgreementInfo) -> list[Flowable]:
    lang, styles = ctx.language, ctx.styles
    body: list[Flowable] = []
    line = ctx.labelled("status", lang.words(AGREEMENT_STATUS_WORDS[item.status]))
    if line is not None:
        body.append(line)
    body += ctx.paras(item.summary)
    for role in PartyRole:
        orgs = [org for org, r in item.parties if r is role]
        bullets = [
            ctx.para(venue_text(ctx, ctx.text(org.name), org.native).map(_bullet), styles.bullet)
            for org in orgs
        ]
        body += ctx.block(None, lang.words(PARTY_ROLE_WORDS[role]), bullets, styles.h3)
    signatories: list[Flowable] = []
    for person, signs_for in item.signatories:
        name = ctx.person_name(person)
        spans = [Span("•\u00a0"), *ctx.spans(Printed(name.main), whole_name=True)]
        details = [ctx.text(person.position)]
        if signs_for is not None:
            org = ctx.text(signs_for.name)
            behalf = ctx.label("on_behalf_of")
            details.append(
                Printed(
                    f"{behalf.main} {org.main}",
                    f"{behalf.beneath} {org.beneath}" if org.beneath else "",
                )
            )
        text = _join(*details)
        if text.main:
            spans += ctx.spans(Printed(f"\n{text.main}", text.beneath, text.borrowed))
        signatories.append(ctx.linked(Paragraph(spans, styles.bullet)))
    body += ctx.block(None, ctx.label("signatories"), signatories, styles.h3)
    event = ctx.content.event(item.event_id)
    if event is not None and not event.cancelled:
        times = ctx.times(event)
        day = format_date(lang, times.day, weekday=True)
        clocks = prose(lang, times, ctx.zones())
        when = dated(lang, day, clocks)
        venue = venue_text(ctx, ctx.text(event.venue), event.venue_native)
        ceremony = [ctx.para(_join(ctx.text(event.title), when, venue), styles.body)]
        body += ctx.block(None, ctx.label("ceremony"), ceremony, styles.h3)
    title = ctx.text(agreement_title(item.kind, item.title))
    return ctx.block(f"agreement:{item.id}", title, body, continued=True)


def _bullet(text: str) -> str:
    return f"•\u00a0{text}"


def build(ctx: RenderContext) -> list[Flowable]:
    items = [a for a in ctx.content.agreements if a.status is not AgreementStatus.WITHDRAWN]
    return ctx.entries(BookSection.AGREEMENTS, items, agreement)

"""Agreements to sign: title, status, parties, implementing agencies, signatories, ceremony."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import AgreementStatus, BookSection, PartyRole
from brst_desktop.export.content import AgreementInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.language import AGREEMENT_STATUS_WORDS, PARTY_ROLE_WORDS
from brst_desktop.typeset import Paragraph, Span


def agreement(ctx: RenderContext, item: AgreementInfo) -> list[Flowable]:
    lang, styles = ctx.language, ctx.styles
    title = ctx.pick(item.title)
    out = ctx.subheading(f"agreement:{item.id}", f"{item.kind}: {title}" if item.kind else title)
    line = ctx.labelled(lang.label("status"), lang.words(AGREEMENT_STATUS_WORDS[item.status]))
    if line is not None:
        out.append(line)
    out += ctx.paras(item.summary)
    for role in PartyRole:
        orgs = [org for org, r in item.parties if r is role]
        if not orgs:
            continue
        out += ctx.subheading(None, lang.words(PARTY_ROLE_WORDS[role]), styles.h3)
        for org in orgs:
            name = ctx.pick(org.name)
            if org.native:
                name = f"{name}\n{org.native}"
            out.append(ctx.para(f"•\u00a0{name}", styles.bullet))
    if item.signatories:
        out += ctx.subheading(None, lang.label("signatories"), styles.h3)
        for person, signs_for in item.signatories:
            text = ""
            position = ctx.pick(person.position, " / ")
            if position:
                text += f"\n{position}"
            if signs_for is not None:
                text += f"\n{lang.label('on_behalf_of')} {ctx.pick(signs_for.name, ' / ')}"
            spans = [Span("•\u00a0"), *ctx.spans(ctx.person_name(person), whole_name=True)]
            if text:
                spans += ctx.spans(text)
            out.append(Paragraph(spans, styles.bullet))
    event = ctx.content.event(item.event_id)
    if event is not None and not event.cancelled:
        times = ctx.times(event)
        when = f"{format_date(lang, times.day, weekday=True, sep=' / ')}, {times.start}"
        venue = ctx.pick(event.venue, " / ")
        out += ctx.subheading(None, lang.label("ceremony"), styles.h3)
        out.append(
            ctx.para(
                "\n".join(x for x in (ctx.pick(event.title, " / "), when, venue) if x), styles.body
            )
        )
    return out


def build(ctx: RenderContext) -> list[Flowable]:
    items = [a for a in ctx.content.agreements if a.status is not AgreementStatus.WITHDRAWN]
    return ctx.entries(BookSection.AGREEMENTS, items, agreement)

"""Biographies: photo, the name in every script with pronunciation and form of address,
position, career, previous meetings and sensitivities. One person per page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from brst_desktop.core.models import BookLanguage, BookSection
from brst_desktop.export.content import PersonInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.language import Printed, Words
from brst_desktop.export.names import titled_name
from brst_desktop.export.sections.meetings import previous_meeting_lines
from brst_desktop.export.sections.programme import venue_text


def name_block(ctx: RenderContext, person: PersonInfo) -> list[Flowable]:
    """Every form of the name (native script with romanisation, Thai, English), how to say it
    and address the person, position, organisation, languages."""
    lang, styles = ctx.language, ctx.styles
    out: list[Flowable] = [ctx.name_para(ctx.person_name(person), styles.h2)]
    if person.native:
        latin = f"  {person.native_latin}" if person.native_latin else ""
        out.append(ctx.name_para(f"{person.native}{latin}", styles.body_tight))
    # the name as the other language writes it (for a name card, a seating plan)
    other = (
        titled_name(person.honorific.en, person.name.en, thai=False)
        if lang.code is BookLanguage.THAI
        else titled_name(person.honorific.th, person.name.th, thai=True)
    )
    if other and not lang.bilingual:
        out.append(ctx.name_para(other, styles.body_tight))
    # how to say the name helps only in the reader's own script: never borrowed. For Thai
    # readers: the office's own guide, else the one the names table gives for a name in
    # Chinese characters (loaded only here: it takes half a second the first time)
    said = person.pronunciation
    if lang.thai and not said.th and person.native:
        from brst_desktop.core.names import thai_pronunciation

        said = Words(thai_pronunciation(person.native), said.en)
    pronunciation = ctx.text(said)
    rows: list[tuple[str, Printed]] = [
        ("pronunciation", Printed("") if pronunciation.borrowed else pronunciation),
        ("form_of_address", ctx.text(person.form_of_address)),
        ("position", ctx.text(person.position)),
    ]
    if person.organisation is not None:
        org = venue_text(ctx, ctx.text(person.organisation.name), person.organisation.native)
        rows.append(("organisation", org))
    rows.append(("languages", ctx.text(person.languages)))
    for label, text in rows:
        line = ctx.labelled(label, text)
        if line is not None:
            out.append(line)
    return out


def biography(ctx: RenderContext, person: PersonInfo) -> list[Flowable]:
    styles = ctx.styles
    photo_w = min(35 * mm, ctx.paper.frame_width * 0.3)
    photo_h = photo_w * 1.3
    text_w = ctx.paper.frame_width - photo_w - 8
    top = Table(
        [[ctx.photo(person, photo_w, photo_h), name_block(ctx, person)]],
        colWidths=[photo_w + 8, text_w],
        hAlign="LEFT",
        splitInRow=1,
    )
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 8),
            ]
        )
    )
    name = ctx.person_name(person, honorific=False)
    out: list[Flowable] = []
    out += ctx.block(None, ctx.label("career"), ctx.paras(person.biography), styles.h3)
    meetings: list[Flowable] = [
        ctx.para(line.map(lambda t: f"•\u00a0{t}"), styles.bullet)
        for line in previous_meeting_lines(ctx, person)
    ] or [ctx.para(ctx.label("never_met"), styles.note)]
    out += ctx.block(None, ctx.label("last_met"), meetings, styles.h3)
    out += ctx.block(None, ctx.label("sensitivities"), ctx.paras(person.sensitivities), styles.h3)
    diet = ctx.labelled("dietary", ctx.text(person.dietary))
    if diet is not None:
        out.append(diet)
    # a biography running onto a second page says there whose it is
    return [
        ctx.anchor(f"person:{person.id}", name, 1),
        top,
        *ctx.placed(name, out, (ctx.person_name(person), styles.h2)),
    ]


def build(ctx: RenderContext) -> list[Flowable]:
    return ctx.entries(BookSection.BIOGRAPHIES, ctx.content.biographies, biography, page_each=True)

"""Biographies: photo, the name in every script with pronunciation and form of address,
position, career, previous meetings and sensitivities. One person per page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from brst_desktop.core.models import BookSection
from brst_desktop.export.content import PersonInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.names import titled_name
from brst_desktop.export.sections.meetings import previous_meeting_lines
from brst_desktop.typeset import Paragraph


def name_block(ctx: RenderContext, person: PersonInfo) -> list[Flowable]:
    """Every form of the name: native script with romanisation, Thai, English."""
    lang, styles = ctx.language, ctx.styles
    out: list[Flowable] = [ctx.name_para(ctx.person_name(person), styles.h2)]
    if person.native:
        latin = f"  {person.native_latin}" if person.native_latin else ""
        out.append(ctx.name_para(f"{person.native}{latin}", styles.body_tight))
    for text in (
        titled_name(person.honorific.th, person.name.th, thai=True),
        titled_name(person.honorific.en, person.name.en, thai=False),
    ):
        if text:
            out.append(ctx.name_para(text, styles.body_tight))
    rows = [
        ("pronunciation", person.pronunciation),
        ("form_of_address", ctx.pick(person.form_of_address, " / ")),
        ("position", ctx.pick(person.position)),
    ]
    if person.organisation is not None:
        org = ctx.pick(person.organisation.name)
        if person.organisation.native:
            org = f"{org} ({person.organisation.native})" if org else person.organisation.native
        rows.append(("organisation", org))
    rows.append(("languages", person.languages))
    for label, text in rows:
        line = ctx.labelled(lang.label(label), text)
        if line is not None:
            out.append(line)
    return out


def biography(ctx: RenderContext, person: PersonInfo) -> list[Flowable]:
    lang, styles = ctx.language, ctx.styles
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
    out = [ctx.anchor(f"person:{person.id}", ctx.person_name(person, honorific=False), 1), top]
    career = ctx.paras(person.biography)
    if career:
        out += ctx.subheading(None, lang.label("career"), styles.h3) + career
    meetings = previous_meeting_lines(ctx, person)
    out += ctx.subheading(None, lang.label("last_met"), styles.h3)
    if meetings:
        out += [ctx.para(f"•\u00a0{line}", styles.bullet) for line in meetings]
    else:
        out.append(Paragraph(lang.label("never_met"), styles.note))
    if person.sensitivities:
        out += ctx.subheading(None, lang.label("sensitivities"), styles.h3)
        out.append(ctx.para(person.sensitivities, styles.body))
    if person.dietary_needs:
        line = ctx.labelled(lang.label("dietary"), person.dietary_needs)
        if line is not None:
            out.append(line)
    return out


def build(ctx: RenderContext) -> list[Flowable]:
    return ctx.entries(BookSection.BIOGRAPHIES, ctx.content.biographies, biography, page_each=True)

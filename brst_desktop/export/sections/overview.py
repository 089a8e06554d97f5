"""One page: purpose, objectives, deliverables (agreements to sign), key messages, sensitivities.

The overview is the page a principal reads in the car; it must be one page. When it is longer it
is set again in smaller type; then the key messages are cut to the first topics', with a line
saying where the others are (the topic papers); only if it does not fit even then does it run
on, with a warning.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import AgreementStatus, BookSection, TalkingPointKind
from brst_desktop.export.advice import BookWarning
from brst_desktop.export.context import RenderContext
from brst_desktop.export.language import Words
from brst_desktop.export.styles import Styles

#: the smallest the overview's type gets, as a share of the book's own size
SMALLEST = 0.72
STEPS = (1.0, 0.94, 0.88, 0.82, 0.77, SMALLEST)
#: the type size at which key messages are cut rather than the type made smaller still
CUT_AT = 0.82
#: the fewest key messages the overview keeps
FEWEST = 1


def _attempts(messages: int) -> list[tuple[float, int | None]]:
    """(size, how many key messages; None: all) in the order they are tried."""
    out: list[tuple[float, int | None]] = [(step, None) for step in STEPS if step >= CUT_AT]
    out += [(CUT_AT, count) for count in range(messages - 1, FEWEST - 1, -1)]
    out += [(step, min(messages, FEWEST)) for step in STEPS if step < CUT_AT]
    return out


def _key_messages(ctx: RenderContext) -> list[Words]:
    """The first key message of each topic paper: the lines the principal must land."""
    out = []
    for topic in ctx.content.topics:
        point = next((p for p in topic.points if p.kind is TalkingPointKind.KEY_MESSAGE), None)
        if point is not None and ctx.text(point.text):
            out.append(Words(point.text.th.replace("\n", " "), point.text.en.replace("\n", " ")))
    return out


def _parts(ctx: RenderContext, keep: int | None = None) -> list[Flowable]:
    content = ctx.content
    trip = content.trip
    parts: list[Flowable] = []
    parts += ctx.block(None, ctx.label("purpose"), ctx.paras(trip.purpose), ctx.styles.h3)
    parts += ctx.block(None, ctx.label("objectives"), ctx.bullets(trip.objectives), ctx.styles.h3)
    deliverables: list[Flowable] = []
    for agreement in content.agreements:
        if agreement.status is AgreementStatus.WITHDRAWN:
            continue
        deliverables += ctx.bullets(agreement_title(agreement.kind, agreement.title))
    parts += ctx.block(None, ctx.label("deliverables"), deliverables, ctx.styles.h3)
    every = _key_messages(ctx)
    messages: list[Flowable] = []
    for text in every[:keep]:
        messages += ctx.bullets(text)
    if keep is not None and keep < len(every):
        more = ctx.label("more_messages").map(
            lambda t: t.replace("{count}", ctx.language.number(len(every) - keep))
        )
        messages.append(
            ctx.page_reference(more, BookSection.TOPICS, ctx.styles.note)
            if BookSection.TOPICS in ctx.content.book.sections
            else ctx.para(more, ctx.styles.note)
        )
    parts += ctx.block(None, ctx.label("key_messages"), messages, ctx.styles.h3)
    parts += ctx.block(
        None, ctx.label("sensitivities"), ctx.paras(trip.sensitivities), ctx.styles.h3
    )
    return parts


def agreement_title(kind: str, title: Words) -> Words:
    """``MoU: …`` in English; in Thai the title says what the agreement is (บันทึกความเข้าใจ…),
    so the English abbreviation is not put in front of it. The abbreviation is a label: a
    no-break space keeps it on the line of the title's first word (``MoU:`` stood alone above
    the title kept whole), and the title then parts between its words if it must."""
    english = f"{kind}:\u00a0{title.en}" if kind and title.en else title.en
    return Words(title.th, english)


def _height(ctx: RenderContext, story: list[Flowable]) -> float:
    width = ctx.paper.frame_width
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(width, 1e6)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def build(ctx: RenderContext) -> list[Flowable]:
    if not _parts(ctx):
        return []
    paper = ctx.paper
    room = paper.height - paper.top_margin - paper.bottom_margin
    styles = ctx.styles
    toc = len(ctx.toc)
    story: list[Flowable] = []
    try:
        for step, keep in _attempts(len(_key_messages(ctx))):
            del ctx.toc[toc:]
            ctx.begin_part()
            ctx.styles = Styles(styles.base * step, styles.floor)
            story = ctx.section(BookSection.OVERVIEW, _parts(ctx, keep))
            if _height(ctx, story) <= room * 0.98:
                return story
    finally:
        ctx.styles = styles
    ctx.warn(
        BookWarning(
            "The overview does not fit on one page even in smaller type; shorten the purpose,"
            " objectives or key messages."
        )
    )
    return story

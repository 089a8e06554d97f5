"""Meeting briefs: objectives both sides, points to make, if-raised and press lines, background
(including when the principal last met each counterpart). One brief starts on a new page."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, DelegationSide, TalkingPointKind
from brst_desktop.export.advice import BookWarning, both
from brst_desktop.export.content import EventInfo, PersonInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.language import PRESS_WORDS
from brst_desktop.typeset import Paragraph, Span


def previous_meeting_lines(ctx: RenderContext, person: PersonInfo) -> list[str]:
    lines = []
    for meeting in reversed(person.previous_meetings):  # the latest first
        when = format_date(ctx.language, meeting.met_on, short=True) if meeting.met_on else ""
        head = " · ".join(x for x in (when, meeting.place, meeting.occasion) if x)
        lines.append(f"{head}: {meeting.summary}" if meeting.summary else head)
    return lines


def _points(ctx: RenderContext, event: EventInfo, kind: TalkingPointKind) -> list[Flowable]:
    out: list[Flowable] = []
    for topic_id in event.topic_ids:
        topic = ctx.content.topic_library.get(topic_id)
        if topic is None:
            continue
        texts = [p.text for p in topic.points if p.kind is kind and ctx.pick(p.text)]
        if not texts:
            continue
        out.append(
            Paragraph(ctx.spans(ctx.pick(topic.title, " / "), bold=True), ctx.styles.body_tight)
        )
        for text in texts:
            out += ctx.bullets(text)
    return out


def brief(ctx: RenderContext, event: EventInfo) -> list[Flowable]:
    lang, styles = ctx.language, ctx.styles
    home_ids = {d.person.id for d in ctx.content.delegation if d.side is DelegationSide.HOME}
    times = ctx.times(event)
    out = ctx.subheading(f"meeting:{event.id}", ctx.pick(event.title))
    when = f"{format_date(lang, times.day, weekday=True, sep=' / ')}  {times.start}"
    if times.end:
        when += f" – {times.end}"
    venue = ctx.pick(event.venue, " / ")
    if event.venue_native:
        venue = f"{venue} ({event.venue_native})" if venue else event.venue_native
    for label, text in (
        ("time", when),
        ("venue", venue),
        ("press", lang.words(PRESS_WORDS[event.press])),
    ):
        line = ctx.labelled(lang.label(label), text)
        if line is not None:
            out.append(line)
    ours = [p.person for p in event.participants if p.person.id in home_ids]
    theirs = [p.person for p in event.participants if p.person.id not in home_ids]
    for label, people in (("our_side", ours), ("their_side", theirs)):
        line = ctx.labelled_names(lang.label(label), [ctx.person_name(p) for p in people])
        if line is not None:
            out.append(line)

    def part(label: str, flowables: list[Flowable]) -> None:
        if flowables:
            out.extend(ctx.subheading(None, lang.label(label), styles.h3))
            out.extend(flowables)

    part("our_objectives", ctx.bullets(event.objectives))
    part("points_to_make", _points(ctx, event, TalkingPointKind.KEY_MESSAGE))
    part("their_objectives", ctx.bullets(event.their_objectives))
    part("if_raised", _points(ctx, event, TalkingPointKind.IF_RAISED))
    part("press_line", _points(ctx, event, TalkingPointKind.PRESS_LINE))
    background = ctx.paras(event.background)
    for person in theirs:
        lines = previous_meeting_lines(ctx, person)
        if lines:
            background.append(
                Paragraph(
                    [
                        Span(f"{lang.label('last_met')}: ", bold=True),
                        *ctx.spans(ctx.person_name(person), bold=True, whole_name=True),
                    ],
                    styles.body_tight,
                )
            )
            background += [ctx.para(f"•\u00a0{line}", styles.bullet) for line in lines]
    part("background", background)
    out.append(ctx.mark(f"meeting-end:{event.id}"))
    return out


#: the briefing-book guide: a meeting brief is at most two pages
MAX_BRIEF_PAGES = 2


def check_lengths(ctx: RenderContext) -> None:
    """Warn about each meeting brief the last layout ran past two pages (call after the last
    pass: the pages come from it)."""
    for event in ctx.content.events:
        if not event.has_brief:
            continue
        start = ctx.pages.get(f"meeting:{event.id}")
        end = ctx.marks.get(f"meeting-end:{event.id}")
        if start is None or end is None:
            continue
        pages = end - start + 1
        if pages > MAX_BRIEF_PAGES:
            ctx.warn(
                BookWarning(
                    "The meeting brief “{title}” runs to {pages} pages (pages {start}–{end}); a"
                    " brief should be at most {limit}: shorten its points or background.",
                    title=both(event.title.th, event.title.en),
                    pages=pages,
                    start=start,
                    end=end,
                    limit=MAX_BRIEF_PAGES,
                )
            )


def build(ctx: RenderContext) -> list[Flowable]:
    events = [e for e in ctx.content.events if e.has_brief]
    return ctx.entries(BookSection.MEETINGS, events, brief, page_each=True)

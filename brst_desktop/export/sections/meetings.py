"""Meeting briefs: objectives both sides, points to make, if-raised and press lines, background
(including when the principal last met each counterpart). One brief starts on a new page."""

from __future__ import annotations

from reportlab.platypus import Flowable

from brst_desktop.core.models import BookSection, DelegationSide, TalkingPointKind
from brst_desktop.export.advice import BookWarning, both
from brst_desktop.export.content import EventInfo, PersonInfo
from brst_desktop.export.context import RenderContext
from brst_desktop.export.dates import format_date
from brst_desktop.export.language import PRESS_WORDS, Printed
from brst_desktop.export.sections.programme import venue_text
from brst_desktop.export.times import dated, prose
from brst_desktop.typeset import Paragraph, Span


def previous_meeting_lines(ctx: RenderContext, person: PersonInfo) -> list[Printed]:
    """``15 ก.ย. 2566 · กรุงเทพฯ · การประชุม…: สาระ`` for each meeting, the latest first."""
    lines = []
    lang = ctx.language
    for meeting in reversed(person.previous_meetings):
        when = format_date(lang, meeting.met_on, short=True) if meeting.met_on else Printed("")
        place, occasion = ctx.text(meeting.place), ctx.text(meeting.occasion)
        summary = ctx.text(meeting.summary)

        def line(date_: str, where: str, what: str, said: str) -> str:
            head = " · ".join(x for x in (date_, where, what) if x)
            return f"{head}: {said}" if said and head else (said or head)

        main = line(when.main, place.main, occasion.main, summary.main)
        beneath = ""
        if lang.bilingual:
            beneath = line(
                when.beneath or when.main,
                place.beneath or place.main,
                occasion.beneath,
                summary.beneath,
            )
            beneath = "" if beneath == main else beneath
        borrowed = any(t.borrowed for t in (place, occasion, summary))
        lines.append(Printed(main, beneath, borrowed))
    return lines


def _points(ctx: RenderContext, event: EventInfo, kind: TalkingPointKind) -> list[Flowable]:
    out: list[Flowable] = []
    for topic_id in event.topic_ids:
        topic = ctx.content.topic_library.get(topic_id)
        if topic is None:
            continue
        texts = [p.text for p in topic.points if p.kind is kind and ctx.text(p.text)]
        if not texts:
            continue
        head = ctx.para(ctx.text(topic.title), ctx.styles.body_tight, bold=True)
        bullets: list[Flowable] = []
        for text in texts:
            bullets += ctx.bullets(text)
        out += [*ctx.keep([head], bullets), *bullets]
    return out


def brief(ctx: RenderContext, event: EventInfo) -> list[Flowable]:
    lang, styles = ctx.language, ctx.styles
    home_ids = {d.person.id for d in ctx.content.delegation if d.side is DelegationSide.HOME}
    times = ctx.times(event)
    body: list[Flowable] = []
    day = format_date(lang, times.day, weekday=True)
    clocks = prose(lang, times, ctx.zones())
    when = dated(lang, day, clocks)
    venue = venue_text(ctx, ctx.text(event.venue), event.venue_native)
    for label, text in (
        ("when", when),
        ("venue", venue),
        ("press", lang.words(PRESS_WORDS[event.press])),
    ):
        line = ctx.labelled(label, text)
        if line is not None:
            body.append(line)
    ours = [p.person for p in event.participants if p.person.id in home_ids]
    theirs = [p.person for p in event.participants if p.person.id not in home_ids]
    for label, people in (("our_side", ours), ("their_side", theirs)):
        line = ctx.labelled_names(label, [ctx.person_name(p) for p in people])
        if line is not None:
            body.append(line)

    def part(label: str, flowables: list[Flowable]) -> None:
        body.extend(ctx.block(None, ctx.label(label), flowables, styles.h3))

    part("our_objectives", ctx.bullets(event.objectives))
    part("points_to_make", _points(ctx, event, TalkingPointKind.KEY_MESSAGE))
    part("their_objectives", ctx.bullets(event.their_objectives))
    part("if_raised", _points(ctx, event, TalkingPointKind.IF_RAISED))
    part("press_line", _points(ctx, event, TalkingPointKind.PRESS_LINE))
    background = ctx.paras(event.background)
    for person in theirs:
        lines = previous_meeting_lines(ctx, person)
        if lines:
            met = ctx.label("last_met")
            name = ctx.person_name(person)
            head = ctx.linked(
                Paragraph(
                    [
                        Span(f"{met.main}: ", bold=True),
                        *ctx.spans(Printed(name.main), bold=True, whole_name=True),
                    ],
                    styles.body_tight,
                )
            )
            meetings = [ctx.para(line.map(_bullet), styles.bullet) for line in lines]
            background += [*ctx.keep([head], meetings), *meetings]
    part("background", background)
    body.append(ctx.mark(f"meeting-end:{event.id}"))
    # a brief running onto a second page says there which brief it continues
    return ctx.block(f"meeting:{event.id}", ctx.text(event.title), body, continued=True)


def _bullet(text: str) -> str:
    return f"•\u00a0{text}"


#: the briefing-book guide: a meeting brief is at most two pages
MAX_BRIEF_PAGES = 2


def check_lengths(ctx: RenderContext) -> None:
    """Warn about each meeting brief the last layout ran past two pages (call after the last
    pass: the pages come from it). A bilingual brief is the same brief twice over: two pages
    in each language."""
    limit = MAX_BRIEF_PAGES * (2 if ctx.language.bilingual else 1)
    for event in ctx.content.events:
        if not event.has_brief:
            continue
        start = ctx.pages.get(f"meeting:{event.id}")
        end = ctx.marks.get(f"meeting-end:{event.id}")
        if start is None or end is None:
            continue
        pages = end - start + 1
        if pages > limit:
            ctx.warn(
                BookWarning(
                    "The meeting brief “{title}” runs to {pages} pages (pages {start}–{end}); a"
                    " brief should be at most {limit}: shorten its points or background.",
                    title=both(event.title.th, event.title.en),
                    pages=pages,
                    start=start,
                    end=end,
                    limit=limit,
                )
            )


def build(ctx: RenderContext) -> list[Flowable]:
    events = [e for e in ctx.content.events if e.has_brief]
    return ctx.entries(BookSection.MEETINGS, events, brief, page_each=True)

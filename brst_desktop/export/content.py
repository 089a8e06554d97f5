"""What a book prints, read from the database in one short session into plain dataclasses.

Laying out pages takes far longer than reading, so the database is read once, the session is
closed, and the layout works on these frozen values: no lazy load can happen from a worker
thread, and the snapshot an edition records is exactly what was printed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from brst_desktop.core import history
from brst_desktop.core import models as m
from brst_desktop.core.ids import RecordNotFoundError, choose_trip, find_by_id
from brst_desktop.export.advice import BookWarning
from brst_desktop.export.language import Words


class BookNotFoundError(RecordNotFoundError):
    """There is no book to print (the database holds no trip yet)."""


def _w(record: object, name: str) -> Words:
    return Words(getattr(record, f"{name}_th") or "", getattr(record, f"{name}_en") or "")


@dataclass(frozen=True, slots=True)
class PhotoData:
    id: uuid.UUID
    data: bytes
    media_type: str
    sha256: str


@dataclass(frozen=True, slots=True)
class OrganisationInfo:
    id: uuid.UUID
    name: Words
    native: str
    abbreviation: Words


@dataclass(frozen=True, slots=True)
class PreviousMeetingInfo:
    met_on: date | None
    place: Words
    occasion: Words
    summary: Words


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: uuid.UUID
    name: Words
    native: str  # 阴和俊
    native_latin: str  # Yin Hejun (pinyin)
    family_name_first: bool
    sort_name: str
    pronunciation: Words  # th: in Thai script for Thai readers; en: a respelling
    honorific: Words
    form_of_address: Words
    position: Words
    organisation: OrganisationInfo | None
    country: str
    photo: PhotoData | None
    biography: Words
    sensitivities: Words
    dietary: Words
    languages: Words
    previous_meetings: tuple[PreviousMeetingInfo, ...]


@dataclass(frozen=True, slots=True)
class ParticipantInfo:
    person: PersonInfo
    role: Words


@dataclass(frozen=True, slots=True)
class EventInfo:
    id: uuid.UUID
    kind: m.EventKind
    status: m.EventStatus
    title: Words
    starts_at: datetime
    ends_at: datetime | None
    timezone: str
    end_timezone: str
    venue: Words  # a flight's: the airport it leaves from
    venue_native: str
    arrival: Words  # a flight's (or a transfer's) destination
    arrival_native: str
    address: str
    dress: Words
    press: m.PressAccess
    transport: Words
    notes: Words
    objectives: Words
    their_objectives: Words
    background: Words
    participants: tuple[ParticipantInfo, ...]
    topic_ids: tuple[uuid.UUID, ...]

    @property
    def cancelled(self) -> bool:
        return self.status is m.EventStatus.CANCELLED

    @property
    def has_brief(self) -> bool:
        """Meetings with brief fields or topics to raise get a meeting brief of their own."""
        if self.cancelled:
            return False
        fields = (self.objectives, self.their_objectives, self.background)
        return any(w.th or w.en for w in fields) or bool(self.topic_ids)


@dataclass(frozen=True, slots=True)
class DelegateInfo:
    person: PersonInfo
    side: m.DelegationSide
    role: Words
    precedence: int
    is_interpreter: bool


@dataclass(frozen=True, slots=True)
class TalkingPointInfo:
    id: uuid.UUID
    kind: m.TalkingPointKind
    text: Words
    owner: Words
    cleared_by: Words
    cleared_on: date | None


@dataclass(frozen=True, slots=True)
class TopicInfo:
    id: uuid.UUID
    title: Words
    summary: Words
    owner: Words
    points: tuple[TalkingPointInfo, ...]


@dataclass(frozen=True, slots=True)
class AgreementInfo:
    id: uuid.UUID
    kind: str
    title: Words
    summary: Words
    status: m.AgreementStatus
    event_id: uuid.UUID | None
    parties: tuple[tuple[OrganisationInfo, m.PartyRole], ...]
    signatories: tuple[tuple[PersonInfo, OrganisationInfo | None], ...]


@dataclass(frozen=True, slots=True)
class GiftInfo:
    direction: m.GiftDirection
    description: Words
    giver: PersonInfo | None
    recipient: PersonInfo | None
    event_id: uuid.UUID | None
    value_amount: float | None
    value_currency: str
    notes: str


@dataclass(frozen=True, slots=True)
class ProtocolNoteInfo:
    category: m.ProtocolCategory
    text: Words


@dataclass(frozen=True, slots=True)
class AnnexInfo:
    title: Words
    body: Words


@dataclass(frozen=True, slots=True)
class TripInfo:
    id: uuid.UUID
    title: Words
    purpose: Words
    objectives: Words
    sensitivities: Words
    destination: Words
    start_date: date | None
    end_date: date | None
    home_timezone: str
    destination_timezone: str
    is_sample: bool


@dataclass(frozen=True, slots=True)
class BookInfo:
    """The book's settings. ``id`` is None for a trip's default book not yet saved."""

    id: uuid.UUID | None
    title: Words
    language: m.BookLanguage
    paper: m.PaperSize
    classification: m.Classification
    thai_numerals: bool
    sections: tuple[str, ...]
    changes_since_edition: int | None
    author: Words  # the preparing office (the office's own name when the book gives none)


@dataclass(frozen=True, slots=True)
class RecordAuthor:
    """Who last changed a record and when (its ``changed_by`` and ``updated_at``): the change
    sheet names them beside each change. ``by`` is empty for a change made before the program
    recorded authors."""

    by: str
    at: datetime | None


@dataclass(frozen=True, slots=True)
class EditionInfo:
    number: int
    as_of: datetime
    content_hash: str
    snapshot: dict[str, object] | None


@dataclass(frozen=True)
class BookContent:
    """Everything one book prints, detached from the database."""

    book: BookInfo
    trip: TripInfo
    events: tuple[EventInfo, ...]  # by start time, cancelled ones included
    delegation: tuple[DelegateInfo, ...]  # home side first, each by precedence
    biographies: tuple[PersonInfo, ...]  # the book's chosen counterparts, in order
    topics: tuple[TopicInfo, ...]  # the book's topic papers, in order
    topic_library: dict[uuid.UUID, TopicInfo]  # every topic an event or the book refers to
    agreements: tuple[AgreementInfo, ...]
    gifts: tuple[GiftInfo, ...]
    protocol_notes: tuple[ProtocolNoteInfo, ...]
    annexes: tuple[AnnexInfo, ...]
    editions: tuple[EditionInfo, ...]  # earlier editions of this book, by number
    emblem: PhotoData | None = None  # the office's emblem, printed on the cover
    warnings: list[BookWarning] = field(default_factory=list)
    #: the last author of each event and talking point read, by id as the edition snapshot
    #: spells it; only the change sheet prints them, so they are not part of the content hash
    authors: dict[str, RecordAuthor] = field(default_factory=dict)
    #: the history of those records (and of those the change sheet's edition printed and that
    #: are gone) since that edition, oldest first, by id; read only for a change sheet, and
    #: like the authors not part of the content hash
    history: dict[str, tuple[history.Change, ...]] = field(default_factory=dict)
    #: the records linking each topic (by id) to the book, the trip or an event, by id: a
    #: point is new in a book when its topic was linked to it, and the link's history says who
    topic_links: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def next_edition(self) -> int:
        return (self.editions[-1].number + 1) if self.editions else 1

    def edition(self, number: int) -> EditionInfo | None:
        return next((e for e in self.editions if e.number == number), None)

    @property
    def programme(self) -> tuple[EventInfo, ...]:
        """The events printed in the programme: all but the cancelled ones."""
        return tuple(e for e in self.events if not e.cancelled)

    def event(self, event_id: uuid.UUID | None) -> EventInfo | None:
        return next((e for e in self.events if e.id == event_id), None)


# --- reading -------------------------------------------------------------------------------


class _Reader:
    """Converts records to infos once each (a person appears in many places)."""

    def __init__(self) -> None:
        self.people: dict[uuid.UUID, PersonInfo] = {}
        self.organisations: dict[uuid.UUID, OrganisationInfo] = {}
        self.topics: dict[uuid.UUID, TopicInfo] = {}
        self.authors: dict[str, RecordAuthor] = {}

    def author(self, record: m.Record) -> None:
        self.authors[str(record.id)] = RecordAuthor(record.changed_by or "", record.updated_at)

    def organisation(self, org: m.Organisation | None) -> OrganisationInfo | None:
        if org is None:
            return None
        if org.id not in self.organisations:
            self.organisations[org.id] = OrganisationInfo(
                org.id, _w(org, "name"), org.name_native or "", _w(org, "abbreviation")
            )
        return self.organisations[org.id]

    def person(self, p: m.Person) -> PersonInfo:
        if p.id not in self.people:
            photo = None
            if p.photo is not None:
                photo = PhotoData(
                    p.photo.id, p.photo.data or b"", p.photo.media_type or "", p.photo.sha256 or ""
                )
            self.people[p.id] = PersonInfo(
                id=p.id,
                name=_w(p, "name"),
                native=p.name_native or "",
                native_latin=p.name_native_latin or "",
                family_name_first=bool(p.family_name_first),
                sort_name=p.sort_name or "",
                pronunciation=Words(p.pronunciation_th or "", p.pronunciation or ""),
                honorific=_w(p, "honorific"),
                form_of_address=_w(p, "form_of_address"),
                position=_w(p, "position"),
                organisation=self.organisation(p.organisation),
                country=p.country or "",
                photo=photo,
                biography=_w(p, "biography"),
                sensitivities=_w(p, "sensitivities"),
                dietary=_w(p, "dietary_needs"),
                languages=_w(p, "languages"),
                previous_meetings=tuple(
                    PreviousMeetingInfo(
                        pm.met_on, _w(pm, "place"), _w(pm, "occasion"), _w(pm, "summary")
                    )
                    for pm in p.previous_meetings
                ),
            )
        return self.people[p.id]

    def topic(self, t: m.Topic) -> TopicInfo:
        if t.id not in self.topics:
            for tp in t.talking_points:
                self.author(tp)
            self.topics[t.id] = TopicInfo(
                id=t.id,
                title=_w(t, "title"),
                summary=_w(t, "summary"),
                owner=_w(t, "owner"),
                points=tuple(
                    TalkingPointInfo(
                        tp.id,
                        tp.kind,
                        _w(tp, "text"),
                        _w(tp, "owner"),
                        _w(tp, "cleared_by"),
                        tp.cleared_on,
                    )
                    for tp in t.talking_points
                ),
            )
        return self.topics[t.id]

    def event(self, e: m.Event) -> EventInfo:
        self.author(e)
        return EventInfo(
            id=e.id,
            kind=e.kind,
            status=e.status,
            title=_w(e, "title"),
            starts_at=e.starts_at,
            ends_at=e.ends_at,
            timezone=e.timezone,
            end_timezone=e.end_timezone or "",
            venue=_w(e, "venue"),
            venue_native=e.venue_native or "",
            arrival=_w(e, "arrival_venue"),
            arrival_native=e.arrival_venue_native or "",
            address=e.address or "",
            dress=_w(e, "dress"),
            press=e.press,
            transport=_w(e, "transport"),
            notes=_w(e, "notes"),
            objectives=_w(e, "objectives"),
            their_objectives=_w(e, "their_objectives"),
            background=_w(e, "background"),
            participants=tuple(
                ParticipantInfo(self.person(ep.person), _w(ep, "role")) for ep in e.participants
            ),
            topic_ids=tuple(et.topic_id for et in e.topic_links),
        )


_PERSON_LOAD = (
    selectinload(m.Person.organisation),
    selectinload(m.Person.photo),
    selectinload(m.Person.previous_meetings),
)


def default_book(trip: m.Trip) -> BookInfo:
    """The book a trip gets when it has none: Thai, A4, every section, unclassified."""
    return BookInfo(
        id=None,
        title=Words(trip.title_th, trip.title_en),
        language=m.BookLanguage.THAI,
        paper=m.PaperSize.A4,
        classification=m.Classification.UNCLASSIFIED,
        thai_numerals=False,
        sections=tuple(m.DEFAULT_SECTIONS),
        changes_since_edition=None,
        author=Words("", ""),
    )


def book_info(book: m.BriefingBook) -> BookInfo:
    valid = {s.value for s in m.BookSection}
    # Unknown section names (from a newer version) are skipped rather than failing the book.
    sections = tuple(s for s in (book.sections or m.DEFAULT_SECTIONS) if s in valid)
    return BookInfo(
        id=book.id,
        title=_w(book, "title"),
        language=book.language,
        paper=book.paper,
        classification=book.classification,
        thai_numerals=bool(book.thai_numerals),
        sections=sections,
        changes_since_edition=book.changes_since_edition,
        author=_w(book, "author"),
    )


def load_content(
    session: Session,
    book: m.BriefingBook | None,
    trip: m.Trip,
    changes_since: int | None = None,
) -> BookContent:
    """Read everything ``book`` (or, when None, the trip's default book) prints.
    ``changes_since``: the edition a change sheet compares with, if not the book's own choice
    (0: none); the history of what changed since it is read for the sheet to name who."""
    reader = _Reader()
    info = book_info(book) if book is not None else default_book(trip)

    events = session.scalars(
        select(m.Event)
        .where(m.Event.trip_id == trip.id)
        .order_by(m.Event.starts_at, m.Event.title_en)
        .options(
            selectinload(m.Event.participants)
            .selectinload(m.EventParticipant.person)
            .options(*_PERSON_LOAD),
            selectinload(m.Event.topic_links),
        )
    ).all()
    event_infos = tuple(reader.event(e) for e in events)

    members = session.scalars(
        select(m.DelegationMember)
        .where(m.DelegationMember.trip_id == trip.id)
        .options(selectinload(m.DelegationMember.person).options(*_PERSON_LOAD))
    ).all()
    side_order = {m.DelegationSide.HOME: 0, m.DelegationSide.HOST: 1}
    members = sorted(members, key=lambda d: (side_order[d.side], d.precedence or 10**6))
    delegation = tuple(
        DelegateInfo(reader.person(d.person), d.side, _w(d, "role"), d.precedence, d.is_interpreter)
        for d in members
    )

    if book is not None and book.people:
        people = [reader.person(bp.person) for bp in book.people]
    else:
        # No counterparts chosen: the host delegation, who a principal meets, in precedence.
        people = [d.person for d in delegation if d.side is m.DelegationSide.HOST]

    topic_load = selectinload(m.Topic.talking_points)
    if book is not None and book.topics:
        topic_ids = [bt.topic_id for bt in book.topics]
    else:
        topic_ids = [tt.topic_id for tt in trip.topic_links]
    wanted = set(topic_ids) | {tid for e in event_infos for tid in e.topic_ids}
    for topic in session.scalars(select(m.Topic).where(m.Topic.id.in_(wanted)).options(topic_load)):
        reader.topic(topic)
    topics = tuple(reader.topics[tid] for tid in topic_ids if tid in reader.topics)

    agreements = session.scalars(
        select(m.Agreement)
        .where(m.Agreement.trip_id == trip.id)
        .order_by(m.Agreement.created_at)
        .options(
            selectinload(m.Agreement.parties).selectinload(m.AgreementParty.organisation),
            selectinload(m.Agreement.signatories).options(
                selectinload(m.AgreementSignatory.person).options(*_PERSON_LOAD),
                selectinload(m.AgreementSignatory.on_behalf_of),
            ),
        )
    ).all()
    agreement_infos = tuple(
        AgreementInfo(
            id=a.id,
            kind=a.kind or "",
            title=_w(a, "title"),
            summary=_w(a, "summary"),
            status=a.status,
            event_id=a.event_id,
            parties=tuple(
                (reader.organisation(p.organisation), p.role)  # type: ignore[misc]
                for p in a.parties
            ),
            signatories=tuple(
                (reader.person(s.person), reader.organisation(s.on_behalf_of))
                for s in a.signatories
            ),
        )
        for a in agreements
    )

    gifts = session.scalars(
        select(m.Gift)
        .where(m.Gift.trip_id == trip.id)
        .order_by(m.Gift.created_at)
        .options(
            selectinload(m.Gift.giver).options(*_PERSON_LOAD),
            selectinload(m.Gift.recipient).options(*_PERSON_LOAD),
        )
    ).all()
    gift_infos = tuple(
        GiftInfo(
            direction=g.direction,
            description=_w(g, "description"),
            giver=reader.person(g.giver) if g.giver else None,
            recipient=reader.person(g.recipient) if g.recipient else None,
            event_id=g.event_id,
            value_amount=g.value_amount,
            value_currency=g.value_currency or "",
            notes=g.notes or "",
        )
        for g in gifts
    )

    editions: tuple[EditionInfo, ...] = ()
    if book is not None:
        editions = tuple(
            EditionInfo(e.number, e.as_of, e.content_hash, e.snapshot)
            for e in session.scalars(
                select(m.Edition).where(m.Edition.book_id == book.id).order_by(m.Edition.number)
            )
        )

    office = session.scalars(
        select(m.Office).order_by(m.Office.created_at).options(selectinload(m.Office.emblem))
    ).first()
    emblem = None
    if office is not None:
        if not (info.author.th or info.author.en):
            info = replace(info, author=_w(office, "name"))
        if office.emblem is not None:
            emblem = PhotoData(
                office.emblem.id,
                office.emblem.data or b"",
                office.emblem.media_type or "",
                office.emblem.sha256 or "",
            )

    since = changes_since if changes_since is not None else info.changes_since_edition
    earlier = next((e for e in editions if since and e.number == since), None)
    changes: dict[str, tuple[history.Change, ...]] = {}
    links: dict[str, set[str]] = {}
    if earlier is not None:
        chosen = book.topics if book is not None and book.topics else trip.topic_links
        for link in [*chosen, *(et for e in events for et in e.topic_links)]:
            links.setdefault(str(link.topic_id), set()).add(str(link.id))
        ids = set(reader.authors) | {i for linked in links.values() for i in linked}
        if isinstance(earlier.snapshot, dict):  # what it printed: deleted records too
            for part in ("events", "points"):
                entries = earlier.snapshot.get(part)
                ids |= set(entries) if isinstance(entries, dict) else set()
        known = {i for i in ids if _is_uuid(i)}
        found = history.changes_since(session, known, earlier.as_of)
        changes = {key: tuple(value) for key, value in found.items()}

    return BookContent(
        book=info,
        trip=TripInfo(
            id=trip.id,
            title=_w(trip, "title"),
            purpose=_w(trip, "purpose"),
            objectives=_w(trip, "objectives"),
            sensitivities=_w(trip, "sensitivities"),
            destination=_w(trip, "destination"),
            start_date=trip.start_date,
            end_date=trip.end_date,
            home_timezone=trip.home_timezone or "Asia/Bangkok",
            destination_timezone=trip.destination_timezone or "",
            is_sample=bool(trip.is_sample),
        ),
        events=event_infos,
        delegation=delegation,
        biographies=tuple(people),
        topics=topics,
        topic_library=dict(reader.topics),
        agreements=agreement_infos,
        gifts=gift_infos,
        protocol_notes=tuple(
            ProtocolNoteInfo(n.category, _w(n, "text")) for n in trip.protocol_notes
        ),
        annexes=tuple(AnnexInfo(_w(a, "title"), _w(a, "body")) for a in trip.annexes),
        editions=editions,
        emblem=emblem,
        authors=reader.authors,
        history=changes,
        topic_links={topic: tuple(sorted(linked)) for topic, linked in links.items()},
    )


def _is_uuid(text: object) -> bool:
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True


# --- finding the book ------------------------------------------------------------------------


def find_book(
    session: Session, book_id: uuid.UUID | str | None = None, trip_id: uuid.UUID | str | None = None
) -> tuple[m.BriefingBook | None, m.Trip]:
    """The book to print: the one named, else the named trip's book, else that of the trip
    every command takes when none is named (:func:`~brst_desktop.core.ids.choose_trip`).

    A trip without a book gets ``(None, trip)``: the caller prints its default book and saves it
    together with the edition.
    """
    if book_id is not None:
        book = find_by_id(session, m.BriefingBook, book_id)
        return book, book.trip
    try:
        trip = choose_trip(session, trip_id)
    except RecordNotFoundError:
        if trip_id is not None:
            raise
        raise BookNotFoundError(
            "The database holds no trip yet, so there is no book to print."
        ) from None
    books = sorted(trip.books, key=lambda b: b.created_at)
    return (books[0] if books else None), trip

"""The data model: trips, their itinerary, people, topics, agreements and briefing books.

Every record has a random UUID primary key so that a trip packed on one laptop and unpacked on
another keeps its identity (records are matched by UUID, never by name). Text that readers see in
both languages has a ``_th`` and an ``_en`` column (since revision 0003 every prose field a book
prints: a book prints each text in its own language). Instants are stored in UTC and each event
keeps its own IANA zone name, so an event is always printed in the zone where it happens.

Only portable column types are used (Uuid, JSON, DateTime, Date, Text...), so the same models and
migrations serve SQLite on a laptop and PostgreSQL in a shared office.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

# Explicit constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC; read back aware (tzinfo=UTC) on every backend.

    SQLite has no time zone type, so a naive UTC value is stored and the zone re-attached on load.
    Naive datetimes are refused: an instant without a zone is the classic itinerary bug.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: give it a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


#: The longest author name kept (a PostgreSQL role name is at most 63 bytes).
AUTHOR_LENGTH = 64


class Record:
    """Columns every table shares: identity, the time of the last change and who made it.

    ``row_version`` starts at 1 and rises by one with every update, so that a save based on a
    version someone else has since replaced is refused instead of silently overwriting it (see
    :mod:`brst_desktop.core.authorship`). ORM flushes bump it through the mapper's
    ``version_id_col`` (and check it in their WHERE clause); the services' Core updates bump it
    explicitly. ``changed_by`` names the author of the last change (empty for rows older than
    revision 0004): the PostgreSQL user on a server, the login name on a laptop.
    """

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(String(AUTHOR_LENGTH), nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


# --- enumerations (stored as their string values, portable and readable in a dump) ------------


class EventKind(enum.StrEnum):
    FLIGHT = "flight"
    MEETING = "meeting"
    CEREMONY = "ceremony"
    SIGNING = "signing"
    VISIT = "visit"
    MEAL = "meal"
    TRANSFER = "transfer"
    CONFERENCE = "conference"
    PRESS = "press"
    OTHER = "other"


class PressAccess(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    POOL = "pool"  # a photo opportunity at the start, then closed
    UNKNOWN = "unknown"


class EventStatus(enum.StrEnum):
    PLANNED = "planned"
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class DelegationSide(enum.StrEnum):
    HOME = "home"  # our delegation
    HOST = "host"  # the counterpart's delegation


class TalkingPointKind(enum.StrEnum):
    KEY_MESSAGE = "key_message"
    BACKGROUND = "background"
    IF_RAISED = "if_raised"  # defensive line, used only if the other side raises it
    PRESS_LINE = "press_line"


class AgreementStatus(enum.StrEnum):
    DRAFT = "draft"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"  # text final, ready for signature
    SIGNED = "signed"
    WITHDRAWN = "withdrawn"


class PartyRole(enum.StrEnum):
    PARTY = "party"
    IMPLEMENTING_AGENCY = "implementing_agency"
    WITNESS = "witness"


class GiftDirection(enum.StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class ProtocolCategory(enum.StrEnum):
    ADDRESS = "address"  # forms of address
    PRECEDENCE = "precedence"  # order of precedence, seating
    DRESS = "dress"
    DIETARY = "dietary"
    GIFTS = "gifts"
    GENERAL = "general"


class BookLanguage(enum.StrEnum):
    THAI = "th"
    ENGLISH = "en"
    BOTH = "both"


class PaperSize(enum.StrEnum):
    A4 = "a4"
    A5 = "a5"  # pocket edition
    CARD = "card"  # one-page pocket programme card


class Classification(enum.StrEnum):
    """Thai secrecy levels (ระเบียบว่าด้วยการรักษาความลับของทางราชการ)."""

    UNCLASSIFIED = "unclassified"  # ไม่มีชั้นความลับ
    CONFIDENTIAL = "confidential"  # ลับ
    SECRET = "secret"  # ลับมาก
    TOP_SECRET = "top_secret"  # ลับที่สุด


class BookSection(enum.StrEnum):
    """The parts of a briefing book, in their usual order (see docs: briefing-book.md)."""

    COVER = "cover"
    CONTENTS = "contents"
    CHANGES = "changes"  # change sheet since an earlier edition
    OVERVIEW = "overview"
    PROGRAMME = "programme"
    DELEGATION = "delegation"
    MEETINGS = "meetings"
    BIOGRAPHIES = "biographies"
    TOPICS = "topics"
    AGREEMENTS = "agreements"
    PROTOCOL = "protocol"
    ANNEXES = "annexes"


DEFAULT_SECTIONS: list[str] = [s.value for s in BookSection if s is not BookSection.CHANGES]


def _enum(cls: type[enum.Enum]) -> Enum:
    # Store the value ("key_message"), not the member name, and no native enum type: adding a
    # member then needs no ALTER TYPE on PostgreSQL.
    return Enum(
        cls,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


# --- people and organisations -------------------------------------------------------------------


class Organisation(Record, Base):
    __tablename__ = "organisation"

    name_th: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    name_native: Mapped[str] = mapped_column(Text, default="")  # e.g. 中华人民共和国科学技术部
    abbreviation_th: Mapped[str] = mapped_column(String(64), default="")
    abbreviation_en: Mapped[str] = mapped_column(String(64), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    notes: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Photo(Record, Base):
    """An image kept in the database so a packed trip carries it and nothing dangles on disk."""

    __tablename__ = "photo"

    data: Mapped[bytes] = mapped_column(LargeBinary)
    media_type: Mapped[str] = mapped_column(String(64), default="image/jpeg")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    original_name: Mapped[str] = mapped_column(Text, default="")


class Person(Record, Base):
    """A delegation member or a counterpart: the same record serves both roles."""

    __tablename__ = "person"

    # Names in every script the book prints. For a Chinese counterpart: name_native = 阴和俊,
    # name_native_latin = Yin Hejun (pinyin), name_th = หยิน เหอจวิ้น, name_en = Yin Hejun.
    name_th: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    name_native: Mapped[str] = mapped_column(Text, default="")
    name_native_latin: Mapped[str] = mapped_column(Text, default="")
    family_name_first: Mapped[bool] = mapped_column(Boolean, default=False)
    # Key for sorting lists: pinyin surname first for Chinese names, family name for others.
    sort_name: Mapped[str] = mapped_column(Text, default="")
    # How to say the name: for English readers in Latin letters (``YIN Huh-jun``), for Thai
    # readers in Thai script (``หยิน เหอ-จวิ้น``).
    pronunciation: Mapped[str] = mapped_column(Text, default="")
    pronunciation_th: Mapped[str] = mapped_column(Text, default="")
    honorific_th: Mapped[str] = mapped_column(Text, default="")  # e.g. ฯพณฯ, นาย, ศ.ดร.
    honorific_en: Mapped[str] = mapped_column(Text, default="")  # e.g. H.E., Dr.
    form_of_address_th: Mapped[str] = mapped_column(Text, default="")
    form_of_address_en: Mapped[str] = mapped_column(Text, default="")
    position_th: Mapped[str] = mapped_column(Text, default="")
    position_en: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    country: Mapped[str] = mapped_column(String(2), default="")
    gender: Mapped[str] = mapped_column(String(16), default="")
    photo_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("photo.id", ondelete="SET NULL"))
    biography_th: Mapped[str] = mapped_column(Text, default="")
    biography_en: Mapped[str] = mapped_column(Text, default="")
    sensitivities_th: Mapped[str] = mapped_column(Text, default="")
    sensitivities_en: Mapped[str] = mapped_column(Text, default="")
    dietary_needs_th: Mapped[str] = mapped_column(Text, default="")
    dietary_needs_en: Mapped[str] = mapped_column(Text, default="")
    languages_th: Mapped[str] = mapped_column(Text, default="")  # languages spoken, free text
    languages_en: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    photo: Mapped[Photo | None] = relationship()
    previous_meetings: Mapped[list[PreviousMeeting]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        order_by="PreviousMeeting.met_on",
    )


class PreviousMeeting(Record, Base):
    __tablename__ = "previous_meeting"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    met_on: Mapped[date | None] = mapped_column(Date)
    place_th: Mapped[str] = mapped_column(Text, default="")
    place_en: Mapped[str] = mapped_column(Text, default="")
    occasion_th: Mapped[str] = mapped_column(Text, default="")
    occasion_en: Mapped[str] = mapped_column(Text, default="")
    summary_th: Mapped[str] = mapped_column(Text, default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="previous_meetings")


# --- trips and their itinerary ------------------------------------------------------------------


class Trip(Record, Base):
    __tablename__ = "trip"

    title_th: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    purpose_th: Mapped[str] = mapped_column(Text, default="")
    purpose_en: Mapped[str] = mapped_column(Text, default="")
    objectives_th: Mapped[str] = mapped_column(Text, default="")  # one objective per line
    objectives_en: Mapped[str] = mapped_column(Text, default="")
    sensitivities_th: Mapped[str] = mapped_column(Text, default="")
    sensitivities_en: Mapped[str] = mapped_column(Text, default="")
    destination_th: Mapped[str] = mapped_column(Text, default="")
    destination_en: Mapped[str] = mapped_column(Text, default="")
    destination_country: Mapped[str] = mapped_column(String(2), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    home_timezone: Mapped[str] = mapped_column(String(64), default="Asia/Bangkok")
    destination_timezone: Mapped[str] = mapped_column(String(64), default="Asia/Bangkok")
    # True for the bundled demo: details the source did not give were invented plausibly.
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Who may see the trip and all it holds on an office server (core/clearance.py); never
    # below the most secret of its books.
    classification: Mapped[Classification] = mapped_column(
        _enum(Classification), default=Classification.UNCLASSIFIED, server_default="unclassified"
    )

    events: Mapped[list[Event]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="Event.starts_at"
    )
    delegation: Mapped[list[DelegationMember]] = relationship(
        back_populates="trip",
        cascade="all, delete-orphan",
        order_by="DelegationMember.precedence",
    )
    agreements: Mapped[list[Agreement]] = relationship(
        back_populates="trip", cascade="all, delete-orphan"
    )
    gifts: Mapped[list[Gift]] = relationship(back_populates="trip", cascade="all, delete-orphan")
    protocol_notes: Mapped[list[ProtocolNote]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="ProtocolNote.position"
    )
    annexes: Mapped[list[Annex]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="Annex.position"
    )
    topic_links: Mapped[list[TripTopic]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="TripTopic.position"
    )
    books: Mapped[list[BriefingBook]] = relationship(
        back_populates="trip", cascade="all, delete-orphan"
    )

    @property
    def home_zone(self) -> ZoneInfo:
        return ZoneInfo(self.home_timezone)


class Event(Record, Base):
    """One item of the programme. Times are instants; ``timezone`` is where it takes place."""

    __tablename__ = "event"

    trip_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind), default=EventKind.MEETING)
    status: Mapped[EventStatus] = mapped_column(_enum(EventStatus), default=EventStatus.PLANNED)
    title_th: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64))  # IANA name, e.g. Asia/Shanghai
    # A flight ends in another zone than it starts (Chongqing -> Bangkok).
    end_timezone: Mapped[str] = mapped_column(String(64), default="")
    venue_th: Mapped[str] = mapped_column(Text, default="")
    venue_en: Mapped[str] = mapped_column(Text, default="")
    venue_native: Mapped[str] = mapped_column(Text, default="")
    # Where a flight (or a transfer) arrives; ``venue`` is then where it leaves from.
    arrival_venue_th: Mapped[str] = mapped_column(Text, default="")
    arrival_venue_en: Mapped[str] = mapped_column(Text, default="")
    arrival_venue_native: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    dress_th: Mapped[str] = mapped_column(Text, default="")
    dress_en: Mapped[str] = mapped_column(Text, default="")
    press: Mapped[PressAccess] = mapped_column(_enum(PressAccess), default=PressAccess.UNKNOWN)
    transport_th: Mapped[str] = mapped_column(Text, default="")
    transport_en: Mapped[str] = mapped_column(Text, default="")
    notes_th: Mapped[str] = mapped_column(Text, default="")
    notes_en: Mapped[str] = mapped_column(Text, default="")
    # Meeting brief: filled for meetings that get a brief of their own in the book.
    objectives_th: Mapped[str] = mapped_column(Text, default="")
    objectives_en: Mapped[str] = mapped_column(Text, default="")
    their_objectives_th: Mapped[str] = mapped_column(Text, default="")
    their_objectives_en: Mapped[str] = mapped_column(Text, default="")
    background_th: Mapped[str] = mapped_column(Text, default="")
    background_en: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship(back_populates="events")
    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventParticipant.position"
    )
    topic_links: Mapped[list[EventTopic]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventTopic.position"
    )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def end_zone(self) -> ZoneInfo:
        return ZoneInfo(self.end_timezone or self.timezone)

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self) -> datetime | None:
        return self.ends_at.astimezone(self.end_zone) if self.ends_at else None


class EventParticipant(Record, Base):
    __tablename__ = "event_participant"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    role_th: Mapped[str] = mapped_column(Text, default="")
    role_en: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()


class DelegationMember(Record, Base):
    """A person's place in a trip's delegation (ours or theirs), with role and precedence."""

    __tablename__ = "delegation_member"
    __table_args__ = (UniqueConstraint("trip_id", "person_id"),)

    trip_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[DelegationSide] = mapped_column(_enum(DelegationSide), default=DelegationSide.HOME)
    role_th: Mapped[str] = mapped_column(Text, default="")
    role_en: Mapped[str] = mapped_column(Text, default="")
    precedence: Mapped[int] = mapped_column(Integer, default=0)  # 1 = head of delegation
    is_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)

    trip: Mapped[Trip] = relationship(back_populates="delegation")
    person: Mapped[Person] = relationship()


# --- topics and talking points (a library reused across trips) ---------------------------------


class Topic(Record, Base):
    __tablename__ = "topic"

    title_th: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    summary_th: Mapped[str] = mapped_column(Text, default="")  # background / current position
    summary_en: Mapped[str] = mapped_column(Text, default="")
    # the office that keeps it current
    owner_th: Mapped[str] = mapped_column(Text, default="")
    owner_en: Mapped[str] = mapped_column(Text, default="")

    talking_points: Mapped[list[TalkingPoint]] = relationship(
        back_populates="topic", cascade="all, delete-orphan", order_by="TalkingPoint.position"
    )


class TalkingPoint(Record, Base):
    __tablename__ = "talking_point"

    topic_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[TalkingPointKind] = mapped_column(
        _enum(TalkingPointKind), default=TalkingPointKind.KEY_MESSAGE
    )
    text_th: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    owner_th: Mapped[str] = mapped_column(Text, default="")
    owner_en: Mapped[str] = mapped_column(Text, default="")
    cleared_by_th: Mapped[str] = mapped_column(Text, default="")
    cleared_by_en: Mapped[str] = mapped_column(Text, default="")
    cleared_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    topic: Mapped[Topic] = relationship(back_populates="talking_points")


class TripTopic(Record, Base):
    __tablename__ = "trip_topic"
    __table_args__ = (UniqueConstraint("trip_id", "topic_id"),)

    trip_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    topic_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    trip: Mapped[Trip] = relationship(back_populates="topic_links")
    topic: Mapped[Topic] = relationship()


class EventTopic(Record, Base):
    """A topic to raise at a meeting: its talking points go into that meeting's brief."""

    __tablename__ = "event_topic"
    __table_args__ = (UniqueConstraint("event_id", "topic_id"),)

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    topic_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="topic_links")
    topic: Mapped[Topic] = relationship()


# --- agreements, gifts, protocol, annexes -------------------------------------------------------


class Agreement(Record, Base):
    __tablename__ = "agreement"

    trip_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32), default="MoU")
    title_th: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    summary_th: Mapped[str] = mapped_column(Text, default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[AgreementStatus] = mapped_column(
        _enum(AgreementStatus), default=AgreementStatus.DRAFT
    )
    event_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )  # the signing ceremony

    trip: Mapped[Trip] = relationship(back_populates="agreements")
    event: Mapped[Event | None] = relationship()
    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementParty.position"
    )
    signatories: Mapped[list[AgreementSignatory]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="AgreementSignatory.position",
    )


class AgreementParty(Record, Base):
    __tablename__ = "agreement_party"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[PartyRole] = mapped_column(_enum(PartyRole), default=PartyRole.PARTY)
    position: Mapped[int] = mapped_column(Integer, default=0)

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    organisation: Mapped[Organisation] = relationship()


class AgreementSignatory(Record, Base):
    __tablename__ = "agreement_signatory"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    on_behalf_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    agreement: Mapped[Agreement] = relationship(back_populates="signatories")
    person: Mapped[Person] = relationship()
    on_behalf_of: Mapped[Organisation | None] = relationship()


class Gift(Record, Base):
    __tablename__ = "gift"

    trip_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[GiftDirection] = mapped_column(
        _enum(GiftDirection), default=GiftDirection.GIVEN
    )
    description_th: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    giver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    recipient_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    value_amount: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    value_currency: Mapped[str] = mapped_column(String(3), default="THB")
    notes: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship(back_populates="gifts")
    giver: Mapped[Person | None] = relationship(foreign_keys=[giver_id])
    recipient: Mapped[Person | None] = relationship(foreign_keys=[recipient_id])
    event: Mapped[Event | None] = relationship()


class ProtocolNote(Record, Base):
    __tablename__ = "protocol_note"

    trip_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[ProtocolCategory] = mapped_column(
        _enum(ProtocolCategory), default=ProtocolCategory.GENERAL
    )
    text_th: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    trip: Mapped[Trip] = relationship(back_populates="protocol_notes")


class Annex(Record, Base):
    __tablename__ = "annex"

    trip_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    title_th: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    body_th: Mapped[str] = mapped_column(Text, default="")
    body_en: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    trip: Mapped[Trip] = relationship(back_populates="annexes")


# --- briefing books and their editions ----------------------------------------------------------


class BriefingBook(Record, Base):
    __tablename__ = "briefing_book"

    trip_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    title_th: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[BookLanguage] = mapped_column(_enum(BookLanguage), default=BookLanguage.THAI)
    paper: Mapped[PaperSize] = mapped_column(_enum(PaperSize), default=PaperSize.A4)
    classification: Mapped[Classification] = mapped_column(
        _enum(Classification), default=Classification.UNCLASSIFIED
    )
    thai_numerals: Mapped[bool] = mapped_column(Boolean, default=False)
    # The chosen sections in their order: a list of BookSection values.
    sections: Mapped[list[str]] = mapped_column(JSON, default=lambda: list(DEFAULT_SECTIONS))
    # Edition number the change sheet compares with (None: no change sheet).
    changes_since_edition: Mapped[int | None] = mapped_column(Integer)
    # the office that prepares the book (the cover's "prepared by"); empty: the office's name
    author_th: Mapped[str] = mapped_column(Text, default="")
    author_en: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship(back_populates="books")
    people: Mapped[list[BookPerson]] = relationship(
        back_populates="book", cascade="all, delete-orphan", order_by="BookPerson.position"
    )
    topics: Mapped[list[BookTopic]] = relationship(
        back_populates="book", cascade="all, delete-orphan", order_by="BookTopic.position"
    )
    editions: Mapped[list[Edition]] = relationship(
        back_populates="book", cascade="all, delete-orphan", order_by="Edition.number"
    )


class BookPerson(Record, Base):
    """A counterpart whose biography goes into the book, in this order."""

    __tablename__ = "book_person"
    __table_args__ = (UniqueConstraint("book_id", "person_id"),)

    book_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("briefing_book.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    book: Mapped[BriefingBook] = relationship(back_populates="people")
    person: Mapped[Person] = relationship()


class BookTopic(Record, Base):
    """A topic paper that goes into the book, in this order."""

    __tablename__ = "book_topic"
    __table_args__ = (UniqueConstraint("book_id", "topic_id"),)

    book_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("briefing_book.id", ondelete="CASCADE"), index=True
    )
    topic_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    book: Mapped[BriefingBook] = relationship(back_populates="topics")
    topic: Mapped[Topic] = relationship()


class Edition(Record, Base):
    """One export of a book: its number, the data's as-of time and a hash of what was printed."""

    __tablename__ = "edition"
    __table_args__ = (UniqueConstraint("book_id", "number"),)

    book_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("briefing_book.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    # What the edition printed, in a plain form, so a later edition can list what changed.
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    language: Mapped[str] = mapped_column(String(8), default="")
    paper: Mapped[str] = mapped_column(String(8), default="")

    book: Mapped[BriefingBook] = relationship(back_populates="editions")


# --- the office that uses this database -------------------------------------------------------


class Office(Record, Base):
    """The office whose books this database prints: its name and its emblem or logo.

    One row per database, set once by the office (no emblem is shipped: a ministry's emblem is
    the ministry's to use). Not part of a trip, so never carried in a trip file."""

    __tablename__ = "office"

    name_th: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    emblem_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("photo.id", ondelete="SET NULL"))

    emblem: Mapped[Photo | None] = relationship()


# --- exchange between laptops -------------------------------------------------------------------


class ExchangeState(Base):
    """The content hash of a record when it last left (pack) or entered (unpack) this database.

    Unpacking compares three hashes: this one, the record's hash now, and the incoming one; a
    record whose hash here and in the file both differ from it was changed on both sides since
    the last exchange (a conflict). Not a Record: it is bookkeeping and never itself exchanged.
    """

    __tablename__ = "exchange_state"

    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    exchanged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TravelOrigin(Base):
    """A trip of a laptop copy (core/travel): where it was taken from, when, and when last
    brought back. Bookkeeping like :class:`ExchangeState`, never exchanged; empty anywhere but
    in a copy. Kept apart from ``exchange_state``: packing or unpacking a trip file on the
    laptop rewrites that table, and the return would then take the laptop's edits for the
    server's."""

    __tablename__ = "travel_origin"

    trip_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    #: A file path or a database URL, never with a password.
    source: Mapped[str] = mapped_column(Text)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class TravelBase(Base):
    """Each record of a laptop copy's trip as the server had it when the copy last met it: its
    content hash and its fields (JSON, as a trip file writes them, a photo's bytes left out),
    so a record both sides changed is merged field by field. ``content`` is empty in the
    first copies ever made, whose records then conflict whole, as in a trip file."""

    __tablename__ = "travel_base"

    trip_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[str | None] = mapped_column(Text, nullable=True)


class RecordChange(Base):
    """One change of one record, kept for good: who inserted, updated or deleted it, when, and
    which of its fields an update changed (their names, comma-separated; the bookkeeping
    columns row_version, updated_at and changed_by left out). Written by the database itself
    (:mod:`brst_desktop.core.history`), whatever path the write takes, so the change sheet can
    name who made each change it lists. ``trip_id`` is the trip a trip-owned row belongs to
    (the trip's own id for a trip), empty for shared records (people, topics...); on the office
    server row-level security shows a trip's history only to those cleared for the trip."""

    __tablename__ = "record_change"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    trip_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    op: Mapped[str] = mapped_column(String(8))
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fields: Mapped[str | None] = mapped_column(Text, nullable=True)
    author: Mapped[str | None] = mapped_column(String(AUTHOR_LENGTH), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)

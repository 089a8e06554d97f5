"""What the program knows about each kind of record, in one place.

Every table of the model has one :class:`Entity` here: what a record of it is called (Thai and
English), the record it belongs to, the columns that name it, whether the global search covers
it, and which page of the window edits it. The services (what a change touches, choice lists),
the search, the trip-file import and its preview, the book preview and the window's navigation
all read these facts from here, so they cannot disagree; tests check each fact against the
models (the parent column is a cascading foreign key, the label columns exist...).

Entities are listed parents before children: the order a trip's records are inserted in.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from brst_desktop.core import models as m
from brst_desktop.core.words import Words

Key = tuple[str, uuid.UUID]


@dataclass(frozen=True, slots=True)
class Entity:
    model: type[m.Base]
    #: What one record is called inside a sentence ("briefing book"); :attr:`title` as a label.
    noun: Words
    #: The column naming the record this one belongs to (an event's ``trip_id``): a change to
    #: this record is also a change to that one, and the window shows it inside that one.
    parent: str | None = None
    #: The columns that name a record: (Thai, English). None: a link, named by what it links.
    label: tuple[str, str] | None = None
    #: Shown in brackets after the name in choice lists (a person's 阴和俊, an agency's MOST).
    label_extra: str | None = None
    #: Columns naming the record when both label columns are empty, best first: an
    #: organisation known only by its Chinese name (a contact from a phone) is still named.
    label_fallback: tuple[str, ...] = ()
    #: The column choice lists are sorted by (default: the English label).
    order_by: str | None = None
    #: The global search covers this record's texts.
    searched: bool = False
    #: The page of the main window that edits it (None: edited inside its parent's page only).
    page: str | None = None
    #: A change to it can alter a printed book (the book preview renders again).
    printed: bool = True
    #: Carried in a trip file (the office's own name and emblem belong to its database).
    exchanged: bool = True

    @property
    def name(self) -> str:
        """The table name, which also names the entity in a ChangeSet."""
        return self.table.name

    @property
    def table(self) -> Table:
        table = self.model.__table__
        assert isinstance(table, Table)
        return table

    @property
    def title(self) -> Words:
        """What a record is called as a label or column heading ("Briefing book")."""
        return self.noun.capitalised()

    @property
    def parent_entity(self) -> str | None:
        """The entity :attr:`parent` points at, read from the model's foreign key."""
        if self.parent is None:
            return None
        (foreign_key,) = self.table.c[self.parent].foreign_keys
        return foreign_key.column.table.name

    def parent_key(self, values: Mapping[str, Any]) -> Key | None:
        """The record these values belong to, as a ChangeSet key (None: none)."""
        target = self.parent_entity
        if target is None or self.parent is None or values.get(self.parent) is None:
            return None
        return (target, values[self.parent])

    def label_of(self, values: Mapping[str, Any]) -> Words | None:
        """The record's own name in both languages (each falls back to the other), or None
        for a link or a record with no name yet."""
        if self.label is None:
            return None
        th, en = (_plain(values.get(column)) for column in self.label)
        if not (th or en):
            other = next((_plain(values.get(c)) for c in self.label_fallback if values.get(c)), "")
            return Words(other, other) if other else None
        return Words(th or en, en or th)


def _plain(value: Any) -> str:
    """A name on one line (line breaks and runs of spaces as one space)."""
    return " ".join(str(value or "").split())


def _entity(model: type[m.Base], th: str, en: str, **facts: Any) -> Entity:
    return Entity(model, Words(th, en), **facts)


_TITLE = ("title_th", "title_en")
_TEXT = ("text_th", "text_en")
_NAME = ("name_th", "name_en")

#: Every kind of record, parents before children.
ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (
        _entity(m.Organisation, "หน่วยงาน", "organisation", label=_NAME,
                label_extra="abbreviation_en",
                label_fallback=("name_native", "abbreviation_en", "abbreviation_th"),
                searched=True, page="organisations"),
        _entity(m.Photo, "รูปถ่าย", "photo", label=("original_name", "original_name")),
        _entity(m.Person, "บุคคล", "person", label=_NAME, label_extra="name_native",
                label_fallback=("name_native", "name_native_latin"), searched=True,
                page="people"),
        _entity(m.PreviousMeeting, "การพบกันครั้งก่อน", "previous meeting", parent="person_id",
                label=("occasion_th", "occasion_en"), searched=True, page="people"),
        _entity(m.Topic, "ประเด็น", "topic", label=_TITLE, searched=True, page="topics"),
        _entity(m.TalkingPoint, "ประเด็นการหารือ", "talking point", parent="topic_id",
                label=_TEXT, searched=True, page="topics"),
        _entity(m.Trip, "การเดินทาง", "trip", label=_TITLE, searched=True, page="trips"),
        _entity(m.Event, "กิจกรรม", "event", parent="trip_id", label=_TITLE,
                order_by="starts_at", searched=True, page="trips"),
        _entity(m.EventParticipant, "ผู้ร่วมกิจกรรม", "event participant", parent="event_id"),
        _entity(m.EventTopic, "ประเด็นของกิจกรรม", "event topic", parent="event_id"),
        _entity(m.DelegationMember, "ตำแหน่งในคณะผู้แทน", "delegation seat", parent="trip_id"),
        _entity(m.TripTopic, "ประเด็นของการเดินทาง", "trip topic", parent="trip_id"),
        _entity(m.Agreement, "ความตกลง", "agreement", parent="trip_id", label=_TITLE,
                searched=True, page="agreements"),
        _entity(m.AgreementParty, "ภาคีของความตกลง", "agreement party",
                parent="agreement_id"),
        _entity(m.AgreementSignatory, "ผู้ลงนามในความตกลง", "agreement signatory",
                parent="agreement_id"),
        _entity(m.Gift, "ของที่ระลึก", "gift", parent="trip_id",
                label=("description_th", "description_en"), searched=True, page="trips"),
        _entity(m.ProtocolNote, "หมายเหตุด้านพิธีการ", "protocol note", parent="trip_id",
                label=_TEXT, searched=True, page="trips"),
        _entity(m.Annex, "ภาคผนวก", "annex", parent="trip_id", label=_TITLE, searched=True,
                page="trips"),
        _entity(m.BriefingBook, "เอกสารประกอบการเดินทาง", "briefing book", parent="trip_id",
                label=_TITLE, searched=True, page="books"),
        _entity(m.BookPerson, "บุคคลในเอกสารประกอบการเดินทาง", "person in a book",
                parent="book_id"),
        _entity(m.BookTopic, "ประเด็นในเอกสารประกอบการเดินทาง", "topic in a book",
                parent="book_id"),
        _entity(m.Edition, "ฉบับพิมพ์", "edition", parent="book_id"),
        _entity(m.Office, "หน่วยงานผู้จัดทำ", "office", label=_NAME, exchanged=False),
    )
}  # fmt: skip


def entity(name: str) -> Entity:
    """The entity of a table name; ValueError for a name that is not a kind of record."""
    try:
        return ENTITIES[name]
    except KeyError:
        raise ValueError(f"no such record type: {name}") from None


def searched() -> list[Entity]:
    return [e for e in ENTITIES.values() if e.searched]


def printed() -> frozenset[str]:
    """The entities whose changes can alter a printed book."""
    return frozenset(e.name for e in ENTITIES.values() if e.printed)


def parent_key(name: str, values: Mapping[str, Any]) -> Key | None:
    """The record a record of ``name`` with these values belongs to (None for an unknown
    table: bookkeeping tables belong to nothing)."""
    found = ENTITIES.get(name)
    return found.parent_key(values) if found is not None else None


def trip_owned() -> dict[str, tuple[str, str, bool]]:
    """Every table that belongs to a trip, directly or through its parents: table ->
    (parent column, parent table, whether that column may be empty), parents before children."""
    owned: dict[str, tuple[str, str, bool]] = {}
    for name, entity in ENTITIES.items():
        parent = entity.parent_entity
        if (
            entity.parent is not None
            and parent is not None
            and (parent == "trip" or parent in owned)
        ):
            nullable = bool(entity.table.c[entity.parent].nullable)
            owned[name] = (entity.parent, parent, nullable)
    return owned

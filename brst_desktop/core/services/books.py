"""Briefing books: which counterparts and topics go in, and in what order."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, Protocol, TypeVar

from sqlalchemy import delete, select

from brst_desktop.core import models as m
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database


class _Record(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


R = TypeVar("R", bound=_Record)


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    label_th: str
    label_en: str
    chosen: bool


class BookRow(NamedTuple):
    id: uuid.UUID
    title_th: str
    title_en: str
    language: str  # a BookLanguage value
    paper: str  # a PaperSize value
    trip_id: uuid.UUID
    trip_th: str
    trip_en: str


class EditionRow(NamedTuple):
    id: uuid.UUID
    number: int
    as_of: datetime
    language: str
    paper: str
    #: Who exported it (None for editions older than schema 0004).
    changed_by: str | None = None


@dataclass(frozen=True)
class BookChoices:
    """What the book page shows beside the book's own fields."""

    classification: str  # a Classification value: suggests a password for the PDF
    sections: list[str]  # BookSection values, in the book's order
    people: list[Choice]
    topics: list[Choice]
    editions: list[EditionRow]


def list_books(db: Database) -> list[BookRow]:
    b, t = m.BriefingBook.__table__, m.Trip.__table__
    query = (
        select(
            b.c.id,
            b.c.title_th,
            b.c.title_en,
            b.c.language,
            b.c.paper,
            b.c.trip_id,
            t.c.title_th.label("trip_th"),
            t.c.title_en.label("trip_en"),
        )
        .select_from(b.join(t, b.c.trip_id == t.c.id))
        .order_by(t.c.start_date.desc(), b.c.created_at)
    )
    with db.session() as session:
        return [
            BookRow(**{**row, "language": row.language.value, "paper": row.paper.value})
            for row in session.execute(query).mappings()
        ]


def book_choices(db: Database, book_id: uuid.UUID) -> BookChoices | None:
    """The book's classification, sections, people and topic choices and editions (None: the
    book is gone)."""
    with db.session() as session:
        book = session.get(m.BriefingBook, book_id)
        if book is None:
            return None
        classification, sections = book.classification.value, list(book.sections or [])
    return BookChoices(
        classification,
        sections,
        people_choices(db, book_id),
        topic_choices(db, book_id),
        list_editions(db, book_id),
    )


def _person_label(p: m.Person) -> tuple[str, str]:
    native = f" ({p.name_native})" if p.name_native else ""
    return (p.name_th or p.name_en) + native, (p.name_en or p.name_th) + native


def people_choices(db: Database, book_id: uuid.UUID) -> list[Choice]:
    """The chosen counterparts in book order, then the rest of the trip's people.

    Candidates are the trip's delegation (host side first) and everyone taking part in its events.
    """
    with db.session() as session:
        book = session.get(m.BriefingBook, book_id)
        if book is None:
            return []
        chosen = [link.person for link in book.people]
        candidates: list[m.Person] = []
        members = sorted(
            book.trip.delegation, key=lambda d: (d.side != m.DelegationSide.HOST, d.precedence)
        )
        candidates.extend(d.person for d in members)
        for event in book.trip.events:
            candidates.extend(p.person for p in event.participants)
        return _choices(chosen, candidates, _person_label)


def topic_choices(db: Database, book_id: uuid.UUID) -> list[Choice]:
    """The chosen topics in book order, then the trip's topics, then the rest of the library."""
    with db.session() as session:
        book = session.get(m.BriefingBook, book_id)
        if book is None:
            return []
        chosen = [link.topic for link in book.topics]
        trip_topics = [link.topic for link in book.trip.topic_links]
        library = list(session.scalars(select(m.Topic).order_by(m.Topic.title_en)))
        return _choices(chosen, trip_topics + library, lambda t: (t.title_th, t.title_en))


def _choices(
    chosen: list[R],
    candidates: Iterable[R],
    label: Callable[[R], tuple[str, str]],
) -> list[Choice]:
    """The chosen records in their order, then every other candidate once, in candidate order."""
    seen = {record.id for record in chosen}
    rest = []
    for record in candidates:
        if record.id not in seen:
            seen.add(record.id)
            rest.append(record)
    return [Choice(r.id, *label(r), True) for r in chosen] + [
        Choice(r.id, *label(r), False) for r in rest
    ]


def chosen_ids(db: Database, book_id: uuid.UUID, kind: str) -> list[uuid.UUID]:
    query = (
        select(m.BookPerson.person_id)
        .where(m.BookPerson.book_id == book_id)
        .order_by(m.BookPerson.position)
        if kind == "people"
        else select(m.BookTopic.topic_id)
        .where(m.BookTopic.book_id == book_id)
        .order_by(m.BookTopic.position)
    )
    with db.session() as session:
        return list(session.scalars(query))


def set_choices(db: Database, book_id: uuid.UUID, kind: str, ids: list[uuid.UUID]) -> ChangeSet:
    """Replace the book's counterparts (``kind="people"``) or topics (``"topics"``), in order."""
    link = m.BookPerson if kind == "people" else m.BookTopic
    target = "person_id" if kind == "people" else "topic_id"
    entity = link.__tablename__
    with db.session() as session:
        old = list(session.scalars(select(link.id).where(link.book_id == book_id)))
        session.execute(delete(link).where(link.book_id == book_id))
        new = []
        for position, record_id in enumerate(dict.fromkeys(ids)):
            row = link(id=uuid.uuid4(), book_id=book_id, position=position, **{target: record_id})
            session.add(row)
            new.append(row.id)
    return ChangeSet.of(
        added=[(entity, i) for i in new],
        deleted=[(entity, i) for i in old],
        updated=[("briefing_book", book_id)],
    )


def list_editions(db: Database, book_id: uuid.UUID) -> list[EditionRow]:
    """The book's exported editions, newest first (number, as-of time, language, paper, who
    exported it)."""
    e = m.Edition.__table__
    query = (
        select(e.c.id, e.c.number, e.c.as_of, e.c.language, e.c.paper, e.c.changed_by)
        .where(e.c.book_id == book_id)
        .order_by(e.c.number.desc())
    )
    with db.session() as session:
        return list(map(EditionRow._make, session.execute(query).all()))

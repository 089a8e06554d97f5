"""Trips and their itinerary as the screens show them: rows, days, both clocks and warnings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.event_times import crossing
from brst_desktop.core.ids import newest_first
from brst_desktop.core.services.records import read_rows
from brst_desktop.core.words import Words


@dataclass(frozen=True)
class TripRow:
    id: uuid.UUID
    title_th: str
    title_en: str
    destination_th: str
    destination_en: str
    start_date: date | None
    end_date: date | None
    home_timezone: str
    destination_timezone: str
    is_sample: bool
    event_count: int


@dataclass(frozen=True)
class ItineraryItem:
    """One event with its times in its own zone and in the trip's home zone."""

    id: uuid.UUID
    kind: str
    status: str
    title_th: str
    title_en: str
    venue_th: str
    venue_en: str
    zone: str
    end_zone: str
    local_start: datetime
    local_end: datetime | None
    home_start: datetime
    home_end: datetime | None
    crosses_midnight_local: bool
    crosses_midnight_home: bool
    overlaps: tuple[uuid.UUID, ...]

    @property
    def day(self) -> date:
        """The day the event belongs to: its start date where it happens."""
        return self.local_start.date()


def list_trips(db: Database) -> list[TripRow]:
    """Every trip, newest first (the first is the one commands take when none is named)."""
    from sqlalchemy import func

    with db.session() as session:
        counts = dict(
            session.execute(select(m.Event.trip_id, func.count()).group_by(m.Event.trip_id)).all()
        )
        trips = session.scalars(select(m.Trip).order_by(*newest_first())).all()
        return [
            TripRow(
                id=t.id,
                title_th=t.title_th,
                title_en=t.title_en,
                destination_th=t.destination_th,
                destination_en=t.destination_en,
                start_date=t.start_date,
                end_date=t.end_date,
                home_timezone=t.home_timezone,
                destination_timezone=t.destination_timezone,
                is_sample=t.is_sample,
                event_count=counts.get(t.id, 0),
            )
            for t in trips
        ]


def analyse_itinerary(events: list[m.Event], home_timezone: str) -> list[ItineraryItem]:
    """Events in time order with home-zone times, midnight crossings and overlaps."""
    home = ZoneInfo(home_timezone)
    ordered = sorted(events, key=lambda e: e.starts_at)
    overlaps: dict[uuid.UUID, list[uuid.UUID]] = {e.id: [] for e in ordered}
    active = [e for e in ordered if e.status is not m.EventStatus.CANCELLED]
    for i, first in enumerate(active):
        first_end = first.ends_at or first.starts_at
        for second in active[i + 1 :]:
            if second.starts_at >= first_end:
                break
            overlaps[first.id].append(second.id)
            overlaps[second.id].append(first.id)
    items = []
    for e in ordered:
        local_start, local_end = e.local_start, e.local_end
        home_start = e.starts_at.astimezone(home)
        home_end = e.ends_at.astimezone(home) if e.ends_at else None
        crosses = crossing(e.starts_at, e.ends_at, e.timezone, e.end_timezone, home_timezone)
        items.append(
            ItineraryItem(
                id=e.id,
                kind=e.kind.value,
                status=e.status.value,
                title_th=e.title_th,
                title_en=e.title_en,
                venue_th=e.venue_th,
                venue_en=e.venue_en,
                zone=e.timezone,
                end_zone=e.end_timezone or e.timezone,
                local_start=local_start,
                local_end=local_end,
                home_start=home_start,
                home_end=home_end,
                crosses_midnight_local=crosses.local,
                crosses_midnight_home=crosses.home,
                overlaps=tuple(overlaps[e.id]),
            )
        )
    return items


def itinerary(db: Database, trip_id: uuid.UUID) -> list[ItineraryItem]:
    with db.session() as session:
        trip = session.get(m.Trip, trip_id)
        if trip is None:
            return []
        events = list(session.scalars(select(m.Event).where(m.Event.trip_id == trip_id)))
        return analyse_itinerary(events, trip.home_timezone)


# --- the trip's own lists -----------------------------------------------------------------------


class DelegationRow(NamedTuple):
    id: uuid.UUID
    person_id: uuid.UUID
    side: str  # a DelegationSide value
    role_th: str
    role_en: str
    precedence: int
    name: Words  # the person's


class TripTopicRow(NamedTuple):
    id: uuid.UUID
    topic_id: uuid.UUID
    position: int
    name: Words  # the topic's title


class GiftRow(NamedTuple):
    id: uuid.UUID
    description_th: str
    description_en: str
    direction: str  # a GiftDirection value


class ProtocolNoteRow(NamedTuple):
    id: uuid.UUID
    text_th: str
    text_en: str
    category: str  # a ProtocolCategory value
    position: int


class AnnexRow(NamedTuple):
    id: uuid.UUID
    title_th: str
    title_en: str
    position: int


def delegation(db: Database, trip_id: uuid.UUID) -> list[DelegationRow]:
    where = {"trip_id": trip_id}
    return read_rows(
        db, DelegationRow, "delegation_member", where, order_by="precedence", link="person_id"
    )


def trip_topics(db: Database, trip_id: uuid.UUID) -> list[TripTopicRow]:
    return read_rows(
        db, TripTopicRow, "trip_topic", {"trip_id": trip_id}, order_by="position", link="topic_id"
    )


def gifts(db: Database, trip_id: uuid.UUID) -> list[GiftRow]:
    return read_rows(db, GiftRow, "gift", {"trip_id": trip_id})


def protocol_notes(db: Database, trip_id: uuid.UUID) -> list[ProtocolNoteRow]:
    where = {"trip_id": trip_id}
    return read_rows(db, ProtocolNoteRow, "protocol_note", where, order_by="position")


def annexes(db: Database, trip_id: uuid.UUID) -> list[AnnexRow]:
    return read_rows(db, AnnexRow, "annex", {"trip_id": trip_id}, order_by="position")

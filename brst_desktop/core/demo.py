"""The demo trip: the November 2023 Chongqing conference, loaded from resources/demo.

Record ids are derived from the demo's own keys (UUID 5), so every fresh copy of the demo has the
same ids: a trip packed from one demo database is recognised by another.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core.db import Database, open_database
from brst_desktop.resources import resource_path

DEMO_FILE = ("demo", "chongqing-2023.json")
_NAMESPACE = uuid.UUID("6f1d8c52-3b0e-4f0a-9a57-0b5e1c2d7a10")


def demo_id(key: str) -> uuid.UUID:
    """The fixed id of the demo record with this key (for example ``demo_id("person:yin")``)."""
    return uuid.uuid5(_NAMESPACE, key)


def demo_data() -> dict[str, Any]:
    with resource_path(*DEMO_FILE).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _local(value: str, zone: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(zone))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _fields(item: dict[str, Any], model: type[m.Base]) -> dict[str, Any]:
    """The keys of ``item`` that are plain columns of ``model``."""
    columns = set(model.__table__.columns.keys())
    return {k: v for k, v in item.items() if k in columns and k != "id"}


def load_demo(session: Session) -> uuid.UUID:
    """Add the demo trip (and its people, topics, book) to the session; returns the trip's id."""
    data = demo_data()
    org_id = {o["key"]: demo_id(f"organisation:{o['key']}") for o in data["organisations"]}
    person_id = {p["key"]: demo_id(f"person:{p['key']}") for p in data["people"]}
    topic_id = {t["key"]: demo_id(f"topic:{t['key']}") for t in data["topics"]}
    event_id = {e["key"]: demo_id(f"event:{e['key']}") for e in data["events"]}

    for item in data["organisations"]:
        session.add(m.Organisation(id=org_id[item["key"]], **_fields(item, m.Organisation)))
    for item in data["people"]:
        fields = _fields(item, m.Person)
        session.add(
            m.Person(
                id=person_id[item["key"]],
                organisation_id=org_id.get(item.get("organisation", "")),
                **fields,
            )
        )
    for index, item in enumerate(data["previous_meetings"]):
        session.add(
            m.PreviousMeeting(
                id=demo_id(f"previous_meeting:{index}"),
                person_id=person_id[item["person"]],
                met_on=_day(item.get("met_on")),
                place=item.get("place", ""),
                occasion=item.get("occasion", ""),
                summary=item.get("summary", ""),
            )
        )

    trip_data = data["trip"]
    trip = m.Trip(
        id=demo_id("trip"),
        **{
            **_fields(trip_data, m.Trip),
            "start_date": _day(trip_data["start_date"]),
            "end_date": _day(trip_data["end_date"]),
        },
    )
    session.add(trip)
    session.flush()

    for item in data["delegation"]:
        session.add(
            m.DelegationMember(
                id=demo_id(f"delegation:{item['person']}"),
                trip_id=trip.id,
                person_id=person_id[item["person"]],
                side=m.DelegationSide(item["side"]),
                role_th=item.get("role_th", ""),
                role_en=item.get("role_en", ""),
                precedence=item.get("precedence", 0),
                is_interpreter=item.get("is_interpreter", False),
            )
        )

    for item in data["topics"]:
        session.add(m.Topic(id=topic_id[item["key"]], **_fields(item, m.Topic)))
        for position, point in enumerate(item.get("points", [])):
            session.add(
                m.TalkingPoint(
                    id=demo_id(f"talking_point:{item['key']}:{position}"),
                    topic_id=topic_id[item["key"]],
                    kind=m.TalkingPointKind(point["kind"]),
                    text_th=point.get("text_th", ""),
                    text_en=point.get("text_en", ""),
                    owner=point.get("owner", ""),
                    cleared_by=point.get("cleared_by", ""),
                    cleared_on=_day(point.get("cleared_on")),
                    position=position,
                )
            )
    for position, key in enumerate(data["trip_topics"]):
        session.add(
            m.TripTopic(
                id=demo_id(f"trip_topic:{key}"),
                trip_id=trip.id,
                topic_id=topic_id[key],
                position=position,
            )
        )

    for item in data["events"]:
        zone = item["timezone"]
        end_zone = item.get("end_timezone") or zone
        fields = _fields(item, m.Event)
        fields.update(
            kind=m.EventKind(item["kind"]),
            status=m.EventStatus(item.get("status", "planned")),
            press=m.PressAccess(item.get("press", "unknown")),
            starts_at=_local(item["start"], zone),
            ends_at=_local(item["end"], end_zone) if item.get("end") else None,
            end_timezone=item.get("end_timezone", ""),
        )
        session.add(m.Event(id=event_id[item["key"]], trip_id=trip.id, **fields))
        for position, key in enumerate(item.get("participants", [])):
            session.add(
                m.EventParticipant(
                    id=demo_id(f"participant:{item['key']}:{key}"),
                    event_id=event_id[item["key"]],
                    person_id=person_id[key],
                    position=position,
                )
            )
        for position, key in enumerate(item.get("topics", [])):
            session.add(
                m.EventTopic(
                    id=demo_id(f"event_topic:{item['key']}:{key}"),
                    event_id=event_id[item["key"]],
                    topic_id=topic_id[key],
                    position=position,
                )
            )
    session.flush()

    for item in data["agreements"]:
        agreement = m.Agreement(
            id=demo_id(f"agreement:{item['key']}"),
            trip_id=trip.id,
            kind=item.get("kind", "MoU"),
            status=m.AgreementStatus(item["status"]),
            event_id=event_id.get(item.get("event", "")),
            title_th=item["title_th"],
            title_en=item["title_en"],
            summary_th=item.get("summary_th", ""),
            summary_en=item.get("summary_en", ""),
        )
        session.add(agreement)
        for position, party in enumerate(item.get("parties", [])):
            agreement.parties.append(
                m.AgreementParty(
                    id=demo_id(f"agreement_party:{item['key']}:{position}"),
                    organisation_id=org_id[party["organisation"]],
                    role=m.PartyRole(party["role"]),
                    position=position,
                )
            )
        for position, signatory in enumerate(item.get("signatories", [])):
            agreement.signatories.append(
                m.AgreementSignatory(
                    id=demo_id(f"agreement_signatory:{item['key']}:{position}"),
                    person_id=person_id[signatory["person"]],
                    on_behalf_of_id=org_id.get(signatory.get("on_behalf_of", "")),
                    position=position,
                )
            )

    for index, item in enumerate(data["gifts"]):
        session.add(
            m.Gift(
                id=demo_id(f"gift:{index}"),
                trip_id=trip.id,
                direction=m.GiftDirection(item["direction"]),
                description_th=item.get("description_th", ""),
                description_en=item.get("description_en", ""),
                giver_id=person_id.get(item.get("giver", "")),
                recipient_id=person_id.get(item.get("recipient", "")),
                event_id=event_id.get(item.get("event", "")),
                value_amount=item.get("value_amount"),
                value_currency=item.get("value_currency", "THB"),
            )
        )
    for position, item in enumerate(data["protocol_notes"]):
        session.add(
            m.ProtocolNote(
                id=demo_id(f"protocol_note:{position}"),
                trip_id=trip.id,
                category=m.ProtocolCategory(item["category"]),
                text_th=item["text_th"],
                text_en=item["text_en"],
                position=position,
            )
        )
    for position, item in enumerate(data["annexes"]):
        session.add(
            m.Annex(
                id=demo_id(f"annex:{position}"),
                trip_id=trip.id,
                position=position,
                **_fields(item, m.Annex),
            )
        )

    book_data = data["book"]
    book = m.BriefingBook(
        id=demo_id("book"),
        trip_id=trip.id,
        title_th=book_data["title_th"],
        title_en=book_data["title_en"],
        language=m.BookLanguage(book_data["language"]),
        paper=m.PaperSize(book_data["paper"]),
        classification=m.Classification(book_data["classification"]),
        author=book_data.get("author", ""),
        sections=list(m.DEFAULT_SECTIONS),
    )
    session.add(book)
    for position, key in enumerate(book_data["people"]):
        book.people.append(
            m.BookPerson(
                id=demo_id(f"book_person:{key}"), person_id=person_id[key], position=position
            )
        )
    for position, key in enumerate(book_data["topics"]):
        book.topics.append(
            m.BookTopic(id=demo_id(f"book_topic:{key}"), topic_id=topic_id[key], position=position)
        )
    session.flush()
    return trip.id


def has_demo(session: Session) -> bool:
    return session.scalar(select(m.Trip.id).where(m.Trip.id == demo_id("trip"))) is not None


def open_demo_database(folder: Path | None = None) -> Database:
    """A fresh database holding only the demo trip, in a new temporary folder by default.

    A temporary folder made here is removed when the program exits: every ``--demo`` start makes
    a new copy, and officials' laptops should not collect them.
    """
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="brst-demo-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    database = open_database(folder / "demo.sqlite")
    with database.session() as session:
        if not has_demo(session):
            load_demo(session)
    return database

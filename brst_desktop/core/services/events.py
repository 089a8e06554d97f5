"""An event's participants and topics to raise, as their lists show them."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from brst_desktop.core.db import Database
from brst_desktop.core.services.records import read_rows
from brst_desktop.core.words import Words


class ParticipantRow(NamedTuple):
    id: uuid.UUID
    person_id: uuid.UUID
    role_th: str
    role_en: str
    position: int
    name: Words  # the person's


class EventTopicRow(NamedTuple):
    id: uuid.UUID
    topic_id: uuid.UUID
    position: int
    name: Words  # the topic's title


def participants(db: Database, event_id: uuid.UUID) -> list[ParticipantRow]:
    where = {"event_id": event_id}
    return read_rows(
        db, ParticipantRow, "event_participant", where, order_by="position", link="person_id"
    )


def event_topics(db: Database, event_id: uuid.UUID) -> list[EventTopicRow]:
    where = {"event_id": event_id}
    return read_rows(db, EventTopicRow, "event_topic", where, order_by="position", link="topic_id")

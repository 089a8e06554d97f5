"""Topics and their talking points as their lists show them."""

from __future__ import annotations

import uuid
from datetime import date
from typing import NamedTuple

from brst_desktop.core.db import Database
from brst_desktop.core.services.records import read_rows


class TopicRow(NamedTuple):
    id: uuid.UUID
    title_th: str
    title_en: str
    owner_th: str
    owner_en: str


class TalkingPointRow(NamedTuple):
    id: uuid.UUID
    text_th: str
    text_en: str
    kind: str  # a TalkingPointKind value
    cleared_on: date | None
    position: int


def list_topics(db: Database) -> list[TopicRow]:
    return read_rows(db, TopicRow, "topic", order_by="title_en")


def talking_points(db: Database, topic_id: uuid.UUID) -> list[TalkingPointRow]:
    return read_rows(
        db, TalkingPointRow, "talking_point", {"topic_id": topic_id}, order_by="position"
    )

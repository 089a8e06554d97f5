"""The snapshot an edition keeps of what its book printed, and the check of its shape.

An export stores the snapshot; the next export compares with it for the change sheet. A snapshot
can also arrive in a trip file, so its shape is checked before it is stored (and again before it
is compared with), key by key: a snapshot of another shape is refused, never half-read.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, TypeGuard

from brst_desktop.core.dates import within_calendar
from brst_desktop.core.models import EventStatus, TalkingPointKind
from brst_desktop.core.services.validation import is_zone

SNAPSHOT_FORMAT = 1
#: Editions of one book are numbered from 1; more than this is nonsense, not a busy book.
MAX_EDITION = 1_000_000

EVENT_KEYS = frozenset(
    {"title_th", "title_en", "starts_at", "ends_at", "timezone", "end_timezone", "venue_th",
     "venue_en", "status"}
)  # fmt: skip
POINT_KEYS = frozenset({"topic_id", "topic_th", "topic_en", "kind", "text_th", "text_en"})
_EVENT_TEXT = ("title_th", "title_en", "venue_th", "venue_en")
_POINT_TEXT = ("topic_th", "topic_en", "text_th", "text_en")
_STATUSES = frozenset(s.value for s in EventStatus)
_KINDS = frozenset(k.value for k in TalkingPointKind)


def is_snapshot(value: object) -> TypeGuard[dict[str, Any]]:
    """Does ``value`` have exactly the shape :func:`brst_desktop.export.edition.snapshot`
    writes (format 1): real zones, times the calendar can hold, known statuses and kinds?"""
    if not isinstance(value, dict) or set(value) != {"format", "home_timezone", "events", "points"}:
        return False
    if value["format"] != SNAPSHOT_FORMAT or isinstance(value["format"], bool):
        return False
    events, points = value["events"], value["points"]
    if not _is_zone_name(value["home_timezone"]):
        return False
    if not isinstance(events, dict) or not isinstance(points, dict):
        return False
    return all(_is_id(k) and _is_event(v) for k, v in events.items()) and all(
        _is_id(k) and _is_point(v) for k, v in points.items()
    )


def _is_id(key: Any) -> bool:
    if not isinstance(key, str) or len(key) != 36:
        return False
    try:
        uuid.UUID(key)
    except ValueError:
        return False
    return True


def _is_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")  # a lone surrogate cannot be stored or printed
    except UnicodeEncodeError:
        return False
    return True


def _is_zone_name(value: Any) -> bool:
    return isinstance(value, str) and is_zone(value)


def _is_moment(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    return moment.tzinfo is not None and within_calendar(moment)


def _is_event(entry: Any) -> bool:
    if not isinstance(entry, dict) or set(entry) != EVENT_KEYS:
        return False
    return (
        all(_is_text(entry[k]) for k in _EVENT_TEXT)
        and _is_moment(entry["starts_at"])
        and (entry["ends_at"] is None or _is_moment(entry["ends_at"]))
        and _is_zone_name(entry["timezone"])
        and (entry["end_timezone"] == "" or _is_zone_name(entry["end_timezone"]))
        and entry["status"] in _STATUSES
    )


def _is_point(entry: Any) -> bool:
    if not isinstance(entry, dict) or set(entry) != POINT_KEYS:
        return False
    return (
        all(_is_text(entry[k]) for k in _POINT_TEXT)
        and _is_id(entry["topic_id"])
        and entry["kind"] in _KINDS
    )

"""Editions: a hash of what a book printed, a snapshot a later edition compares with, and the
change sheet between the two.

The snapshot keeps the parts readers act on when a printed book is updated with one page: each
event's time, place and status, and each talking point's text. The hash covers everything the
book printed (photos by their SHA-256), so two editions with the same hash print the same book.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from brst_desktop.core.editions import SNAPSHOT_FORMAT, is_snapshot
from brst_desktop.export.advice import BookWarning
from brst_desktop.export.content import BookContent, EventInfo, PhotoData


def _plain(value: Any) -> Any:
    """A JSON-ready form of the content, stable across runs."""
    if isinstance(value, PhotoData):
        return {"photo": value.sha256 or hashlib.sha256(value.data).hexdigest()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value


def content_hash(content: BookContent, language: str, paper: str) -> str:
    """SHA-256 of what the book prints (not of the PDF file, which carries its own dates)."""
    printed = _plain(dataclasses.replace(content, editions=(), warnings=[], authors={}, history={}))
    printed.pop("editions", None)
    printed.pop("warnings", None)
    printed.pop("authors", None)
    printed.pop("history", None)
    printed.pop("topic_links", None)
    printed["book"].pop("changes_since_edition", None)
    payload = json.dumps(
        {"content": printed, "language": language, "paper": paper},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _event_entry(event: EventInfo) -> dict[str, Any]:
    return {
        "title_th": event.title.th,
        "title_en": event.title.en,
        "starts_at": event.starts_at.isoformat(),
        "ends_at": event.ends_at.isoformat() if event.ends_at else None,
        "timezone": event.timezone,
        "end_timezone": event.end_timezone,
        "venue_th": event.venue.th,
        "venue_en": event.venue.en,
        "status": event.status.value,
    }


def snapshot(content: BookContent) -> dict[str, Any]:
    """What the next edition's change sheet compares with."""
    points: dict[str, Any] = {}
    for topic in content.topic_library.values():
        for point in topic.points:
            points[str(point.id)] = {
                "topic_id": str(topic.id),
                "topic_th": topic.title.th,
                "topic_en": topic.title.en,
                "kind": point.kind.value,
                "text_th": point.text.th,
                "text_en": point.text.en,
            }
    return {
        "format": SNAPSHOT_FORMAT,
        "home_timezone": content.trip.home_timezone,
        "events": {str(e.id): _event_entry(e) for e in content.events},
        "points": points,
    }


# --- the change sheet ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventChange:
    """An event as it was (``before``) and as it is (``after``); either may be None."""

    event_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class PointChange:
    point_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True)
class ChangeSheet:
    since: int  # the earlier edition's number
    moved: list[EventChange]
    added: list[EventChange]
    cancelled: list[EventChange]
    points_edited: list[PointChange]
    points_added: list[PointChange]
    points_removed: list[PointChange]

    @property
    def empty(self) -> bool:
        return not (
            self.moved
            or self.added
            or self.cancelled
            or self.points_edited
            or self.points_added
            or self.points_removed
        )


#: An event whose snapshot differs in these is listed as moved.
PLACE_AND_TIME = ("starts_at", "ends_at", "timezone", "end_timezone", "venue_th", "venue_en")


def _starts(change: EventChange) -> str:
    entry = change.after or change.before or {}
    return str(entry.get("starts_at", ""))


def compare(since: int, old: dict[str, Any], new: dict[str, Any]) -> ChangeSheet:
    """What changed between two snapshots: events moved, added or cancelled, points edited."""
    old_events: dict[str, Any] = old.get("events", {}) or {}
    new_events: dict[str, Any] = new.get("events", {}) or {}
    moved, added, cancelled = [], [], []
    for key, after in new_events.items():
        before = old_events.get(key)
        now_cancelled = after.get("status") == "cancelled"
        if before is None or before.get("status") == "cancelled":
            if not now_cancelled:
                added.append(EventChange(key, before, after))
            continue
        if now_cancelled:
            cancelled.append(EventChange(key, before, after))
        elif any(before.get(f) != after.get(f) for f in PLACE_AND_TIME):
            moved.append(EventChange(key, before, after))
    for key, before in old_events.items():
        if key not in new_events and before.get("status") != "cancelled":
            cancelled.append(EventChange(key, before, None))  # deleted since: cancelled for readers

    old_points: dict[str, Any] = old.get("points", {}) or {}
    new_points: dict[str, Any] = new.get("points", {}) or {}
    edited, p_added, p_removed = [], [], []
    for key, after in new_points.items():
        before = old_points.get(key)
        if before is None:
            p_added.append(PointChange(key, None, after))
        elif (before.get("text_th"), before.get("text_en"), before.get("kind")) != (
            after.get("text_th"),
            after.get("text_en"),
            after.get("kind"),
        ):
            edited.append(PointChange(key, before, after))
    p_removed = [PointChange(k, v, None) for k, v in old_points.items() if k not in new_points]

    for changes in (moved, added, cancelled):
        changes.sort(key=_starts)
    return ChangeSheet(since, moved, added, cancelled, edited, p_added, p_removed)


def change_sheet(content: BookContent, since: int | None) -> ChangeSheet | None:
    """The change sheet since edition ``since``, or None (with a warning if it is unknown)."""
    if since is None:
        return None
    earlier = content.edition(since)
    # A snapshot of another shape (an old bug, a hostile trip file) is no record at all.
    if earlier is None or not is_snapshot(earlier.snapshot):
        content.warnings.append(
            BookWarning(
                "Edition {number} of this book is not recorded, so no change sheet was printed.",
                number=since,
            )
        )
        return None
    return compare(since, earlier.snapshot, snapshot(content))

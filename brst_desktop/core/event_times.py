"""The rules of an event's times, for every screen, the book and every write.

An event's start is read on the clock of its zone, its end on the clock of its end zone (a
flight lands in another zone than it left) and both again on the home clock. Two rules follow:

* :func:`crossing`: whether an event runs past midnight on those clocks. Ending at 00:00 sharp
  does not cross: the event ends with the day. The itinerary screen warns and the printed
  programme marks the event from this one function, so they cannot disagree.
* :func:`follow_rules`: what else changes when one of an event's fields does. A new zone keeps
  the times as written on the programme (the wall clock: "09:00" stays 09:00, now in the new
  zone); a new start moves the end by as much (the event keeps its length). The editor, the
  update service and anything that writes through it apply the same rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def runs_past_midnight(start: datetime, end: datetime | None) -> bool:
    """True when, on the clocks ``start`` and ``end`` are given in, the event is still going
    on after a midnight (an end at 00:00 sharp is the end of the day before)."""
    if end is None or end <= start:
        return False
    days = (end.date() - start.date()).days
    if end.time() == time(0):
        days -= 1
    return days >= 1


@dataclass(frozen=True, slots=True)
class Crossing:
    """Whether an event runs past midnight where it happens and at home."""

    local: bool  # start on its zone's clock, end on its end zone's clock
    home: bool  # both on the home clock

    def __bool__(self) -> bool:
        return self.local or self.home


def crossing(
    starts_at: datetime,
    ends_at: datetime | None,
    timezone: str,
    end_timezone: str,
    home_timezone: str,
) -> Crossing:
    """Whether an event (instants, its zones, the trip's home zone) crosses midnight."""
    start_zone = ZoneInfo(timezone or home_timezone)
    end_zone = ZoneInfo(end_timezone) if end_timezone else start_zone
    home = ZoneInfo(home_timezone)
    if ends_at is None:
        return Crossing(False, False)
    return Crossing(
        runs_past_midnight(starts_at.astimezone(start_zone), ends_at.astimezone(end_zone)),
        runs_past_midnight(starts_at.astimezone(home), ends_at.astimezone(home)),
    )


def _known(*names: str) -> bool:
    try:
        return all(name and ZoneInfo(name) for name in names)
    except (ZoneInfoNotFoundError, ValueError):
        return False


def _on_clock(moment: datetime, old_zone: str, new_zone: str) -> datetime:
    """The instant that reads on ``new_zone``'s clock as ``moment`` read on ``old_zone``'s."""
    wall = moment.astimezone(ZoneInfo(old_zone)).replace(tzinfo=None)
    return wall.replace(tzinfo=ZoneInfo(new_zone))


def follow_rules(current: Mapping[str, Any], change: Mapping[str, Any]) -> dict[str, Any]:
    """``change`` to an event as it is now (``current``), with what the rules then change too.

    A field the change names itself is never overridden: undo, redo and a whole record (an
    import) set every time explicitly and get exactly what they set. A zone that is not a zone
    changes nothing here: validation refuses it with a sentence.
    """
    result = dict(change)
    after = {**current, **change}
    start, end = current.get("starts_at"), current.get("ends_at")
    old_zone, new_zone = current.get("timezone") or "", after.get("timezone") or ""
    old_end_zone = current.get("end_timezone") or old_zone
    new_end_zone = after.get("end_timezone") or new_zone
    if not _known(old_zone, new_zone, old_end_zone, new_end_zone):
        return result
    if "starts_at" not in change and start is not None and new_zone != old_zone:
        result["starts_at"] = _on_clock(start, old_zone, new_zone)
    if "ends_at" not in change and end is not None:
        if new_end_zone != old_end_zone:
            result["ends_at"] = _on_clock(end, old_end_zone, new_end_zone)
        elif "starts_at" in change and change["starts_at"] is not None and start is not None:
            result["ends_at"] = end + (change["starts_at"] - start)
    return result

"""Finding a trip or a briefing book by the id a person types: the whole UUID, or its start.

The command line takes ids everywhere (export, pack); ``brst-desktop list`` shows them. A prefix
is enough when only one record's id starts with it; dashes may be left out.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import UnaryExpression, select
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.errors import UserError

Found = TypeVar("Found", m.Trip, m.BriefingBook)


class RecordNotFoundError(UserError):
    """No single trip or book has the id given."""


def find_by_id(session: Session, model: type[Found], given: str | uuid.UUID) -> Found:
    """The trip or book whose UUID is ``given`` or starts with it; refused in a sentence."""
    if isinstance(given, uuid.UUID):
        found = session.get(model, given)
        if found is None:
            raise _not_found(model, "missing", id=given)
        return found
    key = given.strip().lower().replace("-", "")
    if not key or any(c not in "0123456789abcdef" for c in key):
        raise _not_found(model, "malformed", id=given)
    if len(key) == 32:
        found = session.get(model, uuid.UUID(key))
        if found is None:
            raise _not_found(model, "missing", id=given)
        return found
    matches = [record for record in session.scalars(select(model)) if record.id.hex.startswith(key)]
    if not matches:
        raise _not_found(model, "no prefix", id=given)
    if len(matches) > 1:
        raise _not_found(model, "ambiguous", id=given, count=len(matches))
    return matches[0]


def newest_first() -> tuple[UnaryExpression[Any], ...]:
    """The order ``brst-desktop list`` shows trips in: latest start date first, a trip without
    dates after those with, then the one created last. The first is the default trip.

    Not the trip changed last: an edit to an old trip, or importing it from another laptop,
    would then silently change what ``export`` or ``pack`` prints without ``--trip``."""
    return (m.Trip.start_date.desc().nulls_last(), m.Trip.created_at.desc(), m.Trip.id.desc())


def choose_trip(session: Session, given: str | uuid.UUID | None) -> m.Trip:
    """The trip named (its id or the start of it), else the first in :func:`newest_first`
    order: the trip that starts last. The one rule of every command that works on a trip
    (export, pack, calendar, contacts); their --help says it (``commands.DEFAULT_TRIP``)."""
    if given is not None and str(given).strip():
        return find_by_id(session, m.Trip, given)
    first = session.scalars(select(m.Trip).order_by(*newest_first()).limit(1)).first()
    if first is None:
        raise RecordNotFoundError("There is no trip in this database.")
    return first


def _not_found(model: type[m.Base], problem: str, **fields: object) -> RecordNotFoundError:
    """Whole sentences per kind of record, so each is translated as a sentence."""
    trip = model is m.Trip
    if problem == "malformed":
        if trip:
            return RecordNotFoundError(
                "“{id}” is not a trip id (a UUID or the start of one).", **fields
            )
        return RecordNotFoundError(
            "“{id}” is not a briefing book id (a UUID or the start of one).", **fields
        )
    if problem == "missing":
        if trip:
            return RecordNotFoundError("There is no trip with the id {id}.", **fields)
        return RecordNotFoundError("There is no briefing book with the id {id}.", **fields)
    if problem == "no prefix":
        if trip:
            return RecordNotFoundError("There is no trip whose id starts with {id}.", **fields)
        return RecordNotFoundError("There is no briefing book whose id starts with {id}.", **fields)
    if trip:
        return RecordNotFoundError(
            "{count} trips have an id starting with {id}; give more of the id.", **fields
        )
    return RecordNotFoundError(
        "{count} briefing books have an id starting with {id}; give more of the id.", **fields
    )

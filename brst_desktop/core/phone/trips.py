"""Which trip a calendar or contact file is about: the one named (its id or the start of it),
else the trip changed most recently."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.errors import UserError


class TripNotFoundError(UserError):
    """No trip, or no single trip, answers to the id given."""


def choose_trip(session: Session, trip_id: str | uuid.UUID | None) -> m.Trip:
    if isinstance(trip_id, uuid.UUID):
        found = session.get(m.Trip, trip_id)
        if found is None:
            raise TripNotFoundError("There is no trip with the id {id}.", id=trip_id)
        return found
    if trip_id is None or not str(trip_id).strip():
        latest = session.scalars(select(m.Trip).order_by(m.Trip.updated_at.desc())).first()
        if latest is None:
            raise TripNotFoundError("There is no trip in this database.")
        return latest
    key = str(trip_id).strip().lower().replace("-", "")
    if not key or any(c not in "0123456789abcdef" for c in key):
        raise TripNotFoundError("“{id}” is not a trip id (a UUID or the start of one).", id=trip_id)
    ids = [i for i in session.scalars(select(m.Trip.id)) if i.hex.startswith(key)]
    if not ids:
        raise TripNotFoundError("There is no trip whose id starts with {id}.", id=trip_id)
    if len(ids) > 1:
        raise TripNotFoundError(
            "{count} trips have an id starting with {id}; give more of the id.",
            id=trip_id,
            count=len(ids),
        )
    trip = session.get(m.Trip, ids[0])
    assert trip is not None
    return trip

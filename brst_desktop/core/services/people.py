"""People: the list with organisations, photos checked and stored in the database."""

from __future__ import annotations

import hashlib
import io
import uuid
from datetime import date
from typing import NamedTuple

from sqlalchemy import String, cast, func, select, type_coerce

from brst_desktop.core import models as m
from brst_desktop.core import photos
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database
from brst_desktop.core.services.records import read_rows
from brst_desktop.core.services.validation import ValidationError, _msg

MAX_PHOTO_BYTES = 30 * 1024 * 1024


class PersonRow(NamedTuple):
    """A person as the list shows them. ``id`` is text (32 hex digits on SQLite, with hyphens
    on PostgreSQL): converting ten thousand ids to UUID objects would take longer than the
    query; ``uuid.UUID(row.id)``."""

    id: str
    name_th: str
    name_en: str
    name_native: str
    name_native_latin: str
    sort_name: str
    position_th: str
    position_en: str
    country: str
    organisation_th: str
    organisation_en: str
    has_photo: bool


class PreviousMeetingRow(NamedTuple):
    id: uuid.UUID
    met_on: date | None
    occasion_th: str
    occasion_en: str
    place_th: str
    place_en: str


def list_people(db: Database) -> list[PersonRow]:
    """Every person with the organisation's names, sorted by sort name."""
    p, o = m.Person.__table__, m.Organisation.__table__
    # The stored text as it is on SQLite; PostgreSQL keeps a uuid, which it writes as text.
    as_text = cast if db.engine.dialect.name == "postgresql" else type_coerce
    query = (
        select(
            as_text(p.c.id, String).label("id"),
            p.c.name_th,
            p.c.name_en,
            p.c.name_native,
            p.c.name_native_latin,
            p.c.sort_name,
            p.c.position_th,
            p.c.position_en,
            p.c.country,
            func.coalesce(o.c.name_th, "").label("organisation_th"),
            func.coalesce(o.c.name_en, "").label("organisation_en"),
            (p.c.photo_id.is_not(None)).label("has_photo"),
        )
        .select_from(p.outerjoin(o, p.c.organisation_id == o.c.id))
        .order_by(p.c.sort_name, p.c.name_en)
    )
    with db.session() as session:
        return list(map(PersonRow._make, session.execute(query).all()))


def previous_meetings(db: Database, person_id: uuid.UUID) -> list[PreviousMeetingRow]:
    where = {"person_id": person_id}
    return read_rows(db, PreviousMeetingRow, "previous_meeting", where, order_by="met_on")


def prepare_photo(data: bytes) -> tuple[bytes, str]:
    """Check that ``data`` is a readable picture; returns (bytes to store, media type).

    The picture is decoded in full within the bounds of :mod:`brst_desktop.core.photos`. JPEG
    and PNG are kept as they are unless larger than 1200 pixels a side; anything else Pillow
    reads is stored as PNG. A broken, unknown or enormous file is refused with a sentence.
    """
    if not data:
        raise ValidationError({"photo": _msg("The file is empty; choose a photo.")})
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            {"photo": _msg("The photo is larger than 30 MB; choose a smaller one.")}
        )
    try:
        decoded = photos.decode(
            data, max_pixels=photos.MAX_SOURCE_PIXELS, draft_side=photos.STORED_SIDE
        )
    except photos.PhotoRefused as refused:
        if refused.reason == "too_large":
            raise ValidationError(
                {
                    "photo": _msg(
                        "The picture has more than 50 million pixels; choose a smaller one."
                    )
                }
            ) from None
        raise ValidationError(
            {
                "photo": _msg(
                    "This file is not a picture BRST Desktop can read (or it is damaged);"
                    " choose a JPEG or PNG photo."
                )
            }
        ) from None
    image, fmt = decoded.image, decoded.format
    if fmt in photos.STORED_FORMATS and max(decoded.width, decoded.height) <= photos.STORED_SIDE:
        return data, f"image/{fmt.lower()}"
    image.thumbnail((photos.STORED_SIDE, photos.STORED_SIDE))
    out = io.BytesIO()
    if fmt == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=90)
        return out.getvalue(), "image/jpeg"
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    image.save(out, "PNG")
    return out.getvalue(), "image/png"


def set_photo(
    db: Database, person_id: uuid.UUID, data: bytes, original_name: str = ""
) -> ChangeSet:
    """Store a checked photo for the person (the previous one stays for undo)."""
    stored, media_type = prepare_photo(data)
    photo = m.Photo(
        id=uuid.uuid4(),
        data=stored,
        media_type=media_type,
        sha256=hashlib.sha256(stored).hexdigest(),
        original_name=original_name,
    )
    with db.session() as session:
        person = session.get(m.Person, person_id)
        if person is None:
            raise ValidationError({"photo": _msg("The person no longer exists.")})
        session.add(photo)
        session.flush()
        person.photo_id = photo.id
    return ChangeSet.of(added=[("photo", photo.id)], updated=[("person", person_id)])


def photo_data(db: Database, person_id: uuid.UUID) -> bytes | None:
    with db.session() as session:
        person = session.get(m.Person, person_id)
        return person.photo.data if person is not None and person.photo is not None else None

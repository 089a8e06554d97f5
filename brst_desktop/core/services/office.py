"""The office that uses this database: its name and its emblem or logo, set once.

Every book's cover prints them (the emblem above the office's name). No emblem is shipped: a
ministry's emblem is the ministry's to use, so each office sets its own. The office is not part
of any trip and never travels in a trip file.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database
from brst_desktop.core.services.people import prepare_photo
from brst_desktop.core.services.validation import ValidationError


@dataclass(frozen=True)
class OfficeInfo:
    name_th: str
    name_en: str
    emblem: bytes | None
    emblem_name: str


def _office(session: Session, *, create: bool = False) -> m.Office | None:
    office = session.scalars(select(m.Office).order_by(m.Office.created_at)).first()
    if office is None and create:
        office = m.Office(id=uuid.uuid4(), name_th="", name_en="")
        session.add(office)
        session.flush()
    return office


def office_info(db: Database) -> OfficeInfo:
    """The office's name and emblem (empty when none was set)."""
    with db.session() as session:
        office = _office(session)
        if office is None:
            return OfficeInfo("", "", None, "")
        emblem = office.emblem
        return OfficeInfo(
            office.name_th,
            office.name_en,
            emblem.data if emblem is not None else None,
            emblem.original_name if emblem is not None else "",
        )


def set_office_name(db: Database, name_th: str, name_en: str) -> ChangeSet:
    """The office's name in Thai and English (the cover's "prepared by" when a book names no
    one else)."""
    with db.session() as session:
        office = _office(session, create=True)
        assert office is not None
        office.name_th, office.name_en = name_th.strip(), name_en.strip()
        return ChangeSet.of(updated=[("office", office.id)])


def set_emblem(db: Database, data: bytes, original_name: str = "") -> ChangeSet:
    """Store a checked picture as the office's emblem; a file that is not a readable picture is
    refused with a sentence and nothing changes."""
    try:
        stored, media_type = prepare_photo(data)
    except ValidationError as refused:
        raise ValidationError({"emblem": refused.problems["photo"]}) from None
    photo = m.Photo(
        id=uuid.uuid4(),
        data=stored,
        media_type=media_type,
        sha256=hashlib.sha256(stored).hexdigest(),
        original_name=original_name,
    )
    with db.session() as session:
        office = _office(session, create=True)
        assert office is not None
        session.add(photo)
        session.flush()
        office.emblem_id = photo.id
        return ChangeSet.of(added=[("photo", photo.id)], updated=[("office", office.id)])


def remove_emblem(db: Database) -> ChangeSet:
    """Print covers without an emblem again."""
    with db.session() as session:
        office = _office(session)
        if office is None or office.emblem_id is None:
            return ChangeSet()
        office.emblem_id = None
        return ChangeSet.of(updated=[("office", office.id)])

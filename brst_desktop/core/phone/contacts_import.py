"""A vCard file (.vcf) becomes people (with their organisations and photos).

Each card becomes a person matched by its UID (a file this program wrote carries the person's own
id), so importing a newer card updates the person instead of adding a second one. Names go to the
form they are written in: Thai script to the Thai name, Chinese characters to the own-script
name, other letters to the English name; the phonetic fields become the romanisation. A file this
program wrote carries every form exactly (X-BRST-NAME-*). The organisation is matched by name, or
added. A photo is checked like one chosen in the window. For a person already here, a field
changes only when the card says something else than this program would write for it.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.exchange.unpack import Choice, ImportPlan, ImportResult
from brst_desktop.core.names import suggest_names
from brst_desktop.core.phone import words as w
from brst_desktop.core.phone.contacts import NAME_FIELDS, is_own_prodid
from brst_desktop.core.phone.incoming import (
    FileImport,
    FileImportError,
    apply_file_import,
    incoming,
    plan_file_import,
)
from brst_desktop.core.services.validation import ValidationError

MAX_BYTES = 50 * 1024 * 1024
MAX_CARDS = 10_000
NAMESPACE = uuid.UUID("5e8f2a41-9c3b-4d7e-8a16-3f0b2c9d4e57")
NO_TRIP = uuid.UUID(int=0)  # people belong to no trip; the plan needs an id all the same
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0e00-\u0e7f]")


def read_cards(path: Path) -> list[Any]:
    """Parse ``path`` with vobject; a file that is not vCard is refused."""
    import vobject

    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise FileImportError(
                "The contacts file {file} is larger than 50 MB; nothing was changed.",
                file=Path(path).name,
            )
        data = path.read_bytes()
    except OSError as error:
        raise FileImportError(
            "The contacts file {file} cannot be read: {reason}.",
            file=path.name,
            reason=error.strerror or error,
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileImportError(
            "The contacts file {file} is not UTF-8 text; nothing was changed.",
            file=Path(path).name,
        ) from None
    if "BEGIN:VCARD" not in text[:4096].upper():
        raise FileImportError(
            "The contacts file {file} is not a vCard (.vcf) file; nothing was changed.",
            file=Path(path).name,
        )
    try:
        cards = [c for c in vobject.readComponents(text) if c.name.upper() == "VCARD"]
    except Exception as error:  # vobject raises many kinds for a damaged card
        raise FileImportError(
            "The contacts file {file} is damaged and cannot be read ({reason});"
            " nothing was changed.",
            file=Path(path).name,
            reason=str(error),
        ) from error
    if not cards:
        raise FileImportError(
            "The contacts file {file} holds no contacts; nothing was changed.",
            file=Path(path).name,
        )
    if len(cards) > MAX_CARDS:
        raise FileImportError(
            "The contacts file {file} holds more than {count} contacts; nothing was changed.",
            file=Path(path).name,
            count=MAX_CARDS,
        )
    return cards


def _value(card: Any, name: str) -> Any:
    items = card.contents.get(name.lower())
    return items[0].value if items else None


def _text(card: Any, name: str) -> str:
    value = _value(card, name)
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    return str(value).strip() if value else ""


def _script_column(text: str, language: str) -> str:
    if _HAN.search(text) and not _LETTER.search(text):
        return "name_native"
    if _THAI.search(text):
        return "name_th"
    return "name_en" if _LETTER.search(text) else f"name_{language}"


def _row(session: Session, model: type[m.Base], record_id: uuid.UUID) -> dict[str, Any] | None:
    table = model.__table__
    found = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return dict(found) if found is not None else None


def _defaults(model: type[m.Base], record_id: uuid.UUID) -> dict[str, Any]:
    now = m.utcnow()
    row: dict[str, Any] = {}
    for column in model.__table__.columns:
        default = column.default
        scalar = default is not None and getattr(default, "is_scalar", False)
        row[column.name] = default.arg if scalar else None
    row.update(id=record_id, created_at=now, updated_at=now)
    return row


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.cards = read_cards(self.path)

    def __call__(self, session: Session) -> FileImport:
        found = FileImport(NO_TRIP, "", [])
        seen: set[uuid.UUID] = set()
        new_orgs: dict[str, dict[str, Any]] = {}
        for card in self.cards:
            person, extra = self._person(session, card, new_orgs)
            if person["id"] in seen:
                raise FileImportError(
                    "The contacts file {file} holds the contact {name} twice; nothing was changed.",
                    file=Path(self.path).name,
                    name=_text(card, "FN"),
                )
            seen.add(person["id"])
            found.records.extend(extra)
            found.records.append(incoming("person", person))
        found.records[:0] = [incoming("organisation", org) for org in new_orgs.values()]
        count = len(self.cards)
        found.title = f"{count} contact" + ("s" if count != 1 else "")
        return found

    def _person(
        self, session: Session, card: Any, new_orgs: dict[str, dict[str, Any]]
    ) -> tuple[dict[str, Any], list[Any]]:
        language = is_own_prodid(_text(card, "PRODID")) or ""
        own = bool(language)
        fn = _text(card, "FN")
        if not language:
            language = "th" if _THAI.search(fn) else "en"
        uid = _text(card, "UID")
        person_id = self._person_id(uid, fn, _text(card, "ORG"))
        local = _row(session, m.Person, person_id)
        values = dict(local) if local is not None else _defaults(m.Person, person_id)
        extra: list[Any] = []

        exact = {column: _text(card, prop) for prop, column in NAME_FIELDS.items()}
        if own and any(exact.values()):
            values.update(exact)
        else:
            self._names(card, values, language)
        if not values["sort_name"] and local is None:
            suggestion = suggest_names(values["name_native"]) if values["name_native"] else None
            values["sort_name"] = suggestion.sort_name if suggestion else values["name_en"]
            values["family_name_first"] = suggestion is not None
        name_value = _value(card, "N")
        prefix = getattr(name_value, "prefix", "") if name_value is not None else ""
        prefix = " ".join(prefix) if isinstance(prefix, list) else str(prefix or "")
        if prefix:
            values[f"honorific_{language}"] = prefix.strip()
        title = _text(card, "TITLE")
        if title and title != w.pick(values["position_th"], values["position_en"], language):
            values[f"position_{language}"] = title
        org_name = _text(card, "ORG").strip(" ,;")
        if org_name:
            values["organisation_id"] = self._organisation(
                session, org_name, language, values.get("organisation_id"), new_orgs
            )
        photo = _value(card, "PHOTO")
        if isinstance(photo, bytes) and photo:
            photo_values = self._photo(session, photo, values.get("photo_id"))
            if photo_values is not None:
                extra.append(incoming("photo", photo_values))
                values["photo_id"] = photo_values["id"]
        notes = _text(card, "NOTE")
        if notes and not own and notes != values["notes"]:
            values["notes"] = notes
        if values != local:
            values["updated_at"] = m.utcnow()
        return values, extra

    def _names(self, card: Any, values: dict[str, Any], language: str) -> None:
        """Name forms of a card some other program wrote."""
        fn = _text(card, "FN")
        if fn:
            values[_script_column(fn, language)] = fn
        nickname = _text(card, "NICKNAME")
        if nickname and _HAN.search(nickname) and not values["name_native"]:
            values["name_native"] = nickname
        last = _text(card, "X-PHONETIC-LAST-NAME")
        first = _text(card, "X-PHONETIC-FIRST-NAME")
        phonetic = " ".join(p for p in (last, first) if p)
        if phonetic and phonetic != values["name_native_latin"]:
            values["name_native_latin"] = phonetic
        if phonetic and not values["name_en"] and values["name_native"]:
            values["name_en"] = phonetic  # the romanisation is the English form of the name

    def _person_id(self, uid: str, fn: str, org: str) -> uuid.UUID:
        key = uid.removeprefix("urn:uuid:").strip()
        try:
            return uuid.UUID(key)
        except ValueError:
            return uuid.uuid5(NAMESPACE, uid or f"{fn}/{org}")

    def _organisation(
        self,
        session: Session,
        name: str,
        language: str,
        current: uuid.UUID | None,
        new_orgs: dict[str, dict[str, Any]],
    ) -> uuid.UUID:
        """The organisation called ``name`` here (any of its names), else a new one."""
        if current is not None:
            org = session.get(m.Organisation, current)
            if org is not None and name in (
                org.name_th,
                org.name_en,
                org.name_native,
                w.pick(org.name_th, org.name_en, language),
            ):
                return current
        table = m.Organisation
        found = session.scalars(
            select(table).where(
                or_(
                    table.name_th == name,
                    table.name_en == name,
                    table.name_native == name,
                    table.abbreviation_en == name,
                    table.abbreviation_th == name,
                )
            )
        ).first()
        if found is not None:
            return found.id
        if name not in new_orgs:
            org_values = _defaults(m.Organisation, uuid.uuid5(NAMESPACE, f"organisation/{name}"))
            column = "name_native" if _HAN.search(name) and not _LETTER.search(name) else None
            org_values[column or ("name_th" if _THAI.search(name) else "name_en")] = name
            new_orgs[name] = org_values
        record_id = new_orgs[name]["id"]
        assert isinstance(record_id, uuid.UUID)
        return record_id

    def _photo(
        self, session: Session, data: bytes, current: uuid.UUID | None
    ) -> dict[str, Any] | None:
        """A checked photo record, or None when the person already has this picture."""
        from brst_desktop.core.services.people import prepare_photo

        try:
            stored, media_type = prepare_photo(data)
        except ValidationError as error:
            message = next(iter(error.problems.values()), "")
            raise FileImportError(
                "The contacts file {file} has a photo that cannot be used: {reason};"
                " nothing was changed.",
                file=Path(self.path).name,
                reason=message,
            ) from error
        digest = hashlib.sha256(stored).hexdigest()
        if current is not None:
            photo = session.get(m.Photo, current)
            if photo is not None and photo.sha256 == digest:
                return None
        values = _defaults(m.Photo, uuid.uuid5(NAMESPACE, f"photo/{digest}"))
        values.update(data=stored, media_type=media_type, sha256=digest, original_name="")
        return values


def plan_contacts_import(db: Database, path: Path) -> ImportPlan:
    """What importing the contacts would do; changes nothing."""
    return plan_file_import(db, _Reader(path), path)


def apply_contacts_import(
    db: Database,
    path: Path,
    *,
    prefer: Choice | None = None,
    choices: dict[uuid.UUID, Choice] | None = None,
) -> ImportResult:
    """Import the contacts as people in one transaction."""
    return apply_file_import(db, _Reader(path), path, prefer=prefer, choices=choices)

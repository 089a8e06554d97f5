"""The people of a trip as vCard 3.0 (RFC 2426) contacts for the phone, offline.

Every name form travels: the name in the file's language as the contact's name (N and FN,
family and given name in their fields, the honorific as prefix), the romanisation in the phonetic
fields Apple and Google read (X-PHONETIC-FIRST-NAME / -LAST-NAME), the own-script name (阴和俊) as
the nickname, which phones show under the name and search, and all of them, with the
pronunciation and form of address, at the top of the note. X-BRST-NAME-* properties carry each
form exactly, so a file this program wrote imports back without loss. Title, organisation, the
photo and the notes follow. vCard 3.0 rather than 4.0: it is what phones and Outlook read and
write without surprises.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from brst_desktop import __version__
from brst_desktop.core import files
from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.ids import choose_trip
from brst_desktop.core.names import is_chinese_name, plain_romanisation
from brst_desktop.core.phone import words as w
from brst_desktop.core.words import Words
from brst_desktop.errors import Phrase

CONTACTS_FILE = Phrase("the contacts file")
PRODID = "-//BRST Desktop//Contacts {version}//{language}"
Progress = Callable[[int, int, str], None]
#: Exact name forms, for importing a file this program wrote without loss.
NAME_FIELDS = {
    "X-BRST-NAME-TH": "name_th",
    "X-BRST-NAME-EN": "name_en",
    "X-BRST-NAME-NATIVE": "name_native",
    "X-BRST-NAME-LATIN": "name_native_latin",
}


def prodid(language: str) -> str:
    return PRODID.format(version=__version__, language=language.upper())


def is_own_prodid(value: str) -> str | None:
    head, _, language = value.rpartition("//")
    if head.startswith("-//BRST Desktop//Contacts") and language.lower() in w.LANGUAGES:
        return language.lower()
    return None


@dataclass(frozen=True)
class ContactsResult:
    path: Path
    trip_id: uuid.UUID
    #: In the file's language (the command line prints it).
    trip_title: str
    #: In both languages: a window names the trip in its own.
    trip_name: Words
    people: int
    photos: int


def split_name(name: str, family_first: bool) -> tuple[str, str]:
    """(family, given) of a name written in one string: the first word is the family name of
    a name written family name first (ยิน เหอจวิ้น), else the last word (ศุภมาส อิศรภักดี)."""
    words = name.split()
    if len(words) < 2:
        return "", name.strip()
    if family_first:
        return words[0], " ".join(words[1:])
    return words[-1], " ".join(words[:-1])


def _romanisation(person: m.Person, language: str) -> str:
    """The romanisation the phone's phonetic fields take: the native name's (pinyin), else,
    for a Thai file, the English spelling of a Thai name."""
    if person.name_native_latin:
        return plain_romanisation(person.name_native_latin)
    if language == "th" and person.name_en and person.name_th:
        return person.name_en
    return ""


def note(person: m.Person, language: str, role: str = "") -> str:
    """Every name form, pronunciation, form of address, role, diet, languages, then notes."""
    seen: list[str] = []
    for form in (person.name_th, person.name_en, person.name_native, person.name_native_latin):
        if form and form not in seen:
            seen.append(form)
    lines = []
    if seen:
        lines.append(f"{w.label('name_forms', language)}: " + " · ".join(seen))
    for key, value in (
        ("pronunciation", w.pick(person.pronunciation_th, person.pronunciation, language)),
        (
            "form_of_address",
            w.pick(person.form_of_address_th, person.form_of_address_en, language),
        ),
        ("role", role),
        ("dietary", w.pick(person.dietary_needs_th, person.dietary_needs_en, language)),
        ("languages", w.pick(person.languages_th, person.languages_en, language)),
    ):
        if value:
            lines.append(f"{w.label(key, language)}: {value}")
    if person.notes:
        lines.append(person.notes)
    return "\n".join(lines)


def contact(person: m.Person, language: str, role: str = "") -> Any:
    """One person as a vobject vCard component."""
    import vobject

    card = vobject.vCard()
    card.add("version").value = "3.0"
    card.add("prodid").value = prodid(language)
    card.add("uid").value = f"urn:uuid:{person.id}"
    name = w.pick(person.name_th, person.name_en, language) or person.name_native
    family, given = split_name(name, person.family_name_first)
    honorific = w.pick(person.honorific_th, person.honorific_en, language)
    card.add("n").value = vobject.vcard.Name(family=family, given=given, prefix=honorific)
    card.add("fn").value = name or "?"
    roman = _romanisation(person, language)
    if roman:
        # A romanised Chinese name is written family name first, whatever the Thai name does.
        chinese = is_chinese_name(person.name_native) and bool(person.name_native_latin)
        last, first = split_name(roman, person.family_name_first or chinese)
        if last:
            card.add("x-phonetic-last-name").value = last
        card.add("x-phonetic-first-name").value = first
    if person.name_native and person.name_native != name:
        card.add("nickname").value = person.name_native
    for prop, column in NAME_FIELDS.items():
        value = getattr(person, column)
        if value:
            card.add(prop.lower()).value = value
    title = w.pick(person.position_th, person.position_en, language)
    if title:
        card.add("title").value = title
    if role:
        card.add("role").value = role
    if person.organisation is not None:
        org = person.organisation
        org_name = w.pick(org.name_th, org.name_en, language) or org.name_native
        if org_name:
            card.add("org").value = [org_name]
    if person.photo is not None and person.photo.data:
        photo = card.add("photo")
        photo.encoding_param = "b"
        photo.type_param = "PNG" if person.photo.media_type == "image/png" else "JPEG"
        photo.value = person.photo.data
    text = note(person, language, role)
    if text:
        card.add("note").value = text
    card.add("rev").value = person.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return card


@dataclass(frozen=True)
class TripPerson:
    """Someone in the trip, with the seat they hold in a delegation (if any)."""

    person: m.Person
    role_th: str = ""
    role_en: str = ""
    side: m.DelegationSide | None = None


def trip_people(session: Session, trip: m.Trip) -> list[TripPerson]:
    """Everyone in the trip: both delegations in order of precedence, then the other
    participants of its events and the counterparts of its books."""
    out: list[TripPerson] = []
    seen: set[uuid.UUID] = set()
    members = sorted(
        trip.delegation, key=lambda d: (d.side is not m.DelegationSide.HOME, d.precedence)
    )
    for member in members:
        if member.person_id not in seen:
            seen.add(member.person_id)
            out.append(TripPerson(member.person, member.role_th, member.role_en, member.side))
    extra = [p.person for e in trip.events for p in e.participants]
    extra += [bp.person for book in trip.books for bp in book.people]
    for person in extra:
        if person.id not in seen:
            seen.add(person.id)
            out.append(TripPerson(person))
    return out


def _load(session: Session, trip_id: str | uuid.UUID | None) -> m.Trip:
    trip = choose_trip(session, trip_id)
    session.scalars(
        select(m.Person).options(selectinload(m.Person.photo), selectinload(m.Person.organisation))
    ).all()
    return trip


def vcard_text(session: Session, trip: m.Trip, language: str) -> tuple[str, int, int]:
    """The file's text, the number of contacts and of photos in it."""
    chunks = []
    photos = 0
    people = trip_people(session, trip)
    for seat in people:
        role = w.pick(seat.role_th, seat.role_en, language)
        side_word = w.word(w.SIDE[seat.side], language) if seat.side is not None else ""
        card = contact(seat.person, language, " – ".join(p for p in (role, side_word) if p))
        photos += seat.person.photo is not None
        chunks.append(card.serialize())
    return "".join(chunks), len(people), photos


def export_contacts(
    db: Database,
    out_path: Path,
    trip_id: str | uuid.UUID | None = None,
    language: str = "th",
    progress: Progress | None = None,
) -> ContactsResult:
    """Write the trip's people to ``out_path`` as vCards (all or nothing)."""
    if language not in w.LANGUAGES:
        raise ValueError(f"language must be th or en, not {language!r}")
    report = progress or (lambda done, total, message: None)
    out_path = files.check_target(Path(out_path), CONTACTS_FILE)
    report(0, 2, "Reading the people")
    with db.session() as session:
        trip = _load(session, trip_id)
        report(1, 2, "Writing the contacts")
        text, count, photos = vcard_text(session, trip, language)
        trip_uuid, title = trip.id, w.pick(trip.title_th, trip.title_en, language)
        name = Words(trip.title_th or "", trip.title_en or "")
    files.atomic_write(out_path, text.encode("utf-8"), CONTACTS_FILE)
    report(2, 2, "Done")
    return ContactsResult(out_path, trip_uuid, title, name, count, photos)

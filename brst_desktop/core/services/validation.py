"""Checks a record's values before they are stored, field by field, in sentences.

The GUI shows each sentence next to its field (translated through Qt with the context
"Validation"; the English text here is the key). Nothing is stored while a problem remains.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import UniqueConstraint, select
from sqlalchemy.orm import Session

from brst_desktop.core import registry
from brst_desktop.core.models import BookSection
from brst_desktop.errors import UserError


def _msg(text: str) -> str:
    """Marks a sentence for the translation extractor; the GUI translates it when shown."""
    return text


NOT_A_NUMBER = _msg("Write the value as a number, such as 1500.")
CHOOSE_ONE = _msg("Choose one from the list.")
LESS_SECRET_THAN_A_BOOK = _msg("A trip cannot be less secret than one of its books.")


class ValidationError(UserError):
    """Values refused, with one sentence per field (``problems``: field name -> sentence)."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))


def is_zone(name: str) -> bool:
    if not name or ("/" not in name and name != "UTC"):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _needs_one(
    values: Mapping[str, Any], fields: tuple[str, ...], message: str, problems: dict[str, str]
) -> None:
    if not any(str(values.get(f) or "").strip() for f in fields):
        problems[fields[0]] = message


def problems_for(entity: str, values: Mapping[str, Any]) -> dict[str, str]:
    """Every problem with ``values`` (the record's full set of values after the change)."""
    problems: dict[str, str] = {}
    if entity == "trip":
        _needs_one(
            values,
            ("title_th", "title_en"),
            _msg("Give the trip a title in Thai or in English."),
            problems,
        )
        start, end = values.get("start_date"), values.get("end_date")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            problems["end_date"] = _msg("The trip cannot end before it starts.")
        for field in ("home_timezone", "destination_timezone"):
            if not is_zone(str(values.get(field) or "")):
                problems[field] = _msg("Choose a time zone from the list, such as Asia/Bangkok.")
    elif entity == "event":
        _needs_one(
            values,
            ("title_th", "title_en"),
            _msg("Give the event a title in Thai or in English."),
            problems,
        )
        if not is_zone(str(values.get("timezone") or "")):
            problems["timezone"] = _msg("Choose a time zone from the list, such as Asia/Bangkok.")
        end_zone = str(values.get("end_timezone") or "")
        if end_zone and not is_zone(end_zone):
            problems["end_timezone"] = _msg(
                "Choose a time zone from the list, such as Asia/Bangkok."
            )
        start, end = values.get("starts_at"), values.get("ends_at")
        if not isinstance(start, datetime):
            problems["starts_at"] = _msg("Give the time the event starts.")
        elif isinstance(end, datetime) and end < start:
            problems["ends_at"] = _msg("The event cannot end before it starts.")
    elif entity in ("person", "organisation"):
        _needs_one(
            values,
            ("name_th", "name_en", "name_native"),
            _msg("Give a name in at least one script."),
            problems,
        )
    if entity in ("person", "organisation", "trip"):
        field = "destination_country" if entity == "trip" else "country"
        country = str(values.get(field) or "")
        if country and (len(country) != 2 or not country.isalpha() or not country.isupper()):
            problems[field] = _msg("Use the two capital letters of the country code, such as TH.")
    if entity in ("topic", "agreement"):
        _needs_one(
            values, ("title_th", "title_en"), _msg("Give a title in Thai or in English."), problems
        )
    elif entity == "talking_point":
        _needs_one(
            values, ("text_th", "text_en"), _msg("Write the point in Thai or in English."), problems
        )
        cleared = values.get("cleared_on")
        if isinstance(cleared, date) and cleared > date.today():
            problems["cleared_on"] = _msg("A point cannot be cleared on a day still to come.")
    elif entity == "briefing_book":
        _needs_one(
            values,
            ("title_th", "title_en"),
            _msg("Give the book a title in Thai or in English."),
            problems,
        )
        sections = values.get("sections") or []
        valid = {s.value for s in BookSection}
        if not sections:
            problems["sections"] = _msg("Choose at least one section for the book.")
        elif any(s not in valid for s in sections) or len(set(sections)) != len(sections):
            problems["sections"] = _msg("Each section can appear once, from the list given.")
    elif entity == "previous_meeting":
        occasion = f"{values.get('occasion_th') or ''}{values.get('occasion_en') or ''}"
        if not values.get("met_on") and not occasion.strip():
            problems["occasion_th"] = _msg("Give the date or the occasion of the meeting.")
    elif entity == "gift":
        _needs_one(
            values,
            ("description_th", "description_en"),
            _msg("Describe the gift in Thai or in English."),
            problems,
        )
        amount = values.get("value_amount")
        if amount is not None and amount < 0:
            problems["value_amount"] = _msg("A value cannot be negative.")
    return problems


def check(entity: str, values: Mapping[str, Any]) -> None:
    problems = problems_for(entity, values)
    if problems:
        raise ValidationError(problems)


# --- links held once -------------------------------------------------------------------------

#: Records that link their parent to one other record at most once (the database's unique
#: constraints), with the sentence that refuses a second link, said under the linking field.
ALREADY_LINKED = {
    "event_participant": _msg("This person already takes part in this event."),
    "delegation_member": _msg("This person is already a member of the delegation."),
    "event_topic": _msg("This topic is already on the event's list."),
    "trip_topic": _msg("This topic is already one of the trip's topics."),
    "book_person": _msg("This person is already in the book."),
    "book_topic": _msg("This topic is already in the book."),
    "edition": _msg("The book already has an edition with this number."),
}


@cache
def unique_link(entity: str) -> tuple[str, str] | None:
    """(the column naming the parent, the column naming what is linked) of a record that
    links its parent to something once only (a person takes part in an event once); None for
    other records. Read from the model's unique constraint, so the rule and the database
    cannot drift apart."""
    found = registry.ENTITIES.get(entity)
    if found is None or found.parent is None:
        return None
    for constraint in found.table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = [column.name for column in constraint.columns]
            if len(names) == 2 and found.parent in names:
                names.remove(found.parent)
                return found.parent, names[0]
    return None


def duplicate_problems(
    entity: str, values: Mapping[str, Any], taken: Collection[Any]
) -> dict[str, str]:
    """The sentence under the linking field when ``values`` link what the parent's other
    records (``taken``: their linked values) already link."""
    link = unique_link(entity)
    if link is None:
        return {}
    column = link[1]
    linked = values.get(column)
    return {column: ALREADY_LINKED[entity]} if linked is not None and linked in taken else {}


def taken_links(session: Session, entity: str, values: Mapping[str, Any]) -> set[Any]:
    """What the other records of the same parent link (for :func:`duplicate_problems`)."""
    link = unique_link(entity)
    if link is None or values.get(link[0]) is None:
        return set()
    parent, column = link
    table = registry.entity(entity).table
    query = select(table.c[column]).where(table.c[parent] == values[parent])
    if values.get("id") is not None:
        query = query.where(table.c.id != values["id"])
    return set(session.scalars(query))


def check_links(session: Session, entity: str, values: Mapping[str, Any]) -> None:
    """Refuse a second link to the same record with a sentence, before the database would
    refuse it with an error nobody can read."""
    problems = duplicate_problems(entity, values, taken_links(session, entity, values))
    if problems:
        raise ValidationError(problems)

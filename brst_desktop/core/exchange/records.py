"""A trip's records as plain JSON values: which rows a trip needs, how each column is written and
read back (with strict checks of type, length and enumeration), and each record's content hash.

Rows are read and written through SQLAlchemy Core on the model tables, so a column added to the
models is exchanged without touching this module (the format version then says which columns to
expect).
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    select,
)
from sqlalchemy import Uuid as UuidType
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core.dates import EARLIEST_YEAR, LATEST_YEAR, within_calendar
from brst_desktop.core.editions import MAX_EDITION, is_snapshot
from brst_desktop.core.exchange.errors import ExchangeError
from brst_desktop.core.registry import ENTITIES, entity
from brst_desktop.core.services.validation import is_zone
from brst_desktop.core.words import Words
from brst_desktop.errors import Phrase, shown

#: Every table a trip carries, parents before children (the order rows are inserted in).
TABLES: dict[str, Table] = {
    name: entity.table for name, entity in ENTITIES.items() if entity.exchanged
}
#: What a record of each table is called in a refusal (the window says it in its language).
KIND_NAMES: dict[str, Words] = {name: entity.noun for name, entity in ENTITIES.items()}
BINARY_COLUMNS = {("photo", "data")}  # carried as a file in the container, not in the JSON
TIMESTAMPS = ("created_at", "updated_at")  # not part of a record's content hash
MAX_TEXT = 200_000  # characters in one field; a biography is a few thousand
MAX_JSON_DEPTH = 20
MAX_INTEGER = 2**31 - 1  # positions and precedences; a larger one is nonsense
#: Text columns holding an IANA time zone name (``end_timezone`` may also be empty).
ZONE_COLUMNS = frozenset(
    {("trip", "home_timezone"), ("trip", "destination_timezone"), ("event", "timezone"),
     ("event", "end_timezone")}
)  # fmt: skip
#: Whole-number columns with their own range (the rest: 0 to MAX_INTEGER in size).
INTEGER_RANGES = {
    ("edition", "number"): (1, MAX_EDITION),
    ("briefing_book", "changes_since_edition"): (0, MAX_EDITION),
}
#: Text columns that only ever hold one of a few values.
CHOICES = {
    ("edition", "language"): frozenset({"", *(v.value for v in m.BookLanguage)}),
    ("edition", "paper"): frozenset({"", *(v.value for v in m.PaperSize)}),
}


#: Bookkeeping of one database, never carried in a trip file: a record's version counts the
#: changes made in this database (another database counts its own), and the author of the last
#: change is this database's knowledge (the content hash, not the author, decides a conflict).
LOCAL_COLUMNS = frozenset({"row_version", "changed_by"})
#: Kept by one database, not carried in a trip file: a trip's classification is the office
#: server's clearance bookkeeping (a file's trip takes the level of its most secret book there).
SERVER_COLUMNS = frozenset({("trip", "classification")})


def table_columns(table: Table) -> list[str]:
    return [
        c.name
        for c in table.columns
        if (table.name, c.name) not in BINARY_COLUMNS | SERVER_COLUMNS
        and c.name not in LOCAL_COLUMNS
    ]


# --- collecting a trip ---------------------------------------------------------------------------


def _rows(session: Session, table: Table, column: str, ids: Iterable[Any]) -> list[dict[str, Any]]:
    wanted = sorted(set(ids) - {None}, key=str)
    found: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 500):  # SQLite limits bound parameters per statement
        chunk = wanted[start : start + 500]
        statement = select(table).where(table.c[column].in_(chunk))
        found.extend(dict(row) for row in session.execute(statement).mappings())
    return sorted(found, key=lambda row: str(row["id"]))


def collect_trip(session: Session, trip_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """Every row the trip needs, by table name, as Python values (photo data included)."""
    t = TABLES
    rows: dict[str, list[dict[str, Any]]] = {}
    rows["trip"] = _rows(session, t["trip"], "id", [trip_id])
    trip_children = ("event", "delegation_member", "trip_topic", "agreement", "gift")
    for name in (*trip_children, "protocol_note", "annex", "briefing_book"):
        rows[name] = _rows(session, t[name], "trip_id", [trip_id])
    event_ids = [r["id"] for r in rows["event"]]
    rows["event_participant"] = _rows(session, t["event_participant"], "event_id", event_ids)
    rows["event_topic"] = _rows(session, t["event_topic"], "event_id", event_ids)
    agreement_ids = [r["id"] for r in rows["agreement"]]
    rows["agreement_party"] = _rows(session, t["agreement_party"], "agreement_id", agreement_ids)
    rows["agreement_signatory"] = _rows(
        session, t["agreement_signatory"], "agreement_id", agreement_ids
    )
    book_ids = [r["id"] for r in rows["briefing_book"]]
    for name in ("book_person", "book_topic", "edition"):
        rows[name] = _rows(session, t[name], "book_id", book_ids)

    topic_ids = {r["topic_id"] for name in ("trip_topic", "event_topic", "book_topic")
                 for r in rows[name]}  # fmt: skip
    rows["topic"] = _rows(session, t["topic"], "id", topic_ids)
    rows["talking_point"] = _rows(session, t["talking_point"], "topic_id", topic_ids)

    person_ids = {r["person_id"] for name in ("delegation_member", "event_participant",
                  "agreement_signatory", "book_person") for r in rows[name]}  # fmt: skip
    person_ids |= {r[k] for r in rows["gift"] for k in ("giver_id", "recipient_id")}
    rows["person"] = _rows(session, t["person"], "id", person_ids)
    rows["previous_meeting"] = _rows(session, t["previous_meeting"], "person_id", person_ids)

    organisation_ids = {r["organisation_id"] for r in rows["person"]}
    organisation_ids |= {r["organisation_id"] for r in rows["agreement_party"]}
    organisation_ids |= {r["on_behalf_of_id"] for r in rows["agreement_signatory"]}
    rows["organisation"] = _rows(session, t["organisation"], "id", organisation_ids)
    rows["photo"] = _rows(session, t["photo"], "id", {r["photo_id"] for r in rows["person"]})
    return {name: rows[name] for name in TABLES}


# --- writing values ------------------------------------------------------------------------------


def to_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row as JSON-ready values (binary columns left out)."""
    out: dict[str, Any] = {}
    for name in table_columns(table):
        value = row[name]
        if value is None:
            out[name] = None
        elif isinstance(value, uuid.UUID):
            out[name] = str(value)
        elif isinstance(value, datetime):
            out[name] = value.astimezone(UTC).isoformat()
        elif isinstance(value, date):
            out[name] = value.isoformat()
        elif hasattr(value, "value") and isinstance(table.c[name].type, Enum):
            out[name] = value.value
        elif isinstance(table.c[name].type, Numeric) and not isinstance(value, bool):
            out[name] = float(value)  # SQLite hands back 3500.0 as 3500: one spelling, one hash
        else:
            out[name] = value
    return out


def content_hash(table_name: str, values: dict[str, Any], data_sha256: str | None = None) -> str:
    """The hash of what a record says (not when it was saved): equal hashes, equal content."""
    content = {k: v for k, v in values.items() if k not in TIMESTAMPS}
    content["_table"] = table_name
    if data_sha256 is not None:
        content["_data"] = data_sha256
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_hash(table_name: str, row: dict[str, Any]) -> str:
    """Content hash of a database row (Python values)."""
    table = TABLES[table_name]
    data = row.get("data") if table_name == "photo" else None
    digest = hashlib.sha256(data).hexdigest() if isinstance(data, bytes) else None
    return content_hash(table_name, to_json(table, row), digest)


def name(table_name: str, values: dict[str, Any]) -> Words | None:
    """A record's own name for a preview, in both languages, by the best label it has in any
    script (core.registry); None for a link or a record with no name at all."""
    own = entity(table_name).label_of(values)
    if own is None:
        return None
    return Words(_short(own.th), _short(own.en))


def _short(text: str) -> str:
    # A file's text reaches a terminal and a dialog: escape what could act on either.
    text = shown(text)
    return text if len(text) <= 60 else text[:57] + "..."


def label(table_name: str, values: dict[str, Any]) -> str:
    """A short name for a record in a preview: its English or Thai name (see core.registry),
    or for a link the kind and id (a preview names a link by what it links)."""
    own = name(table_name, values)
    return own.en if own is not None else f"{table_name} {str(values.get('id', ''))[:8]}"


# --- reading values back, strictly ---------------------------------------------------------------


def _depth(value: Any, limit: int) -> int:
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def parse_uuid(value: Any, where: Phrase) -> uuid.UUID:
    if not isinstance(value, str) or len(value) != 36:
        raise ExchangeError("{where} is not a record id", where=where)
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ExchangeError("{where} is not a record id", where=where) from None


def from_json(table: Table, item: Any, where: Phrase) -> dict[str, Any]:
    """Check one record from a file and turn it into Python values for an insert/update.

    Every column must be present with the right type; unknown fields are refused, so a file
    from a different format never half-imports."""
    if not isinstance(item, dict):
        raise ExchangeError("{where} is not a record", where=where)
    expected = table_columns(table)
    unknown = set(item) - set(expected)
    if unknown:
        raise ExchangeError(
            "{where} has an unknown field '{field}'",
            where=where,
            field=sorted(map(str, unknown))[0],
        )
    missing = [name for name in expected if name not in item]
    if missing:
        raise ExchangeError("{where} lacks the field '{field}'", where=where, field=missing[0])
    return {
        name: _value(
            table, name, item[name], Phrase("{where}, field {field}", where=where, field=name)
        )
        for name in expected
    }


def _value(table: Table, name: str, value: Any, where: Phrase) -> Any:
    column = table.c[name]
    kind = column.type
    if value is None:
        if column.nullable and not column.primary_key:
            return None
        raise ExchangeError("{where} is empty but must have a value", where=where)
    if isinstance(kind, UuidType):
        return parse_uuid(value, where)
    if isinstance(kind, m.UTCDateTime):
        if not isinstance(value, str) or len(value) > 40:
            raise ExchangeError("{where} is not a date and time", where=where)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise ExchangeError("{where} is not a date and time", where=where) from None
        if moment.tzinfo is None:
            raise ExchangeError("{where} has no time zone", where=where)
        _check_calendar(moment, where)
        return moment
    if isinstance(kind, Date):
        if not isinstance(value, str) or len(value) != 10:
            raise ExchangeError("{where} is not a date", where=where)
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise ExchangeError("{where} is not a date", where=where) from None
        _check_calendar(day, where)
        return day
    if isinstance(kind, Enum):
        members = list(kind.enums)
        if not isinstance(value, str) or value not in members:
            raise ExchangeError(
                "{where} must be one of {allowed}", where=where, allowed=", ".join(members)
            )
        enum_class = kind.enum_class
        return enum_class(value) if enum_class is not None else value
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ExchangeError("{where} must be true or false", where=where)
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ExchangeError("{where} must be a whole number", where=where)
        low, high = INTEGER_RANGES.get((table.name, name), (-MAX_INTEGER, MAX_INTEGER))
        if not low <= value <= high:
            raise ExchangeError(
                "{where} must be a whole number from {low} to {high}",
                where=where,
                low=low,
                high=high,
            )
        return value
    if isinstance(kind, Numeric):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not ok or not math.isfinite(value) or abs(value) > 1e12:
            raise ExchangeError("{where} must be a number", where=where)
        return float(value)
    if isinstance(kind, JSON):
        if _depth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
            raise ExchangeError("{where} is nested too deeply", where=where)
        if table.name == "briefing_book" and name == "sections":
            allowed_sections = {s.value for s in m.BookSection}
            if (
                not isinstance(value, list)
                or not all(isinstance(s, str) and s in allowed_sections for s in value)
                or len(set(value)) != len(value)
            ):
                raise ExchangeError("{where} must list book sections", where=where)
        elif table.name == "edition" and name == "snapshot":
            if not is_snapshot(value):
                raise ExchangeError(
                    "{where} is not an edition snapshot this version can read", where=where
                )
        else:
            raise ExchangeError("{where} has a type this version cannot read", where=where)
        return value
    if isinstance(kind, LargeBinary):
        raise ExchangeError("{where} cannot be given in the records", where=where)
    if isinstance(kind, String):  # Text is a String without a length
        if not isinstance(value, str):
            raise ExchangeError("{where} must be text", where=where)
        limit = kind.length or MAX_TEXT
        if len(value) > limit:
            raise ExchangeError(
                "{where} is longer than {limit} characters", where=where, limit=limit
            )
        if "\x00" in value:
            raise ExchangeError("{where} contains a NUL character", where=where)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate ("\\ud800" in the JSON): no database or screen can hold it.
            raise ExchangeError(
                "{where} holds text that is not valid Unicode", where=where
            ) from None
        if (table.name, name) in ZONE_COLUMNS and not (
            is_zone(value) or (name == "end_timezone" and value == "")
        ):
            raise ExchangeError("{where} is not a time zone this program knows", where=where)
        choices = CHOICES.get((table.name, name))
        if choices is not None and value not in choices:
            raise ExchangeError(
                "{where} must be one of {allowed}", where=where, allowed=", ".join(sorted(choices))
            )
        return value
    raise ExchangeError("{where} has a type this version cannot read", where=where)


def _check_calendar(value: date, where: Phrase) -> None:
    if not within_calendar(value):
        raise ExchangeError(
            "{where} is outside the years {first} to {last}",
            where=where,
            first=EARLIEST_YEAR,
            last=LATEST_YEAR,
        )

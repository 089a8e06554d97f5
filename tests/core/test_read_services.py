"""The pages read typed, immutable rows (named tuples) from services: every reader's rows hold
what the database holds, in the lists' order, with a link's name as choice lists give it."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core import registry
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import (
    agreements,
    books,
    events,
    organisations,
    people,
    records,
    topics,
    trips,
)

#: The services behave alike on a database file and on the office server.
pytestmark = pytest.mark.both_engines

TRIP, BILATERAL, MOU = demo_id("trip"), demo_id("event:bilateral"), demo_id("agreement:mou")

# reader, the table it reads, the parent column and id it is given (None: all), its order
READERS: dict[str, tuple[Callable[..., list[Any]], str, str | None, Any, str | None]] = {
    "organisations": (organisations.list_organisations, "organisation", None, None, None),
    "topics": (topics.list_topics, "topic", None, None, None),
    "talking points": (topics.talking_points, "talking_point", "topic_id",
                       demo_id("topic:space"), "position"),
    "previous meetings": (people.previous_meetings, "previous_meeting", "person_id",
                          demo_id("person:yin"), None),
    "agreements": (agreements.list_agreements, "agreement", None, None, None),
    "parties": (agreements.parties, "agreement_party", "agreement_id", MOU, "position"),
    "signatories": (agreements.signatories, "agreement_signatory", "agreement_id", MOU,
                    "position"),
    "participants": (events.participants, "event_participant", "event_id", BILATERAL, "position"),
    "event topics": (events.event_topics, "event_topic", "event_id", BILATERAL, "position"),
    "delegation": (trips.delegation, "delegation_member", "trip_id", TRIP, "precedence"),
    "trip topics": (trips.trip_topics, "trip_topic", "trip_id", TRIP, "position"),
    "gifts": (trips.gifts, "gift", "trip_id", TRIP, None),
    "protocol notes": (trips.protocol_notes, "protocol_note", "trip_id", TRIP, "position"),
    "annexes": (trips.annexes, "annex", "trip_id", TRIP, "position"),
}  # fmt: skip


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


@pytest.mark.parametrize("name", list(READERS))
def test_a_reader_gives_the_tables_rows_as_typed_immutable_rows(demo_db, name: str) -> None:
    read, entity, parent, parent_id, order = READERS[name]
    rows = read(demo_db, parent_id) if parent else read(demo_db)
    table = registry.entity(entity).table
    query = select(table)
    if parent:
        query = query.where(table.c[parent] == parent_id)
    with demo_db.session() as session:
        stored = {row["id"]: row for row in session.execute(query).mappings()}
        assert rows and len(rows) == len(stored), name
        row_type = type(rows[0])
        link = next((c for c in row_type._fields if c.endswith("_id")), None)
        if "name" in row_type._fields:
            assert link is not None
            (foreign_key,) = table.c[link].foreign_keys
            target = foreign_key.column.table.name
            expected_names = {i: (th, en) for i, th, en in records.labels(demo_db, target)}
    for row in rows:
        assert all(row_type.__annotations__[f] for f in row_type._fields)  # typed
        with pytest.raises(AttributeError):
            row.id = None  # type: ignore[misc]  # immutable
        for field in row_type._fields:
            value = getattr(row, field)
            if field == "name":
                assert (value.th, value.en) == expected_names[getattr(row, link)]
                assert value.en, name  # every demo link points at a named record
            else:
                assert value == _plain(stored[row.id][field]), (name, field)
                assert not isinstance(value, enum.Enum)
    if order is not None:
        keys = [getattr(row, order) for row in rows]
        assert keys == sorted(keys)


def test_people_books_and_editions_come_typed(demo_db, tmp_path) -> None:
    everyone = people.list_people(demo_db)
    yin = next(p for p in everyone if p.name_native == "阴和俊")
    assert isinstance(yin, people.PersonRow) and yin.organisation_en.startswith("Ministry of Sci")
    assert yin.id.replace("-", "") == demo_id("person:yin").hex
    assert all(isinstance(p.organisation_th, str) for p in everyone)  # "" without one
    (book,) = books.list_books(demo_db)
    assert (book.id, book.trip_id, book.language, book.paper) == (
        demo_id("book"), TRIP, "th", "a4",
    )  # fmt: skip
    from brst_desktop.export import export_book

    export_book(demo_db, demo_id("book"), tmp_path / "a.pdf")
    export_book(demo_db, demo_id("book"), tmp_path / "b.pdf", language="en")
    choices = books.book_choices(demo_db, demo_id("book"))
    assert choices is not None
    assert [(e.number, e.language) for e in choices.editions] == [(2, "en"), (1, "th")]
    assert choices.classification == "confidential" and choices.sections == m.DEFAULT_SECTIONS
    assert next(c.id for c in choices.people if c.chosen) == demo_id("person:yin")
    assert books.book_choices(demo_db, TRIP) is None  # not a book

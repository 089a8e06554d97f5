"""The entity registry: one entry per table of the model, and every fact in it true of the model."""

from __future__ import annotations

import re
import uuid

import pytest
from sqlalchemy import Text, select

from brst_desktop.core import models as m
from brst_desktop.core import registry
from brst_desktop.core.demo import demo_id
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.search import SearchIndex
from brst_desktop.core.services import records

#: The services behave alike on a database file and on the office server.
pytestmark = pytest.mark.both_engines

THAI = re.compile("[\u0e00-\u0e7f]")


def _record_tables() -> set[str]:
    """Every mapped table that holds records (bookkeeping such as exchange_state aside)."""
    return {
        mapper.class_.__tablename__
        for mapper in m.Base.registry.mappers
        if issubclass(mapper.class_, m.Record)
    }


def test_every_mapped_table_has_exactly_one_entry() -> None:
    assert set(registry.ENTITIES) == _record_tables()
    assert len(registry.ENTITIES) == 23
    for name, entity in registry.ENTITIES.items():
        assert entity.name == name and entity.model.__tablename__ == name


def test_entities_come_after_every_record_they_refer_to() -> None:
    """The order a trip's rows are inserted in: a reference never points forward."""
    seen: set[str] = set()
    for entity in registry.ENTITIES.values():
        for foreign_key in entity.table.foreign_keys:
            assert foreign_key.column.table.name in seen, (entity.name, foreign_key.target_fullname)
        seen.add(entity.name)


@pytest.mark.parametrize("name", list(registry.ENTITIES))
def test_the_parent_is_a_cascading_foreign_key_of_the_model(name: str) -> None:
    entity = registry.ENTITIES[name]
    if entity.parent is None:
        return
    column = entity.table.c[entity.parent]
    (foreign_key,) = column.foreign_keys
    assert foreign_key.ondelete == "CASCADE"  # deleting the parent deletes this: it belongs
    assert not column.nullable
    assert entity.parent_entity == foreign_key.column.table.name in registry.ENTITIES
    some_id = uuid.uuid4()
    assert entity.parent_key({entity.parent: some_id}) == (entity.parent_entity, some_id)
    assert entity.parent_key({entity.parent: None}) is None


@pytest.mark.parametrize("name", list(registry.ENTITIES))
def test_label_search_and_order_columns_exist_and_hold_text(name: str) -> None:
    entity = registry.ENTITIES[name]
    columns = entity.table.c
    for column in (*(entity.label or ()), entity.label_extra):
        if column is not None:
            assert isinstance(columns[column].type, Text | m.String), (name, column)
    if entity.order_by is not None:
        assert entity.order_by in columns
    if entity.searched:
        assert entity.label is not None and entity.page is not None
        assert any(isinstance(c.type, Text) for c in columns)
    if entity.label is None:  # a link: named by what it links
        assert len([fk for fk in entity.table.foreign_keys]) >= 1


def test_names_are_given_in_thai_and_english() -> None:
    for entity in registry.ENTITIES.values():
        assert THAI.search(entity.noun.th), entity.name
        assert entity.noun.en == entity.noun.en.lower() and entity.noun.en.strip()
        assert entity.title.en[0].isupper() and entity.title.th == entity.noun.th
        assert str(entity.noun) == entity.noun.en
    nouns = [e.noun.en for e in registry.ENTITIES.values()]
    assert len(set(nouns)) == len(nouns)
    assert registry.entity("briefing_book").title.en == "Briefing book"
    with pytest.raises(ValueError, match="no such record type"):
        registry.entity("exchange_state")


def test_the_exchange_carries_and_names_every_entity_in_the_registrys_order() -> None:
    exchanged = [name for name, entity in registry.ENTITIES.items() if entity.exchanged]
    assert list(rec.TABLES) == exchanged
    assert set(registry.ENTITIES) - set(exchanged) == {"office"}  # the database's own
    assert rec.KIND_NAMES["delegation_member"] == registry.entity("delegation_member").noun
    assert rec.label("person", {"name_th": "หยิน", "name_en": "  Yin\nHejun "}) == "Yin Hejun"
    assert rec.label("person", {"name_th": "หยิน", "name_en": ""}) == "หยิน"
    record_id = uuid.uuid4()
    link = rec.label("book_topic", {"id": record_id})
    assert link == f"book_topic {str(record_id)[:8]}"


def test_a_change_to_a_child_is_a_change_to_the_record_it_belongs_to(demo_db) -> None:
    changes = records.update(demo_db, "event", demo_id("event:signing"), {"title_en": "Signing"})
    assert changes.updated == {("event", demo_id("event:signing")), ("trip", demo_id("trip"))}
    changes = records.update(demo_db, "briefing_book", demo_id("book"), {"author_en": "ICD"})
    assert ("trip", demo_id("trip")) in changes.updated
    changes = records.update(demo_db, "person", demo_id("person:yin"), {"notes": "x"})
    assert changes.updated == {("person", demo_id("person:yin"))}  # belongs to no one


def test_choice_lists_and_search_name_records_by_the_registrys_columns(demo_db) -> None:
    people = {row[0]: row for row in records.labels(demo_db, "person")}
    assert people[demo_id("person:yin")][1:] == ("หยิน เหอจวิ้น (阴和俊)", "Yin Hejun (阴和俊)")
    events = records.labels(demo_db, "event")
    with demo_db.session() as session:
        in_time_order = list(session.scalars(select(m.Event.id).order_by(m.Event.starts_at)))
    assert [row[0] for row in events] == in_time_order
    with pytest.raises(ValueError, match="no name of their own"):
        records.labels(demo_db, "book_topic")
    index = SearchIndex.build(demo_db)
    hits = {(h.entity, h.id): h for h in index.search("Chang'e-7", limit=500)}
    assert hits, "the demo mentions Chang'e-7"
    for (name, record_id), hit in hits.items():
        entity = registry.entity(name)
        assert entity.searched
        if entity.parent is not None:
            assert hit.parent_id is not None
        assert hit.label_th or hit.label_en, (name, record_id)
    assert {e.name for e in registry.searched()} == {
        "organisation", "person", "previous_meeting", "topic", "talking_point", "trip", "event",
        "agreement", "gift", "protocol_note", "annex", "briefing_book",
    }  # fmt: skip

"""The window reads what it knows about each kind of record from core.registry: the same name in
search results and the import preview, a search hit opens the record on its page, and every
editor field is a column of its record."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core import registry
from brst_desktop.core.exchange import ImportPlan, PlannedChange
from brst_desktop.core.search import Hit
from brst_desktop.gui import fields as f
from brst_desktop.gui.language import entity_label
from brst_desktop.gui.navigation import page_titles
from brst_desktop.gui.safety.import_preview import PlanModel


def _plan_model(qtbot) -> PlanModel:
    changes = [PlannedChange(name, uuid.uuid4(), name, "added") for name in registry.ENTITIES]
    return PlanModel(ImportPlan(uuid.uuid4(), "", changes))


@pytest.mark.parametrize("language", ["english", "thai"])
def test_search_and_import_preview_call_each_kind_of_record_the_same(
    qtbot, request: pytest.FixtureRequest, language: str
) -> None:
    request.getfixturevalue(language)
    model = _plan_model(qtbot)
    for name, entity in registry.ENTITIES.items():
        row = next(n for n, c in enumerate(model.rows) if c.table == name)
        shown = model.data(model.index(row, 1))
        assert shown == entity_label(name)
        assert shown == (entity.title.th if language == "thai" else entity.title.en)
    assert entity_label("briefing_book") in ("Briefing book", "เอกสารประกอบการเดินทาง")


def test_the_import_preview_names_a_link_column_by_what_it_links(qtbot, english) -> None:
    model = _plan_model(qtbot)
    assert model.field_text("book_topic", "book_id") == "Briefing book"
    assert model.field_text("person", "photo_id") == "Photo"
    assert model.field_text("agreement_signatory", "on_behalf_of_id") == "On behalf of"  # editor
    assert model.field_text("person", "position_en") == "Position (English)"  # the editor's


def test_every_editor_field_is_a_column_of_its_record() -> None:
    for name, specs in f.EDITOR_FIELDS.items():
        entity = registry.entity(name)
        for spec in specs:
            column = entity.table.c[spec.name]
            if spec.kind == "reference":
                (foreign_key,) = column.foreign_keys
                target = registry.entity(spec.reference)
                assert foreign_key.column.table.name == target.name and target.label is not None


def test_every_searched_kind_opens_on_a_page_of_the_window() -> None:
    pages = set(page_titles())
    for entity in registry.ENTITIES.values():
        assert entity.page is None or entity.page in pages, entity.name
    assert {e.page for e in registry.searched()} == pages


def test_a_search_hit_of_every_kind_shows_its_record(qtbot, demo_window, demo_db) -> None:
    """For one demo record of each searched kind: its page, and the record chosen there."""
    with demo_db.session() as session:
        found = {}
        for entity in registry.searched():
            row = session.execute(select(entity.table).limit(1)).mappings().first()
            assert row is not None, entity.name
            found[entity.name] = (row["id"], row[entity.parent] if entity.parent else None)
        assert session.scalar(select(m.Trip.id)) is not None
    for name, (record_id, parent_id) in found.items():
        entity = registry.entity(name)
        demo_window.pages.go_to(Hit(name, record_id, "", "", "", parent_id))
        demo_window.context.tasks.wait()
        page = demo_window.pages.stack.currentWidget()
        assert page.objectName() == f"page_{entity.page}", name
        chosen = {
            "trip": lambda p: p.trips.current_id,
            "event": lambda p: p.itinerary_editor.form.record_id,
            "gift": lambda p: p.gifts.current_id,
            "protocol_note": lambda p: p.protocol.current_id,
            "annex": lambda p: p.annexes.current_id,
            "person": lambda p: p.people.current_id,
            "previous_meeting": lambda p: p.meetings.current_id,
            "organisation": lambda p: p.organisations.current_id,
            "topic": lambda p: p.topics.current_id,
            "talking_point": lambda p: p.points.current_id,
            "agreement": lambda p: p.agreements.current_id,
            "briefing_book": lambda p: p.books.current_id,
        }[name]
        qtbot.waitUntil(lambda: chosen(page) == record_id, timeout=3000)  # noqa: B023
        if parent_id is not None and name in ("event", "gift", "protocol_note", "annex"):
            assert page.current_trip == parent_id

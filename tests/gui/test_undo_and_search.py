"""Undo across editors, and the search box, on the demo trip."""

from __future__ import annotations

from sqlalchemy import func, select

from brst_desktop.core import models as m
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records


def _participants(db, event_id) -> int:
    with db.session() as session:
        return session.scalar(
            select(func.count())
            .select_from(m.EventParticipant)
            .where(m.EventParticipant.event_id == event_id)
        )


def _event_ids(editor) -> list:
    return [item.id for item in editor.items]


def test_undo_restores_a_deleted_event_and_redo_deletes_it_again(demo_window) -> None:
    db = demo_window.context.db
    editor = demo_window.trips_page.itinerary_editor
    signing = demo_id("event:signing")
    people_before = _participants(db, signing)
    assert people_before > 0
    editor.select(signing)
    assert editor.form.record_id == signing
    editor.delete_event()
    assert signing not in _event_ids(editor)
    assert records.read(db, "event", signing) is None
    # Ctrl+Z, as the user presses it.
    demo_window.undo_action.trigger()
    assert signing in _event_ids(editor)
    assert records.read(db, "event", signing)["title_en"].startswith("Signing")
    assert _participants(db, signing) == people_before  # who attends came back too
    with db.session() as session:  # the MoU still points at its signing ceremony
        assert session.get(m.Agreement, demo_id("agreement:mou")).event_id == signing
    demo_window.redo_action.trigger()
    assert signing not in _event_ids(editor)


def test_undo_covers_field_edits_in_every_editor(demo_window) -> None:
    db = demo_window.context.db
    people = demo_window.pages.show("people")
    people.people.select(demo_id("person:yin"))
    form = people.people.form
    form.widgets["pronunciation"].setText("yin huh-jwin")
    form.commit("pronunciation")
    trips = demo_window.pages.show("trips")
    notes_before = records.read(db, "trip", demo_id("trip"))["notes"]
    trips.trips.form.widgets["notes"].setPlainText("ยืนยันห้องประชุมแล้ว")
    trips.trips.form.commit("notes")
    assert records.read(db, "trip", demo_id("trip"))["notes"] == "ยืนยันห้องประชุมแล้ว"
    demo_window.undo_action.trigger()
    assert records.read(db, "trip", demo_id("trip"))["notes"] == notes_before
    demo_window.undo_action.trigger()
    assert records.read(db, "person", demo_id("person:yin"))["pronunciation"] != "yin huh-jwin"
    assert form.widgets["pronunciation"].text() != "yin huh-jwin"  # the editor shows it


def test_a_problem_is_shown_next_to_its_field_and_nothing_is_stored(demo_window) -> None:
    db = demo_window.context.db
    page = demo_window.trips_page
    page.tabs.setCurrentWidget(page.trips.editor_scroll)  # the Details tab
    form = page.trips.form
    form.widgets["title_en"].setText("")
    form.commit("title_en")
    form.widgets["title_th"].setText("")
    form.commit("title_th")
    assert form.errors["title_th"].isVisible()
    assert "title" in form.errors["title_th"].text()
    assert records.read(db, "trip", demo_id("trip"))["title_th"]  # unchanged
    form.widgets["title_th"].setText("ชื่อใหม่")
    form.commit("title_th")
    assert not form.errors["title_th"].isVisible()
    assert records.read(db, "trip", demo_id("trip"))["title_th"] == "ชื่อใหม่"


def test_search_box_finds_a_thai_word_in_the_middle_of_a_sentence_and_opens_it(
    demo_window,
) -> None:
    demo_window.search_box.setText("ตรวจวัด")
    demo_window.search_page.search_now()
    hits = demo_window.search_page.hits
    point = demo_id("talking_point:space:0")
    assert point in [h.id for h in hits]
    assert demo_window.stack.currentWidget() is demo_window.search_page
    row = [h.id for h in hits].index(point)
    view = demo_window.search_page.view
    view.activated.emit(demo_window.search_page.results.index(row, 0))
    topics = demo_window.pages.page("topics")
    assert demo_window.stack.currentWidget() is topics
    assert topics.topics.current_id == demo_id("topic:space")
    assert topics.points.current_id == point


def test_search_sees_an_edit_at_once(demo_window) -> None:
    people = demo_window.pages.show("people")
    people.people.select(demo_id("person:yin"))
    people.people.form.widgets["dietary_needs_th"].setText("ไม่ทานเผ็ด")
    people.people.form.commit("dietary_needs_th")
    demo_window.search_box.setText("ทานเผ็ด")
    demo_window.search_page.search_now()
    assert [h.id for h in demo_window.search_page.hits] == [demo_id("person:yin")]


def test_book_sections_reorder_and_untick_then_undo(demo_window) -> None:
    db = demo_window.context.db
    book = demo_id("book")
    page = demo_window.pages.show("books")
    page.books.select(book)
    before = records.read(db, "briefing_book", book)["sections"]
    checklist = page.sections
    row = [checklist.list.item(r).data(0x0100) for r in range(checklist.list.count())].index(
        "programme"
    )
    checklist.list.setCurrentRow(row)
    checklist.move_selected(-1)  # Alt+Up, or a drag
    after = records.read(db, "briefing_book", book)["sections"]
    assert after.index("programme") == before.index("programme") - 1
    from PySide6.QtCore import Qt

    checklist.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # no cover
    assert "cover" not in records.read(db, "briefing_book", book)["sections"]
    demo_window.undo_action.trigger()
    demo_window.undo_action.trigger()
    assert records.read(db, "briefing_book", book)["sections"] == before
    assert checklist.ticked() == before  # the composer shows it too

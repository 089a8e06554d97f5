"""Undo across editors, and the search box, on the demo trip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from brst_desktop.core import models as m
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.core.services import trips as trip_service
from tests.helpers import hands


def _participants(db, event_id) -> int:
    with db.session() as session:
        return session.scalar(
            select(func.count())
            .select_from(m.EventParticipant)
            .where(m.EventParticipant.event_id == event_id)
        )


def _event_ids(editor) -> list:
    return [item.id for item in editor.items]


def _click_event(editor, event_id) -> None:
    """A click on the event's row in the itinerary (scrolled into view first)."""
    from brst_desktop.gui.table_model import id_of

    model = editor.view.itinerary
    for day in range(model.rowCount()):
        day_item = model.item(day, 0)
        for row in range(day_item.rowCount()):
            index = day_item.child(row, 0).index()
            if id_of(index) == event_id:
                editor.view.scrollTo(index)
                hands.click(editor.view.viewport(), editor.view.visualRect(index).center())
                return
    raise AssertionError(f"{event_id} is not in the itinerary")


def test_undo_restores_a_deleted_event_and_redo_deletes_it_again(demo_window) -> None:
    db = demo_window.context.db
    editor = demo_window.trips_page.itinerary_editor
    signing = demo_id("event:signing")
    people_before = _participants(db, signing)
    assert people_before > 0
    gifts_before = len(trip_service.gifts(db, demo_id("trip")))
    _click_event(editor, signing)
    assert editor.form.record_id == signing
    hands.press(editor.view, Qt.Key.Key_Delete)  # the focused list: the itinerary
    assert signing not in _event_ids(editor)
    assert records.read(db, "event", signing) is None
    assert len(trip_service.gifts(db, demo_id("trip"))) == gifts_before
    # Ctrl+Z, as the user presses it.
    hands.press(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert signing in _event_ids(editor)
    assert records.read(db, "event", signing)["title_en"].startswith("Signing")
    assert _participants(db, signing) == people_before  # who attends came back too
    with db.session() as session:  # the MoU still points at its signing ceremony
        assert session.get(m.Agreement, demo_id("agreement:mou")).event_id == signing
    hands.press(
        editor.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert signing not in _event_ids(editor)
    assert records.read(db, "event", signing) is None


def test_undo_covers_field_edits_in_every_editor(demo_window) -> None:
    db = demo_window.context.db
    people = demo_window.pages.show("people")
    people.people.select(demo_id("person:yin"))
    form = people.people.form
    pronunciation_before = records.read(db, "person", demo_id("person:yin"))["pronunciation"]
    hands.retype(form.widgets["pronunciation"], "yin huh-jwin", finish="tab")
    assert records.read(db, "person", demo_id("person:yin"))["pronunciation"] == "yin huh-jwin"
    trips = demo_window.pages.show("trips")
    trips.tabs.setCurrentWidget(trips.trips.editor_scroll)  # the Details tab
    notes = trips.trips.form.widgets["notes"]
    notes_before = records.read(db, "trip", demo_id("trip"))["notes"]
    hands.retype(notes, "ยืนยันห้องประชุมแล้ว", finish="tab")  # Thai through the input method
    assert records.read(db, "trip", demo_id("trip"))["notes"] == "ยืนยันห้องประชุมแล้ว"
    # Ctrl+Z twice, from the trips list: the notes, then the pronunciation, on screen too.
    undo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    hands.press(trips.trips.table, *undo)
    assert records.read(db, "trip", demo_id("trip"))["notes"] == notes_before
    assert notes.toPlainText() == notes_before
    hands.press(trips.trips.table, *undo)
    assert records.read(db, "person", demo_id("person:yin"))["pronunciation"] == (
        pronunciation_before
    )
    assert form.widgets["pronunciation"].text() == pronunciation_before
    assert hands.disagreements(form) == []
    assert hands.disagreements(trips.trips.form) == []


def test_a_problem_is_shown_next_to_its_field_and_nothing_is_stored(demo_window) -> None:
    db = demo_window.context.db
    page = demo_window.trips_page
    page.tabs.setCurrentWidget(page.trips.editor_scroll)  # the Details tab
    form = page.trips.form
    before = records.read(db, "trip", demo_id("trip"))["title_th"]
    for field in ("title_en", "title_th"):  # both titles emptied: Ctrl+A, Delete, Tab
        hands.click(form.widgets[field])
        hands.select_all(form.widgets[field])
        hands.press(form.widgets[field], Qt.Key.Key_Delete)
        hands.tab(form.widgets[field])
    assert form.errors["title_th"].isVisible()
    assert "title" in form.errors["title_th"].text()
    assert records.read(db, "trip", demo_id("trip"))["title_th"] == before  # unchanged
    assert form.widgets["title_th"].text() == ""  # what was typed stays in view
    hands.retype(form.widgets["title_th"], "ชื่อใหม่", finish="tab")
    assert not form.errors["title_th"].isVisible()
    assert records.read(db, "trip", demo_id("trip"))["title_th"] == "ชื่อใหม่"
    assert hands.disagreements(form) == []


def test_search_box_finds_a_thai_word_in_the_middle_of_a_sentence_and_opens_it(
    demo_window,
) -> None:
    # Ctrl+F, the word through the input method, Enter: the first result is chosen.
    hands.press(demo_window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.search_box.hasFocus()
    hands.commit_string(demo_window.search_box, "ตรวจวัด")
    hands.enter(demo_window.search_box)
    hits = demo_window.search_page.hits
    point = demo_id("talking_point:space:0")
    assert point in [h.id for h in hits]
    assert demo_window.stack.currentWidget() is demo_window.search_page
    row = [h.id for h in hits].index(point)
    view = demo_window.search_page.view
    # Down to the talking point, Enter opens it.
    for _ in range(row):
        hands.press(view, Qt.Key.Key_Down)
    hands.enter(view)
    topics = demo_window.pages.page("topics")
    assert demo_window.stack.currentWidget() is topics
    assert topics.topics.current_id == demo_id("topic:space")
    assert topics.points.current_id == point


def test_search_sees_an_edit_at_once(demo_window) -> None:
    people = demo_window.pages.show("people")
    people.people.select(demo_id("person:yin"))
    hands.retype(people.people.form.widgets["dietary_needs_th"], "ไม่ทานเผ็ด", finish="tab")
    hands.click(demo_window.search_box)
    hands.commit_string(demo_window.search_box, "ทานเผ็ด")
    hands.enter(demo_window.search_box)
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

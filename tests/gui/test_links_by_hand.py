"""Issue 12, reference boxes and new linked rows beyond the person box: an organisation or a
topic typed by name is the one stored, and every list that links a record (event topics, trip
topics, agreement parties, signatories) starts a new row from the user's choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import agreements, events, records
from brst_desktop.core.services import trips as trip_service
from brst_desktop.gui.language import install_language
from tests.helpers import hands
from tests.helpers.gui import BILATERAL, event_form, open_window

TRIP = demo_id("trip")


def _labels(db, entity):
    """(id, Thai, English) of every record of ``entity``, straight from the database."""
    return records.labels(db, entity)


def _name(label, language):
    return label[1] if language == "th" else label[2]


@pytest.mark.parametrize("language", ["th", "en"])
def test_an_organisation_or_topic_typed_by_name_is_the_one_stored(
    qtbot, demo_db, qapp, language
) -> None:
    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        # A person's organisation, typed in full (Thai through the input method), Enter.
        people = window.pages.show("people").people
        form = people.form
        box = form.widgets["organisation_id"]
        before = records.read(demo_db, "person", form.record_id)["organisation_id"]
        target = next(o for o in _labels(demo_db, "organisation") if o[0] != before)
        hands.retype(box, _name(target, language))
        assert records.read(demo_db, "person", form.record_id)["organisation_id"] == target[0]
        assert box.currentText() == _name(target, language)
        assert hands.disagreements(form) == []
        # Part of a name only one organisation has, then Tab: that one, shown in full.
        wipo = next(o for o in _labels(demo_db, "organisation") if "WIPO" in o[2])
        hands.retype(box, "ทรัพย์สินทางปัญญา" if language == "th" else "intellectual", finish="tab")
        assert records.read(demo_db, "person", form.record_id)["organisation_id"] == wipo[0]
        assert box.currentText() == _name(wipo, language)
        assert hands.disagreements(form) == []
        # Part of several names: nothing stored, the text stays and a sentence says why.
        hands.retype(box, "กระทรวง" if language == "th" else "Ministry")
        assert records.read(demo_db, "person", form.record_id)["organisation_id"] == wipo[0]
        assert form.errors["organisation_id"].isVisibleTo(form)
        hands.undo_key(box)
        assert hands.disagreements(form) == []
        assert not form.errors["organisation_id"].isVisibleTo(form)

        # An event's topic: the topic box on the "Topics to raise" tab.
        event_form(window)
        editor = window.trips_page.itinerary_editor
        bar = editor.event_tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(4).center())
        topics = editor.topics
        assert topics.isVisible() and topics.model.rowCount() > 0
        topics.select(topics.model.rows[0].id)
        linked = {t.topic_id for t in events.event_topics(demo_db, BILATERAL)}
        free = next(t for t in _labels(demo_db, "topic") if t[0] not in linked)
        box = topics.form.widgets["topic_id"]
        hands.retype(box, _name(free, language), finish="tab")
        row = records.read(demo_db, "event_topic", topics.form.record_id)
        assert row["topic_id"] == free[0]
        assert box.currentText() == _name(free, language)
        assert hands.disagreements(topics.form) == []
    finally:
        install_language(qapp, "en")


def _add_through_the_chooser(listing, typed: str) -> None:
    """Click the list's add button, type part of a name in the chooser (Thai through the input
    method) and press Enter."""
    QTest.mouseClick(listing.new_button, Qt.MouseButton.LeftButton)
    chooser = listing.chooser
    assert chooser is not None and chooser.isVisible()
    if typed.isascii():
        hands.type_keys(chooser.filter, typed)
    else:
        hands.commit_string(chooser.filter, typed)
    hands.enter(chooser.filter)


def _cancel_the_chooser(listing) -> None:
    QTest.mouseClick(listing.new_button, Qt.MouseButton.LeftButton)
    chooser = listing.chooser
    assert chooser is not None and chooser.isVisible()
    QTest.keyClick(chooser.filter, Qt.Key.Key_Escape)
    assert not chooser.isVisible()


def test_every_new_linked_row_starts_from_the_users_choice(qtbot, demo_db, english) -> None:
    window = open_window(qtbot, demo_db)
    topic_names = {t[0]: t[2] for t in _labels(demo_db, "topic")}

    # Topics to raise at an event.
    event_form(window)
    editor = window.trips_page.itinerary_editor
    bar = editor.event_tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(4).center())
    linked = {t.topic_id for t in events.event_topics(demo_db, BILATERAL)}
    free = next(i for i in topic_names if i not in linked)
    _cancel_the_chooser(editor.topics)
    assert {t.topic_id for t in events.event_topics(demo_db, BILATERAL)} == linked
    _add_through_the_chooser(editor.topics, topic_names[free])
    assert {t.topic_id for t in events.event_topics(demo_db, BILATERAL)} == linked | {free}
    assert editor.topics.form.widgets["topic_id"].currentText() == topic_names[free]

    # The trip's topics: the demo links all of them, so one is deleted (Delete key) first.
    trips = window.trips_page
    trips.tabs.setCurrentWidget(trips.trip_topics)
    listing = trips.trip_topics
    hands.click(
        listing.table.viewport(), listing.table.visualRect(listing.model.index(0, 0)).center()
    )
    gone = records.read(demo_db, "trip_topic", listing.current_id)["topic_id"]
    hands.press(listing.table, Qt.Key.Key_Delete)
    linked = {t.topic_id for t in trip_service.trip_topics(demo_db, TRIP)}
    assert gone not in linked
    _cancel_the_chooser(listing)
    assert {t.topic_id for t in trip_service.trip_topics(demo_db, TRIP)} == linked
    _add_through_the_chooser(listing, topic_names[gone])
    assert {t.topic_id for t in trip_service.trip_topics(demo_db, TRIP)} == linked | {gone}
    assert listing.form.widgets["topic_id"].currentText() == topic_names[gone]
    assert hands.disagreements(listing.form) == []

    # An agreement's parties and signatories.
    page = window.pages.show("agreements")
    agreement = page.agreements.current_id
    assert agreement is not None
    tabs = page.agreements.detail_tabs
    tabs.setCurrentWidget(page.parties)
    parties = [p.organisation_id for p in agreements.parties(demo_db, agreement)]
    _cancel_the_chooser(page.parties)
    assert [p.organisation_id for p in agreements.parties(demo_db, agreement)] == parties
    wipo = next(o for o in _labels(demo_db, "organisation") if "WIPO" in o[2])
    _add_through_the_chooser(page.parties, "องค์การทรัพย์สิน")  # typed in Thai, English window
    after = [p.organisation_id for p in agreements.parties(demo_db, agreement)]
    assert sorted(after) == sorted([*parties, wipo[0]])
    assert page.parties.form.widgets["organisation_id"].currentText() == wipo[2]
    assert hands.disagreements(page.parties.form) == []

    tabs.setCurrentWidget(page.signatories)
    signatories = [s.person_id for s in agreements.signatories(demo_db, agreement)]
    _cancel_the_chooser(page.signatories)
    assert [s.person_id for s in agreements.signatories(demo_db, agreement)] == signatories
    _add_through_the_chooser(page.signatories, "novos")
    after = [s.person_id for s in agreements.signatories(demo_db, agreement)]
    assert sorted(after) == sorted([*signatories, demo_id("person:novoselov")])
    form = page.signatories.form
    assert form.widgets["person_id"].currentText() == "Konstantin Novoselov"
    assert hands.disagreements(form) == []

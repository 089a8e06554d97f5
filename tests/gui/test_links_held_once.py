"""Issue 12: a person takes part in an event once, sits in a delegation once. Driven by hand:
the chooser marks who is already there and says why Enter does nothing; typing such a name in
a row's person box is refused under the box, in the window's language, before any write."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import events, records
from brst_desktop.core.services import trips as trip_service
from brst_desktop.gui.language import install_language
from tests.helpers import hands
from tests.helpers.gui import open_window, participants_of_bilateral

BILATERAL = demo_id("event:bilateral")
TRIP = demo_id("trip")
ZHANG, YIN, FINK = demo_id("person:zhang"), demo_id("person:yin"), demo_id("person:fink")
SENTENCE = {
    "en": "This person already takes part in this event.",
    "th": "บุคคลนี้ร่วมกิจกรรมนี้อยู่แล้ว",
}
MARK = {"en": "(already in the list)", "th": "(อยู่ในรายการแล้ว)"}


def _people_of_bilateral(db) -> list:
    return sorted(str(r.person_id) for r in events.participants(db, BILATERAL))


def _row_of(db, person):
    with db.session() as session:
        return session.scalar(
            select(m.EventParticipant.id).where(
                m.EventParticipant.event_id == BILATERAL, m.EventParticipant.person_id == person
            )
        )


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_chooser_marks_people_already_taking_part_and_says_why(
    qtbot, demo_db, qapp, language, message_boxes
) -> None:
    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        participants = participants_of_bilateral(window)
        before = _people_of_bilateral(demo_db)
        QTest.mouseClick(participants.new_button, Qt.MouseButton.LeftButton)
        chooser = participants.chooser
        assert chooser is not None and chooser.isVisible()
        # Zhang is listed, greyed and marked, and cannot be chosen.
        shown = {
            chooser.proxy.index(row, 0).data(): chooser.proxy.index(row, 0).flags()
            for row in range(chooser.proxy.rowCount())
        }
        zhang_name = "จาง กว่างจวิน" if language == "th" else "Zhang Guangjun"
        (marked,) = [name for name in shown if name.startswith(zhang_name)]
        assert marked.endswith(MARK[language])  # "จาง กว่างจวิน (张广军) (อยู่ในรายการแล้ว)"
        assert not shown[marked] & Qt.ItemFlag.ItemIsEnabled
        free = [name for name, flags in shown.items() if flags & Qt.ItemFlag.ItemIsEnabled]
        assert free and all(MARK[language] not in name for name in free)
        assert any(
            name.startswith("คาร์สเทน ฟิงค์" if language == "th" else "Carsten Fink") for name in free
        )
        # Typing his name: the only match is taken; the chooser says why and Enter adds nobody.
        if language == "th":
            hands.commit_string(chooser.filter, "กว่างจวิน")
        else:
            hands.type_keys(chooser.filter, "zhang")
        assert chooser.hint.isVisibleTo(chooser) and chooser.hint.text() == SENTENCE[language]
        assert not chooser.ok_button.isEnabled()
        hands.enter(chooser.filter)
        assert chooser.isVisible()
        # A click on the greyed name does not choose it either.
        view = chooser.view
        where = view.visualRect(view.model().index(0, 0)).center()
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert chooser.isVisible()
        assert _people_of_bilateral(demo_db) == before
        # Someone else: the sentence goes, Enter adds them.
        QTest.keyClick(chooser.filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        hands.type_keys(chooser.filter, "fink")
        assert not chooser.hint.isVisibleTo(chooser) and chooser.ok_button.isEnabled()
        hands.enter(chooser.filter)
        assert _people_of_bilateral(demo_db) == sorted([*before, str(FINK)])
        assert message_boxes == []
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize("language", ["th", "en"])
def test_typing_a_person_already_taking_part_is_refused_under_the_box(
    qtbot, demo_db, qapp, language, message_boxes
) -> None:
    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        participants = participants_of_bilateral(window)
        yin_row = _row_of(demo_db, YIN)
        participants.select(yin_row)
        form = participants.form
        assert form.record_id == yin_row
        box = form.widgets["person_id"]
        zhang_name = "จาง กว่างจวิน" if language == "th" else "Zhang Guangjun"
        hands.retype(box, zhang_name)
        # Nothing written, no "something went wrong": the name stays with the sentence.
        assert records.read(demo_db, "event_participant", yin_row)["person_id"] == YIN
        assert box.currentText() == zhang_name
        problem = form.errors["person_id"]
        assert problem.isVisibleTo(form) and problem.text() == SENTENCE[language]
        assert message_boxes == []
        # Ctrl+Z in the box drops the typing: screen and database agree again.
        hands.undo_key(box)
        assert not problem.isVisibleTo(form)
        assert hands.disagreements(form) == []
        # Someone not yet taking part is taken at once.
        hands.retype(box, "Carsten Fink" if language == "en" else "คาร์สเทน ฟิงค์")
        assert records.read(demo_db, "event_participant", yin_row)["person_id"] == FINK
        assert hands.disagreements(form) == []
    finally:
        install_language(qapp, "en")


def test_the_delegation_chooser_greys_its_members(qtbot, demo_db, english) -> None:
    window = open_window(qtbot, demo_db)
    trips = window.trips_page
    trips.tabs.setCurrentWidget(trips.delegation)
    delegation = trips.delegation
    members = {r.person_id for r in trip_service.delegation(demo_db, TRIP)}
    QTest.mouseClick(delegation.new_button, Qt.MouseButton.LeftButton)
    chooser = delegation.chooser
    assert chooser is not None
    proxy = chooser.proxy
    greyed = {
        proxy.index(row, 0).data(Qt.ItemDataRole.UserRole)
        for row in range(proxy.rowCount())
        if not proxy.index(row, 0).flags() & Qt.ItemFlag.ItemIsEnabled
    }
    assert greyed == {str(person) for person in members}
    # The first name offered (current) is one who can still join.
    current = chooser.view.currentIndex()
    assert current.isValid() and current.data(Qt.ItemDataRole.UserRole) not in greyed
    hands.type_keys(chooser.filter, "suchada")
    assert chooser.hint.text() == "This person is already a member of the delegation."
    hands.enter(chooser.filter)
    assert {r.person_id for r in trip_service.delegation(demo_db, TRIP)} == members
    QTest.keyClick(chooser.filter, Qt.Key.Key_Escape)

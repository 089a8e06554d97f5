"""Issue 12: what a user types is what is stored, driven with real keys, clicks and input-method
text; after each step the editor shows exactly what the database holds."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.core.services import trips as trip_service
from tests.helpers import hands
from tests.helpers.gui import event_form, open_window, participants_of_bilateral

SHANGHAI = ZoneInfo("Asia/Shanghai")
TRIP = demo_id("trip")
BILATERAL = demo_id("event:bilateral")  # the demo meeting at 10:00-11:00 Chongqing time


def stored_event(db):
    return records.read(db, "event", BILATERAL)


@pytest.mark.parametrize(
    ("language", "typed", "shown", "hour_pos"),
    [
        ("th", "08/11/2566 09:30", ("08/11/2566 09.30\u00a0น.", "08/11/2566 14.30\u00a0น."), 11),
        ("en", "2023-11-08 09:30", ("2023-11-08 09:30", "2023-11-08 14:30"), 11),
    ],
)
def test_retyping_a_date_and_time_and_then_the_hour_stores_what_was_typed(
    qtbot, demo_db, qapp, language, typed, shown, hour_pos
) -> None:
    from brst_desktop.gui.language import install_language

    install_language(qapp, language)
    try:
        form = event_form(open_window(qtbot, demo_db))
        box = form.widgets["starts_at"]
        # Click the box, Ctrl+A, type the whole date and time, Enter.
        hands.retype(box, typed)
        assert stored_event(demo_db)["starts_at"] == datetime(2023, 11, 8, 9, 30, tzinfo=SHANGHAI)
        assert box.text() == shown[0]  # in Thai as the book writes a time: 09.30 น.
        # The event keeps its hour: the end moved with the start.
        assert stored_event(demo_db)["ends_at"] == datetime(2023, 11, 8, 10, 30, tzinfo=SHANGHAI)
        assert hands.disagreements(form) == []
        # Double-click the hour, type 14, Enter.
        box.setCursorPosition(hour_pos)
        at = box.cursorRect().center() + QPoint(4, 0)
        QTest.mouseDClick(box, Qt.MouseButton.LeftButton, pos=at)
        assert box.selectedText() == "09"
        hands.type_keys(box, "14")
        hands.enter(box)
        assert stored_event(demo_db)["starts_at"] == datetime(2023, 11, 8, 14, 30, tzinfo=SHANGHAI)
        assert box.text() == shown[1]
        assert hands.disagreements(form) == []
    finally:
        install_language(qapp, "en")


def test_a_date_that_cannot_be_read_stays_as_typed_and_nothing_is_stored(
    qtbot, demo_db, thai
) -> None:
    form = event_form(open_window(qtbot, demo_db))
    box = form.widgets["starts_at"]
    before = stored_event(demo_db)["starts_at"]
    hands.retype(box, "8/11/2566 25:99", finish="tab")
    assert stored_event(demo_db)["starts_at"] == before
    assert box.text() == "8/11/2566 25:99"
    assert "08/11/2566 09.30 น." in form.errors["starts_at"].text()
    # Fixing it stores it and the sentence goes.
    hands.retype(box, "8/11/2566 9:05")
    assert stored_event(demo_db)["starts_at"] == datetime(2023, 11, 8, 9, 5, tzinfo=SHANGHAI)
    assert box.text() == "08/11/2566 09.05\u00a0น."
    assert not form.errors["starts_at"].isVisibleTo(form)


@pytest.mark.parametrize("language", ["th", "en"])
def test_up_down_and_the_calendar_keys_change_what_is_stored_on_enter_or_tab(
    qtbot, demo_db, qapp, language
) -> None:
    """The keys the shortcuts list gives for date boxes: Up/Down step the part under the cursor,
    F4 and Alt+Down open the calendar, where arrow keys and Enter choose a day."""
    from PySide6.QtWidgets import QApplication

    from brst_desktop.gui.language import install_language

    install_language(qapp, language)
    try:
        form = event_form(open_window(qtbot, demo_db))
        box = form.widgets["starts_at"]
        start = datetime(2023, 11, 8, 10, 0, tzinfo=SHANGHAI)
        assert stored_event(demo_db)["starts_at"] == start
        # End, to the left past the minutes (and the Thai unit น.): the cursor is in the hour.
        # Up twice, Down once: one hour on.
        hands.click(box)
        hands.press(box, Qt.Key.Key_End)
        for _ in range(6 if language == "th" else 3):
            hands.press(box, Qt.Key.Key_Left)
        hands.press(box, Qt.Key.Key_Up)
        hands.press(box, Qt.Key.Key_Up)
        hands.press(box, Qt.Key.Key_Down)
        assert box.text() == hands.moment_text(start + timedelta(hours=1), "Asia/Shanghai")
        assert stored_event(demo_db)["starts_at"] == start  # shown, waiting for Enter or Tab
        hands.tab(box)
        assert stored_event(demo_db)["starts_at"] == start + timedelta(hours=1)
        assert hands.disagreements(form) == []
        # Home: the first part (the day in Thai, the year in English). Up, then Ctrl+Z in the
        # field drops the step; nothing was stored.
        hands.click(box)
        hands.press(box, Qt.Key.Key_Home)
        hands.press(box, Qt.Key.Key_Up)
        assert box.text() != hands.moment_text(start + timedelta(hours=1), "Asia/Shanghai")
        hands.undo_key(box)
        assert stored_event(demo_db)["starts_at"] == start + timedelta(hours=1)
        assert hands.disagreements(form) == []
        # F4 opens the calendar on the stored day; Right, Enter: the next day, same time.
        for opener in (
            (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
        ):
            before = stored_event(demo_db)["starts_at"]
            hands.click(box)
            hands.press(box, *opener)
            calendar = box.calendarWidget()
            assert calendar.isVisible()
            days = QApplication.focusWidget()
            assert calendar.isAncestorOf(days)
            QTest.keyClick(days, Qt.Key.Key_Right)
            QTest.keyClick(days, Qt.Key.Key_Return)
            assert not calendar.isVisible()
            assert stored_event(demo_db)["starts_at"] == before + timedelta(days=1)
            assert hands.disagreements(form) == []
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_new_trips_first_and_last_day_are_both_kept(qtbot, empty_db, qapp, language) -> None:
    from brst_desktop.gui.language import install_language

    install_language(qapp, language)
    try:
        window = open_window(qtbot, empty_db)
        hands.press(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        trips = window.trips_page
        form = trips.trips.form
        trip_id = trips.current_trip
        assert trip_id is not None
        first, last = date.today() + timedelta(days=40), date.today() + timedelta(days=45)
        # The first day, after the new trip's last day (today): the rule spanning both fields
        # holds it back, but the typed day stays in view and the sentence says what is missing.
        hands.retype(form.widgets["start_date"], hands.date_text(first), finish="tab")
        assert form.widgets["start_date"].text() == hands.date_text(first)
        assert records.read(empty_db, "trip", trip_id)["start_date"] == date.today()
        assert form.errors["end_date"].isVisibleTo(form)
        assert form.errors["start_date"].isVisibleTo(form)  # "not stored yet: ... Last day"
        # The last day: now they agree and both are stored.
        hands.retype(form.widgets["end_date"], hands.date_text(last), finish="tab")
        stored = records.read(empty_db, "trip", trip_id)
        assert (stored["start_date"], stored["end_date"]) == (first, last)
        assert form.widgets["start_date"].text() == hands.date_text(first)
        assert form.widgets["end_date"].text() == hands.date_text(last)
        assert not form.errors["end_date"].isVisibleTo(form)
        assert not form.errors["start_date"].isVisibleTo(form)
        assert hands.disagreements(form) == []
        # One undo step takes both back.
        hands.press(trips.trips.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        stored = records.read(empty_db, "trip", trip_id)
        assert (stored["start_date"], stored["end_date"]) == (date.today(), date.today())
        assert hands.disagreements(form) == []
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize(
    ("language", "field", "typed", "more"),
    [
        ("en", "title_en", "Bilateral talks", " (draft)"),
        ("th", "title_th", "การหารือทวิภาคี", " (ร่าง)"),
    ],
)
def test_ctrl_z_in_a_field_keeps_the_box_and_the_database_together(
    qtbot, demo_db, qapp, language, field, typed, more
) -> None:
    from brst_desktop.gui.language import install_language

    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        form = event_form(window)
        title = form.widgets[field]
        original = stored_event(demo_db)[field]
        # Typed and stored (Tab), then Ctrl+Z in the field: both go back.
        hands.retype(title, typed, finish="tab")
        assert stored_event(demo_db)[field] == typed
        hands.click(title)
        hands.undo_key(title)
        assert stored_event(demo_db)[field] == original
        assert title.text() == original
        # Typed but not stored yet: Ctrl+Z drops the typing, the database never changed.
        hands.click(title)
        hands.press(title, Qt.Key.Key_End)
        if more.isascii():
            hands.type_keys(title, more)
        else:
            hands.commit_string(title, more)
        assert title.text() == original + more
        hands.undo_key(title)
        assert title.text() == original
        assert stored_event(demo_db)[field] == original
        # Redo (Ctrl+Shift+Z) in the field brings back the stored change, on screen too.
        hands.press(
            title,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert stored_event(demo_db)[field] == typed
        assert title.text() == typed
        assert hands.disagreements(form) == []
    finally:
        install_language(qapp, "en")


def test_thai_and_chinese_typed_through_an_input_method_are_stored(qtbot, demo_db, thai) -> None:
    form = event_form(open_window(qtbot, demo_db))
    hands.retype(form.widgets["title_th"], "การหารือทวิภาคีไทย–จีน", finish="tab")
    editor = form.parentWidget()
    while not hasattr(editor, "event_tabs"):
        editor = editor.parentWidget()
    bar = editor.event_tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    place = editor.place_form
    hands.retype(place.widgets["venue_native"], "重庆悦来国际会议中心", finish="tab")
    event = stored_event(demo_db)
    assert event["title_th"] == "การหารือทวิภาคีไทย–จีน"
    assert event["venue_native"] == "重庆悦来国际会议中心"
    assert hands.disagreements(form) == [] and hands.disagreements(place) == []


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_name_typed_in_a_reference_box_is_the_person_stored(
    qtbot, demo_db, qapp, language
) -> None:
    from brst_desktop.gui.language import install_language

    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        participants = participants_of_bilateral(window)
        participants.select(demo_id("participant:bilateral:zhang"))
        form = participants.form
        box = form.widgets["person_id"]
        row_id = form.record_id
        # The full name, typed (Thai through the input method), then Enter.
        name = "คอนสแตนติน โนโวเซลอฟ" if language == "th" else "Konstantin Novoselov"
        hands.retype(box, name)
        stored = records.read(demo_db, "event_participant", row_id)["person_id"]
        assert stored == demo_id("person:novoselov")
        assert box.currentText() == name
        assert hands.disagreements(form) == []
        # Part of a name that only one person has, then Tab: that person, shown in full.
        part = "ฟิงค์" if language == "th" else "fink"
        hands.retype(box, part, finish="tab")
        assert records.read(demo_db, "event_participant", row_id)["person_id"] == demo_id(
            "person:fink"
        )
        assert hands.disagreements(form) == []
        # A name nobody has: nothing stored, the text stays with a sentence under it.
        hands.retype(box, "Nobody Atall")
        assert records.read(demo_db, "event_participant", row_id)["person_id"] == demo_id(
            "person:fink"
        )
        assert box.currentText() == "Nobody Atall"
        assert form.errors["person_id"].isVisibleTo(form)
        hands.undo_key(box)
        assert hands.disagreements(form) == [] and not form.errors["person_id"].isVisibleTo(form)
    finally:
        install_language(qapp, "en")


def test_add_member_and_add_participant_start_from_the_users_choice(
    qtbot, demo_db, english
) -> None:
    window = open_window(qtbot, demo_db)
    trips = window.trips_page
    trips.tabs.setCurrentWidget(trips.delegation)
    delegation = trips.delegation
    before = len(trip_service.delegation(demo_db, TRIP))
    # Add member asks who; cancelling adds nobody.
    QTest.mouseClick(delegation.new_button, Qt.MouseButton.LeftButton)
    chooser = delegation.chooser
    assert chooser is not None and chooser.isVisible()
    QTest.keyClick(chooser.filter, Qt.Key.Key_Escape)
    assert len(trip_service.delegation(demo_db, TRIP)) == before
    # Typing part of the name and Enter adds that person, and the editor shows them.
    QTest.mouseClick(delegation.new_button, Qt.MouseButton.LeftButton)
    chooser = delegation.chooser
    hands.type_keys(chooser.filter, "novos")
    hands.enter(chooser.filter)
    rows = trip_service.delegation(demo_db, TRIP)
    assert len(rows) == before + 1
    assert demo_id("person:novoselov") in {r.person_id for r in rows}
    assert delegation.form.widgets["person_id"].currentText() == "Konstantin Novoselov"
    assert hands.disagreements(delegation.form) == []

    participants = participants_of_bilateral(window)
    count = participants.model.rowCount()
    QTest.mouseClick(participants.new_button, Qt.MouseButton.LeftButton)
    hands.commit_string(participants.chooser.filter, "โนโวเซลอฟ")
    hands.enter(participants.chooser.filter)
    assert participants.model.rowCount() == count + 1
    assert participants.form.widgets["person_id"].currentText() == "Konstantin Novoselov"


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_editor_is_found_by_table_and_column_and_named_in_the_window_language(
    qtbot, demo_db, qapp, language
) -> None:
    from PySide6.QtWidgets import QWidget

    from brst_desktop.gui.forms import RecordForm
    from brst_desktop.gui.language import install_language

    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        for name in window.pages.names:
            window.pages.show(name)
        for wanted in ("trip.start_date", "event.starts_at", "delegation_member.person_id"):
            assert isinstance(window.findChild(QWidget, wanted), QWidget), wanted
        forms = window.findChildren(RecordForm)
        assert len(forms) > 10
        for form in forms:
            for column, widget in form.widgets.items():
                assert widget.objectName() == f"{form.entity}.{column}"
                accessible = widget.accessibleName()
                assert accessible and "_" not in accessible
                if language == "th":
                    assert any("\u0e00" <= c <= "\u0e7f" for c in accessible), accessible
    finally:
        install_language(qapp, "en")


def test_delete_and_alt_arrows_act_on_the_focused_list_only(qtbot, demo_db, english) -> None:
    from brst_desktop.core.services import books as book_service

    window = open_window(qtbot, demo_db)
    trips = window.trips_page
    # The itinerary's event list has a chosen row too: Delete must not reach it from the gifts.
    event_form(window)
    events = len(trip_service.itinerary(demo_db, TRIP))
    delegation = len(trip_service.delegation(demo_db, TRIP))
    trips.tabs.setCurrentWidget(trips.gifts)
    gifts = trips.gifts
    before = gifts.model.rowCount()
    assert before > 1
    hands.click(gifts.table.viewport(), gifts.table.visualRect(gifts.model.index(0, 0)).center())
    gone = gifts.current_id
    hands.press(gifts.table, Qt.Key.Key_Delete)
    assert gifts.model.rowCount() == before - 1
    assert gone not in {g.id for g in trip_service.gifts(demo_db, TRIP)}
    assert len(trip_service.itinerary(demo_db, TRIP)) == events
    assert len(trip_service.delegation(demo_db, TRIP)) == delegation
    # Undo brings the gift back (nothing lost).
    hands.press(gifts.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gone in {g.id for g in trip_service.gifts(demo_db, TRIP)}
    assert gifts.model.rowCount() == before

    # Three lists on the Books page answer Alt+Up/Alt+Down: only the focused one moves, and
    # the order is stored.
    page = window.pages.show("books")
    book = page.book_id
    tabs = page.books.detail_tabs
    tabs.tabBar().show()

    def open_tab(index: int) -> None:
        QTest.mouseClick(
            tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center()
        )

    def click_row(checklist, row: int) -> None:
        rect = checklist.list.visualItemRect(checklist.list.item(row))
        hands.click(checklist.list.viewport(), rect.center() + QPoint(rect.width() // 4, 0))

    choices = book_service.book_choices(demo_db, book)
    sections, people = choices.sections, [c.id for c in choices.people if c.chosen]
    assert len(sections) > 1 and len(people) > 1
    open_tab(2)
    counterparts = page.people
    assert counterparts.isVisible()
    click_row(counterparts, 0)
    hands.press(counterparts.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    choices = book_service.book_choices(demo_db, book)
    assert [c.id for c in choices.people if c.chosen] == [people[1], people[0], *people[2:]]
    assert choices.sections == sections  # the sections list, hidden behind, did not move
    assert counterparts.list.currentRow() == 1
    hands.press(counterparts.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [c.id for c in book_service.book_choices(demo_db, book).people if c.chosen] == people
    open_tab(1)
    shown = [page.sections.list.item(r).text() for r in range(2)]
    click_row(page.sections, 0)
    hands.press(page.sections.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [page.sections.list.item(r).text() for r in range(2)] == shown[::-1]
    choices = book_service.book_choices(demo_db, book)
    assert choices.sections == [sections[1], sections[0], *sections[2:]]
    assert [c.id for c in choices.people if c.chosen] == people


def test_new_records_in_the_thai_window_put_thai_placeholders_in_thai_fields(
    qtbot, empty_db, thai
) -> None:
    window = open_window(qtbot, empty_db)
    hands.press(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    trip = records.read(empty_db, "trip", window.trips_page.current_trip)
    assert trip["title_th"] == "การเดินทางใหม่"
    assert not trip["title_en"]  # never Thai in the English title
    editor = window.trips_page.itinerary_editor
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    event = records.read(empty_db, "event", editor.form.record_id)
    assert event["title_th"] and not event["title_en"]
    people = window.pages.show("people")
    QTest.mouseClick(people.people.new_button, Qt.MouseButton.LeftButton)
    person = records.read(empty_db, "person", people.people.current_id)
    assert person["name_th"] and not person["name_en"]


def test_no_new_record_of_any_list_puts_thai_into_an_english_field(qtbot, demo_db, thai) -> None:
    """Every New/Add button of every list in the Thai window, clicked: the new record's
    English columns hold no Thai (the placeholder title goes in the Thai column)."""
    from PySide6.QtWidgets import QTabWidget

    from brst_desktop.gui.record_list import RecordList

    def thai_in(text) -> bool:
        return isinstance(text, str) and any("\u0e00" <= c <= "\u0e7f" for c in text)

    window = open_window(qtbot, demo_db)
    made = []
    for name in window.pages.names:
        page = window.pages.show(name)
        for listing in page.findChildren(RecordList):
            if listing.choose is not None:
                continue  # starts from a chooser (test_links_by_hand)
            # Open the tabs that hold the list, as a person would to reach its button.
            child = listing
            while child is not page:
                parent = child.parentWidget()
                if isinstance(parent, QTabWidget) or (
                    parent is not None and isinstance(parent.parentWidget(), QTabWidget)
                ):
                    tabs = parent if isinstance(parent, QTabWidget) else parent.parentWidget()
                    if tabs.indexOf(child) >= 0:
                        tabs.setCurrentWidget(child)
                child = parent
            if not listing.new_button.isVisible() or not listing.new_button.isEnabled():
                continue
            QTest.mouseClick(listing.new_button, Qt.MouseButton.LeftButton)
            record = records.read(demo_db, listing.entity, listing.current_id)
            assert record is not None, listing.entity
            made.append(listing.entity)
            english = {k: v for k, v in record.items() if k.endswith("_en") and thai_in(v)}
            assert english == {}, listing.entity
    assert {"trip", "person", "organisation", "topic", "talking_point"} <= set(made)
    assert len(made) >= 8, made


def test_every_shortcut_is_in_the_list_and_menus_use_one_capitalisation(
    qtbot, demo_db, english
) -> None:
    import re

    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    from brst_desktop.gui.shortcuts import shortcut_table

    window = open_window(qtbot, demo_db)
    for name in window.pages.names:
        window.pages.show(name)
    listed = {
        key.strip()
        for keys, _what in shortcut_table()
        for key in re.split(r",|…", keys)
        if key.strip()
    }
    listed |= {f"Ctrl+{n}" for n in range(1, 7)}  # "Ctrl+1 … Ctrl+6"
    # Qt's portable names of the keys the list spells out.
    portable = {"Delete": "Del", "Page Up": "PgUp", "Page Down": "PgDown"}
    listed |= {portable[key] for key in listed if key in portable}
    claimed = {
        s.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        for s in action.shortcuts()
    } | {
        s.key().toString(QKeySequence.SequenceFormat.PortableText)
        for s in window.findChildren(QShortcut)
    }
    claimed.discard("")
    assert claimed - listed == set()
    # And the list promises nothing that no key does: what no action or shortcut claims is a
    # date box's own key (test_up_down_and_the_calendar_keys_...).
    date_box_keys = {"Up", "Down", "F4"}  # Alt+Down too, claimed by the book's lists as well
    assert listed - claimed - set(portable) == date_box_keys
    # Menus: sentence case (only the first word capitalised, names excepted).
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            words = action.text().replace("&", "").replace("…", "").split()
            later = [
                w for w in words[1:] if w[:1].isupper() and w not in ("PDF", "BRST", "Desktop")
            ]
            assert later == [], action.text()
    file_menu = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Export the book as PDF…" in file_menu and "Print the book…" in file_menu


def test_time_zones_read_as_cities_in_the_window_language_with_the_offset(
    qtbot, demo_db, thai
) -> None:
    form = event_form(open_window(qtbot, demo_db))
    box = form.widgets["timezone"]
    identifier = form.editors["timezone"].identifier
    assert box.currentText() == "เซี่ยงไฮ้ (จีน) · UTC+8"
    assert identifier.text() == "Asia/Shanghai" and identifier.isVisibleTo(form)
    # A Thai city typed through the input method, Enter: stored as its identifier.
    hands.retype(box, "กรุงเทพ")
    assert stored_event(demo_db)["timezone"] == "Asia/Bangkok"
    assert box.currentText() == "กรุงเทพ (ไทย) · UTC+7"
    assert identifier.text() == "Asia/Bangkok"
    # The English name or the identifier finds a zone in the Thai window too.
    hands.retype(box, "Tokyo", finish="tab")
    assert stored_event(demo_db)["timezone"] == "Asia/Tokyo"
    assert box.currentText() == "โตเกียว (ญี่ปุ่น) · UTC+9"
    hands.retype(box, "Asia/Shanghai")
    assert stored_event(demo_db)["timezone"] == "Asia/Shanghai"
    # A name that is no zone: nothing stored, the text stays, a sentence says so.
    hands.retype(box, "Atlantis")
    assert stored_event(demo_db)["timezone"] == "Asia/Shanghai"
    assert box.currentText() == "Atlantis" and form.errors["timezone"].isVisibleTo(form)
    hands.undo_key(box)
    assert hands.disagreements(form) == []


def test_time_zones_read_as_english_cities_in_the_english_window(qtbot, demo_db, english) -> None:
    form = event_form(open_window(qtbot, demo_db))
    box = form.widgets["timezone"]
    identifier = form.editors["timezone"].identifier
    assert box.currentText() == "Shanghai (China) · UTC+8"
    assert identifier.text() == "Asia/Shanghai"
    hands.retype(box, "Bangkok")
    assert stored_event(demo_db)["timezone"] == "Asia/Bangkok"
    assert box.currentText() == "Bangkok (Thailand) · UTC+7"
    assert identifier.text() == "Asia/Bangkok"
    # The Thai name finds the zone in the English window too (typed through the input method).
    hands.retype(box, "โตเกียว", finish="tab")
    assert stored_event(demo_db)["timezone"] == "Asia/Tokyo"
    assert box.currentText() == "Tokyo (Japan) · UTC+9"
    assert hands.disagreements(form) == []


def test_the_zone_list_is_in_thai_dictionary_order_in_the_thai_window(qtbot, thai) -> None:
    from PySide6.QtCore import QCollator, QLocale

    from brst_desktop.gui.field_editors import ZoneEditor
    from brst_desktop.gui.fields import FieldSpec

    editor = ZoneEditor(FieldSpec("timezone", "Time zone", "zone"))
    qtbot.addWidget(editor.widget)
    labels = [editor.combo.itemText(r) for r in range(1, editor.combo.count())]
    assert "กรุงเทพ (ไทย) · UTC+7" in labels
    # Thai order ignores the leading vowels เ แ โ ใ ไ: โตเกียว sorts under ต, before ท.
    assert labels.index("โตเกียว (ญี่ปุ่น) · UTC+9") < labels.index("ไทเป (ไต้หวัน) · UTC+8")
    collator = QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    assert labels == sorted(labels, key=collator.sortKey)


def test_lists_sort_by_the_shown_name_in_thai_dictionary_order(qtbot, demo_db, thai) -> None:
    from PySide6.QtCore import QCollator, QLocale

    from brst_desktop.gui.references import reference_lists

    window = open_window(qtbot, demo_db)
    collator = QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    people = window.pages.show("people").people
    shown = [people.model.data(people.model.index(r, 0)) for r in range(people.model.rowCount())]
    assert len(shown) == 9 and all(any("\u0e00" <= c <= "\u0e7f" for c in n) for n in shown)
    assert shown == sorted(shown, key=collator.sortKey)
    # ค before จ before ธ, เพชรดาว under พ (its leading vowel is skipped), หยิน last: not the
    # English order (Carsten, Konstantin, Petchdao, Supamas... Yin, Zhang).
    assert shown[:3] == ["คอนสแตนติน โนโวเซลอฟ", "คาร์สเทน ฟิงค์", "จาง กว่างจวิน (张广军)"]
    assert shown.index("เพชรดาว โต๊ะมีนา") < shown.index("วีระพงษ์ แพสุวรรณ")
    assert shown[-1] == "หยิน เหอจวิ้น (阴和俊)"
    # The choice lists of the editors and of "Add member" follow the same order.
    model = reference_lists(window.context).model("person")
    names = [model.data(model.index(r, 0)) for r in range(1, model.rowCount())]
    assert names == sorted(names, key=collator.sortKey)
    # A header click sorts by the shown text with the same collation, then back.
    organisations = window.pages.show("organisations").organisations
    header = organisations.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(0) + 10, 5)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    model = organisations.model
    orgs = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert orgs == sorted(orgs, key=collator.sortKey) or orgs == sorted(
        orgs, key=collator.sortKey, reverse=True
    )


def test_the_delegation_is_grouped_by_side_in_precedence_order_from_1(
    qtbot, demo_db, english
) -> None:
    window = open_window(qtbot, demo_db)
    trips = window.trips_page
    trips.tabs.setCurrentWidget(trips.delegation)
    model = trips.delegation.model
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    sides = [row[0] for row in rows]
    ours = sides.count("Our delegation")
    assert ours > 0 and sides == ["Our delegation"] * ours + ["Host delegation"] * (
        len(rows) - ours
    )
    assert [row[1] for row in rows[:ours]] == [str(n) for n in range(1, ours + 1)]
    assert [row[1] for row in rows[ours:]] == [str(n) for n in range(1, len(rows) - ours + 1)]
    assert rows[0][2] == "Supamas Isarabhakdi"  # the head of our delegation first
    stored = trip_service.delegation(demo_db, TRIP)
    ordered = [row.precedence for row in model.rows[:ours]]
    assert ordered == sorted(ordered) and len(stored) == len(rows)


def test_empty_states_say_what_to_do_and_offer_the_button(qtbot, empty_db, english) -> None:
    window = open_window(qtbot, empty_db)
    books = window.pages.show("books").books
    # No trip: New book cannot make a book, so it is disabled and a sentence says why.
    assert not books.new_button.isEnabled()
    assert books.empty_hint.isVisible() and "trip" in books.empty_hint.text()
    assert books.hint_button.isVisible() and books.hint_button.text() == "New trip"
    QTest.mouseClick(books.hint_button, Qt.MouseButton.LeftButton)  # makes the trip
    assert window.trips_page.current_trip is not None
    books = window.pages.show("books").books
    assert books.new_button.isEnabled() and not books.hint_button.isVisible()
    assert "New book" in books.empty_hint.text()  # empty list: add the first with New book
    # Talking points without a topic: the same, with New topic.
    topics = window.pages.show("topics")
    points = topics.points
    assert not points.new_button.isEnabled()
    QTest.mouseClick(points.hint_button, Qt.MouseButton.LeftButton)
    assert topics.topics.current_id is not None
    assert points.new_button.isEnabled()
    QTest.mouseClick(points.new_button, Qt.MouseButton.LeftButton)
    assert points.model.rowCount() == 1 and not points.empty_hint.isVisible()


def test_the_trip_chosen_at_start_is_the_one_agreements_and_books_follow(
    qtbot, demo_db, english
) -> None:
    """The trip chosen when the window opens: the Agreements page offered "choose the trip on
    the Trips page first" with New agreement disabled, though the demo trip was chosen."""
    window = open_window(qtbot, demo_db)
    assert window.trips_page.current_trip == TRIP
    page = window.pages.show("agreements")
    listing = page.agreements
    assert listing.new_button.isEnabled()
    assert not listing.hint_button.isVisible()
    before = {r.id for r in listing.model.rows}
    QTest.mouseClick(listing.new_button, Qt.MouseButton.LeftButton)
    new = records.read(demo_db, "agreement", listing.current_id)
    assert listing.current_id not in before and new["trip_id"] == TRIP
    books = window.pages.show("books").books
    assert books.new_button.isEnabled() and not books.hint_button.isVisible()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_trip_heading_follows_edits(qtbot, demo_db, qapp, language) -> None:
    from brst_desktop.gui.language import install_language

    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        trips = window.trips_page
        trips.tabs.setCurrentWidget(trips.trips.editor_scroll)
        form = trips.trips.form
        # The title in the window's own language is the one the heading shows.
        field, title = (
            ("title_th", "คณะผู้แทนไทยเยือนฉงชิ่ง")
            if language == "th"
            else ("title_en", "Chongqing mission")
        )
        hands.retype(form.widgets[field], title, finish="tab")
        assert records.read(demo_db, "trip", TRIP)[field] == title
        assert trips.heading.text() == title
        last = date(2023, 11, 10)
        hands.retype(form.widgets["end_date"], hands.date_text(last), finish="tab")
        assert records.read(demo_db, "trip", TRIP)["end_date"] == last
        expected = "10 พ.ย. 2566" if language == "th" else "10 Nov 2023"
        assert expected in trips.subheading.text(), trips.subheading.text()
        assert hands.disagreements(form) == []
        # Undo takes the heading back with the stored value.
        hands.press(trips.trips.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        hands.press(trips.trips.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert trips.heading.text() == records.read(demo_db, "trip", TRIP)[field] != title
    finally:
        install_language(qapp, "en")

"""Random edit sequences, typed as a person types, in both languages: after every step each field
shows what the database holds (or shows why what it shows is not stored), and undoing
everything brings the screen and the database back to the start.

Deterministic: the sequences come from a fixed seed (``BRST_PROPERTY_SEARCH=1`` draws new ones
for a longer search), sequences that once failed are replayed first, and the undo stack's
merging of quick edits follows a clock the steps advance, not the machine's speed.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.gui import undo
from brst_desktop.gui.language import install_language
from brst_desktop.gui.main_window import MainWindow
from tests.helpers import hands
from tests.helpers.gui import make_context

SHANGHAI = ZoneInfo("Asia/Shanghai")
BILATERAL = demo_id("event:bilateral")
ROW = demo_id("participant:bilateral:zhang")
#: People not yet in the bilateral meeting (a person takes part once), and Zhang himself.
FREE = ["zhang", "suchada", "fink", "novoselov"]
THAI_WORDS = ["การประชุม", "ทวิภาคี", "ไทย", "จีน", "ความร่วมมือ", "วิทยาศาสตร์", "ฉงชิ่ง"]
LATIN_WORDS = ["Bilateral", "meeting", "Thailand", "China", "science", "MoU"]
CHINESE_WORDS = ["科技", "合作", "重庆", "会议"]
#: Seconds a person takes per step: edits of one field two steps apart merge into one undo step
#: (UpdateRecord.MERGE_SECONDS), three apart do not, however fast or slow the machine runs.
SECONDS_PER_STEP = 2.0
#: Sequences that failed once, replayed in every run.
FAILED_ONCE = [
    # A full run at 21:05 on 2 December: Ctrl+Z dropped the held first day, but the last day
    # typed meanwhile was neither stored nor said to wait (fixed in b036719: revert stores what
    # the dropped value held back).
    [
        ("person", "person_id", "zhang", False),
        ("day", "start_date", date(2025, 8, 25), "enter"),
        ("undo", "title_en", None, None),
        ("day", "end_date", date(2024, 4, 1), "enter"),
        ("person", "person_id", "zhang", False),
        ("undo", "start_date", None, None),
    ],
]

words = st.sampled_from(THAI_WORDS + LATIN_WORDS + CHINESE_WORDS)
titles = st.lists(words, min_size=0, max_size=4).map(" ".join)
moments = st.datetimes(datetime(2023, 1, 1), datetime(2025, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
days = st.dates(date(2023, 1, 1), date(2025, 12, 31))
garbage = st.sampled_from(["32/13/2566", "8/11", "tomorrow", "2023-02-30 10:00", "99:99"])
finish = st.sampled_from(["enter", "tab"])
steps = st.one_of(
    st.tuples(st.just("title"), st.sampled_from(["title_th", "title_en"]), titles, finish),
    st.tuples(st.just("moment"), st.just("starts_at"), moments, finish),
    st.tuples(st.just("garbage"), st.sampled_from(["starts_at", "start_date"]), garbage, finish),
    st.tuples(st.just("day"), st.sampled_from(["start_date", "end_date"]), days, finish),
    st.tuples(st.just("person"), st.just("person_id"), st.sampled_from(FREE), st.booleans()),
    st.tuples(
        st.just("undo"),
        st.sampled_from(["title_en", "starts_at", "start_date"]),
        st.none(),
        st.none(),
    ),
)


class Session:
    """One window on the demo trip, reused across examples (each example undoes itself)."""

    def __init__(self, qtbot, db, language: str, monkeypatch) -> None:
        self.db, self.language = db, language
        self.now = 0.0
        monkeypatch.setattr(undo, "monotonic", lambda: self.now)
        self.window = MainWindow(make_context(db))
        qtbot.addWidget(self.window)
        self.window.resize(1366, 768)
        self.window.show()
        self.trips = self.window.trips_page
        self.editor = self.trips.itinerary_editor

    def forms(self):
        return [self.trips.trips.form, self.editor.form, self.editor.participants.form]

    def snapshot(self):
        """The three records' values (an undo is a new write: its time stamp differs)."""
        rows = (
            records.read(self.db, "trip", demo_id("trip")),
            records.read(self.db, "event", BILATERAL),
            records.read(self.db, "event_participant", ROW),
        )
        bookkeeping = ("updated_at", "row_version", "changed_by")  # when and by whom, not what
        return [{k: v for k, v in row.items() if k not in bookkeeping} for row in rows if row]

    def form_of(self, field: str):
        if field in ("start_date", "end_date"):
            self.trips.tabs.setCurrentWidget(self.trips.trips.editor_scroll)
            return self.trips.trips.form
        self.trips.tabs.setCurrentWidget(self.editor)
        if self.editor.form.record_id != BILATERAL:
            self.editor.select(BILATERAL)
        self.editor.event_tabs.setCurrentIndex(3 if field == "person_id" else 0)
        if field == "person_id":
            participants = self.editor.participants
            if participants.current_id != ROW:
                participants.select(ROW)
            return participants.form
        return self.editor.form

    def text_of(self, kind: str, value) -> str:
        if kind == "moment":
            return hands.moment_text(value.replace(tzinfo=SHANGHAI), "Asia/Shanghai")
        if kind == "day":
            return hands.date_text(value)
        return value

    def do(self, step) -> None:
        self.now += SECONDS_PER_STEP
        kind, field, value, how = step
        form = self.form_of(field)
        widget = form.widgets[field]
        if kind == "undo":
            hands.click(widget)
            hands.undo_key(widget)
            return
        if kind == "person":
            person = records.read(self.db, "person", demo_id(f"person:{value}"))
            name = person["name_th"] if how else person["name_en"]
            hands.retype(widget, name, finish="enter")
            return
        hands.retype(widget, self.text_of(kind, value), finish=how)

    def check(self) -> None:
        """Each field shows what is stored, or says under it why it does not."""
        for form in self.forms():
            if form.record_id is None:
                continue
            for field, shown, stored in hands.disagreements(form):
                problem = form.errors[field]
                assert problem.isVisibleTo(form) and problem.text(), (field, shown, stored)

    def undo_everything(self) -> None:
        for form in self.forms():  # typed values not stored: Ctrl+Z in the field drops them
            self.form_of(next(iter(form.widgets)))
            for field, widget in form.widgets.items():
                if form.is_dirty(field):
                    self.form_of(field)
                    hands.click(widget)
                    hands.undo_key(widget)
        self.trips.tabs.setCurrentWidget(self.editor)
        stack = self.window.context.undo
        for _ in range(200):
            if not stack.canUndo():
                break
            hands.press(self.editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert not stack.canUndo()
        stack.clear()


@pytest.mark.parametrize("language", ["th", "en"])
def test_random_edits_keep_screen_and_database_together_and_undo_to_the_start(
    qtbot, demo_db, qapp, language, monkeypatch
) -> None:
    install_language(qapp, language)
    search = bool(os.environ.get("BRST_PROPERTY_SEARCH"))
    try:
        session = Session(qtbot, demo_db, language, monkeypatch)
        session.form_of("person_id")
        start = session.snapshot()

        @settings(
            max_examples=300 if search else 50,
            derandomize=not search,
            database=None,  # nothing remembered between runs: each run does the same
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(st.lists(steps, min_size=1, max_size=8))
        def run(sequence) -> None:
            try:
                for number, step in enumerate(sequence):
                    session.do(step)
                    try:
                        session.check()
                    except AssertionError as error:
                        raise AssertionError(f"after {sequence[: number + 1]}: {error}") from None
            finally:
                session.undo_everything()
            assert session.snapshot() == start
            for form in session.forms():
                session.form_of(next(iter(form.widgets)))
                assert hands.disagreements(form) == [], form.entity

        for sequence in FAILED_ONCE:
            run = example(sequence)(run)
        run()
    finally:
        install_language(qapp, "en")


def test_the_undo_of_a_moved_start_restores_the_end_too(
    qtbot, demo_db, english, monkeypatch
) -> None:
    session = Session(qtbot, demo_db, "en", monkeypatch)
    start = session.snapshot()
    session.do(("moment", "starts_at", datetime(2023, 11, 8, 15, 0), "enter"))
    event = records.read(demo_db, "event", BILATERAL)
    assert event["ends_at"] - event["starts_at"] == timedelta(hours=1)
    session.undo_everything()
    assert session.snapshot() == start

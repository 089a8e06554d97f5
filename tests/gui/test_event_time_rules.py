"""The event-time rules, driven by hand in the itinerary editor: they are the core's
(core.event_times), and undo takes back everything a rule changed."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from tests.helpers import hands
from tests.helpers.gui import event_form, open_window

BILATERAL = demo_id("event:bilateral")  # 10:00-11:00 Chongqing time


def test_a_new_zone_keeps_the_times_as_written_and_undo_takes_it_all_back(
    qtbot, demo_db, english
) -> None:
    window = open_window(qtbot, demo_db)
    form = event_form(window)
    before = records.read(demo_db, "event", BILATERAL)
    shown = form.widgets["starts_at"].text(), form.widgets["ends_at"].text()
    hands.retype(form.widgets["timezone"], "Asia/Bangkok")
    after = records.read(demo_db, "event", BILATERAL)
    assert after["timezone"] == "Asia/Bangkok"
    bangkok = ZoneInfo("Asia/Bangkok")
    assert before["starts_at"] == datetime(2023, 11, 8, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert after["starts_at"] == datetime(2023, 11, 8, 10, 0, tzinfo=bangkok)  # as written
    assert after["ends_at"] - before["ends_at"] == timedelta(hours=1)
    assert (form.widgets["starts_at"].text(), form.widgets["ends_at"].text()) == shown
    assert hands.disagreements(form) == []
    window.undo_action.trigger()
    window.context.tasks.wait()
    assert records.read(demo_db, "event", BILATERAL) == {
        **before,
        **{
            k: records.read(demo_db, "event", BILATERAL)[k]
            for k in ("updated_at", "row_version", "changed_by")  # when and by whom, not what
        },
    }
    qtbot.waitUntil(lambda: hands.disagreements(form) == [])

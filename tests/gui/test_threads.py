"""The same window with real worker threads (as the program runs): loads, edits, undo, search."""

from __future__ import annotations

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.main_window import MainWindow


def test_the_window_works_with_worker_threads(qtbot, demo_db, english) -> None:
    context = AppContext.create(demo_db, synchronous=False)
    failures: list[BaseException] = []
    context.tasks.failed.connect(failures.append)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    trips = window.trips_page
    qtbot.waitUntil(lambda: len(trips.itinerary_editor.items) == 12, timeout=20_000)
    assert trips.current_trip == demo_id("trip")

    # An edit goes through the write queue, then every view hears of it.
    editor = trips.itinerary_editor
    editor.select(demo_id("event:signing"))
    qtbot.waitUntil(lambda: editor.form.values.get("title_en", "").startswith("Signing"))
    editor.form.widgets["title_en"].setText("Signing of the MoU (moved)")
    editor.form.commit("title_en")
    qtbot.waitUntil(
        lambda: any(i.title_en == "Signing of the MoU (moved)" for i in editor.items),
        timeout=20_000,
    )
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: (
            records.read(demo_db, "event", demo_id("event:signing"))["title_en"]
            != "Signing of the MoU (moved)"
        ),
        timeout=20_000,
    )

    # Every page loads in the background.
    people = window.pages.show("people")
    qtbot.waitUntil(lambda: people.people.model.rowCount() == 9, timeout=20_000)
    topics = window.pages.show("topics")
    qtbot.waitUntil(lambda: topics.points.model.rowCount() > 0, timeout=20_000)

    # Search, with the index built off the GUI thread.
    window.search_box.setText("阴和俊")
    qtbot.waitUntil(
        lambda: demo_id("person:yin") in [h.id for h in window.search_page.hits], timeout=20_000
    )
    context.tasks.wait()
    assert failures == []

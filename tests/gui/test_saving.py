"""Nothing is lost: text is stored while typing pauses and when the window closes; photos can
be dropped on the editor; the language can be switched without losing anything."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.gui import forms
from brst_desktop.gui.language import current_language
from brst_desktop.gui.main_window import MainWindow
from brst_desktop.gui.settings import saved_language


def test_text_is_stored_when_typing_pauses_without_leaving_the_field(qtbot, demo_window) -> None:
    people = demo_window.pages.show("people")
    people.people.select(demo_id("person:yin"))
    field = people.people.form.widgets["sensitivities_th"]
    field.setFocus()
    # QTest cannot type Thai key by key; inserting at the cursor is what an input method does.
    field.moveCursor(field.textCursor().MoveOperation.End)
    field.insertPlainText("ไม่ควรเอ่ยถึงเรื่องไต้หวัน")
    assert (
        "ไต้หวัน"
        not in records.read(demo_window.context.db, "person", demo_id("person:yin"))[
            "sensitivities_th"
        ]
    )
    qtbot.wait(forms.TYPING_PAUSE_MS + 400)
    stored = records.read(demo_window.context.db, "person", demo_id("person:yin"))
    assert stored["sensitivities_th"].endswith("ไม่ควรเอ่ยถึงเรื่องไต้หวัน")
    # The pauses of one burst of typing are one undo step.
    demo_window.undo_action.trigger()
    assert (
        "ไต้หวัน"
        not in records.read(demo_window.context.db, "person", demo_id("person:yin"))[
            "sensitivities_th"
        ]
    )


def test_closing_the_window_stores_the_text_being_typed(qtbot, demo_window) -> None:
    form = demo_window.trips_page.trips.form
    demo_window.trips_page.tabs.setCurrentWidget(demo_window.trips_page.trips.editor_scroll)
    field = form.widgets["notes"]
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    field.insertPlainText(" ห้องพักชั้น 12")
    demo_window.close()  # straight away, before the typing pause
    assert records.read(demo_window.context.db, "trip", demo_id("trip"))["notes"].endswith(
        "ห้องพักชั้น 12"
    )


def test_a_photo_dropped_from_the_file_manager_is_stored(qtbot, demo_window, tmp_path) -> None:
    people = demo_window.pages.show("people")
    people.people.select(demo_id("person:zhang"))
    path = tmp_path / "zhang.jpg"
    Image.new("RGB", (90, 120), (10, 120, 60)).save(path, "JPEG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    people.photo.dropEvent(drop)
    stored = records.read(demo_window.context.db, "person", demo_id("person:zhang"))
    assert stored["photo_id"] is not None
    assert not people.photo.picture.pixmap().isNull()
    demo_window.undo_action.trigger()  # and undo takes it away again
    assert (
        records.read(demo_window.context.db, "person", demo_id("person:zhang"))["photo_id"] is None
    )


def test_switching_language_rebuilds_the_window_and_remembers_the_choice(
    qtbot, demo_window, qapp
) -> None:
    demo_window.choose_language("th")
    try:
        assert current_language() == "th"
        assert saved_language() == "th"
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        assert len(windows) == 1 and windows[0] is not demo_window
        qtbot.addWidget(windows[0])
        assert windows[0].navigation.item(0).text() == "การเดินทาง"
        assert windows[0].trips_page.current_trip == demo_id("trip")
    finally:
        from brst_desktop.gui.language import install_language

        install_language(qapp, "en")


def test_a_write_the_database_refuses_is_reported_and_the_editor_shows_what_is_stored(
    qtbot, demo_window, message_boxes, monkeypatch
) -> None:
    from brst_desktop.core.db import DiskFullError
    from brst_desktop.core.services import records as record_service

    form = demo_window.trips_page.trips.form
    before = record_service.read(demo_window.context.db, "trip", demo_id("trip"))["title_en"]

    def disk_full(*_args, **_kwargs):
        raise DiskFullError("The disk is full, so the change was not saved; free some space.")

    monkeypatch.setattr(record_service, "update", disk_full)
    form.widgets["title_en"].setText("A title that cannot be stored")
    form.commit("title_en")
    assert message_boxes == ["The disk is full, so the change was not saved; free some space."]
    message_boxes.clear()
    assert form.widgets["title_en"].text() == before  # the editor shows what is really stored
    assert not demo_window.undo_action.isEnabled() or demo_window.context.undo.count() == 0


def test_window_geometry_is_remembered(qtbot, demo_context) -> None:
    first = MainWindow(demo_context)
    qtbot.addWidget(first)
    first.show()
    # (The offscreen screen is small: a size that fits it, unlike the default 1280 x 800.)
    first.setGeometry(0, 30, 900, 640)
    where = first.geometry()
    first.close()
    second = MainWindow(demo_context)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == where.size()  # (offscreen frames shift x by a pixel or two)


def test_reload_everything_shows_a_replaced_database(qtbot, demo_window, empty_db) -> None:
    """What the data-safety part does after a restore: every page shows the new database."""
    people = demo_window.pages.show("people")
    assert people.people.model.rowCount() > 0
    trips = demo_window.pages.show("trips")
    assert trips.itinerary_editor.items
    demo_window.context.db = empty_db
    demo_window.reload_everything()
    assert trips.model.rowCount() == 0
    assert trips.itinerary_editor.items == []
    assert people.people.model.rowCount() == 0
    assert not people.people.form.isVisibleTo(people)

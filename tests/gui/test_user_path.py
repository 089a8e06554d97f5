"""A new user's path, end to end through the widgets: trip, two events in two zones, a Chinese
counterpart with a photo, a Thai talking point, a book, the PDF, and those texts in it."""

from __future__ import annotations

import io
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image
from PySide6.QtCore import QDateTime, Qt

from brst_desktop.core.services import books, records
from brst_desktop.core.services.trips import itinerary
from brst_desktop.gui.main_window import MainWindow
from tests.helpers.gui import make_context

THAI_POINT = "ไทยพร้อมส่งนักวิจัยไปร่วมงานห้องปฏิบัติการร่วมที่นครฉงชิ่ง"


def type_into(form, name: str, text: str) -> None:
    widget = form.widgets[name]
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    elif hasattr(widget, "setCurrentText"):
        widget.setCurrentText(text)
    else:
        widget.setText(text)
    form.commit(name)


def add_choosing(records_list, name: str) -> None:
    """New row in a list that links to another record: the user picks who in the chooser."""
    from PySide6.QtTest import QTest

    records_list.add_new()
    chooser = records_list.chooser
    QTest.keyClicks(chooser.filter, name)
    QTest.keyClick(chooser.filter, Qt.Key.Key_Return)


def set_time(form, name: str, local: datetime) -> None:
    form.widgets[name].setDateTime(QDateTime(local))
    form.commit(name)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_new_user_builds_and_exports_a_book(qtbot, empty_db, english, tmp_path) -> None:
    context = make_context(empty_db)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()

    # A trip.
    window.new_trip()
    trips = window.trips_page
    trip_id = trips.current_trip
    assert trip_id is not None
    form = trips.trips.form
    type_into(form, "title_en", "Mission to Chongqing")
    type_into(form, "title_th", "ภารกิจเยือนนครฉงชิ่ง")
    type_into(form, "destination_timezone", "Asia/Shanghai")
    assert records.read(empty_db, "trip", trip_id)["title_en"] == "Mission to Chongqing"
    assert "ภารกิจเยือนนครฉงชิ่ง" in trips.model.data(
        trips.model.index(0, 0)
    ) or "Mission to Chongqing" in trips.model.data(trips.model.index(0, 0))

    # Two events in different zones.
    editor = trips.itinerary_editor
    editor.add_event()
    event_form = editor.form
    type_into(event_form, "title_en", "Flight Bangkok to Chongqing")
    type_into(event_form, "timezone", "Asia/Bangkok")
    set_time(event_form, "starts_at", datetime(2023, 11, 5, 8, 40))
    type_into(event_form, "end_timezone", "Asia/Shanghai")
    set_time(event_form, "ends_at", datetime(2023, 11, 5, 12, 55))
    editor.add_event()
    type_into(editor.form, "title_en", "Bilateral meeting with Minister Yin")
    type_into(editor.form, "timezone", "Asia/Shanghai")
    set_time(editor.form, "starts_at", datetime(2023, 11, 6, 10, 0))
    set_time(editor.form, "ends_at", datetime(2023, 11, 6, 11, 0))
    items = itinerary(empty_db, trip_id)
    assert [(i.title_en, i.zone) for i in items] == [
        ("Flight Bangkok to Chongqing", "Asia/Bangkok"),
        ("Bilateral meeting with Minister Yin", "Asia/Shanghai"),
    ]
    assert items[0].local_start == datetime(2023, 11, 5, 8, 40, tzinfo=ZoneInfo("Asia/Bangkok"))
    assert items[1].home_start.hour == 9  # 10:00 in Chongqing is 09:00 in Bangkok
    tree = editor.view.itinerary
    assert tree.rowCount() == 2  # two days

    # A counterpart with a Chinese name and a photo.
    people = window.pages.show("people")
    people.people.add_new()
    person_id = people.people.current_id
    pform = people.people.form
    type_into(pform, "name_native", "阴和俊")
    type_into(pform, "name_en", "Yin Hejun")
    type_into(pform, "name_th", "หยิน เหอจวิ้น")
    type_into(pform, "position_en", "Minister of Science and Technology")
    photo = tmp_path / "yin.png"
    Image.new("RGB", (120, 160), (30, 90, 160)).save(photo)
    people.photo.set_from_file(photo)
    assert records.read(empty_db, "person", person_id)["photo_id"] is not None
    assert not people.photo.picture.pixmap().isNull()
    # On the trip's host delegation.
    window.pages.show("trips")
    trips.tabs.setCurrentWidget(trips.delegation)
    add_choosing(trips.delegation, "Yin")
    type_into(trips.delegation.form, "role_en", "Host minister")
    trips.delegation.form.widgets["side"].setCurrentIndex(1)
    trips.delegation.form.commit("side")
    # Taking part in the bilateral meeting.
    trips.tabs.setCurrentWidget(editor)
    meeting = items[1].id
    editor.select(meeting)
    add_choosing(editor.participants, "Yin")
    type_into(editor.participants.form, "role_en", "Host")
    with empty_db.session() as session:
        from brst_desktop.core import models as m

        assert [p.person_id for p in session.get(m.Event, meeting).participants] == [person_id]

    # A talking point in Thai.
    topics = window.pages.show("topics")
    topics.topics.add_new()
    type_into(topics.topics.form, "title_en", "Joint laboratory")
    topics.points.add_new()
    type_into(topics.points.form, "text_th", THAI_POINT)
    type_into(topics.points.form, "text_en", "")
    point = records.read(empty_db, "talking_point", topics.points.current_id)
    assert point["text_th"] == THAI_POINT

    # A book: the counterpart and the topic ticked.
    page = window.pages.show("books")
    page.books.add_new()
    book_id = page.book_id
    assert book_id is not None
    for checklist in (page.people, page.topics):
        for row in range(checklist.list.count()):
            checklist.list.item(row).setCheckState(Qt.CheckState.Checked)
    assert books.chosen_ids(empty_db, book_id, "people") == [person_id]
    assert books.chosen_ids(empty_db, book_id, "topics") == [topics.topics.current_id]
    type_into(page.books.form, "title_en", "Briefing book for Chongqing")
    page.books.form.widgets["language"].setCurrentIndex(2)  # Thai and English
    page.books.form.commit("language")

    # Export, and the texts are in the PDF.
    results = []
    page.exporter.ask_to_open = False
    page.exporter.finished.connect(results.append)
    out = tmp_path / "book.pdf"
    page.exporter.export(book_id, out)
    context.tasks.wait()
    assert results and results[0].path == out
    assert page.editions.rowCount() == 1  # the export is listed as edition 1
    assert page.editions.data(page.editions.index(0, 0)) == "1"
    assert page.editions.data(page.editions.index(0, 4)) == empty_db.author  # who exported it
    assert empty_db.author
    # The live preview renders the same book.
    page.preview.render_now()
    assert page.preview.page_count == results[0].pages
    text = pdf_text(out)
    for expected in (
        "阴和俊",
        "Yin Hejun",
        THAI_POINT,
        "Bilateral meeting with Minister Yin",
        "Mission to Chongqing",
    ):
        assert expected in text, expected


def test_a_broken_photo_is_refused_next_to_the_photo(qtbot, demo_window, tmp_path) -> None:
    people = demo_window.pages.show("people")
    assert people.people.current_id is not None
    before = records.read(demo_window.context.db, "person", people.people.current_id)
    broken = tmp_path / "broken.jpg"
    out = io.BytesIO()
    Image.new("RGB", (50, 50)).save(out, "JPEG")
    broken.write_bytes(out.getvalue()[:80])
    people.photo.set_from_file(broken)
    assert people.photo.error.isVisible()
    assert "not a picture" in people.photo.error.text()
    after = records.read(demo_window.context.db, "person", people.people.current_id)
    assert after["photo_id"] == before["photo_id"]


def test_printing_sends_every_page_of_the_preview(qtbot, demo_window, tmp_path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from brst_desktop.gui.book_export import send_to_printer

    page = demo_window.pages.show("books")
    page.preview.render_now()
    assert page.preview.page_count > 5
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    send_to_printer(page, demo_window.context, printer, page.preview.pdf)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == page.preview.page_count


def test_the_preview_follows_the_composer_shortly_after_a_change(qtbot, demo_window) -> None:
    from brst_desktop.gui.book_preview import DEBOUNCE_MS

    page = demo_window.pages.show("books")
    qtbot.waitUntil(lambda: page.preview.page_count > 0, timeout=60_000)
    pages_before = page.preview.page_count
    renders = []
    page.preview.rendered.connect(renders.append)
    # Untick the biographies: a change the preview must show, after the pause, once.
    row = [page.sections.list.item(r).data(0x0100) for r in range(page.sections.list.count())]
    page.sections.list.item(row.index("biographies")).setCheckState(Qt.CheckState.Unchecked)
    page.sections.list.item(row.index("topics")).setCheckState(Qt.CheckState.Unchecked)
    assert renders == []  # not at once: a burst of changes costs one render
    qtbot.waitUntil(lambda: len(renders) == 1, timeout=DEBOUNCE_MS + 60_000)
    assert page.preview.page_count < pages_before

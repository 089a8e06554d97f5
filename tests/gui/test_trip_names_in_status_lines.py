"""The status line after File ▸ Export trip / calendar / contacts, Take trip and Bring back names
the trip in the window's language: the Thai window said the English title (the core's results
held one string, English first; a calendar in English even in the Thai window)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from brst_desktop.gui.travel import ReturnDialog
from tests.helpers.gui import open_window
from tests.helpers.travel import unclassified

TRIP = demo_id("trip")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The save dialog answers with a path and, where it offers them, the file type naming the
    language (as a person picks "…, English (*.ics)" in the list)."""
    answer: dict[str, str] = {}

    def save(parent, caption, directory, filters, selected=""):  # type: ignore[no-untyped-def]
        kinds = filters.split(";;")
        wanted = answer.get("filter", "")
        return answer["path"], next((k for k in kinds if wanted in k), kinds[0])

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return answer


def _status(window) -> str:  # type: ignore[no-untyped-def]
    return str(window.statusBar().currentMessage())


@pytest.mark.parametrize("language", ["th", "en"])
def test_each_status_line_names_the_trip_in_the_window_s_language(
    qtbot, qapp, demo_db: Database, tmp_path: Path, answers, message_boxes, language: str
) -> None:
    from brst_desktop.gui.language import install_language

    install_language(qapp, language)
    try:
        _drive(qtbot, unclassified(demo_db), tmp_path, answers, message_boxes, language)
    finally:
        install_language(qapp, "en")


def _drive(qtbot, db: Database, tmp_path: Path, answers, message_boxes, language: str) -> None:  # type: ignore[no-untyped-def]
    stored = records.read(db, "trip", TRIP)
    assert stored is not None
    own, other = (
        (stored["title_th"], stored["title_en"])
        if language == "th"
        else (stored["title_en"], stored["title_th"])
    )
    assert own and other and own != other
    window = open_window(qtbot, db)
    assert window.trips_page.current_trip == TRIP
    # the heading of the trip page shows the same title the status lines are to name
    qtbot.waitUntil(lambda: own in window.trips_page.heading.text())

    trip_file = tmp_path / "out" / "trip.brst"
    trip_file.parent.mkdir()
    answers.update(path=str(trip_file))
    window.safety.export_action.trigger()
    qtbot.waitUntil(trip_file.exists)
    said = {"trip file": _status(window)}

    calendar = tmp_path / "out" / "programme.ics"
    # the file in the other language than the window's: the status line is the window's
    answers.update(path=str(calendar), filter="English" if language == "th" else "Thai")
    window.phone.export_calendar_action.trigger()
    qtbot.waitUntil(calendar.exists)
    said["calendar"] = _status(window)

    contacts = tmp_path / "out" / "people.vcf"
    answers.update(path=str(contacts), filter="English" if language == "th" else "Thai")
    window.phone.export_contacts_action.trigger()
    qtbot.waitUntil(contacts.exists)
    said["contacts"] = _status(window)

    copy = tmp_path / "laptop" / "trip.sqlite"
    copy.parent.mkdir()
    answers.update(path=str(copy))
    window.travel.take_action.trigger()
    qtbot.waitUntil(copy.exists)
    said["take"] = _status(window)
    assert len(message_boxes) == 1 and f"“{own}”" in message_boxes[0]
    message_boxes.clear()
    window.close()

    laptop = open_database(copy, create=False)
    try:
        records.update(laptop, "trip", TRIP, {"notes": "written on the road"})
        road = open_window(qtbot, laptop)
        qtbot.waitUntil(road.travel.bring_back_action.isEnabled)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(ReturnDialog, "exec", lambda dialog: 1)  # "Bring back" pressed
            road.travel.bring_back_action.trigger()
        said["bring back"] = _status(road)
        # for a person to look at: the status line under the window, in its language
        QApplication.processEvents()
        shot = Path(tempfile.gettempdir()) / f"brst-status-line-{language}.png"
        assert road.grab().save(str(shot))
        road.close()
    finally:
        laptop.close()
    assert records.read(db, "trip", TRIP)["notes"] == "written on the road"

    # the counts from the files written, read as text
    events = calendar.read_text(encoding="utf-8").count("BEGIN:VEVENT")
    people = contacts.read_text(encoding="utf-8").count("BEGIN:VCARD")
    assert events > 1 and people > 1
    if language == "th":
        assert said == {
            "trip file": f"ส่งออก “{own}” ไปที่ {trip_file} แล้ว",
            "calendar": f"บันทึกกิจกรรม {events} รายการของ “{own}” ลงใน {calendar} แล้ว",
            "contacts": f"บันทึกรายชื่อติดต่อ {people} รายการของ “{own}” ลงใน {contacts} แล้ว",
            "take": f"คัดลอก “{own}” มายังเครื่องนี้แล้ว",
            "bring back": f"นำ “{own}” กลับไปยังเครื่องแม่ข่ายของสำนักงานแล้ว: เพิ่ม 0 ปรับปรุง 1"
            " รายการบนเครื่องแม่ข่าย และปรับสำเนาในเครื่องนี้ 0 รายการ",
        }
    else:
        assert said == {
            "trip file": f"Exported “{own}” to {trip_file}",
            "calendar": f"Wrote {events} events of “{own}” to {calendar}",
            "contacts": f"Wrote {people} contacts of “{own}” to {contacts}",
            "take": f"Took “{own}” onto this laptop.",
            "bring back": f"Brought “{own}” back to the office server: 0 added, 1 updated there;"
            " 0 records of this copy refreshed.",
        }
    for text in said.values():
        assert other not in text

"""The core's refusals reach the Thai GUI as Thai sentences (errors_th.qm), with their details."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records as record_service
from brst_desktop.gui.main_window import MainWindow
from brst_desktop.gui.messages import error_sentence
from tests.helpers.gui import make_context

THAI = re.compile("[\u0e00-\u0e7f]")


def test_a_locked_database_is_refused_in_thai_with_its_path(
    qtbot, thai, demo_db, message_boxes
) -> None:
    window = MainWindow(make_context(demo_db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    form = window.trips_page.trips.form
    before = record_service.read(demo_db, "trip", demo_id("trip"))["title_en"]
    other = sqlite3.connect(demo_db.path, timeout=0)  # another program mid-transaction
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE trip SET notes = 'held by another program'")
    try:
        form.widgets["title_en"].setText("Never saved")
        form.commit("title_en")
    finally:
        other.rollback()
        other.close()
    assert len(message_boxes) == 1
    shown = message_boxes.pop()
    assert shown == (
        f"ฐานข้อมูล ({demo_db.path}) กำลังถูกใช้งานโดยโปรแกรมอื่นหรือหน้าต่าง BRST Desktop"
        " อีกหน้าต่างหนึ่ง โปรดปิดโปรแกรมหรือหน้าต่างนั้นแล้วลองอีกครั้ง"
    )
    assert record_service.read(demo_db, "trip", demo_id("trip"))["title_en"] == before


def test_a_hostile_trip_file_is_explained_in_thai_part_by_part(thai, demo_db, tmp_path) -> None:
    import zipfile

    import pytest

    from brst_desktop.core.exchange import ExchangeError, read_and_plan

    path = tmp_path / "hostile.brst"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("/etc/passwd", "x")
    with pytest.raises(ExchangeError) as caught:
        read_and_plan(demo_db, path)
    assert error_sentence(caught.value) == (
        "ไฟล์การเดินทาง hostile.brst มีรายการที่ระบุตำแหน่งแบบเต็มจากรากของดิสก์ (/etc/passwd)"
        " ระบบจึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ"
    )


def test_the_same_refusal_stays_english_in_the_english_gui(english, tmp_path: Path) -> None:
    from brst_desktop.core.db import classify_error

    error = classify_error(sqlite3.OperationalError("database is locked"), tmp_path / "a.sqlite")
    assert error is not None
    assert error_sentence(error) == str(error)
    assert not THAI.search(error_sentence(error))


def test_the_thai_message_box_draws_the_whole_sentence(qtbot, thai, tmp_path: Path) -> None:
    """The box as a person sees it (saved under the test's folder to look at)."""
    from brst_desktop.core.db import classify_error

    error = classify_error(sqlite3.OperationalError("database is locked"), tmp_path / "a.sqlite")
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("BRST Desktop")
    box.setText(error_sentence(error))
    box.show()
    qtbot.waitExposed(box)
    picture = box.grab()
    assert picture.save(str(tmp_path / "locked-th.png"))
    assert THAI.search(box.text()) and str(tmp_path / "a.sqlite") in box.text()
    image = picture.toImage()
    # Not a blank picture: text was drawn across the box.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(image.height())}
    assert len(colours) > 20


def test_an_edit_of_a_record_deleted_meanwhile_is_refused_in_thai(thai, demo_db) -> None:
    """RecordGoneError is a refusal like the others: a sentence in the GUI's language, no
    apology for an unexpected error, and nothing stored."""
    import pytest

    from brst_desktop.core.services.records import RecordGoneError
    from brst_desktop.errors import UserError

    made = record_service.create(
        demo_db, "gift", {"trip_id": demo_id("trip"), "description_en": "Tea"}
    )
    gift = made.new_id("gift")
    record_service.delete(demo_db, "gift", gift)
    for write in (
        lambda: record_service.update(demo_db, "gift", gift, {"description_en": "Silk"}),
        lambda: record_service.delete(demo_db, "gift", gift),
    ):
        with pytest.raises(RecordGoneError) as gone:
            write()
        assert isinstance(gone.value, UserError)
        assert str(gone.value) == "The record no longer exists; it may have been deleted meanwhile."
        assert error_sentence(gone.value) == "ไม่พบรายการนี้แล้ว อาจถูกลบไปในระหว่างนี้"
    assert record_service.read(demo_db, "gift", gift) is None


def test_a_trip_file_above_the_user_s_clearance_is_refused_in_thai_with_thai_level_names(
    thai,
) -> None:
    """The sentence the office server's import check gives (tests/core/test_clearance.py makes
    it happen), as the Thai window shows it: levels by their Thai names."""
    from brst_desktop.core import clearance
    from brst_desktop.core.models import Classification

    error = clearance.ClearanceError(
        "The trip is classified {level}; your user {user} on the office server is cleared"
        " for {clearance} only, so nothing was imported; ask the office's administrator.",
        level=clearance.words(Classification.SECRET),
        user="somchai",
        clearance=clearance.words(Classification.CONFIDENTIAL),
    )
    assert error_sentence(error) == (
        "การเดินทางนี้มีชั้นความลับ ลับมาก แต่ผู้ใช้ somchai บนเซิร์ฟเวอร์สำนักงานได้รับสิทธิ์เพียงชั้น ลับ"
        " จึงไม่ได้นำเข้าข้อมูลใด ๆ โปรดสอบถามผู้ดูแลระบบของสำนักงาน"
    )
    assert str(error) == (
        "The trip is classified secret; your user somchai on the office server is cleared for"
        " confidential only, so nothing was imported; ask the office's administrator."
    )

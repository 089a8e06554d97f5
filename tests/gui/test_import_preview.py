"""Issue 12: the import preview says what a person would say. Counts with their plural ("1
record"), both values of a field that differs, "changed on both laptops" only for a record the
two laptops exchanged, a calendar or contacts file named as the other side, and a record named
by whatever name it has in any script. Checked on the dialog's own widgets, Thai and English.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from brst_desktop.core import models as m
from brst_desktop.core.authorship import login_name
from brst_desktop.core.dates import thai_date
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import demo_id, open_demo_database
from brst_desktop.core.exchange import apply_import, pack_trip, read_and_plan
from brst_desktop.core.phone.calendar_import import apply_calendar_import
from brst_desktop.core.phone.contacts_import import apply_contacts_import
from brst_desktop.core.services import records
from brst_desktop.gui.language import install_language
from brst_desktop.gui.safety.import_preview import ImportDialog
from tests.helpers import hands
from tests.helpers.gui import open_window

YIN = demo_id("person:yin")
TRIP = demo_id("trip")
#: A plural said wrongly, in English ("1 records", "1 entries") or with a "(s)" left in.
WRONG_PLURAL = re.compile(r"\b1 (records|entries|events)\b|\(s\)|\(y/ies\)")


def _edit_yin(db: Database, **values: str) -> None:
    with db.session() as session:
        person = session.get(m.Person, YIN)
        for key, value in values.items():
            setattr(person, key, value)


def _texts(dialog: ImportDialog) -> dict[str, Any]:
    """What the dialog shows: its sentences, the table's cells and the values of the record
    chosen in it (as the views display them)."""
    model, values = dialog.model, dialog.values
    return {
        "title": dialog.windowTitle(),
        "summary": dialog.summary.text(),
        "conflicts": "" if dialog.conflict_note.isHidden() else dialog.conflict_note.text(),
        "header": [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)],
        "rows": [
            [model.index(r, c).data() or "" for c in range(5)] for r in range(model.rowCount())
        ],
        "values_header": [values.headerData(c, Qt.Orientation.Horizontal) for c in range(3)],
        "values": [[values.index(r, c).data() for c in range(3)] for r in range(values.rowCount())],
    }


def _everything(texts: dict[str, Any]) -> str:
    return repr(texts)


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_copy_never_exchanged_differs_and_is_not_changed_on_both_laptops(
    qtbot, qapp, tmp_path: Path, language: str
) -> None:
    mine = open_demo_database(tmp_path / "a")
    trip = records.read(mine, "trip", TRIP)
    other_folder = tmp_path / "b"
    other = open_demo_database(other_folder)  # same ids, no shared history
    _edit_yin(other, name_th="หยิน เหอ จวิ้น")
    records.create(other, "gift", {"trip_id": TRIP, "description_en": "Silk scarf"})
    other.author = "Ling"  # who makes the file
    pack_trip(other, other_folder / "other.brst")
    other.close()
    _package, plan = read_and_plan(mine, other_folder / "other.brst")
    mine.close()
    # Who changed the copy here last (the demo, loaded under this login) and when.
    (yin,) = [change for change in plan.conflicts if change.id == YIN]
    assert yin.changed_here_by == login_name() and yin.changed_here_at is not None
    here_at = yin.changed_here_at.astimezone()
    install_language(qapp, language)
    try:
        dialog = ImportDialog(plan, "other.brst")
        qtbot.addWidget(dialog)
        dialog.show()
        texts = _texts(dialog)
    finally:
        install_language(qapp, "en")
    unchanged = plan.counts()["unchanged"]
    assert plan.counts()["added"] == 1 and unchanged > 1
    (conflict,) = [row for row in texts["rows"] if row[4]]
    if language == "en":
        assert texts["summary"] == (
            f"other.brst holds “{trip['title_en']}”, made by Ling. Importing adds 1 record."
            f" {unchanged} records are the same here."
        )
        assert texts["conflicts"] == (
            "1 record differs from the copy here, and the two were never exchanged, so"
            " neither can be called newer. For each, keep your version or tick “Take theirs”."
        )
        assert conflict[:4] == ["Differs: never exchanged before", "Person", "Yin Hejun",
                                "Name (Thai)"]  # fmt: skip
        assert texts["values_header"] == [
            "Field",
            f"Here ({login_name()}, {here_at.day} {here_at:%b %Y %H:%M})",
            "In the file (made by Ling)",
        ]
        assert texts["values"] == [["Name (Thai)", "หยิน เหอจวิ้น", "หยิน เหอ จวิ้น"]]
        assert ["Added", "Gift", "Silk scarf", "", ""] in texts["rows"]
    else:
        assert texts["summary"].startswith("other.brst มี “")
        assert texts["summary"].endswith(
            f"การนำเข้าจะเพิ่ม 1 รายการ {unchanged} รายการเหมือนกับที่มีอยู่ในเครื่องนี้"
        )
        assert texts["conflicts"].startswith(
            "1 รายการต่างจากข้อมูลในเครื่องนี้ และทั้งสองไม่เคยแลกเปลี่ยนกันมาก่อน"
        )
        # The person by the Thai name (the file's), the field as its editor labels it.
        assert conflict[:4] == ["ต่างกัน: ไม่เคยแลกเปลี่ยนกันมาก่อน", "บุคคล", "หยิน เหอ จวิ้น",
                                "ชื่อ (ไทย)"]  # fmt: skip
        # The trip by its Thai title in the Thai window (the English one leaked in before).
        assert texts["summary"].startswith(f"other.brst มี “{trip['title_th']}” จัดทำโดย Ling ")
        assert texts["values_header"] == [
            "ช่องข้อมูล",
            f"ในเครื่องนี้ ({login_name()}, {thai_date(here_at.date(), short=True)}"
            f" {here_at:%H.%M}\u00a0น.)",
            "ในไฟล์ (จัดทำโดย Ling)",
        ]
        assert texts["values"] == [["ชื่อ (ไทย)", "หยิน เหอจวิ้น", "หยิน เหอ จวิ้น"]]
        assert "ถูกแก้ไขทั้งสองเครื่อง" not in _everything(texts)
    assert "laptops" not in _everything(texts)
    assert not WRONG_PLURAL.search(_everything(texts))


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_record_both_laptops_changed_since_they_exchanged_it_is_a_conflict(
    qtbot, qapp, tmp_path: Path, language: str
) -> None:
    laptop_a = open_demo_database(tmp_path / "a")
    pack_trip(laptop_a, tmp_path / "to_b.brst")
    laptop_b = open_database(tmp_path / "b.sqlite")
    apply_import(laptop_b, tmp_path / "to_b.brst")
    _edit_yin(laptop_b, position_en="Minister (B)")
    pack_trip(laptop_b, tmp_path / "from_b.brst")
    laptop_b.close()
    _edit_yin(laptop_a, position_en="Minister (A)")
    _package, plan = read_and_plan(laptop_a, tmp_path / "from_b.brst")
    laptop_a.close()
    install_language(qapp, language)
    try:
        dialog = ImportDialog(plan, "from_b.brst")
        qtbot.addWidget(dialog)
        texts = _texts(dialog)
    finally:
        install_language(qapp, "en")
    (conflict,) = [row for row in texts["rows"] if row[4]]
    if language == "en":
        assert texts["conflicts"] == (
            "1 record was changed both here and on the other laptop since it was last"
            " exchanged. For each, keep your version or tick “Take theirs”."
        )
        assert conflict[0] == "Conflict: changed on both laptops"
        assert texts["values"] == [["Position (English)", "Minister (A)", "Minister (B)"]]
    else:
        assert texts["conflicts"].startswith(
            "1 รายการถูกแก้ไขทั้งในเครื่องนี้และในเครื่องอื่นหลังการแลกเปลี่ยนครั้งล่าสุด"
        )
        assert conflict[0] == "ขัดแย้ง: ถูกแก้ไขทั้งสองเครื่อง"
        assert texts["values"] == [["ตำแหน่ง (อังกฤษ)", "Minister (A)", "Minister (B)"]]
    assert not WRONG_PLURAL.search(_everything(texts))


ORGANISER = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Organiser//Programme//EN\r\nBEGIN:VEVENT\r\n"
    "UID:evening@organiser.example\r\nDTSTAMP:20231101T000000Z\r\n"
    "DTSTART;TZID=Asia/Shanghai:20231107T{start}00\r\nDTEND;TZID=Asia/Shanghai:20231107T2100"
    "00\r\nSUMMARY:Cultural evening\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:day@organiser.example"
    "\r\nDTSTAMP:20231101T000000Z\r\nDTSTART;VALUE=DATE:20231108\r\nSUMMARY:Departure day\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _preview_through_the_file_menu(qtbot, window, monkeypatch, path: Path, action) -> dict:
    """File ▸ Import..., the file chosen, the preview read and cancelled."""
    seen: dict[str, Any] = {}

    def look(dialog: ImportDialog) -> int:
        dialog.show()
        seen.update(_texts(dialog))
        return 0  # cancelled: nothing imported

    monkeypatch.setattr(ImportDialog, "exec", look)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    return seen


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_calendar_conflict_names_the_organisers_file_not_a_laptop(
    qtbot, qapp, demo_db: Database, tmp_path: Path, monkeypatch, language: str
) -> None:
    first = tmp_path / "programme.ics"
    first.write_text(ORGANISER.format(start="1930"), encoding="utf-8")
    apply_calendar_import(demo_db, first, TRIP)
    with demo_db.session() as session:
        evening = session.query(m.Event).filter_by(title_en="Cultural evening").one()
        evening_id = evening.id
    records.update(demo_db, "event", evening_id, {"title_en": "Cultural evening (ours)"})
    moved = tmp_path / "programme-2.ics"
    moved.write_text(ORGANISER.format(start="2000"), encoding="utf-8")
    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        texts = _preview_through_the_file_menu(
            qtbot, window, monkeypatch, moved, window.phone.import_calendar_action
        )
    finally:
        install_language(qapp, "en")
    (conflict,) = [row for row in texts["rows"] if row[4]]
    values = {row[0]: row[1:] for row in texts["values"]}
    if language == "en":
        assert texts["conflicts"] == (
            "1 record was changed both here and in the organiser's calendar file since it was"
            " last imported. For each, keep your version or tick “Take the file's”."
        )
        assert conflict[0] == "Conflict: changed here and in the calendar file"
        assert texts["header"][4] == "Take the file's" and conflict[4] == "Mine"
        assert texts["values_header"][0::2] == ["Field", "In the calendar file"]
        assert texts["values_header"][1].startswith(f"Here ({login_name()}, ")
        assert values["Title (English)"] == ["Cultural evening (ours)", "Cultural evening"]
        assert "1 entry of the file is not imported." in texts["summary"]
    else:
        assert texts["conflicts"].startswith(
            "1 รายการถูกแก้ไขทั้งในเครื่องนี้และในไฟล์ปฏิทินของผู้จัดหลังการนำเข้าครั้งล่าสุด"
        )
        thai_title = records.read(demo_db, "trip", TRIP)["title_th"]
        assert f"สำหรับการเดินทาง “{thai_title}”" in texts["summary"]
        assert conflict[0] == "ขัดแย้ง: ถูกแก้ไขทั้งในเครื่องนี้และในไฟล์ปฏิทิน"
        assert texts["values_header"][0::2] == ["ช่องข้อมูล", "ในไฟล์ปฏิทิน"]
        assert texts["values_header"][1].startswith(f"ในเครื่องนี้ ({login_name()}, ")
        assert values["ชื่อเรื่อง (อังกฤษ)"] == ["Cultural evening (ours)", "Cultural evening"]
    # The start moved from 19:30 to 20:00 Chongqing time: both read on Chongqing's clock, as
    # the field's label ("local time") and the programme say, not on this computer's.
    start_label = "Starts" if language == "en" else "เริ่ม"
    here, there = next(v for k, v in values.items() if k.startswith(start_label))
    if language == "en":
        assert [here, there] == ["7 Nov 2023 19:30", "7 Nov 2023 20:00"]
    else:
        assert [here, there] == ["7 พ.ย. 2566 19.30\u00a0น.", "7 พ.ย. 2566 20.00\u00a0น."]
    everything = _everything(texts)
    assert "laptop" not in everything and "เครื่องอื่น" not in everything
    assert not WRONG_PLURAL.search(everything)
    assert records.read(demo_db, "event", evening_id)["title_en"] == "Cultural evening (ours)"


VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Li Ming\r\nN:Li;Ming;;;\r\nTITLE:{title}\r\n"
    "ORG:重庆市科学技术局\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize("language", ["th", "en"])
def test_contacts_name_a_chinese_only_organisation_and_the_contacts_file(
    qtbot, qapp, demo_db: Database, tmp_path: Path, monkeypatch, language: str
) -> None:
    first = tmp_path / "contacts.vcf"
    first.write_text(VCARD.format(title="Director"), encoding="utf-8")
    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        new = _preview_through_the_file_menu(
            qtbot, window, monkeypatch, first, window.phone.import_contacts_action
        )
    finally:
        install_language(qapp, "en")
    kinds = {row[1]: row for row in new["rows"]}
    organisation = kinds["Organisation" if language == "en" else "หน่วยงาน"]
    assert organisation[2] == "重庆市科学技术局"  # its only name, never "organisation 3cf64b06"
    assert not any(re.search(r"organisation [0-9a-f]{8}", " ".join(r)) for r in new["rows"])
    assert new["summary"].endswith(
        "Importing adds 2 records." if language == "en" else "การนำเข้าจะเพิ่ม 2 รายการ"
    )

    # Imported, changed here and in a newer file: the conflict names the contacts file.
    apply_contacts_import(demo_db, first)
    with demo_db.session() as session:
        li = session.query(m.Person).filter_by(name_en="Li Ming").one()
        li_id = li.id
    records.update(demo_db, "person", li_id, {"position_en": "Deputy director"})
    newer = tmp_path / "contacts-2.vcf"
    newer.write_text(VCARD.format(title="Director-general"), encoding="utf-8")
    install_language(qapp, language)
    try:
        window = open_window(qtbot, demo_db)
        texts = _preview_through_the_file_menu(
            qtbot, window, monkeypatch, newer, window.phone.import_contacts_action
        )
    finally:
        install_language(qapp, "en")
    (conflict,) = [row for row in texts["rows"] if row[4]]
    if language == "en":
        assert texts["conflicts"].startswith(
            "1 record was changed both here and in the contacts file since it was last imported."
        )
        assert conflict[:3] == ["Conflict: changed here and in the contacts file", "Person",
                                "Li Ming"]  # fmt: skip
        assert ["Position (English)", "Deputy director", "Director-general"] in texts["values"]
    else:
        assert conflict[0] == "ขัดแย้ง: ถูกแก้ไขทั้งในเครื่องนี้และในไฟล์รายชื่อผู้ติดต่อ"
        assert ["ตำแหน่ง (อังกฤษ)", "Deputy director", "Director-general"] in texts["values"]
    everything = _everything(texts)
    assert "laptop" not in everything and "เครื่องอื่น" not in everything
    assert not WRONG_PLURAL.search(everything)


def test_a_value_reads_as_the_screens_write_it(qapp, english) -> None:
    from brst_desktop.core.exchange.unpack import ImportPlan
    from brst_desktop.gui.safety.import_preview import PlanModel

    model = PlanModel(ImportPlan(TRIP, "T", []))
    assert model.value_text("event", "kind", "meeting") == "Meeting"
    assert model.value_text("event", "title_en", "") == "(empty)"
    assert model.value_text("photo", "data", b"x" * 4096) == "picture, 4 KB"
    assert model.value_text("person", "notes", "line one\nline two") == "line one line two"
    from datetime import date

    assert model.value_text("trip", "start_date", date(2023, 11, 5)) == "5 Nov 2023"
    assert model.value_text("event", "starts_at", datetime(2023, 11, 7, 12)) != ""


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_person_picks_a_record_sees_both_values_and_takes_theirs_by_hand(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """File ▸ Import (Ctrl+I), a click on the second record that differs: the values below
    follow; a click on its "take theirs" cell and Space ticks it; a click on Import stores the
    file's value for that record only."""
    from PySide6.QtTest import QTest

    zhang = demo_id("person:zhang")
    mine = open_demo_database(tmp_path / "a")
    other_folder = tmp_path / "b"
    other = open_demo_database(other_folder)
    _edit_yin(other, name_th="หยิน เหอ จวิ้น")
    with other.session() as session:
        session.get(m.Person, zhang).position_en = "Vice Minister (from the file)"
    pack_trip(other, other_folder / "other.brst")
    other.close()
    ours_yin = records.read(mine, "person", YIN)["name_th"]
    ours_zhang = records.read(mine, "person", zhang)["position_en"]
    install_language(qapp, language)
    try:
        window = open_window(qtbot, mine)
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *a, **k: (str(other_folder / "other.brst"), "")
        )
        seen: dict[str, Any] = {}

        def exec_by_hand(dialog: ImportDialog) -> int:
            # The preview is shown and driven by hand as exec() would show it, but without a
            # nested event loop: a timer polling for it from inside that loop hung whole runs
            # (the modal waited for a timer that never came). Clicks and keys are real.
            dialog.show()
            qapp.processEvents()
            try:
                take_theirs(dialog)
                if dialog.isVisible():
                    raise AssertionError("Import did not close the preview")
            except BaseException as error:
                seen["error"] = error
                dialog.reject()
            return dialog.result()

        def take_theirs(dialog: ImportDialog) -> None:
            model, table = dialog.model, dialog.table
            differing = [r for r, change in enumerate(model.rows) if change.values]
            seen["first values"] = dialog.values.rowCount()
            target = next(r for r in differing if model.rows[r].id == zhang)
            rect = table.visualRect(model.index(target, 2))
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            seen["values"] = [
                [dialog.values.index(r, c).data() for c in range(3)]
                for r in range(dialog.values.rowCount())
            ]
            cell = table.visualRect(model.index(target, 4))
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
            QTest.keyClick(table, Qt.Key.Key_Space)
            seen["ticked"] = model.index(target, 4).data(Qt.ItemDataRole.CheckStateRole)
            QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

        monkeypatch.setattr(ImportDialog, "exec", exec_by_hand)
        hands.press(window.navigation, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        window.context.tasks.wait()
        qapp.processEvents()
    finally:
        install_language(qapp, "en")
    assert "error" not in seen, seen.get("error")
    position = "Position (English)" if language == "en" else "ตำแหน่ง (อังกฤษ)"
    assert seen["first values"] == 1
    assert len(seen["values"]) == 1 and seen["values"][0][0] == position
    assert seen["values"][0][2] == "Vice Minister (from the file)"
    assert seen["values"][0][1] == ours_zhang
    assert seen["ticked"] in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
    assert records.read(mine, "person", zhang)["position_en"] == "Vice Minister (from the file)"
    assert records.read(mine, "person", YIN)["name_th"] == ours_yin  # not ticked: ours kept
    mine.close()

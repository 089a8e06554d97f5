"""The names suggested in the person editor, and File ▸ calendar and contacts, driven as a person
drives them: Chinese typed through the input method, a click on a suggestion, the menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from sqlalchemy import func, select

from brst_desktop.core import models as m
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records


def type_through_input_method(qtbot, edit: QLineEdit, text: str, preedit: str = "") -> None:
    """What a Chinese or Thai input method does: compose, then commit the characters."""
    edit.setFocus()
    if preedit:
        QApplication.sendEvent(edit, QInputMethodEvent(preedit, []))
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)
    qtbot.wait(250)  # the pause after which the suggestions follow what is typed


def test_typing_a_chinese_name_offers_suggestions_and_fills_only_on_a_click(
    qtbot, demo_window
) -> None:
    page = demo_window.pages.show("people")
    page.people.add_new()
    person_id = page.people.current_id
    form = page.people.form
    box = page.suggestions
    assert not box.isVisible()
    name_en_before = records.read(demo_window.context.db, "person", person_id)["name_en"]

    type_through_input_method(qtbot, form.widgets["name_native"], "张广军", "zhang")
    qtbot.waitUntil(box.isVisible)
    assert box.texts["pinyin"].text() == "Zhāng Guǎngjūn"
    assert box.texts["english"].text() == "Zhang Guangjun"
    assert box.texts["thai"].text() == "จาง กว่างจฺวิน"
    assert box.guide.text() == "จาง กว่าง-จฺวิน"
    qtbot.keyClick(form.widgets["name_native"], Qt.Key.Key_Tab)  # leaving the field stores it
    stored = records.read(demo_window.context.db, "person", person_id)
    # The own-script name is stored; nothing else was filled in by itself.
    assert stored["name_native"] == "张广军"
    assert stored["name_th"] == "" and stored["name_native_latin"] == ""
    assert stored["name_en"] == name_en_before

    qtbot.mouseClick(box.buttons["thai"], Qt.MouseButton.LeftButton)
    assert records.read(demo_window.context.db, "person", person_id)["name_th"] == "จาง กว่างจฺวิน"
    assert form.widgets["name_th"].text() == "จาง กว่างจฺวิน"
    assert box.buttons["thai"].text() == "In use" and not box.buttons["thai"].isEnabled()
    assert box.buttons["pinyin"].isEnabled()

    # The user edits the suggestion in the field: that is what is stored.
    edit = form.widgets["name_th"]
    edit.setFocus()
    edit.selectAll()
    type_through_input_method(qtbot, edit, "จาง กว่างจวิน")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert records.read(demo_window.context.db, "person", person_id)["name_th"] == "จาง กว่างจวิน"
    assert box.buttons["thai"].isEnabled()  # the suggestion is on offer again, not forced

    # Undo takes the click back like any edit.
    demo_window.undo_action.trigger()
    demo_window.undo_action.trigger()
    assert records.read(demo_window.context.db, "person", person_id)["name_th"] == ""


def test_a_name_that_is_not_chinese_offers_nothing(qtbot, demo_window) -> None:
    page = demo_window.pages.show("people")
    page.people.select(demo_id("person:supamas"))
    qtbot.wait(250)
    assert not page.suggestions.isVisible()


def test_the_suggestion_box_in_thai_and_english(qtbot, demo_window, tmp_path) -> None:
    page = demo_window.pages.show("people")
    page.people.select(demo_id("person:yin"))
    qtbot.waitUntil(page.suggestions.isVisible)
    # Stored Yin Hejun / Yīn Héjùn match; the Thai suggestion differs from the ministry's.
    assert page.suggestions.buttons["english"].text() == "In use"
    assert page.suggestions.buttons["pinyin"].text() == "In use"
    assert page.suggestions.buttons["thai"].text() == "Use"
    shot = page.people.form.grab()
    shot.save(str(tmp_path / "suggestions-en.png"))
    assert not shot.isNull()


def count(db, model) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def save_as(monkeypatch):
    """The save dialog answers with a path and the file type (which says the language)."""
    answer: dict[str, str] = {}

    def fake(parent, caption, directory, filters, selected=""):
        wanted = answer["filter"]
        chosen = next(f for f in filters.split(";;") if wanted in f)
        return answer["path"], chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return answer


def test_file_menu_exports_calendar_and_contacts(qtbot, demo_window, tmp_path, save_as) -> None:
    menu_texts = [a.text() for a in demo_window.file_menu.actions()]
    for text in ("Export to &calendar…", "Export c&ontacts…", "Import a calendar…"):
        assert text in menu_texts
    ics = tmp_path / "programme.ics"
    save_as.update(path=str(tmp_path / "programme"), filter="English")
    demo_window.phone.export_calendar_action.trigger()
    qtbot.waitUntil(ics.exists)
    text = ics.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 12
    assert (
        "PRODID:-//BRST Desktop//Trip programme" in text
        and text.split("PRODID")[1][:60].find("//EN") > 0
    )
    assert "Wrote 12 events" in demo_window.statusBar().currentMessage()

    vcf = tmp_path / "people.vcf"
    save_as.update(path=str(vcf), filter="Thai")
    demo_window.phone.export_contacts_action.trigger()
    qtbot.waitUntil(vcf.exists)
    assert "FN:หยิน เหอจวิ้น" in vcf.read_text(encoding="utf-8")


def test_file_menu_imports_a_programme_after_the_preview(
    qtbot, demo_window, tmp_path, monkeypatch
) -> None:
    from brst_desktop.gui.safety.import_preview import ImportDialog

    ics = tmp_path / "organiser.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Organiser//EN\r\nBEGIN:VEVENT\r\n"
        "UID:x-1@organiser\r\nDTSTAMP:20231101T000000Z\r\n"
        "DTSTART;TZID=Asia/Shanghai:20231107T193000\r\n"
        "DTEND;TZID=Asia/Shanghai:20231107T210000\r\nSUMMARY:Cultural evening\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:x-2@organiser\r\nDTSTAMP:20231101T000000Z\r\n"
        "DTSTART;VALUE=DATE:20231108\r\nSUMMARY:Departure day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(ics), ""))
    )
    seen: dict[str, object] = {}

    def accept(dialog: ImportDialog) -> int:
        seen["summary"] = dialog.summary.text()
        seen["rows"] = [
            [dialog.model.index(r, c).data() for c in range(4)]
            for r in range(dialog.model.rowCount())
        ]
        return 1

    monkeypatch.setattr(ImportDialog, "exec", accept)
    before = count(demo_window.context.db, m.Event)
    demo_window.phone.import_calendar_action.trigger()
    qtbot.waitUntil(lambda: count(demo_window.context.db, m.Event) == before + 1)
    summary = str(seen["summary"])
    assert "Importing adds 1 record." in summary
    assert "1 entry of the file is not imported." in summary
    rows = seen["rows"]
    assert ["Added", "Event", "Cultural evening", ""] in rows
    assert ["Not imported", "Event", "Departure day", "a whole-day entry"] in rows
    assert "1 added" in demo_window.statusBar().currentMessage()


def test_a_bad_calendar_file_is_one_sentence_in_a_message(
    qtbot, demo_window, tmp_path, monkeypatch, message_boxes
) -> None:
    bad = tmp_path / "photo.ics"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    before = count(demo_window.context.db, m.Event)
    demo_window.phone.import_calendar_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert message_boxes == [
        "The calendar file photo.ics is not an iCalendar (.ics) file; nothing was changed."
    ]
    message_boxes.clear()
    assert count(demo_window.context.db, m.Event) == before

"""File ▸ Take trip onto this laptop… and File ▸ Bring changes back to the office server…,
driven through the menu: the copy made, the preview with its conflict, the choice, the rows on
both sides afterwards, and the window showing the refreshed copy."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from brst_desktop.core import models as m
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import demo_id, open_demo_database
from brst_desktop.core.travel import find_origin, plan_return
from brst_desktop.gui.language import install_language
from brst_desktop.gui.travel import ReturnDialog
from tests.helpers import hands
from tests.helpers.gui import event_form, open_window
from tests.helpers.travel import unclassified

TRIP = demo_id("trip")
YIN = demo_id("person:yin")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Database]:
    (tmp_path / "office").mkdir()
    database = unclassified(open_demo_database(tmp_path / "office"))
    yield database
    database.close()


@pytest.fixture(scope="module")
def shots() -> Path:
    """Screenshots to look at, in a fixed folder of the system's temporary folder (pytest's own
    folders are pruned as soon as a few other runs start on a shared machine)."""
    folder = Path(tempfile.gettempdir()) / "brst-travel-shots"
    folder.mkdir(exist_ok=True)
    return folder


def _shot(widget: QWidget, name: str, folder: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))


def _edit(db: Database, model: type[m.Base], key, **values: str) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        record = session.get(model, key)
        for name, value in values.items():
            setattr(record, name, value)


def _get(db: Database, model: type[m.Base], key, name: str) -> str:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return getattr(session.get(model, key), name)


def test_take_then_bring_back_through_the_file_menu(
    qtbot, server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes, english, shots
) -> None:
    # In the office: the window on the server takes the trip onto the laptop.
    office = open_window(qtbot, server)
    texts = [a.text() for a in office.file_menu.actions()]
    assert "&Take trip onto this laptop…" in texts
    assert "Brin&g changes back to the office server…" in texts
    assert not office.travel.bring_back_action.isEnabled()  # the server is no laptop copy
    copy_path = tmp_path / "laptop" / "trip"
    copy_path.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy_path), ""))
    office.travel.take_action.trigger()
    copy_path = copy_path.with_suffix(".sqlite")  # the extension is added
    assert message_boxes and "is on this laptop as" in message_boxes[0]
    message_boxes.clear()
    assert office.travel.progress is None  # the progress dialog went away
    office.close()

    # On the road and in the office meanwhile: one field each, one field on both sides.
    laptop = open_database(copy_path, create=False)
    try:
        assert find_origin(laptop).source == str(server.path.resolve())
        event = demo_id("event:bilateral")
        _edit(server, m.Person, YIN, position_en="Minister (office)")
        _edit(server, m.Trip, TRIP, notes="office notes", sensitivities_en="from the office")
        _edit(laptop, m.Trip, TRIP, notes="road notes")

        window = open_window(qtbot, laptop)
        assert window.travel.bring_back_action.isEnabled()
        # The laptop's own edit typed into the programme, as on the road.
        form = event_form(window, event)
        hands.retype(form.widgets["title_en"], "Bilateral talks (laptop)", finish="tab")
        assert _get(laptop, m.Event, event, "title_en") == "Bilateral talks (laptop)"
        seen: dict[str, object] = {}

        def choose_laptop(dialog: ReturnDialog) -> int:
            model = dialog.model
            rows = {model.rows[r].id: r for r in range(model.rowCount())}
            conflict = rows[TRIP]
            seen["conflict"] = model.data(model.index(conflict, 0))
            seen["choice"] = model.data(model.index(conflict, 4))
            seen["event"] = model.data(model.index(rows[event], 0))
            seen["yin"] = model.data(model.index(rows[YIN], 0))
            seen["summary"] = dialog.summary.text()
            seen["note"] = dialog.conflict_note.text()
            seen["button"] = dialog.import_button.text()
            dialog.show()
            dialog.table.setCurrentIndex(model.index(conflict, 0))
            _shot(dialog, "bring-back-en", shots)
            index = model.index(conflict, 4)
            assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
            # A click on the check box of the conflict's row: the laptop's version is taken.
            cell = dialog.table.visualRect(index)
            box = QPoint(cell.left() + cell.height() // 2, cell.center().y())
            QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=box)
            seen["ticked"] = model.data(index)
            return 1

        monkeypatch.setattr(ReturnDialog, "exec", choose_laptop)
        window.travel.bring_back_action.trigger()

        assert seen["conflict"] == "Conflict: changed on the laptop and on the server"
        assert seen["choice"] == "The server's"  # the server wins unless the user ticks
        assert seen["event"] == "Brought back (the laptop's is newer)"
        assert seen["yin"] == "Kept (the server's is newer)"
        assert "1 record was changed both on this laptop and on the server" in str(seen["note"])
        assert seen["button"] == "Bring back"
        assert seen["ticked"] == "The laptop's"
        # Rows afterwards: the laptop's field and its chosen conflict on the server, the
        # server's field in the copy.
        assert _get(server, m.Event, event, "title_en") == "Bilateral talks (laptop)"
        assert _get(server, m.Trip, TRIP, "notes") == "road notes"
        assert _get(laptop, m.Person, YIN, "position_en") == "Minister (office)"
        assert _get(server, m.Trip, TRIP, "sensitivities_en") == "from the office"
        assert "Brought “" in window.statusBar().currentMessage()
        # The window shows the refreshed copy: the server's field in the trip's form.
        trip_form = window.trips_page.trips.form
        assert hands.shown_text(trip_form.widgets["sensitivities_en"]) == "from the office"
        assert hands.shown_text(trip_form.widgets["notes"]) == "road notes"
        assert message_boxes == []
        window.close()
    finally:
        laptop.close()


def test_the_return_preview_in_thai(qtbot, server, tmp_path: Path, qapp, shots) -> None:
    from brst_desktop.core.travel import take_trip

    take_trip(server, tmp_path / "copy.sqlite", str(TRIP))
    laptop = open_database(tmp_path / "copy.sqlite", create=False)
    try:
        _edit(server, m.Trip, TRIP, notes="office notes")
        _edit(laptop, m.Trip, TRIP, notes="road notes")
        _edit(laptop, m.Person, YIN, position_en="Minister (laptop)")
        with laptop.session() as session:
            session.delete(session.get(m.Event, demo_id("event:bilateral")))
        preview = plan_return(server, laptop)
    finally:
        laptop.close()
    install_language(qapp, "th")
    try:
        dialog = ReturnDialog(preview.plan, str(server.path))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.table.setCurrentIndex(dialog.model.index(0, 0))
        _shot(dialog, "bring-back-th", shots)
        model = dialog.model
        assert dialog.windowTitle() == "นำการแก้ไขกลับไปยังเครื่องแม่ข่ายของสำนักงาน"
        assert model.data(model.index(0, 0)) == "ขัดแย้ง: แก้ไขทั้งในเครื่องนี้และบนเครื่องแม่ข่าย"
        assert dialog.import_button.text() == "นำกลับ"
        shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
        assert "ลบในเครื่องนี้ จึงลบบนเครื่องแม่ข่ายด้วย" in shown
        assert "รายการที่ลบในเครื่องนี้จะถูกลบบนเครื่องแม่ข่ายด้วย" in dialog.summary.text()
    finally:
        install_language(qapp, "en")


def test_a_classified_trip_asks_for_a_passphrase_for_the_copy(
    qtbot, server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes, english
) -> None:
    from brst_desktop.core import crypto
    from brst_desktop.gui.safety.passphrase import PassphraseDialog

    with server.session() as session:
        for book in session.get(m.Trip, TRIP).books:
            book.classification = m.Classification.TOP_SECRET
    office = open_window(qtbot, server)
    target = tmp_path / "top-secret.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked: list[str] = []

    def fill(dialog: PassphraseDialog) -> int:
        asked.append(dialog.explanation.text())
        for name in ("new", "confirm"):
            getattr(dialog, name).setText("a long passphrase")
        dialog._check_and_accept()
        return int(dialog.result())

    monkeypatch.setattr(PassphraseDialog, "exec", fill)
    office.travel.take_action.trigger()
    assert len(asked) == 1 and "has a top secret briefing book" in asked[0]
    assert crypto.is_encrypted(target)
    assert message_boxes and "is on this laptop as" in message_boxes[0]
    message_boxes.clear()
    office.close()

"""The data-safety windows driven as a person would: File menu actions, the import preview with
a choice per conflict, restore from a backup, the passphrase dialogs, unlock at start. Modal
dialogs are driven through a replacement ``exec`` that acts on the real dialog object."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from brst_desktop.core import backup, crypto
from brst_desktop.core import models as m
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import demo_id, open_demo_database
from brst_desktop.core.exchange import apply_import, pack_trip, read_and_plan
from brst_desktop.core.passphrase import change_passphrase
from brst_desktop.gui.language import install_language
from brst_desktop.gui.safety.import_preview import ImportDialog
from brst_desktop.gui.safety.passphrase import PassphraseDialog
from brst_desktop.gui.safety.restore import RestoreDialog
from tests.helpers.database import dump

YIN = demo_id("person:yin")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    from brst_desktop.gui.fonts import load_bundled_fonts, use_bundled_font

    load_bundled_fonts()
    use_bundled_font(qapp)
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


def _window(qtbot, database: Database):  # type: ignore[no-untyped-def]
    from brst_desktop.gui.context import AppContext
    from brst_desktop.gui.main_window import MainWindow

    window = MainWindow(AppContext.create(database, synchronous=True))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    return window


@pytest.fixture
def laptop_a(tmp_path: Path) -> Iterator[Database]:
    (tmp_path / "a").mkdir()
    database = open_demo_database(tmp_path / "a")
    yield database
    database.close()


def _edit(database: Database, **values: str) -> None:
    with database.session() as session:
        person = session.get(m.Person, YIN)
        for key, value in values.items():
            setattr(person, key, value)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the screenshots go to be looked at: pytest's temporary folder, never the checkout
    (the latest run's is /tmp/pytest-of-$USER/pytest-current/safety-shots0)."""
    return tmp_path_factory.mktemp("safety-shots")


def _shot(widget: QWidget, name: str, folder: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))


def test_file_menu_offers_the_safety_actions(qtbot, laptop_a) -> None:
    window = _window(qtbot, laptop_a)
    texts = [a.text() for a in window.file_menu.actions() if a.text()]
    for wanted in ("&Import a trip…", "&Export the trip to a file…", "&Back up now",
                   "&Restore from a backup…", "Protect with a &passphrase…"):  # fmt: skip
        assert wanted in texts
    assert texts[-1] == "&Quit"


def test_export_then_import_with_a_conflict_settled_per_record(
    qtbot, laptop_a, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shots: Path
) -> None:
    window = _window(qtbot, laptop_a)
    out = tmp_path / "exported.brst"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.safety.export_action.trigger()
    assert out.stat().st_size > 1000
    assert "Exported" in window.statusBar().currentMessage()

    # Laptop B takes the file, changes Yin's position and a talking point; A changes the position
    # too, so Yin conflicts and the talking point is a plain update.
    other = open_database(tmp_path / "b.sqlite")
    apply_import(other, out)
    _edit(other, position_en="Minister of Science and Technology (B)")
    with other.session() as session:
        point = session.get(m.TalkingPoint, demo_id("talking_point:space:0"))
        point.text_en = "Updated on laptop B"
    pack_trip(other, tmp_path / "from_b.brst")
    other.close()
    _edit(laptop_a, position_en="Minister (A)")

    seen: dict[str, object] = {}

    def choose_theirs(dialog: ImportDialog) -> int:
        model = dialog.model
        conflicts = [r for r in range(model.rowCount()) if model.rows[r].kind == "conflict"]
        seen["conflicts"] = [model.rows[r].label for r in conflicts]
        seen["kinds"] = {model.rows[r].kind for r in range(model.rowCount())}
        seen["button"] = dialog.import_button.isEnabled()
        dialog.show()
        _shot(dialog, "import-preview-en", shots)
        index = model.index(conflicts[0], 4)
        assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        return 1

    monkeypatch.setattr(ImportDialog, "exec", choose_theirs)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "from_b.brst"), "")
    )
    window.safety.import_action.trigger()

    assert seen["conflicts"] == ["Yin Hejun"] and seen["button"] is True
    assert {"conflict", "changed"} <= seen["kinds"]  # type: ignore[operator]
    with laptop_a.session() as session:
        assert session.get(m.Person, YIN).position_en.endswith("(B)")
        assert session.get(m.TalkingPoint, demo_id("talking_point:space:0")).text_en == (
            "Updated on laptop B"
        )
    assert "Imported" in window.statusBar().currentMessage()


def test_restore_dialog_puts_back_the_chosen_backup(
    qtbot, laptop_a, monkeypatch: pytest.MonkeyPatch, shots: Path
) -> None:
    assert laptop_a.path is not None
    backup.create_backup(laptop_a.path)
    _edit(laptop_a, name_en="Changed after the backup")
    window = _window(qtbot, laptop_a)
    seen: dict[str, object] = {}

    def pick_newest(dialog: RestoreDialog) -> int:
        seen["rows"] = dialog.model.rowCount()
        seen["check"] = dialog.model.data(dialog.model.index(0, 3))
        seen["enabled"] = dialog.restore_button.isEnabled()
        dialog.show()
        _shot(dialog, "restore-en", shots)
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", pick_newest)
    window.safety.restore_action.trigger()
    assert seen == {"rows": 1, "check": "Good", "enabled": True}
    database = window.context.db
    assert database is not laptop_a  # closed and reopened around the file replacement
    with database.session() as session:
        assert session.get(m.Person, YIN).name_en == "Yin Hejun"
    reasons = sorted(b.reason for b in backup.list_backups(database.path))
    assert reasons == ["before-restore", "manual"]
    assert "Restored" in window.statusBar().currentMessage()
    database.close()


def _fill(values: dict[str, str]):  # type: ignore[no-untyped-def]
    def fake_exec(dialog: PassphraseDialog) -> int:
        for name, text in values.items():
            getattr(dialog, name).setText(text)
        dialog._check_and_accept()
        return int(dialog.result())

    return fake_exec


def test_passphrase_set_change_and_remove_from_the_menu(
    qtbot, laptop_a, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = laptop_a.path
    assert path is not None
    before = dump(path)
    backup.create_backup(path)  # a plain backup: setting a passphrase must re-key it too
    window = _window(qtbot, laptop_a)
    first = "ทะเลสาบ in Chongqing"
    monkeypatch.setattr(PassphraseDialog, "exec", _fill({"new": first, "confirm": first}))
    window.safety.passphrase_action.trigger()
    assert crypto.file_kind(path) == "encrypted"
    assert window.context.db.encrypted
    assert {crypto.file_kind(b.path) for b in backup.list_backups(path)} == {"encrypted"}
    assert window.safety.passphrase_action.text() == "Change or remove the &passphrase…"
    with window.context.db.session() as session:  # the window keeps working on the new file
        assert session.get(m.Person, YIN).name_native == "阴和俊"

    def press(label: str):  # type: ignore[no-untyped-def]
        def fake(box: QMessageBox) -> int:
            button = next(b for b in box.buttons() if b.text() == label)
            button.click()
            return 0

        return fake

    monkeypatch.setattr(QMessageBox, "exec", press("Change it…"))
    second = "a second passphrase"
    fill = _fill({"current": first, "new": second, "confirm": second})
    monkeypatch.setattr(PassphraseDialog, "exec", fill)
    window.safety.passphrase_action.trigger()
    assert window.context.db.passphrase == "a second passphrase"
    with pytest.raises(crypto.PassphraseWrongError):
        open_database(path, passphrase="ทะเลสาบ in Chongqing")
    for item in backup.list_backups(path):  # every backup opens with the current passphrase
        assert backup.check_backup(item.path, second) == []

    monkeypatch.setattr(QMessageBox, "exec", press("Remove it…"))
    monkeypatch.setattr(PassphraseDialog, "exec", _fill({"current": "a second passphrase"}))
    window.safety.passphrase_action.trigger()
    assert crypto.file_kind(path) == "plain" and not window.context.db.encrypted
    window.context.db.close()
    assert dump(path) == before  # the data survived three re-encryptions unchanged
    assert {crypto.file_kind(b.path) for b in backup.list_backups(path)} == {"plain"}


def test_passphrase_dialog_refuses_short_or_mismatched_passphrases(qtbot) -> None:
    dialog = PassphraseDialog("set", "trip.sqlite")
    qtbot.addWidget(dialog)
    dialog.new.setText("short")
    dialog.confirm.setText("short")
    dialog._check_and_accept()
    assert not dialog.result() and "at least 8" in dialog.problem.text()
    dialog.new.setText("long enough one")
    dialog.confirm.setText("long enough two")
    dialog._check_and_accept()
    assert not dialog.result() and "not the same" in dialog.problem.text()


def test_unlock_at_start_asks_again_after_a_wrong_passphrase(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    from brst_desktop.gui.safety.startup import open_for_gui

    change_passphrase(demo_copy, None, "correct horse")
    asked: list[bool] = []
    answers = iter(["wrong horse", "correct horse"])

    def fake_exec(dialog: PassphraseDialog) -> int:
        asked.append(bool(dialog.problem.text()))
        dialog.current.setText(next(answers))
        dialog._check_and_accept()
        return int(dialog.result())

    monkeypatch.setattr(PassphraseDialog, "exec", fake_exec)
    monkeypatch.delenv("BRST_PASSPHRASE", raising=False)
    database = open_for_gui(argparse.Namespace(db=str(demo_copy), demo=False))
    try:
        assert asked == [False, True]  # the second dialog says the first answer was wrong
        assert database.encrypted
    finally:
        database.close()


@pytest.mark.parametrize("language", ["en", "th"])
def test_dialogs_read_in_thai_and_english(
    qtbot, qapp, language: str, demo_copy: Path, shots: Path
) -> None:
    install_language(qapp, language)
    dialog = PassphraseDialog("set", "brst-desktop.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    _shot(dialog, f"passphrase-{language}", shots)
    restore = RestoreDialog()
    qtbot.addWidget(restore)
    backup.create_backup(demo_copy)
    restore.set_backups(backup.list_backups(demo_copy))
    restore.set_health({b.path: True for b in backup.list_backups(demo_copy)})
    restore.show()
    _shot(restore, f"restore-{language}", shots)
    other_folder = demo_copy.parent / "other"
    other_folder.mkdir()
    other = open_demo_database(other_folder)  # same ids, no shared history: Yin conflicts
    try:
        _edit(other, name_th="หยิน เหอ จวิ้น", biography_en="Changed elsewhere.")
        pack_trip(other, other_folder / "other.brst")
        mine = open_database(demo_copy)
        try:
            _package, plan = read_and_plan(mine, other_folder / "other.brst")
        finally:
            mine.close()
    finally:
        other.close()
    preview = ImportDialog(plan, "other.brst")
    qtbot.addWidget(preview)
    preview.show()
    _shot(preview, f"import-preview-{language}", shots)
    conflict_row = preview.model.rows[0]
    assert conflict_row.kind == "conflict" and conflict_row.id == YIN
    if language == "th":
        # Two copies that never exchanged Yin: different, not "changed on both laptops".
        assert preview.model.data(preview.model.index(0, 0)) == "ต่างกัน: ไม่เคยแลกเปลี่ยนกันมาก่อน"
        assert preview.model.data(preview.model.index(0, 3)) == "ชื่อ (ไทย), ประวัติ (อังกฤษ)"
        assert dialog.windowTitle() == "ป้องกันฐานข้อมูลด้วยวลีรหัสผ่าน"
        assert restore.restore_button.text() == "กู้คืน"
        assert restore.model.data(restore.model.index(0, 3)) == "สมบูรณ์"
    else:
        assert dialog.windowTitle() == "Protect the database with a passphrase"
        assert restore.model.data(restore.model.index(0, 3)) == "Good"
        assert preview.model.data(preview.model.index(0, 3)) == "Name (Thai), Biography (English)"


def test_the_hourly_check_makes_the_daily_backup_only_when_due(qtbot, laptop_a) -> None:
    window = _window(qtbot, laptop_a)
    assert backup.list_backups(laptop_a.path) == []
    window.safety.back_up_if_due()
    assert [b.reason for b in backup.list_backups(laptop_a.path)] == ["daily"]
    window.safety.back_up_if_due()
    assert len(backup.list_backups(laptop_a.path)) == 1


def _click(label: str):  # type: ignore[no-untyped-def]
    def fake(box) -> int:  # type: ignore[no-untyped-def]
        seen_texts.append(box.text())
        next(b for b in box.buttons() if b.text() == label).click()
        return 0

    return fake


seen_texts: list[str] = []


def test_start_up_offers_the_newest_good_backup_for_a_damaged_database(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from brst_desktop.gui.safety.startup import open_for_gui
    from tests.helpers.database import corrupt

    good = backup.create_backup(demo_copy)
    corrupt(demo_copy)
    seen_texts.clear()
    monkeypatch.setattr(QMessageBox, "exec", _click("Restore the Backup"))
    database = open_for_gui(argparse.Namespace(db=str(demo_copy), demo=False))
    try:
        assert "damaged" in seen_texts[0] and str(good.path) in seen_texts[0]
        with database.session() as session:
            assert session.get(m.Person, YIN).name_native == "阴和俊"
    finally:
        database.close()
    assert any(p.suffix == ".damaged" for p in backup.backup_folder(demo_copy).iterdir())


def test_start_up_beside_another_window_offers_read_only(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    import subprocess
    import sys

    from PySide6.QtWidgets import QMessageBox

    from brst_desktop.gui.safety.startup import open_for_gui
    from tests.helpers.database import HOLD_OPEN

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(demo_copy)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        seen_texts.clear()
        monkeypatch.setattr(QMessageBox, "exec", _click("Open Read-Only"))
        database = open_for_gui(argparse.Namespace(db=str(demo_copy), demo=False))
        try:
            assert "already open in another BRST Desktop window" in seen_texts[0]
            assert database.read_only
            with database.session() as session:
                assert session.get(m.Trip, demo_id("trip")) is not None
        finally:
            database.close()
    finally:
        holder.kill()
        holder.wait()

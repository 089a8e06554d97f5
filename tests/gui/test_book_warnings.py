"""An export's warnings are templates like the refusals: the command line prints the English,
the window shows them in its language, with a record's own name in that language too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.export import export_book
from brst_desktop.export.advice import BookWarning
from brst_desktop.gui.language import install_language
from brst_desktop.gui.messages import translated

TITLE_TH = "การหารือทวิภาคีไทย – จีน"


def _long_brief(db: Database) -> None:
    paragraph = "ภูมิหลัง: ความร่วมมือด้านวิทยาศาสตร์ระหว่างไทยกับจีนมีมาอย่างต่อเนื่อง " * 40
    with db.session() as session:
        event = session.get(m.Event, demo_id("event:bilateral"))
        event.title_th = TITLE_TH
        event.background_th = "\n\n".join([paragraph] * 12)


def test_the_window_says_an_exports_warnings_in_its_language(
    qtbot, qapp, demo_window, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _long_brief(demo_db)
    details: list[str] = []

    def shown(box: QMessageBox) -> int:
        details.append(box.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    install_language(qapp, "th")
    try:
        page = demo_window.pages.show("books")
        page.exporter.export(demo_id("book"), tmp_path / "book.pdf")
        demo_window.context.tasks.wait()
    finally:
        install_language(qapp, "en")
    (detail,) = details
    assert detail.startswith(f"เอกสารประกอบการหารือ “{TITLE_TH}” ยาว ")
    assert "หน้า (หน้า " in detail and "ควรยาวไม่เกิน 2 หน้า" in detail

    result = export_book(demo_db, demo_id("book"), tmp_path / "again.pdf", record_edition=False)
    # (the demo book is ลับ: saving it without a password is said too, first)
    (warning,) = [w for w in result.warnings if "meeting brief" in str(w)]
    assert isinstance(warning, BookWarning) and warning.fields["limit"] == 2
    assert str(warning).startswith("The meeting brief “Thailand – China bilateral meeting” runs")
    assert translated(warning) == str(warning)  # an English window: the English, as the CLI

"""How the office-server windows read at a small laptop's size: the Thai keyring question keeps
its words whole, and the trip page's heading is whole after the window switches databases."""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from brst_desktop.core.db import open_database
from brst_desktop.core.demo import open_demo_database
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.language import install_language
from brst_desktop.gui.main_window import MainWindow
from brst_desktop.gui.safety.connect import ConnectDialog, switch_to
from tests.helpers.keyring_double import keyring_module


def _lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into lines as a word-wrapping label breaks it in ``font`` at ``width``."""
    return [line for _start, line in _lines_at(text, font, width)]


def _lines_at(text: str, font: QFont, width: int) -> list[tuple[int, str]]:
    """Each line's first character's index and its text."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        lines.append((start, text[start : start + line.textLength()]))
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_keyring_question_keeps_its_words_whole(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english, language: str
) -> None:
    """Qt breaks Thai between dictionary words, and หรือ|ไม่ is such a break (a word joiner does
    not stop it; only a no-break space does): the question ended "…ครั้งต่อไปหรือ" / "ไม่". The
    Thai now asks "keep it, or use it until the program closes" and glues the product's name."""
    monkeypatch.setitem(sys.modules, "keyring", keyring_module())
    install_language(qapp, language)
    context = AppContext.create(open_database(tmp_path / "laptop.sqlite"), synchronous=True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    asked: list[tuple[str, QFont, int]] = []

    def look(box: QMessageBox) -> int:
        box.show()
        QApplication.processEvents()
        label = next(
            w for w in box.findChildren(QLabel) if w.text() == box.text() and w.isVisible()
        )
        asked.append((box.text(), label.font(), label.width()))
        box.grab().save(str(Path(tempfile.gettempdir()) / f"brst-keyring-question-{language}.png"))
        widths = [label.width(), *range(160, 720, 4)]
        for width in widths:
            lines = [line.strip() for line in _lines(box.text(), label.font(), width)]
            for first, second in itertools.pairwise(lines):
                assert not (first.endswith("หรือ") and second.startswith("ไม่")), (width, lines)
                # the name is glued in Thai (an English sentence breaks at its spaces)
                assert language == "en" or not first.endswith("BRST"), (width, lines)
        box.hide()
        return 1  # Only this session

    monkeypatch.setattr(QMessageBox, "exec", look)
    try:
        dialog = ConnectDialog(window)
        qtbot.addWidget(dialog)
        dialog._offer_keyring("postgresql://somchai@office.example:5432/brst", "not kept")
    finally:
        context.db.close()
    ((text, font, width),) = asked
    who = "somchai@office.example:5432/brst"
    if language == "th":
        assert text == (
            f"จะให้ BRST\u00a0Desktop จำรหัสผ่านของ {who} ไว้ในพวงกุญแจของระบบ (Test keyring)"
            " และเชื่อมต่อเองในครั้งหน้า หรือใช้รหัสผ่านนี้จนกว่าจะปิดโปรแกรม"
        )
        # at the width the box gives it, every Thai line ends where an independent segmenter
        # (PyThaiNLP's newmm) ends a word
        from pythainlp.tokenize import word_tokenize

        ends, at = {0}, 0
        for word in word_tokenize(text, engine="newmm", keep_whitespace=True):
            at += len(word)
            ends.add(at)
        starts = [start for start, _line in _lines_at(text, font, width)[1:]]
        assert len(starts) >= 1  # it does wrap: the check means something
        for start in starts:
            assert start in ends or text[start - 1].isascii(), text[start - 8 : start + 8]
    else:
        assert text.startswith(f"Keep the password for {who} in the system keyring")


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_trip_heading_is_whole_at_1000_by_640_after_switching_databases(
    qtbot, qapp, tmp_path: Path, english, language: str
) -> None:
    """A window on an empty database ("No trip yet", one line) switched to one with the demo
    trip (a two-line title): the heading gets its lines, nothing above or below is cut. (The
    clipped heading seen in a screenshot was the picture taken before Qt's pending layout ran;
    a person never sees that frame.)"""
    install_language(qapp, language)
    context = AppContext.create(open_database(tmp_path / "empty.sqlite"))  # real workers
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    try:
        context.tasks.wait()
        (tmp_path / "demo").mkdir()
        switch_to(window, open_demo_database(tmp_path / "demo"))
        heading = window.trips_page.heading
        qtbot.waitUntil(lambda: "Belt" in heading.text() or "แถบ" in heading.text())
        context.tasks.wait()
        qtbot.waitUntil(lambda: heading.height() >= heading.heightForWidth(heading.width()))
        lines = heading.heightForWidth(heading.width()) // heading.fontMetrics().lineSpacing()
        assert lines >= 2  # the title does wrap at this size: the check means something
        # whole: from the page's top edge down to the tabs, nothing laid over it
        tabs = window.trips_page.tabs
        top = heading.mapTo(window, heading.rect().topLeft()).y()
        bottom = heading.mapTo(window, heading.rect().bottomLeft()).y()
        assert heading.geometry().top() >= 0
        assert bottom < tabs.mapTo(window, tabs.rect().topLeft()).y()
        assert bottom - top + 1 >= lines * heading.fontMetrics().lineSpacing()
        shot = Path(tempfile.gettempdir()) / f"brst-heading-1000x640-{language}.png"
        assert window.grab().save(str(shot))
    finally:
        context.tasks.wait()
        window.context.db.close()

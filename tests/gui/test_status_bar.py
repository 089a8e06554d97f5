"""A status sentence longer than the room beside "Every change is saved as you make it." is not
cut off: the label steps aside while it shows (Thai sentences are often that long on a small
laptop's screen), and comes back for a short one or none."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from brst_desktop.core.db import Database
from tests.helpers.gui import open_window

REVOKED = (
    "Your user %1 no longer has any clearance on the office server, so nothing"
    " of it is shown; ask the office's administrator to grant one."
)


def test_a_long_thai_sentence_is_shown_whole(qtbot, demo_db: Database, thai) -> None:
    window = open_window(qtbot, demo_db)
    window.resize(1000, 640)  # a small laptop's screen
    bar, label = window.statusBar(), window.status_label
    QApplication.processEvents()
    assert label.isVisible() and label.text() == "บันทึกทุกการแก้ไขโดยอัตโนมัติ"

    sentence = QCoreApplication.translate("MainWindow", REVOKED).replace("%1", "clerk_0eb93f")
    assert sentence != REVOKED and "เซิร์ฟเวอร์" in sentence  # the window's Thai
    width = bar.fontMetrics().horizontalAdvance(sentence)
    # long enough to be cut beside the label at this width, short enough for the bar alone
    assert bar.width() - label.sizeHint().width() < width < bar.width() - 32
    bar.showMessage(sentence)
    QApplication.processEvents()
    assert not label.isVisible()
    assert bar.currentMessage() == sentence
    shot = Path(tempfile.gettempdir()) / "brst-status-bar-th.png"
    assert window.grab().save(str(shot))  # for a person to look at

    bar.showMessage("บันทึกแล้ว")
    QApplication.processEvents()
    assert label.isVisible()
    bar.showMessage(sentence)
    bar.clearMessage()
    QApplication.processEvents()
    assert label.isVisible()

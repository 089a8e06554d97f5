"""The office's name and emblem (issue 14): set once in a dialog, refused with a sentence when the
file is not a picture, printed on the cover of every book."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
from PIL import Image, ImageDraw
from PySide6.QtWidgets import QDialogButtonBox

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import office
from brst_desktop.export import render_book
from brst_desktop.gui.office import OfficeDialog


def _seal(path: Path) -> Path:
    """A plain drawn seal (not any office's emblem)."""
    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 290, 290), outline=(31, 56, 100, 255), width=14)
    draw.regular_polygon((150, 150, 80), 6, fill=(156, 42, 0, 255))
    image.save(path)
    return path


def _cover_images(pdf: bytes) -> int:
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    xobjects = page.get("/Resources", {}).get("/XObject", {})
    return sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")


def test_the_office_sets_its_name_and_emblem_and_covers_print_them(
    qtbot, demo_context, tmp_path: Path
) -> None:
    db = demo_context.db
    assert office.office_info(db).emblem is None  # none is shipped
    assert _cover_images(render_book(db, demo_id("book"))) == 0

    dialog = OfficeDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remove.isEnabled()
    not_a_picture = tmp_path / "seal.png"
    not_a_picture.write_text("<html>not a picture</html>", encoding="utf-8")
    dialog.set_from_file(not_a_picture)
    assert dialog.error.isVisible() and "not a picture" in dialog.error.text()
    dialog.set_from_file(_seal(tmp_path / "real-seal.png"))
    assert not dialog.error.isVisible() and dialog.remove.isEnabled()
    dialog.name_th.setText("กองการต่างประเทศ")
    dialog.name_en.setText("International Cooperation Division")
    if os.environ.get("BRST_SCREENSHOTS"):
        dialog.grab().save(str(Path(os.environ["BRST_SCREENSHOTS"]) / "office-en.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    info = office.office_info(db)
    assert (info.name_th, info.name_en) == ("กองการต่างประเทศ", "International Cooperation Division")
    assert info.emblem is not None and info.emblem_name == "real-seal.png"
    assert _cover_images(render_book(db, demo_id("book"))) == 1

    again = OfficeDialog(demo_context)
    qtbot.addWidget(again)
    assert again.name_th.text() == "กองการต่างประเทศ"
    again.remove_emblem()
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert office.office_info(db).emblem is None
    assert _cover_images(render_book(db, demo_id("book"))) == 0


def test_the_dialog_in_thai(qtbot, demo_db, thai) -> None:
    from tests.helpers.gui import make_context

    dialog = OfficeDialog(make_context(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "หน่วยงานและตราสัญลักษณ์"
    assert dialog.picture.text() == "ไม่มีตราสัญลักษณ์"
    if os.environ.get("BRST_SCREENSHOTS"):
        dialog.grab().save(str(Path(os.environ["BRST_SCREENSHOTS"]) / "office-th.png"))

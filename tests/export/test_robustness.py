"""Bad data never breaks a book, and a failed write never damages the last good PDF."""

from __future__ import annotations

import errno
import io
import os
import tempfile
from pathlib import Path

import pytest
from PIL import Image

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.export import ExportTargetError, export_book
from tests.helpers.pdf import read_pdf


def _jpeg(size: tuple[int, int] = (300, 400), color: str = "#4060A0") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def _png_with_alpha() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (900, 1200), (200, 40, 40, 128)).save(out, "PNG")
    return out.getvalue()


def _set_photo(db: Database, key: str, data: bytes, media_type: str = "image/jpeg") -> None:
    with db.session() as s:
        person = s.get(m.Person, demo_id(key))
        assert person is not None
        person.photo = m.Photo(data=data, media_type=media_type)


def test_photos_print_and_a_corrupt_one_gets_a_placeholder(
    demo_db: Database, out_dir: Path
) -> None:
    _set_photo(demo_db, "person:yin", _jpeg())
    _set_photo(demo_db, "person:fink", _png_with_alpha(), "image/png")
    truncated = _jpeg()[:200]
    _set_photo(demo_db, "person:zhang", truncated)
    _set_photo(demo_db, "person:novoselov", b"<html>not a photo</html>")

    result = export_book(demo_db, demo_id("book"), out_dir / "photos.pdf", language="en")

    pages = read_pdf(result.path.read_bytes())
    yin = pages.page_of("yin HUH-jün")
    fink = pages.page_of("KAR-sten FINK")
    zhang = pages.page_of("jahng GWAHNG-jün")
    novoselov = pages.page_of("no-vo-SYO-lov")
    assert pages.images[yin - 1] == 1 and pages.images[fink - 1] == 1
    assert pages.images[zhang - 1] == 0 and "No photo" in pages.texts[zhang - 1]
    assert pages.images[novoselov - 1] == 0 and "No photo" in pages.texts[novoselov - 1]
    photo_warnings = [str(w) for w in result.warnings if "photo" in str(w)]
    assert len(photo_warnings) == 2
    assert any("Zhang Guangjun" in w for w in photo_warnings)
    assert any("Konstantin Novoselov" in w for w in photo_warnings)


def test_long_text_flows_and_a_row_taller_than_a_page_splits(
    demo_db: Database, out_dir: Path
) -> None:
    short = export_book(demo_db, demo_id("book"), out_dir / "short.pdf", record_edition=False)
    thai = "การประชุมหนึ่งแถบหนึ่งเส้นทางว่าด้วยการแลกเปลี่ยนทางวิทยาศาสตร์และเทคโนโลยี "
    with demo_db.session() as s:
        topic = s.get(m.Topic, demo_id("topic:space"))
        assert topic is not None
        topic.summary_th = thai * 400 + "ปลายข้อความยาว"
        person = s.get(m.Person, demo_id("person:petchdao"))
        assert person is not None
        # one delegation-table cell far taller than an A4 page
        person.dietary_needs_th = "\n".join(f"ข้อจำกัดข้อที่ {i}" for i in range(150)) + "\nท้ายตาราง"
    result = export_book(demo_db, demo_id("book"), out_dir / "long.pdf", record_edition=False)
    pages = read_pdf(result.path.read_bytes())
    assert result.pages >= short.pages + 8
    assert "ปลายข้อความยาว" in pages.text and "ท้ายตาราง" in pages.text
    first, last = pages.page_of("ข้อจำกัดข้อที่ 0\n"), pages.page_of("ท้ายตาราง")
    assert last > first  # the row went on over the page break


def test_missing_folder_is_refused_in_one_sentence(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportTargetError, match=r"^The folder .*missing.* does not exist"):
        export_book(demo_db, demo_id("book"), tmp_path / "missing" / "book.pdf")
    with pytest.raises(ExportTargetError, match="is a folder"):
        export_book(demo_db, demo_id("book"), tmp_path)


def _previous(out_dir: Path) -> tuple[Path, bytes]:
    target = out_dir / "book.pdf"
    target.write_bytes(b"%PDF-1.4 the last good book")
    return target, target.read_bytes()


def test_read_only_folder_keeps_the_previous_file(
    demo_db: Database, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, before = _previous(out_dir)
    out_dir.chmod(0o555)
    try:
        if os.access(out_dir, os.W_OK):
            # Running as root, permission bits do not stop writes: the file system's refusal is
            # what the export must handle, so raise exactly what a read-only folder raises.
            def refuse(*args: object, **kwargs: object) -> None:
                raise PermissionError(errno.EACCES, "Permission denied")

            monkeypatch.setattr(os, "access", lambda *a, **k: True)
            monkeypatch.setattr(tempfile, "mkstemp", refuse)
        with pytest.raises(ExportTargetError, match="You may not save files in the folder"):
            export_book(demo_db, demo_id("book"), target)
    finally:
        out_dir.chmod(0o755)
    assert target.read_bytes() == before
    with demo_db.session() as s:  # nothing printed, no edition recorded
        assert s.query(m.Edition).count() == 0


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "open in another program"),
    ],
    ids=["disk-full", "locked"],
)
def test_failed_replace_keeps_the_previous_file(
    demo_db: Database,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: OSError,
    message: str,
) -> None:
    target, before = _previous(out_dir)

    def fail(src: object, dst: object) -> None:
        raise failure

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ExportTargetError, match=message):
        export_book(demo_db, demo_id("book"), target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in out_dir.iterdir()) == ["book.pdf"]  # no temporary left


def test_successful_write_replaces_the_file_and_leaves_nothing_else(
    demo_db: Database, out_dir: Path
) -> None:
    target, _ = _previous(out_dir)
    export_book(demo_db, demo_id("book"), target)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 10_000
    assert sorted(p.name for p in out_dir.iterdir()) == ["book.pdf"]


def test_an_empty_trip_still_prints_a_book(empty_db: Database, out_dir: Path) -> None:
    with empty_db.session() as s:
        s.add(m.Trip(title_en="Nothing planned yet", title_th="ยังไม่มีกำหนดการ"))
    result = export_book(empty_db, None, out_dir / "empty.pdf", language="en")
    pages = read_pdf(result.path.read_bytes())
    assert [t for level, t, _ in pages.outline if level == 0] == ["Cover"]
    assert "Nothing planned yet" in pages.text

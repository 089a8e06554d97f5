"""A password on an exported book (issue 7): AES-256, readable only with the password, by three
independent readers (PDFium, pypdf, poppler); the password is stored nowhere."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from sqlalchemy import select

from brst_desktop.commands import main
from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.export import PdfPasswordError, export_book, render_book
from brst_desktop.export.protection import hash_2b
from tests.helpers.pdf import read_pdf

# Thai, Latin, a space and digits; under 33 bytes (poppler's tools cut -upw there)
PASSWORD = "ลับมาก-CQ 2566"
CHINESE = "阴和俊"
THAI_NAME = "หยิน เหอจวิ้น"


def _text_with(path: Path, password: str) -> str:
    document = pypdfium2.PdfDocument(str(path), password=password)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_encrypted_book_opens_only_with_its_password(demo_db: Database, out_dir: Path) -> None:
    out = out_dir / "secret.pdf"
    result = export_book(demo_db, demo_id("book"), out, password=PASSWORD)
    assert result.protected

    with pytest.raises(pypdfium2.PdfiumError, match="password"):
        pypdfium2.PdfDocument(str(out))
    with pytest.raises(pypdfium2.PdfiumError, match="password"):
        pypdfium2.PdfDocument(str(out), password="ลับมาก-CQ 2565")
    text = _text_with(out, PASSWORD)
    assert CHINESE in text and THAI_NAME in text

    # pypdf: AES-256 revision 6, the user password opens it, the wrong one does not
    reader = pypdf.PdfReader(str(out))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"], encrypt["/CF"]["/StdCF"]["/CFM"]) == (5, 6, "/AESV3")
    assert pypdf.PdfReader(str(out)).decrypt("not the password") == pypdf.PasswordType.NOT_DECRYPTED
    assert reader.decrypt(PASSWORD) == pypdf.PasswordType.USER_PASSWORD
    assert CHINESE in "".join(page.extract_text() for page in reader.pages)
    # strings are decrypted cleanly too (ReportLab's own AES-256 leaves padding in them)
    assert reader.metadata is not None and reader.metadata.title.endswith("ฉงชิ่ง")
    assert [item.title for item in reader.outline[:2]] == ["ปก", "สารบัญ"]
    # print and copy allowed; change, annotate, fill in, assemble denied
    permissions = reader.user_access_permissions
    assert permissions is not None
    allowed = pypdf.constants.UserAccessPermissions
    assert permissions & allowed.PRINT and permissions & allowed.EXTRACT
    for denied in (allowed.MODIFY, allowed.ADD_OR_MODIFY, allowed.FILL_FORM_FIELDS):
        assert not permissions & denied
    assert not permissions & allowed.ASSEMBLE_DOC

    # poppler, a third reader, says the same
    info = subprocess.run(
        ["pdfinfo", "-upw", PASSWORD, str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert "algorithm:AES-256" in info and "copy:yes" in info and "change:no" in info


def _pages_without_edition_line(path: Path, password: str | None) -> list[str]:
    """Each page's text, less the lines naming the edition and the export's minute."""
    document = pypdfium2.PdfDocument(str(path), password=password)
    try:
        texts = [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()
    stamped = ("ฉบับที่", "ข้อมูล ณ")
    return [
        "\n".join(line for line in text.splitlines() if not any(s in line for s in stamped))
        for text in texts
    ]


def test_the_edition_hash_does_not_depend_on_the_password(demo_db: Database, out_dir: Path) -> None:
    # one moment for both: the cover prints the minute of the export
    moment = datetime(2023, 11, 1, 8, 59, 59, tzinfo=UTC)
    plain = export_book(demo_db, demo_id("book"), out_dir / "plain.pdf", as_of=moment)
    locked = export_book(
        demo_db, demo_id("book"), out_dir / "locked.pdf", password=PASSWORD, as_of=moment
    )
    assert (plain.edition, locked.edition) == (1, 2)
    assert locked.content_hash == plain.content_hash
    with demo_db.session() as session:
        hashes = session.scalars(select(m.Edition.content_hash).order_by(m.Edition.number)).all()
    assert hashes == [plain.content_hash, plain.content_hash]
    # and the same pages inside
    plain_pages = _pages_without_edition_line(out_dir / "plain.pdf", None)
    assert _pages_without_edition_line(out_dir / "locked.pdf", PASSWORD) == plain_pages
    assert len(plain_pages) == plain.pages == locked.pages


def test_the_preview_and_an_empty_password_stay_unencrypted(
    demo_db: Database, out_dir: Path
) -> None:
    preview = render_book(demo_db, demo_id("book"))
    assert CHINESE in read_pdf(preview).text  # opens with no password
    result = export_book(demo_db, demo_id("book"), out_dir / "open.pdf", password="")
    assert not result.protected
    assert not pypdf.PdfReader(str(out_dir / "open.pdf")).is_encrypted


@pytest.mark.parametrize(
    ("password", "says"),
    [
        ("short", "at least 8 characters"),
        ("น้ำใจดีมากครับ", "ำ"),  # SARA AM: readers that normalise (NFKC) read it as two letters
        ("pass\u200bword1", "invisible"),
        ("ก" * 43, "too long"),  # 129 bytes of UTF-8
    ],
)
def test_passwords_readers_would_read_differently_are_refused_before_any_work(
    demo_db: Database, out_dir: Path, password: str, says: str
) -> None:
    out = out_dir / "refused.pdf"
    with pytest.raises(PdfPasswordError, match=says):
        export_book(demo_db, demo_id("book"), out, password=password)
    assert not out.exists()
    with demo_db.session() as session:
        assert session.scalar(select(m.Edition.id)) is None


def test_hash_2b_matches_pypdf() -> None:
    """Algorithm 2.B against an independent implementation."""
    from pypdf._encryption import AlgV5

    for password, salt, user in (
        (b"abc", b"12345678", b""),
        (PASSWORD.encode(), b"s" * 8, b"u" * 48),
    ):
        assert hash_2b(password, salt, user) == AlgV5.calculate_hash(6, password, salt, user)


def test_command_reads_the_password_from_a_file_and_stores_it_nowhere(
    demo_db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert demo_db.path is not None
    password_file = tmp_path_factory.mktemp("secret") / "password.txt"  # apart from the DB
    password_file.write_text(PASSWORD + "\nsecond line is not part of it\n", encoding="utf-8")
    out_folder = tmp_path_factory.mktemp("out")
    out = out_folder / "book.pdf"
    code = main(
        ["--db", str(demo_db.path), "export", "-o", str(out), "--password-file", str(password_file)]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "protected by a password" in captured.err
    assert PASSWORD not in captured.out + captured.err
    assert CHINESE in _text_with(out, PASSWORD)
    with pytest.raises(pypdfium2.PdfiumError):
        pypdfium2.PdfDocument(str(out), password=PASSWORD + "\nsecond line is not part of it")

    demo_db.close()  # checkpoint the WAL into the file, then read every file written
    written = _files_under(Path(demo_db.path).parent) + _files_under(out_folder)
    assert out in written and Path(demo_db.path) in written
    for needle in {
        PASSWORD.encode("utf-8"),
        PASSWORD.encode("utf-16-le"),
        PASSWORD.encode("utf-16-be"),
    }:
        for path in written:
            assert needle not in path.read_bytes(), path


def test_command_takes_the_password_from_the_environment(
    demo_db: Database, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert demo_db.path is not None
    monkeypatch.setenv("BRST_PDF_PASSWORD", PASSWORD)
    out = out_dir / "env.pdf"
    assert main(["--db", str(demo_db.path), "export", "-o", str(out), "--no-edition"]) == 0
    assert THAI_NAME in _text_with(out, PASSWORD)


def test_command_refuses_an_unreadable_or_empty_password_file(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo_db.path is not None
    out = tmp_path / "book.pdf"
    empty = tmp_path / "empty.txt"
    empty.write_text("\nlater line\n", encoding="utf-8")
    for given, says in ((tmp_path / "missing.txt", "cannot be read"), (empty, "is empty")):
        code = main(
            ["--db", str(demo_db.path), "export", "-o", str(out), "--password-file", str(given)]
        )
        assert code == 2
        assert says in capsys.readouterr().err
        assert not out.exists()


def test_help_names_the_file_and_the_variable_and_no_password_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = capsys.readouterr().out
    assert "--password-file" in text and "BRST_PDF_PASSWORD" in text
    assert "--password " not in text and "--password=" not in text

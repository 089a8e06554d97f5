"""``brst-desktop export``: the headless form the issue names."""

from __future__ import annotations

from pathlib import Path

import pytest

from brst_desktop.commands import main
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from tests.helpers.pdf import read_pdf


def test_export_default_book(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo_db.path is not None
    out = tmp_path / "book.pdf"
    code = main(
        ["--db", str(demo_db.path), "export", "-o", str(out), "--lang", "en", "--paper", "a5"]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.strip() == str(out)
    assert "% laying out pages" in captured.err and "edition 1" in captured.err
    pages = read_pdf(out.read_bytes())
    assert "Programme" in pages.text and "CONFIDENTIAL" in pages.tops[0]


def test_export_by_book_prefix_to_card(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo_db.path is not None
    out = tmp_path / "card.pdf"
    prefix = demo_id("book").hex[:6]
    code = main(
        ["--db", str(demo_db.path), "export", "--book", prefix, "-o", str(out), "--paper", "card"]
    )
    assert code == 0
    assert len(read_pdf(out.read_bytes()).texts) <= 2  # a card, front and back


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--book", "zz"], "is not a briefing book id"),
        (["--book", "0000"], "no briefing book whose id starts with 0000"),
        (["--trip", "ffffffff"], "no trip whose id starts with ffffffff"),
    ],
)
def test_bad_ids_end_in_one_sentence(
    demo_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    assert demo_db.path is not None
    code = main(["--db", str(demo_db.path), "export", *args, "-o", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.splitlines()[-1].startswith("brst-desktop: ") and message in err
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_target(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo_db.path is not None
    code = main(["--db", str(demo_db.path), "export", "-o", str(tmp_path / "no" / "x.pdf")])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err

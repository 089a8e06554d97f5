"""``brst-desktop typeset``: the PDF appears whole, or the old one stays."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from pypdf import PdfReader

from brst_desktop.commands import typeset as command
from brst_desktop.core.files import FileWriteError


def _args(source: Path, output: Path, width_mm: float = 160.0) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    command.configure(parser)
    return parser.parse_args([str(source), "-o", str(output), "--width-mm", str(width_mm)])


def test_the_pdf_holds_every_paragraph_and_replaces_the_old_one(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("ศุภมาส อิศรภักดี\r\nบรรทัดสอง\n\n\n阴和俊 & <Yin>\n", encoding="utf-8")
    output = tmp_path / "out.pdf"
    output.write_bytes(b"old")
    assert command.run(_args(source, output)) == 0
    text = PdfReader(output).pages[0].extract_text()
    assert "บรรทัดสอง" in text and "<Yin>" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.pdf"]


def test_a_failed_layout_keeps_the_old_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus import SimpleDocTemplate

    source = tmp_path / "in.txt"
    source.write_text("text", encoding="utf-8")
    output = tmp_path / "out.pdf"
    output.write_bytes(b"old")

    def broken(self: object, story: object) -> None:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(SimpleDocTemplate, "build", broken)
    with pytest.raises(RuntimeError):
        command.run(_args(source, output))
    assert output.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.pdf"]
    with pytest.raises(FileWriteError, match="does not exist; create it"):
        command.run(_args(source, tmp_path / "missing" / "out.pdf"))

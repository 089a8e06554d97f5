"""The demo book read back from the PDF: parts in order, banner and folio on every page, dates,
both times of every event, names in Chinese characters, papers and languages."""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.export import export_book
from tests.helpers.pdf import PdfPages, read_pdf

THAI_TITLES = [
    "สารบัญ",
    "ภาพรวมการเดินทาง",
    "กำหนดการ",
    "รายชื่อคณะผู้แทน",
    "เอกสารประกอบการหารือ",
    "ประวัติบุคคล",
    "ประเด็นการหารือ",
    "ความตกลงที่จะลงนาม",
    "ข้อมูลด้านพิธีการ",
    "ภาคผนวก",
]
ENGLISH_TITLES = [
    "Contents",
    "Overview",
    "Programme",
    "Delegations",
    "Meeting briefs",
    "Biographies",
    "Topic papers",
    "Agreements to sign",
    "Protocol notes",
    "Annexes",
]
HOME, DESTINATION = ZoneInfo("Asia/Bangkok"), ZoneInfo("Asia/Shanghai")


@pytest.fixture(scope="module")
def books(module_demo: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, PdfPages]:
    folder = tmp_path_factory.mktemp("books")
    out: dict[str, PdfPages] = {}
    for key, language, paper in [
        ("th", "th", "a4"),
        ("en", "en", "a4"),
        ("both", "both", "a4"),
        ("a5", "th", "a5"),
        ("card", "en", "card"),
    ]:
        result = export_book(
            module_demo, demo_id("book"), folder / f"{key}.pdf", language=language, paper=paper
        )
        pages = read_pdf(result.path.read_bytes())
        assert result.pages == len(pages.texts)
        out[key] = pages
    return out


def _programme(db: Database) -> list[m.Event]:
    with db.session() as s:
        return list(
            s.scalars(
                select(m.Event)
                .where(m.Event.status != m.EventStatus.CANCELLED)
                .order_by(m.Event.starts_at)
            )
        )


def _expected_start(event: m.Event, thai: bool) -> str:
    """The start on the China clock, then on the Thai clock, as a row of the programme reads:
    ``09.00 น. 08.00 น.`` (Thai official style) or ``09:00 08:00``; computed here with zoneinfo,
    independently of the export."""
    there = event.starts_at.astimezone(DESTINATION)
    home = event.starts_at.astimezone(HOME)
    if thai:
        return f"{there:%H.%M} น. {home:%H.%M} น."
    return f"{there:%H:%M} {home:%H:%M}"


def test_parts_in_order_with_bookmarks_and_contents(books: dict[str, PdfPages]) -> None:
    for key, titles in (("th", THAI_TITLES), ("en", ENGLISH_TITLES)):
        book = books[key]
        top = [(title, page) for level, title, page in book.outline if level == 0]
        assert [t for t, _ in top] == ["ปก" if key == "th" else "Cover", *titles]
        pages = [page for _, page in top]
        assert pages == sorted(pages) and pages[0] == 1
        for title, page in top[1:]:
            assert title in book.texts[page - 1], f"{title} not on its bookmarked page {page}"
        # the contents page lists each part with the page its bookmark points to
        contents = book.texts[top[1][1] - 1]
        for title, page in top[2:]:
            line = next(line for line in contents.splitlines() if line.startswith(title))
            assert line.rstrip().endswith(str(page)), line


def test_every_person_and_meeting_is_bookmarked(books: dict[str, PdfPages]) -> None:
    sub = [title for level, title, _ in books["en"].outline if level == 1]
    for name in (
        "Yin Hejun (阴和俊)",
        "Zhang Guangjun (张广军)",
        "Carsten Fink",
        "Konstantin Novoselov",
    ):
        assert name in sub
    assert "Thailand – China bilateral meeting" in sub
    assert any(t.startswith("The Space Weather Sensor") for t in sub)


def test_banner_and_page_x_of_y_on_every_page(books: dict[str, PdfPages]) -> None:
    """The classification at the top and bottom of every page, the copy number at the top
    (a ลับ book is a numbered copy), ``x / y`` at the foot."""
    for key, banner, copy in (
        ("th", "ลับ", "ชุดที่ 1 ของ 1 ชุด"),
        ("en", "CONFIDENTIAL", "Copy 1 of 1"),
        ("both", "ลับ · CONFIDENTIAL", "ชุดที่ 1 ของ 1 ชุด · Copy 1 of 1"),
    ):
        book = books[key]
        total = len(book.texts)
        for number, text in enumerate(book.texts, start=1):
            assert book.tops[number - 1] == f"{banner}{copy}", (key, number)
            assert book.bottoms[number - 1] == banner, (key, number)
            assert f"{number} / {total}" in text, (key, number)


def test_thai_book_uses_buddhist_era_and_english_common_era(books: dict[str, PdfPages]) -> None:
    thai, english = books["th"].text, books["en"].text
    assert "วันจันทร์ที่ 6 พฤศจิกายน 2566" in thai
    assert "6 พ.ย. 2566" in thai
    assert "November 2023" not in thai and "6 Nov 2023" not in thai
    assert "Monday 6 November 2023" in english
    assert "6 Nov 2023" in english
    assert "พฤศจิกายน" not in english and "2566" not in english
    both = books["both"].text
    assert "วันจันทร์ที่ 6 พฤศจิกายน 2566" in both and "Monday 6 November 2023" in both


def test_both_times_of_every_event(books: dict[str, PdfPages], module_demo: Database) -> None:
    events = _programme(module_demo)
    assert len(events) == 12
    for key in ("th", "en", "card"):
        text = books[key].text
        for event in events:
            expected = _expected_start(event, thai=key == "th")
            if key == "card":  # one column: home's time in brackets under the destination's
                there, home = expected.split(" ")
                expected = f"{there}\n({home})"
            assert expected in text, (key, event.title_en, expected)
    # the columns are named as Thai documents name the zones, not CST / ICT
    assert "เวลาจีน เวลาไทย" in books["th"].text
    assert "China time Thailand time" in books["en"].text
    for key in ("th", "en", "both", "card"):
        assert not re.search(r"\b(CST|ICT)\b", books[key].text), key


def test_late_flight_is_marked_as_crossing_midnight(books: dict[str, PdfPages]) -> None:
    text = books["en"].text
    # 22:50 in Chongqing is 21:50 at home; it lands at 00:55 at home the next day
    assert "22:50 21:50" in text
    assert "– 00:55 (+1)" in text
    assert "crosses midnight" in text
    thai = books["th"].text
    assert "22.50 น. 21.50 น." in thai and "– 00.55 น. (+1)" in thai
    assert "ข้ามเที่ยงคืน" in thai


def test_chinese_names_in_chinese_characters(books: dict[str, PdfPages]) -> None:
    for key in ("th", "en", "both", "a5"):
        text = books[key].text
        for name in ("阴和俊", "张广军", "中华人民共和国科学技术部"):
            assert name in text, (key, name)
    bio = books["en"].page_of("Yīn Héjùn")
    assert "阴和俊" in books["en"].texts[bio - 1]
    assert "หยิน เหอจวิ้น" in books["th"].text


def test_metadata(books: dict[str, PdfPages]) -> None:
    meta = books["en"].metadata
    assert meta["/Title"] == "Briefing book: the MHESI Minister in Chongqing"
    assert meta["/Subject"].startswith("The first Belt and Road Conference")
    assert meta["/Author"] == "กองการต่างประเทศ สำนักงานปลัดกระทรวง อว."
    assert meta["/Lang"] == "en"
    assert books["th"].metadata["/Lang"] == "th"


def test_papers(books: dict[str, PdfPages]) -> None:
    assert books["th"].sizes[0] == pytest.approx(A4, abs=0.5)
    assert books["a5"].sizes[0] == pytest.approx(A5, abs=0.5)
    # smaller pages, same content: never fewer pages (not always more: the A4 gives each day
    # of the programme its own page, the A5 sets its contents tighter on one)
    assert len(books["a5"].texts) >= len(books["th"].texts)
    assert len(books["a5"].text) >= len(books["th"].text) * 0.95
    card = books["card"]
    assert len(card.texts) <= 2  # one card, printed front and back if it needs both
    assert card.sizes[0] == pytest.approx((99 * mm, 210 * mm), abs=0.5)
    assert "CONFIDENTIAL" in card.text and f"1 / {len(card.texts)}" in card.text
    assert "Thailand – China bilateral meeting" in card.text


def test_english_book_has_no_thai_labels(books: dict[str, PdfPages]) -> None:
    text = books["en"].text
    for thai in ("สารบัญ", "กำหนดการ", "ลับ", "ฉบับที่"):
        assert thai not in text
    assert "Edition 1" in text or "Edition " in text


def test_markup_characters_print_literally(demo_db: Database, out_dir: Path) -> None:
    with demo_db.session() as s:
        trip = s.get(m.Trip, demo_id("trip"))
        assert trip is not None
        trip.purpose_en = "Budget < 5 & > 2 <b>not bold</b> &amp;"
    result = export_book(demo_db, demo_id("book"), out_dir / "b.pdf", language="en", paper="a4")
    assert "Budget < 5 & > 2 <b>not bold</b> &amp;" in read_pdf(result.path.read_bytes()).text


def test_thai_numerals_option(demo_db: Database, out_dir: Path) -> None:
    with demo_db.session() as s:
        book = s.get(m.BriefingBook, demo_id("book"))
        assert book is not None
        book.thai_numerals = True
    result = export_book(demo_db, demo_id("book"), out_dir / "n.pdf")
    pages = read_pdf(result.path.read_bytes())
    assert "วันจันทร์ที่ ๖ พฤศจิกายน ๒๕๖๖" in pages.text
    assert "๐๙.๐๐ น. ๐๘.๐๐ น." in pages.text
    total = len(pages.texts)
    digits = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    assert f"1 / {total}".translate(digits) in pages.texts[0]


def test_edition_numbers_and_hash(demo_db: Database, out_dir: Path) -> None:
    first = export_book(demo_db, demo_id("book"), out_dir / "e.pdf")
    second = export_book(demo_db, demo_id("book"), out_dir / "e.pdf")
    assert (first.edition, second.edition) == (1, 2)
    assert first.content_hash == second.content_hash  # nothing changed between them
    assert "ฉบับที่ 2" in read_pdf(second.path.read_bytes()).texts[0]
    with demo_db.session() as s:
        editions = s.scalars(select(m.Edition).order_by(m.Edition.number)).all()
        assert [e.number for e in editions] == [1, 2]
        assert editions[1].content_hash == second.content_hash
        assert editions[1].snapshot is not None
        assert str(demo_id("event:bilateral")) in editions[1].snapshot["events"]
    with demo_db.session() as s:
        event = s.get(m.Event, demo_id("event:bilateral"))
        assert event is not None
        event.title_en = "Renamed"
    third = export_book(demo_db, demo_id("book"), out_dir / "e.pdf")
    assert third.content_hash != second.content_hash


def test_render_book_records_nothing(demo_db: Database) -> None:
    from brst_desktop.export import render_book

    calls: list[tuple[int, int, str]] = []
    pdf = render_book(demo_db, demo_id("book"), paper="a5", progress=lambda *a: calls.append(a))
    assert pdf.startswith(b"%PDF")
    assert calls[0][0] == 0 and all(total == 100 for _, total, _ in calls)
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls)
    with demo_db.session() as s:
        assert s.scalars(select(m.Edition)).all() == []


def test_sections_chosen_and_empty_ones_left_out(demo_db: Database, out_dir: Path) -> None:
    with demo_db.session() as s:
        book = s.get(m.BriefingBook, demo_id("book"))
        assert book is not None
        book.sections = ["cover", "programme", "agreements", "annexes"]
        for agreement in s.scalars(select(m.Agreement)):
            s.delete(agreement)
    result = export_book(demo_db, demo_id("book"), out_dir / "s.pdf", language="en")
    pages = read_pdf(result.path.read_bytes())
    top = [title for level, title, _ in pages.outline if level == 0]
    assert top == ["Cover", "Programme", "Annexes"]
    assert "Agreements to sign" not in pages.text

"""Editions and the change sheet: a printed book brought up to date with one page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.export import export_book
from tests.helpers.pdf import read_pdf


def test_change_sheet_lists_moved_cancelled_added_events_and_edited_points(
    demo_db: Database, out_dir: Path
) -> None:
    first = export_book(demo_db, demo_id("book"), out_dir / "book.pdf", language="en")
    assert first.edition == 1
    with demo_db.session() as s:
        bilateral = s.get(m.Event, demo_id("event:bilateral"))
        exhibition = s.get(m.Event, demo_id("event:exhibition"))
        point = s.get(m.TalkingPoint, demo_id("talking_point:space:0"))
        assert bilateral is not None and exhibition is not None and point is not None
        bilateral.starts_at += timedelta(minutes=30)
        assert bilateral.ends_at is not None
        bilateral.ends_at += timedelta(minutes=30)
        exhibition.status = m.EventStatus.CANCELLED
        point.text_en = "Thank China warmly for flying the Space Weather Sensor."
        trip = s.get(m.Trip, demo_id("trip"))
        assert trip is not None
        s.add(
            m.Event(
                trip=trip,
                title_en="Courtesy call at the Consulate-General",
                starts_at=bilateral.starts_at + timedelta(hours=5),
                timezone="Asia/Shanghai",
            )
        )
        book = s.get(m.BriefingBook, demo_id("book"))
        assert book is not None
        book.changes_since_edition = 1

    second = export_book(demo_db, demo_id("book"), out_dir / "book.pdf", language="en")
    pages = read_pdf(second.path.read_bytes())
    top = [title for level, title, _ in pages.outline if level == 0]
    assert top[:3] == ["Cover", "Contents", "Changes since edition 1"]
    sheet = pages.texts[pages.page_of("Changes since edition 1\n") - 1]
    moved = sheet.index("Events moved")
    added = sheet.index("Events added")
    cancelled = sheet.index("Events cancelled")
    edited = sheet.index("Talking points edited")
    assert moved < added < cancelled < edited
    moved_part = " ".join(sheet[moved:added].split())  # cells wrap in their columns
    assert "Thailand – China bilateral meeting" in moved_part
    assert "10:00–11:00 China time (09:00–10:00 Thailand time)" in moved_part  # was
    assert "10:30–11:30 China time (09:30–10:30 Thailand time)" in moved_part  # now
    assert "Courtesy call at the Consulate-General" in sheet[added:cancelled]
    cancelled_part = " ".join(sheet[cancelled:edited].split())
    assert "Visit to the exhibition of Belt and Road" in cancelled_part
    assert "16:30–17:30 China time (15:30–16:30 Thailand time)" in cancelled_part  # as it was
    assert "Thank China warmly" in sheet[edited:]
    # the cancelled event is gone from the programme itself
    programme = " ".join(pages.texts[pages.page_of("Programme at a glance") - 1].split())
    assert "Visit to the exhibition of Belt and Road" not in programme
    assert "16:30 15:30" not in programme


def test_change_sheet_with_nothing_changed(demo_db: Database, out_dir: Path) -> None:
    export_book(demo_db, demo_id("book"), out_dir / "a.pdf", language="en")
    second = export_book(
        demo_db, demo_id("book"), out_dir / "b.pdf", language="en", changes_since=1
    )
    text = read_pdf(second.path.read_bytes()).text
    assert "Changes since edition 1" in text and "Nothing has changed" in text


def test_unknown_edition_warns_and_prints_no_sheet(demo_db: Database, out_dir: Path) -> None:
    result = export_book(
        demo_db, demo_id("book"), out_dir / "c.pdf", language="en", changes_since=7
    )
    assert any("Edition 7" in str(w) for w in result.warnings)
    assert "Changes since" not in read_pdf(result.path.read_bytes()).text


def test_trip_without_a_book_gets_its_default_book_with_the_edition(
    demo_db: Database, out_dir: Path
) -> None:
    with demo_db.session() as s:
        book = s.get(m.BriefingBook, demo_id("book"))
        s.delete(book)
    result = export_book(
        demo_db, None, out_dir / "d.pdf", trip_id=str(demo_id("trip"))[:8], language="en"
    )
    assert result.edition == 1 and result.book_id is not None
    with demo_db.session() as s:
        books = s.scalars(select(m.BriefingBook)).all()
        assert [b.id for b in books] == [result.book_id]
        assert books[0].trip_id == demo_id("trip")
        assert [e.number for e in books[0].editions] == [1]
    pages = read_pdf(result.path.read_bytes())
    # counterparts default to the host delegation
    sub = [t for level, t, _ in pages.outline if level == 1]
    assert "Yin Hejun (阴和俊)" in sub and "Carsten Fink" not in sub

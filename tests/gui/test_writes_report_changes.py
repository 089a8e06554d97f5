"""Importing a trip and recording a book's edition are writes like any other: a service that
returns what it changed, run on the window's write queue, and views refresh only that."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import demo_id, open_demo_database
from brst_desktop.core.exchange import apply_import, pack_trip, read_and_plan
from brst_desktop.export import export_book, save_edition
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.main_window import MainWindow
from brst_desktop.gui.safety.import_preview import ImportDialog

YIN = demo_id("person:yin")
POINT = demo_id("talking_point:space:0")


@pytest.fixture
def laptop_a(tmp_path: Path) -> Database:
    (tmp_path / "a").mkdir()
    database = open_demo_database(tmp_path / "a")
    yield database
    database.close()


def _from_laptop_b(laptop_a: Database, folder: Path) -> Path:
    """Laptop B takes A's trip, changes Yin's position and a talking point, and sends it back."""
    pack_trip(laptop_a, folder / "to_b.brst")
    other = open_database(folder / "b.sqlite")
    try:
        apply_import(other, folder / "to_b.brst")
        with other.session() as session:
            session.get(m.Person, YIN).position_en = "Minister (B)"
            session.get(m.TalkingPoint, POINT).text_en = "Updated on laptop B"
        pack_trip(other, folder / "from_b.brst")
    finally:
        other.close()
    return folder / "from_b.brst"


def test_an_import_returns_the_rows_it_wrote(laptop_a, tmp_path: Path) -> None:
    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        pack_trip(laptop_a, tmp_path / "trip.brst")
        _package, plan = read_and_plan(fresh, tmp_path / "trip.brst")
        result = apply_import(fresh, tmp_path / "trip.brst")
        added = {(c.table, c.id) for c in plan.of_kind("added")}
        assert result.changes == ChangeSet.of(added=added) and len(added) == result.added > 100
        with fresh.session() as session:
            assert session.get(m.Person, YIN) is not None
    finally:
        fresh.close()
    incoming = _from_laptop_b(laptop_a, tmp_path)
    result = apply_import(laptop_a, incoming)
    # The two records, and the topic the talking point belongs to (core.registry).
    topic = demo_id("topic:space")
    assert result.changes == ChangeSet.of(
        updated=[("person", YIN), ("talking_point", POINT), ("topic", topic)]
    )
    assert (result.added, result.updated) == (0, 2)
    with laptop_a.session() as session:
        assert session.get(m.Person, YIN).position_en == "Minister (B)"
    assert not apply_import(laptop_a, incoming).changes  # nothing new the second time


def test_an_edition_is_recorded_by_a_service_that_says_what_it_added(
    laptop_a, tmp_path: Path
) -> None:
    book = demo_id("book")
    printed = export_book(laptop_a, book, tmp_path / "a.pdf", record_edition=False)
    assert printed.to_record is not None and not printed.changes
    with laptop_a.session() as session:
        assert session.scalars(select(m.Edition)).all() == []
    recorded = save_edition(laptop_a, printed)
    with laptop_a.session() as session:
        edition = session.scalars(select(m.Edition)).one()
    assert (edition.number, edition.content_hash) == (1, printed.content_hash)
    assert recorded.changes == ChangeSet.of(
        added=[("edition", edition.id)], updated=[("briefing_book", book)]
    )
    assert recorded.to_record is None and save_edition(laptop_a, recorded) is recorded
    # The command line's one call records it too; a trip without a book gets one, saved with it.
    with laptop_a.session() as session:
        session.add(m.Trip(id=(trip := uuid.uuid4()), title_en="Vientiane"))
    result = export_book(laptop_a, None, tmp_path / "b.pdf", trip_id=trip)
    assert result.book_id is not None and result.edition == 1
    with laptop_a.session() as session:
        (new_edition,) = session.scalars(
            select(m.Edition.id).where(m.Edition.book_id == result.book_id)
        )
    assert result.changes == ChangeSet.of(
        added=[("briefing_book", result.book_id), ("edition", new_edition)],
        updated=[("trip", trip)],
    )


def _window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(AppContext.create(database, synchronous=True))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    return window


def test_the_window_imports_on_its_write_queue_and_refreshes_only_what_changed(
    qtbot, laptop_a, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english
) -> None:
    incoming = _from_laptop_b(laptop_a, tmp_path)
    window = _window(qtbot, laptop_a)
    people = window.pages.show("people")
    people.people.select(YIN)
    organisations = window.pages.show("organisations").organisations
    reloads: list[str] = []
    monkeypatch.setattr(organisations, "reload", lambda: reloads.append("organisations"))
    emitted: list[ChangeSet] = []
    window.context.bus.changed.connect(emitted.append)
    writes: list[object] = []
    queue = window.context.tasks.write
    monkeypatch.setattr(
        window.context.tasks, "write", lambda fn, *a, **k: (writes.append(fn), queue(fn, *a, **k))
    )
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: 1)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(incoming), ""))
    window.safety.import_action.trigger()
    window.context.tasks.wait()

    assert len(writes) == 1  # the import itself, on the write queue
    assert emitted == [
        ChangeSet.of(
            updated=[("person", YIN), ("talking_point", POINT), ("topic", demo_id("topic:space"))]
        )
    ]
    assert reloads == []  # no organisation changed: that list was left alone
    form = people.people.form
    qtbot.waitUntil(lambda: form.widgets["position_en"].text() == "Minister (B)")
    assert "Imported" in window.statusBar().currentMessage()


def test_the_window_records_an_edition_on_its_write_queue_and_says_so(
    qtbot, laptop_a, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english
) -> None:
    window = _window(qtbot, laptop_a)
    page = window.pages.show("books")
    emitted: list[ChangeSet] = []
    window.context.bus.changed.connect(emitted.append)
    writes: list[object] = []
    queue = window.context.tasks.write
    monkeypatch.setattr(
        window.context.tasks, "write", lambda fn, *a, **k: (writes.append(fn), queue(fn, *a, **k))
    )
    page.exporter.ask_to_open = False
    finished = []
    page.exporter.finished.connect(finished.append)
    page.exporter.export(demo_id("book"), tmp_path / "book.pdf")
    window.context.tasks.wait()

    (result,) = finished
    with laptop_a.session() as session:
        edition = session.scalars(select(m.Edition)).one()
    assert len(writes) == 1
    assert (
        emitted
        == [result.changes]
        == [
            ChangeSet.of(
                added=[("edition", edition.id)], updated=[("briefing_book", demo_id("book"))]
            )
        ]
    )
    qtbot.waitUntil(lambda: page.editions.rowCount() == 1)

"""Two people editing the same event: the second save, based on the version both loaded, is
refused with a sentence naming who changed it and when; the database keeps the first value, the
field shows it, and the refused value stays on screen under it with a button to save it after all.

Driven as people do: clicks and keys in two windows (each with its own connection to the same
file, as two processes have), and a window against a second process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from brst_desktop.core.connection import Database, create_sqlite_engine
from brst_desktop.core.db import open_server_database
from brst_desktop.core.services import records
from brst_desktop.gui import forms
from tests.helpers import REPO_ROOT, hands
from tests.helpers.gui import BILATERAL, event_form, open_window
from tests.helpers.office import NOTICE_WAIT_MS, demo_office
from tests.helpers.postgres import TestServer


def _stored_title(db: Database) -> str:
    stored = records.read(db, "event", BILATERAL)
    assert stored is not None
    return str(stored["title_en"])


def _sentence_time(db: Database) -> str:
    stored = records.read(db, "event", BILATERAL)
    assert stored is not None
    return stored["updated_at"].astimezone().strftime("%H:%M")


def test_the_second_of_two_windows_is_refused_and_loses_nothing(
    qtbot, demo_db: Database, english
) -> None:
    demo_db.author = "Somchai"
    assert demo_db.path is not None
    other = Database(create_sqlite_engine(demo_db.path))  # a second window's own connection
    other.author = "Ling"
    try:
        mine = event_form(open_window(qtbot, demo_db))
        theirs = event_form(open_window(qtbot, other))
        original = _stored_title(demo_db)
        assert mine.widgets["title_en"].text() == theirs.widgets["title_en"].text() == original

        hands.retype(mine.widgets["title_en"], "Talks with MOST", finish="enter")
        assert _stored_title(demo_db) == "Talks with MOST"

        hands.retype(theirs.widgets["title_en"], "Bilateral with the minister", finish="enter")

        # The database holds the first save; the second window's field shows it...
        assert _stored_title(other) == "Talks with MOST"
        assert theirs.widgets["title_en"].text() == "Talks with MOST"
        # ...and under it who changed it and when, and the value that was not saved.
        conflict = theirs.conflicts["title_en"]
        assert conflict.isVisibleTo(theirs)
        assert conflict.text.text() == (
            f"Somchai changed this event at {_sentence_time(demo_db)}; your change was not"
            " saved.\nYour value: Bilateral with the minister"
        )
        assert not mine.conflicts["title_en"].isVisibleTo(mine)

        # "Use my value" saves it after all, over the value now stored.
        hands.click(conflict.button)
        assert _stored_title(demo_db) == "Bilateral with the minister"
        assert theirs.widgets["title_en"].text() == "Bilateral with the minister"
        assert not conflict.isVisibleTo(theirs)
        stored = records.read(demo_db, "event", BILATERAL)
        assert stored is not None and stored["changed_by"] == "Ling"
    finally:
        other.close()


def test_a_window_is_refused_after_a_second_process_saved_first(
    qtbot, demo_db: Database, english
) -> None:
    form = event_form(open_window(qtbot, demo_db))
    hands.click(form.widgets["title_en"])
    hands.select_all(form.widgets["title_en"])
    hands.type_keys(form.widgets["title_en"], "Window's title")
    # Meanwhile another BRST Desktop process (another user's) saves the same field.
    script = textwrap.dedent(
        f"""
        import uuid
        from pathlib import Path
        from brst_desktop.core.connection import Database, create_sqlite_engine
        from brst_desktop.core.services import records
        db = Database(create_sqlite_engine(Path({str(demo_db.path)!r})))
        db.author = "Somchai"
        loaded = records.read(db, "event", uuid.UUID({str(BILATERAL)!r}))
        records.update(db, "event", uuid.UUID({str(BILATERAL)!r}),
                       {{"title_en": "Process title"}}, version=loaded["row_version"])
        db.close()
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=REPO_ROOT, timeout=120)
    hands.enter(form.widgets["title_en"])

    assert _stored_title(demo_db) == "Process title"
    assert form.widgets["title_en"].text() == "Process title"
    assert form.conflicts["title_en"].text.text() == (
        f"Somchai changed this event at {_sentence_time(demo_db)}; your change was not saved."
        "\nYour value: Window's title"
    )
    assert form.refused_values == {"title_en": "Window's title"}


def test_the_refusal_reads_in_thai_in_the_thai_window(qtbot, demo_db: Database, thai) -> None:
    form = event_form(open_window(qtbot, demo_db))
    loaded = records.read(demo_db, "event", BILATERAL)
    assert loaded is not None
    other = Database(create_sqlite_engine(Path(str(demo_db.path))))
    other.author = "สมชาย"
    try:
        records.update(
            other, "event", BILATERAL, {"title_en": "Theirs"}, version=loaded["row_version"]
        )
    finally:
        other.close()
    hands.retype(form.widgets["title_en"], "Mine", finish="enter")
    text = form.conflicts["title_en"].text.text()
    assert text.startswith(f"สมชาย แก้ไขกิจกรรมนี้เมื่อเวลา {_sentence_time(demo_db)} น.")
    assert text.endswith("Mine")
    assert form.widgets["title_en"].text() == "Theirs"


@pytest.fixture
def office(postgres_server: TestServer) -> Iterator[dict[str, str]]:
    """The demo trip on the test cluster, for two staff (dropped after the windows closed:
    ask for it before ``qtbot``)."""
    name, urls = demo_office(postgres_server, "somchai", "ling")
    yield urls
    postgres_server.drop_database(name)


def test_a_change_on_the_office_server_shows_in_another_open_window(
    office: dict[str, str], qtbot, english, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two staff on the office server: what one saves appears in the other's open window, and
    the other's save based on what it showed before is refused with who and when."""
    # Ling saves with Enter below, not after a pause in typing: on a loaded machine the pause
    # (1.2 s) could fire before Somchai's notice arrives and the test would race it.
    monkeypatch.setattr(forms, "TYPING_PAUSE_MS", 600_000)
    theirs = open_server_database(office["somchai"])
    mine = open_server_database(office["ling"])
    window = open_window(qtbot, mine)
    try:
        listener = window.context.server_changes
        assert listener is not None and listener.ready.wait(10)
        form = event_form(window)
        title = form.widgets["title_en"]
        # Ling starts typing the English title; meanwhile Somchai saves the Thai one.
        hands.click(title)
        hands.select_all(title)
        hands.type_keys(title, "Ling's title")
        loaded = records.read(theirs, "event", BILATERAL)
        assert loaded is not None
        records.update(theirs, "event", BILATERAL, {"title_th": "หารือกับกระทรวง"},
                       version=loaded["row_version"])  # fmt: skip
        thai = form.widgets["title_th"]
        qtbot.waitUntil(lambda: thai.text() == "หารือกับกระทรวง", timeout=NOTICE_WAIT_MS)
        assert title.text() == "Ling's title"  # what is being typed is not thrown away
        hands.enter(title)
        # Typing began on the version before Somchai's change: refused, nothing lost.
        assert _stored_title(theirs) != "Ling's title"
        assert form.conflicts["title_en"].text.text().startswith("somchai changed this event at")
        assert form.refused_values == {"title_en": "Ling's title"}
        hands.click(form.conflicts["title_en"].button)
        assert _stored_title(theirs) == "Ling's title"
        stored = records.read(theirs, "event", BILATERAL)
        assert stored is not None and stored["title_th"] == "หารือกับกระทรวง"
    finally:
        if window.context.server_changes is not None:
            window.context.server_changes.stop()
        window.close()
        mine.close()
        theirs.close()


def test_the_refusal_shows_the_same_way_when_writes_run_on_the_worker_thread(
    qtbot, demo_db: Database, english
) -> None:
    """As the program runs (writes and reads on worker threads, results back through queued
    signals), not only with the tests' synchronous jobs."""
    from brst_desktop.gui.context import AppContext
    from brst_desktop.gui.main_window import MainWindow

    window = MainWindow(AppContext.create(demo_db, synchronous=False))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    editor = window.pages.show("trips").itinerary_editor
    editor.select(BILATERAL)  # chosen when the itinerary has loaded
    qtbot.waitUntil(lambda: editor.form.record_id == BILATERAL and bool(editor.form.values),
                    timeout=10000)  # fmt: skip
    form = editor.form
    title = form.widgets["title_en"]
    qtbot.waitUntil(lambda: title.text() == _stored_title(demo_db), timeout=10000)
    loaded = records.read(demo_db, "event", BILATERAL)
    assert loaded is not None
    assert demo_db.path is not None
    other = Database(create_sqlite_engine(demo_db.path))
    other.author = "Somchai"
    try:
        records.update(
            other, "event", BILATERAL, {"title_en": "Theirs"}, version=loaded["row_version"]
        )
    finally:
        other.close()
    hands.retype(title, "Mine", finish="enter")
    conflict = form.conflicts["title_en"]
    qtbot.waitUntil(lambda: conflict.isVisibleTo(form) and title.text() == "Theirs", timeout=10000)
    assert conflict.text.text().endswith("your change was not saved.\nYour value: Mine")
    assert _stored_title(demo_db) == "Theirs"
    hands.click(conflict.button)
    qtbot.waitUntil(lambda: _stored_title(demo_db) == "Mine", timeout=10000)
    window.context.tasks.wait()


def test_a_change_made_while_the_window_opens_is_not_missed(
    office: dict[str, str], qtbot, english, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window reads the event; a colleague then changes it; only then does the listener
    take its first look at the server's change log (a slow connection, a loaded laptop). The
    change is in neither (the window read the old title, the log's reads start after it): the
    window must not open before the listener has taken that first look."""
    from brst_desktop.core import change_notices

    committed = threading.Event()
    first_look = change_notices.ChangeLog.__init__

    def slow_first_look(log: change_notices.ChangeLog, connection: object) -> None:
        # until the colleague has committed, or 3 s: long enough for the window to open and
        # read when nothing holds it back, short enough not to hang when something does
        committed.wait(3)
        first_look(log, connection)

    monkeypatch.setattr(change_notices.ChangeLog, "__init__", slow_first_look)
    theirs = open_server_database(office["somchai"])
    mine = open_server_database(office["ling"])
    window = open_window(qtbot, mine)
    try:
        form = event_form(window)
        thai = form.widgets["title_th"]
        loaded = records.read(theirs, "event", BILATERAL)
        assert loaded is not None and thai.text() == loaded["title_th"]
        records.update(theirs, "event", BILATERAL, {"title_th": "หารือกับกระทรวง (แก้)"},
                       version=loaded["row_version"])  # fmt: skip
        committed.set()
        qtbot.waitUntil(lambda: thai.text() == "หารือกับกระทรวง (แก้)", timeout=NOTICE_WAIT_MS)
        assert records.read(mine, "event", BILATERAL)["title_th"] == thai.text()  # type: ignore[index]
    finally:
        committed.set()
        if window.context.server_changes is not None:
            window.context.server_changes.stop()
        window.close()
        mine.close()
        theirs.close()

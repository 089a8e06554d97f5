"""Editing together on the office server: a change committed by one connection reaches every
other listening connection as a ChangeSet (how fast: benchmarks/office_server.py), and of two
processes saving the same event from the same version, the second is refused with who and when;
nothing is lost."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Iterator

import pytest

from brst_desktop.core import change_notices
from brst_desktop.core.authorship import RecordChangedError
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database, open_server_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records
from tests.helpers import REPO_ROOT
from tests.helpers.office import NOTICE_WAIT_MS, demo_office
from tests.helpers.postgres import TestServer

BILATERAL = demo_id("event:bilateral")
TRIP = demo_id("trip")


@pytest.fixture
def office(postgres_server: TestServer) -> Iterator[dict[str, str]]:
    """The demo trip in a new server database; the address for each of two staff."""
    name, urls = demo_office(postgres_server, "somchai", "ling")
    yield urls
    postgres_server.drop_database(name)


def test_the_server_names_the_author_of_each_change(office: dict[str, str]) -> None:
    db = open_server_database(office["ling"])
    try:
        assert db.author == "ling"
        loaded = records.read(db, "event", BILATERAL)
        assert loaded is not None
        records.update(db, "event", BILATERAL, {"title_en": "x"}, version=loaded["row_version"])
        stored = records.read(db, "event", BILATERAL)
        assert stored is not None
        assert (stored["changed_by"], stored["row_version"]) == ("ling", loaded["row_version"] + 1)
    finally:
        db.close()


def test_a_change_by_one_connection_reaches_another(
    office: dict[str, str],
) -> None:
    reader = open_server_database(office["ling"])
    writer = open_server_database(office["somchai"])
    heard: list[ChangeSet] = []
    stop, ready = threading.Event(), threading.Event()
    thread = threading.Thread(
        target=change_notices.listen,
        args=(reader.engine, heard.append, stop),
        kwargs={"ready": ready},
    )
    thread.start()
    try:
        assert ready.wait(10)
        written = time.monotonic()
        records.update(writer, "event", BILATERAL, {"title_en": "Talks with MOST"})
        while not heard and time.monotonic() - written < NOTICE_WAIT_MS / 1000:
            time.sleep(0.01)
        assert heard, "no notice arrived"
        changes = heard[0]
        assert ("event", BILATERAL) in changes.updated
        assert ("trip", TRIP) in changes.updated  # the view of the trip hears of it too
        # The notice says that it changed; the reader reads what, through its own connection.
        stored = records.read(reader, "event", BILATERAL)
        assert stored is not None and stored["title_en"] == "Talks with MOST"
    finally:
        stop.set()
        thread.join(5)
        reader.close()
        writer.close()
    assert not thread.is_alive()


def test_two_processes_saving_the_same_event_one_is_refused_nothing_lost(
    office: dict[str, str],
) -> None:
    mine = open_server_database(office["ling"])
    try:
        loaded = records.read(mine, "event", BILATERAL)
        assert loaded is not None
        script = textwrap.dedent(
            f"""
            import uuid
            from brst_desktop.core.db import open_server_database
            from brst_desktop.core.services import records
            db = open_server_database({office["somchai"]!r})
            event = uuid.UUID({str(BILATERAL)!r})
            loaded = records.read(db, "event", event)
            records.update(db, "event", event, {{"title_en": "Somchai's title"}},
                           version=loaded["row_version"])
            db.close()
            """
        )
        subprocess.run([sys.executable, "-c", script], check=True, cwd=REPO_ROOT, timeout=120)
        with pytest.raises(RecordChangedError) as refused:
            records.update(
                mine,
                "event",
                BILATERAL,
                {"title_en": "Ling's title"},
                version=loaded["row_version"],
            )
        stored = records.read(mine, "event", BILATERAL)
        assert stored is not None
        at = stored["updated_at"].astimezone().strftime("%H:%M")
        assert (
            str(refused.value) == f"somchai changed this event at {at}; your change was not saved."
        )
        assert stored["title_en"] == "Somchai's title"
        assert refused.value.stored["title_en"] == "Somchai's title"
    finally:
        mine.close()


def test_of_two_simultaneous_saves_exactly_one_is_written(office: dict[str, str]) -> None:
    """Both read version N, both write at once: the UPDATE's own WHERE refuses the later."""
    dbs = [open_server_database(office[who]) for who in ("somchai", "ling")]
    try:
        loaded = records.read(dbs[0], "event", BILATERAL)
        assert loaded is not None
        outcomes: dict[str, object] = {}
        start = threading.Barrier(2)

        def save(db: Database, title: str) -> None:
            start.wait()
            try:
                records.update(db, "event", BILATERAL, {"title_en": title},
                               version=loaded["row_version"])  # fmt: skip
                outcomes[title] = "saved"
            except RecordChangedError as error:
                outcomes[title] = error

        threads = [threading.Thread(target=save, args=(db, f"by {db.author}")) for db in dbs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        saved = [title for title, outcome in outcomes.items() if outcome == "saved"]
        assert len(saved) == 1, outcomes
        stored = records.read(dbs[0], "event", BILATERAL)
        assert stored is not None
        assert stored["title_en"] == saved[0]
        assert stored["row_version"] == loaded["row_version"] + 1
    finally:
        for db in dbs:
            db.close()


def test_a_log_entry_that_is_not_ours_is_skipped() -> None:
    broken = [
        {},
        {"table_name": "event"},
        {"table_name": "event", "record_id": "x", "op": "update"},
    ]
    assert not change_notices.changes_of(broken)
    one = change_notices.changes_of(
        [{"table_name": "event", "record_id": str(uuid.UUID(int=1)), "op": "delete"}]
    )
    assert one.deleted == {("event", uuid.UUID(int=1))}

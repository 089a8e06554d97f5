"""A return and another person's save on the office's PostgreSQL server at the same moment: the
save is never overwritten unseen."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text, update

from brst_desktop.core import models as m
from brst_desktop.core.db import open_database, open_server_database
from brst_desktop.core.demo import demo_id, load_demo
from brst_desktop.core.travel import bring_back, take_trip
from tests.helpers.travel import unclassified

TRIP = demo_id("trip")
YIN = demo_id("person:yin")


def test_a_save_arriving_during_a_return_is_not_overwritten(server_database, tmp_path) -> None:
    office = open_server_database(server_database(), initialise=True)
    load_demo(office)
    unclassified(office)
    take_trip(office, tmp_path / "copy.sqlite", str(TRIP))
    laptop = open_database(Path(tmp_path / "copy.sqlite"), create=False)
    try:
        with laptop.session() as session:
            session.get(m.Person, YIN).position_en = "from the laptop"
        # A colleague's save on the server, its transaction still open.
        colleague = office.engine.connect()
        saving = colleague.begin()
        person = m.Person.__table__
        colleague.execute(
            update(person)
            .where(person.c.id == YIN)
            .values(position_en="from a colleague", row_version=person.c.row_version + 1)
        )
        outcome: dict[str, Any] = {}

        def return_trip() -> None:
            try:
                outcome["result"] = bring_back(office, laptop)
            except BaseException as error:  # reported below
                outcome["error"] = error

        worker = threading.Thread(target=return_trip)
        worker.start()
        with office.engine.connect() as watcher:  # the return waits for the colleague's row
            waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            for _ in range(200):
                found = watcher.execute(text(waiting)).scalar()
                watcher.rollback()  # the statistics are a snapshot per transaction
                if found:
                    break
                time.sleep(0.05)
            else:
                raise AssertionError(f"the return never waited for the colleague's save: {outcome}")
        saving.commit()
        colleague.close()
        worker.join(60)
        assert "error" not in outcome, outcome.get("error")
        result = outcome["result"]
        # Compared with the colleague's saved version: both changed it, the server's stays.
        assert [c.id for c in result.plan.conflicts] == [YIN]
        with office.session() as session:
            assert session.get(m.Person, YIN).position_en == "from a colleague"
        with laptop.session() as session:
            assert session.get(m.Person, YIN).position_en == "from a colleague"
    finally:
        laptop.close()
        office.close()

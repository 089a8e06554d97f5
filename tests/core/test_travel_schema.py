"""Schema 0006 brought the travel bookkeeping (travel_origin, travel_base) into the migrations.
Laptop copies made before it already hold the two tables, made by the travel code itself, the
earliest of them without travel_base.content: they upgrade keeping every row, and gain the
column."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, select

from brst_desktop.core import models as m
from brst_desktop.core.db import open_database
from brst_desktop.core.travel import origin

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-0005.sqlite"

#: The tables as core/travel/origin.py made them on a copy's first take before revision 0006
#: (its own MetaData: no constraint names), in the first copies' form without ``content``.
BEFORE_0006 = """
CREATE TABLE travel_origin (
    trip_id CHAR(32) NOT NULL, source TEXT NOT NULL, taken_at DATETIME NOT NULL,
    returned_at DATETIME, PRIMARY KEY (trip_id));
CREATE TABLE travel_base (
    trip_id CHAR(32) NOT NULL, record_id CHAR(32) NOT NULL, table_name VARCHAR(64) NOT NULL,
    content_hash VARCHAR(64) NOT NULL, PRIMARY KEY (trip_id, record_id));
"""


def test_a_copy_made_before_0006_keeps_its_travel_rows_and_gains_contents(tmp_path) -> None:
    copy = tmp_path / "laptop.sqlite"
    shutil.copy(FIXTURE, copy)
    connection = sqlite3.connect(copy)
    trip = connection.execute("SELECT id FROM trip").fetchone()[0]
    events = [row[0] for row in connection.execute("SELECT id FROM event LIMIT 3")]
    connection.executescript(BEFORE_0006)
    connection.execute(
        "INSERT INTO travel_origin VALUES (?, 'postgresql://ling@office/brst',"
        " '2026-12-01 02:00:00.000000', NULL)",
        (trip,),
    )
    connection.executemany(
        "INSERT INTO travel_base VALUES (?, ?, 'event', ?)",
        [(trip, event, f"{n:064d}") for n, event in enumerate(events)],
    )
    connection.commit()
    connection.close()

    database = open_database(copy)
    try:
        with database.session() as session:
            columns = {c["name"] for c in inspect(session.connection()).get_columns("travel_base")}
            assert "content" in columns
            [taken] = origin.origins(session)
            assert taken.source == "postgresql://ling@office/brst" and taken.returned_at is None
            bases = origin.bases(session, taken.trip_id)
            assert {str(k.hex) for k in bases} == set(events)
            assert {digest for _, digest in bases.values()} == {f"{n:064d}" for n in range(3)}
            assert origin.contents(session, taken.trip_id) == {}  # none known: whole conflicts
            assert session.scalar(select(m.TravelOrigin.trip_id)) == taken.trip_id
    finally:
        database.close()

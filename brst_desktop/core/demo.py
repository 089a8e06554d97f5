"""The demo trip: the November 2023 Chongqing conference, shipped as a trip file.

``resources/demo/chongqing-2023.brst`` is loaded by the importer a user's trip file goes
through, with all its checks (its readable source and the script that builds it sit beside it).
Record ids were derived from keys (UUID 5), so every fresh copy of the demo has the same ids: a
trip packed from one demo database is recognised by another, and tests can name records.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core import scratch
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.exchange.unpack import apply_import
from brst_desktop.resources import resource_path

DEMO_TRIP_FILE = ("demo", "chongqing-2023.brst")
_NAMESPACE = uuid.UUID("6f1d8c52-3b0e-4f0a-9a57-0b5e1c2d7a10")


def demo_id(key: str) -> uuid.UUID:
    """The fixed id of the demo record with this key (for example ``demo_id("person:yin")``)."""
    return uuid.uuid5(_NAMESPACE, key)


def demo_trip_file() -> Path:
    return resource_path(*DEMO_TRIP_FILE)


def load_demo(db: Database) -> uuid.UUID:
    """Import the demo trip (and its people, topics, book) into ``db``; returns the trip's id."""
    return apply_import(db, demo_trip_file(), seed=True).plan.trip_id


def has_demo(session: Session) -> bool:
    return session.scalar(select(m.Trip.id).where(m.Trip.id == demo_id("trip"))) is not None


def open_demo_database(folder: Path | None = None) -> Database:
    """A fresh database holding only the demo trip, in a new temporary folder by default.

    A temporary folder made here is removed when the program exits (or, if it is killed, when
    BRST Desktop next starts): every ``--demo`` start makes a new copy, and officials' laptops
    should not collect them.
    """
    if folder is None:
        # In this process's scratch folder: removed at exit, or at the next start if killed.
        folder = Path(tempfile.mkdtemp(prefix="demo-", dir=scratch.folder()))
    database = open_database(folder / "demo.sqlite")
    with database.session() as session:
        present = has_demo(session)
    if not present:
        load_demo(database)
    return database

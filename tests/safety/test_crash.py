"""Killing the program mid-edit loses nothing that was committed, and the file stays sound."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

from brst_desktop.core.db import open_database

# The child: a burst of edits as the window makes them. Each step is one transaction, and its id
# is printed only after the call returned (like a GUI confirming a save): a person and their
# delegation seat through the core services, then a three-row edit (person + seat + trip note)
# in a single transaction, which must appear whole or not at all.
CHILD = r"""
import sys, uuid
from brst_desktop.core import models as m
from brst_desktop.core.db import open_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import records

db = open_database(sys.argv[1], backups=False)
round_no = sys.argv[2]
i = 0
def report(kind, record_id):
    sys.stdout.write(f"{kind} {record_id}\n")
    sys.stdout.flush()
while True:
    pid = uuid.uuid4()
    records.create(db, "person", {"id": pid, "name_en": f"service {round_no} {i}"})
    report("person", pid)
    seat = uuid.uuid4()
    records.create(db, "delegation_member", {"id": seat, "trip_id": demo_id("trip"),
                                             "person_id": pid, "precedence": 5000 + i})
    report("seat", seat)
    pid = uuid.uuid4()
    with db.session() as s:
        s.add(m.Person(id=pid, name_en=f"crash {round_no} {i}", name_th="ทดสอบ " * 50))
        s.flush()
        s.add(m.DelegationMember(trip_id=demo_id("trip"), person_id=pid, precedence=1000 + i))
        s.get(m.Trip, demo_id("trip")).notes = f"edit {round_no} {i}"
    report("whole", pid)
    i += 1
"""


def _committed(output: bytes) -> list[tuple[str, uuid.UUID]]:
    lines = output.decode().split("\n")[:-1]  # the last may be cut off mid-write
    return [(line.split()[0], uuid.UUID(line.split()[1])) for line in lines if line]


def _ids(connection: sqlite3.Connection, query: str) -> set[uuid.UUID]:
    return {uuid.UUID(hex=row[0]) for row in connection.execute(query)}


def test_sigkill_during_a_burst_of_edits_loses_no_committed_edit(demo_copy: Path) -> None:
    rng = random.Random(7)
    reported: dict[str, set[uuid.UUID]] = {"person": set(), "seat": set(), "whole": set()}
    for round_no in range(4):
        errors = demo_copy.parent / f"child-{round_no}.err"
        with errors.open("wb") as error_file:
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(demo_copy), str(round_no)],
                stdout=subprocess.PIPE,
                stderr=error_file,
            )
        assert child.stdout is not None
        first = child.stdout.readline()  # wait until edits are really flowing
        assert first, errors.read_text()
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()  # the same buffered reader: keeps what readline read ahead
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
        for kind, record_id in _committed(first + rest):
            reported[kind].add(record_id)

        connection = sqlite3.connect(demo_copy)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            service_people = _ids(
                connection, "SELECT id FROM person WHERE name_en LIKE 'service %'"
            )
            all_seats = _ids(connection, "SELECT id FROM delegation_member")
            whole_people = _ids(connection, "SELECT id FROM person WHERE name_en LIKE 'crash %'")
            whole_seats = _ids(
                connection, "SELECT person_id FROM delegation_member WHERE precedence BETWEEN"
                " 1000 AND 4999"
            )  # fmt: skip
        finally:
            connection.close()
        assert reported["person"] <= service_people, "a saved person was lost"
        assert reported["seat"] <= all_seats, "a saved delegation seat was lost"
        assert reported["whole"] <= whole_people, "a saved three-row edit was lost"
        assert whole_people == whole_seats, "a transaction was half applied"
        # at most one per kill was committed just as the kill arrived, before it was reported
        assert len(whole_people - reported["whole"]) <= round_no + 1
        assert len(service_people - reported["person"]) <= round_no + 1

    assert sum(len(ids) for ids in reported.values()) > 10
    database = open_database(demo_copy)  # opens cleanly: quick_check, lock free again
    database.close()

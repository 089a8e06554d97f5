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

# The child: a burst of edits, one transaction each (a new person + their delegation seat + the
# trip's title), printing each id only after its commit returned, like a GUI confirming a save.
CHILD = r"""
import sys, uuid
from brst_desktop.core import models as m
from brst_desktop.core.db import open_database
from brst_desktop.core.demo import demo_id

db = open_database(sys.argv[1], backups=False)
round_no = sys.argv[2]
i = 0
while True:
    pid = uuid.uuid4()
    with db.session() as s:
        s.add(m.Person(id=pid, name_en=f"crash {round_no} {i}", name_th="ทดสอบ " * 50))
        s.flush()
        s.add(m.DelegationMember(trip_id=demo_id("trip"), person_id=pid, precedence=1000 + i))
        s.get(m.Trip, demo_id("trip")).notes = f"edit {round_no} {i}"
    sys.stdout.write(f"{pid}\n")
    sys.stdout.flush()
    i += 1
"""


def _committed_ids(output: bytes) -> list[uuid.UUID]:
    lines = output.decode().split("\n")
    return [uuid.UUID(line) for line in lines[:-1] if line]  # the last may be cut off mid-write


def test_sigkill_during_a_burst_of_edits_loses_no_committed_edit(demo_copy: Path) -> None:
    rng = random.Random(7)
    reported: set[uuid.UUID] = set()
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
        ids = _committed_ids(first + rest)
        assert len(ids) >= 1
        reported.update(ids)

        connection = sqlite3.connect(demo_copy)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            people = {
                uuid.UUID(hex=row[0])
                for row in connection.execute("SELECT id FROM person WHERE name_en LIKE 'crash %'")
            }
            seats = {
                uuid.UUID(hex=row[0])
                for row in connection.execute(
                    "SELECT person_id FROM delegation_member WHERE precedence >= 1000"
                )
            }
        finally:
            connection.close()
        assert reported <= people, "a committed edit was lost"
        assert people == seats, "a transaction was half applied"
        # at most one per kill: committed just as the kill arrived, before it was reported
        assert len(people - reported) <= round_no + 1

    assert len(reported) > 10
    database = open_database(demo_copy)  # opens cleanly: quick_check, lock free again
    database.close()

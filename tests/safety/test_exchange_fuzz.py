"""Fuzzing the import: damaged zips and random records never escape as anything but a
UserError, and a refused file never changes the database."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brst_desktop.core.db import Database
from brst_desktop.core.demo import open_demo_database
from brst_desktop.core.exchange import apply_import, pack_trip
from brst_desktop.errors import UserError
from tests.helpers.database import dump
from tests.helpers.trip_files import build_package, package_entries

OUTCOMES: list[str] = []  # what the fuzzing reached (inspected when tuning the strategies)

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(["", str(uuid.uuid4()), "2023-11-06", "2023-11-06T09:00:00+08:00"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Laptop A's demo, packed; laptop B: the same demo (the file applies on top of it)."""
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "a").mkdir()
    (folder / "b").mkdir()
    source = open_demo_database(folder / "a")
    pack_trip(source, folder / "valid.brst")
    source.close()
    target = open_demo_database(folder / "b")
    data = (folder / "valid.brst").read_bytes()
    yield {
        "folder": folder,
        "db": target,
        "bytes": data,
        "entries": package_entries(data),
        "dump": dump(target.path),
    }
    target.close()


def _try(world: dict[str, Any], data: bytes) -> None:
    database: Database = world["db"]
    path = world["folder"] / "fuzzed.brst"
    path.write_bytes(data)
    try:
        apply_import(database, path, prefer="mine")
    except UserError as error:
        message = str(error)
        OUTCOMES.append(message.split(" ", 5)[-1][:40])
        assert message and "\n" not in message
        assert dump(database.path) == world["dump"]  # refused: nothing changed
        return
    # Accepted (the damage hit nothing that matters, or the change was valid): undo by
    # re-importing nothing; only a benign file can get here, and the dump tells what it did.
    OUTCOMES.append("accepted")
    world["dump"] = dump(database.path)


@FUZZ
@given(st.data())
def test_flipped_bytes_and_truncation(world: dict[str, Any], data: st.DataObject) -> None:
    blob = bytearray(world["bytes"])
    if data.draw(st.booleans(), label="truncate"):
        blob = blob[: data.draw(st.integers(0, len(blob) - 1), label="length")]
    places = st.tuples(st.integers(0, max(len(blob) - 1, 0)), st.integers(0, 255))
    flips = data.draw(st.lists(places, max_size=6), label="flips")
    for position, value in flips:
        if blob:
            blob[position] = value
    _try(world, bytes(blob))


@FUZZ
@given(st.data())
def test_random_values_in_valid_containers(world: dict[str, Any], data: st.DataObject) -> None:
    """The container checks pass (checksums recomputed), so the record checks are exercised."""
    records = json.loads(world["entries"]["records.json"])
    tables = records["tables"]
    target = data.draw(st.sampled_from(["value", "record", "table", "whole"]), label="target")
    if target == "whole":
        records = data.draw(json_values, label="records")
    elif target == "table":
        name = data.draw(st.sampled_from([*sorted(tables), "nonsense"]), label="table")
        tables[name] = data.draw(json_values, label="rows")
    else:
        name = data.draw(st.sampled_from([n for n in sorted(tables) if tables[n]]), label="table")
        index = data.draw(st.integers(0, len(tables[name]) - 1), label="index")
        if target == "record":
            tables[name][index] = data.draw(json_values, label="record")
        else:
            field = data.draw(st.sampled_from([*sorted(tables[name][index]), "extra"]), label="f")
            tables[name][index][field] = data.draw(json_values, label="value")
    entries = {**world["entries"], "records.json": json.dumps(records).encode()}
    _try(world, build_package(entries))

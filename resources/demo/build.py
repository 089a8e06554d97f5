"""Build the demo trip file, chongqing-2023.brst, from its source, chongqing-2023.json.

    .venv/bin/python resources/demo/build.py

The JSON *is* the trip file's payload (its ``records.json``: every record of every table, with
every column), kept pretty-printed so that a change to the demo reads as a diff. Edit it, run
this script, commit both files; a test checks that the committed trip file is what this script
makes of the JSON. The program loads the trip file with the importer a user's trip file goes
through, so the demo passes the same checks.

Ids are made by ``brst_desktop.core.demo.demo_id`` from a key (``demo_id("person:yin")``), so
tests can name records; a new record may take any UUID. Event times carry the offset of the
event's own zone (a flight's end that of its end zone), so they read as the printed programme.

The trip is the first Belt and Road Conference on Science and Technology Exchange (BRST),
Chongqing, 6-8 November 2023, from the MHESI report of it. Facts from the report are kept as
written; details it does not give (times, flights, venues of side meetings, gifts, clearances)
are invented plausibly and the trip is marked as sample data (``is_sample``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE = HERE / "chongqing-2023.json"
TRIP_FILE = HERE / "chongqing-2023.brst"

if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))


def manifest_for(payload: dict[str, Any]) -> dict[str, Any]:
    """The manifest ``pack`` would write for these records, dated by their latest change."""
    from brst_desktop.core.schema_version import SCHEMA_HEAD

    tables: dict[str, list[dict[str, Any]]] = payload["tables"]
    (trip,) = tables["trip"]
    stamps = [row["updated_at"] for rows in tables.values() for row in rows]
    # the trip's own level (trip file format 3): the demo trip is as secret as its books
    order = ["unclassified", "confidential", "secret", "top_secret"]
    books = [book["classification"] for book in tables.get("briefing_book", [])]
    level = max(books, key=order.index, default="unclassified")
    return {
        "created_at": max(stamps),
        "generator": "BRST Desktop demo (resources/demo/build.py)",
        "schema": SCHEMA_HEAD,
        "trip": {
            "id": trip["id"],
            "title_th": trip["title_th"],
            "title_en": trip["title_en"],
            "classification": level,
        },
        "counts": {name: len(rows) for name, rows in tables.items() if rows},
    }


def build(source: Path = SOURCE, out: Path = TRIP_FILE) -> Path:
    """Write the trip file for ``source`` to ``out`` after the importer's own record checks."""
    from brst_desktop.core import files
    from brst_desktop.core.exchange.container import Package, write_package
    from brst_desktop.core.exchange.unpack import load_records

    payload = json.loads(source.read_text(encoding="utf-8"))
    manifest = manifest_for(payload)
    load_records(Package(manifest, payload), seed=True)  # refuses what the import would
    files.atomic_write(
        out, lambda handle: write_package(handle, manifest, payload, {}), files.TRIP_FILE
    )
    return out


if __name__ == "__main__":
    print(build())

"""``brst-desktop [--db PATH | --demo] pack [--trip ID] -o FILE``: write a trip file."""

from __future__ import annotations

import argparse
from pathlib import Path

from brst_desktop.commands import DEFAULT_TRIP
from brst_desktop.errors import shown


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trip", metavar="ID", help=f"trip id or its start (default: {DEFAULT_TRIP})"
    )
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_for_reading
    from brst_desktop.core.exchange import pack_trip

    database = open_for_reading(args)  # only reads: a window may hold it open
    try:
        result = pack_trip(database, Path(args.output), args.trip)
    finally:
        database.close()
    print(
        f"Packed '{shown(result.trip_title)}' ({result.record_count} records,"
        f" {result.photo_count} photos, {result.size:,} bytes) to {shown(result.path)}"
    )
    return 0

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
    from brst_desktop.app import (
        db_path_from_args,
        open_from_args,
        open_with_passphrase,
        passphrase_from_args,
        terminal_prompt,
    )
    from brst_desktop.core.exchange import pack_trip
    from brst_desktop.core.integrity import DatabaseInUseError

    try:
        database = open_from_args(args)
    except DatabaseInUseError:
        # Packing only reads: it may run while the window has the database open.
        database = open_with_passphrase(
            db_path_from_args(args), passphrase_from_args(args), terminal_prompt, read_only=True
        )
    try:
        result = pack_trip(database, Path(args.output), args.trip)
    finally:
        database.close()
    print(
        f"Packed '{shown(result.trip_title)}' ({result.record_count} records,"
        f" {result.photo_count} photos, {result.size:,} bytes) to {shown(result.path)}"
    )
    return 0

"""``brst-desktop --db SERVER take [--trip ID] -o FILE``: take a trip onto this laptop.

The trip and what it needs are copied from the database ``--db`` names (the office server) into
a local SQLite file, which remembers where they came from; ``bring-back`` later returns the
changes. The server is only read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from brst_desktop.commands import DEFAULT_TRIP
from brst_desktop.errors import shown

DEMO = False  # the copy would remember a demo database deleted when the command ends


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trip", metavar="ID", help=f"trip id or its start (default: {DEFAULT_TRIP})"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="the laptop copy to write: a new file, or a database that does not hold the trip",
    )
    parser.add_argument(
        "--protect-with",
        metavar="FILE",
        help="protect the laptop copy with the passphrase in FILE (first line); needed for a"
        " trip with a classified briefing book",
    )
    parser.epilog = (
        "Work on the copy with 'brst-desktop --db FILE', offline; then bring the changes back to"
        " the office server with 'brst-desktop --db FILE bring-back'."
    )


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_for_reading, passphrase_from_args
    from brst_desktop.core.travel import take_trip

    source = open_for_reading(args)  # only reads: a window may hold it open
    protection = None
    if args.protect_with:
        protection = passphrase_from_args(argparse.Namespace(passphrase_file=args.protect_with))
    try:
        result = take_trip(source, Path(args.output), args.trip, passphrase=protection)
    finally:
        source.close()
    print(
        f"Took '{shown(result.trip_title)}' ({result.record_count} records) from"
        f" {shown(result.source)} onto this laptop as {shown(result.path)}"
    )
    if result.replaced:
        print(
            f"{result.replaced} records already in {shown(result.path.name)} now show the office"
            " server's version (a backup was made first)."
        )
    print(f"Bring the changes back with: brst-desktop --db {shown(result.path)} bring-back")
    return 0

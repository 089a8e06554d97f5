"""``brst-desktop --db FILE bring-back [--prefer office|laptop] [--dry-run]``: bring a laptop
copy's changes back to the office server it was taken from.

What would change on the server is printed first, as for a trip file: records brought back,
records newer on the server (kept), and conflicts (changed on both sides since the take), each
by name with the fields that differ. A conflict keeps the server's version unless ``--prefer
laptop`` is given. Afterwards the copy is refreshed to match the server.
"""

from __future__ import annotations

import argparse
from typing import Any

from brst_desktop.errors import shown

DEMO = False  # the demo copy was never taken from a server


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trip", metavar="ID", help="the trip to bring back, if the copy holds several"
    )
    parser.add_argument("--dry-run", action="store_true", help="only show what would change")
    parser.add_argument(
        "--prefer",
        choices=["office", "laptop"],
        default="office",
        help="settle every conflict by keeping the office server's version (the default) or"
        " taking this laptop's",
    )
    parser.add_argument(
        "--server",
        metavar="ADDRESS",
        help="the office server's database, if it has moved since the trip was taken (default:"
        " where the trip was taken from)",
    )


HEADINGS = (
    ("changed", "Brought back"),
    ("kept", "Newer on the office server, kept"),
    ("conflict", "CONFLICT (changed on both sides)"),
    ("skipped", "Skipped (already on the office server)"),
)


def print_return(plan: Any, prefer: str) -> None:
    """The plan in the words of a return: counts of additions, then each record by name."""
    from brst_desktop.commands.unpack import print_plan
    from brst_desktop.core.travel.deletions import DELETED_ON_LAPTOP, STILL_NEEDED
    from brst_desktop.core.travel.returning import DELETED_ON_SERVER

    notes = {
        ("kept", DELETED_ON_SERVER): "Deleted on the office server, kept deleted",
        ("changed", DELETED_ON_LAPTOP): "Deleted here, deleted on the office server too",
        ("conflict", DELETED_ON_LAPTOP): "CONFLICT (deleted here, changed on the office server)",
        ("kept", STILL_NEEDED): "Deleted here, kept: the office server added records to it",
    }
    print_plan(plan, HEADINGS, notes=notes)
    for change in plan.conflicts:
        for name, (office, laptop) in change.values.items():
            print(f"    {name}: office {_value(office)} / laptop {_value(laptop)}")
    if plan.conflicts:
        side = "the office server's" if prefer == "office" else "this laptop's"
        print(f"Conflicts keep {side} version (--prefer {prefer}).")
        if prefer == "office":
            print("This copy is backed up before it takes the office's version.")


def _value(value: Any) -> str:
    """A field's value on one line, quoted and cut short (the full text is in the window)."""
    text = shown(" ".join(str("" if value is None else value).split()))
    return repr(text if len(text) <= 60 else text[:59] + "…")


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_from_args
    from brst_desktop.core.travel import bring_back, find_origin, plan_return

    copy_db = open_from_args(args)
    try:
        found = find_origin(copy_db, args.trip)
        address = args.server or found.source
        server_args = argparse.Namespace(
            **{**vars(args), "db": address, "demo": False, "passphrase_file": None}
        )
        server = open_from_args(server_args)
        try:
            print(f"Office server: {shown(address)}")
            preview = plan_return(server, copy_db, found.trip_id)
            print_return(preview.plan, args.prefer)
            if args.dry_run:
                print("Dry run: nothing was changed.")
                return 0
            result = bring_back(server, copy_db, found.trip_id, prefer=args.prefer)
        finally:
            server.close()
    finally:
        copy_db.close()
    deleted = f", {result.deleted} deleted" if result.deleted else ""
    print(
        f"Brought back: {result.added} added and {result.updated} updated{deleted} on the office"
        f" server; {result.refreshed} records of this copy refreshed to match it."
    )
    return 0

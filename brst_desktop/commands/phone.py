"""What the ``calendar`` and ``contacts`` sub-commands share: writing a file for the phone, or
importing one through the same plan (and ``--dry-run`` / ``--prefer``) as a trip file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brst_desktop.commands import DEFAULT_TRIP
from brst_desktop.errors import shown


def demo_applies(args: argparse.Namespace) -> bool:
    """--demo makes sense for writing a file from the demo trip, not for importing into a copy
    that is deleted when the command ends."""
    return args.import_file is None


def configure(parser: argparse.ArgumentParser, suffix: str, what: str) -> None:
    parser.add_argument(
        "--trip", metavar="ID", help=f"trip id or its start (default: {DEFAULT_TRIP})"
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument(
        "-o", "--output", metavar=f"FILE{suffix}", type=Path, help=f"write the {what} to FILE"
    )
    action.add_argument(
        "--import", dest="import_file", metavar=f"FILE{suffix}", type=Path,
        help=f"import FILE{suffix} (the plan is shown first)",
    )  # fmt: skip
    # dest differs from the global --lang (the windows' language)
    parser.add_argument(
        "--lang", dest="file_language", choices=["th", "en"], default="th",
        help="language of the file written (default: th)",
    )  # fmt: skip
    parser.add_argument("--dry-run", action="store_true", help="import: only show the plan")
    parser.add_argument(
        "--prefer", choices=["mine", "theirs"],
        help="import: settle every conflict by keeping this database's version or the file's",
    )  # fmt: skip


def progress(done: int, total: int, message: str) -> None:
    print(f"{100 * done // max(total, 1):3d}% {message}", file=sys.stderr, flush=True)


def print_plan(plan: Any, heading: str) -> None:
    """What the import would do: counts, then each record added, updated, kept or in conflict
    by name, and the entries of the file that are not imported, with the reason."""
    counts = plan.counts()
    left_out = [c for c in plan.of_kind("skipped") if c.note and c.note != "already here"]
    print(heading.replace("{title}", shown(plan.trip_title)))
    print(
        f"{counts['added']} to add, {counts['changed']} to update, {counts['unchanged']}"
        f" unchanged, {counts['kept']} newer here (kept), {counts['conflict']} conflicts,"
        f" {len(left_out)} not imported"
    )
    for kind, label in (
        ("added", "Added"),
        ("changed", "Updated"),
        ("kept", "Newer here, kept"),
        ("conflict", "CONFLICT (changed here and in the file)"),
    ):
        for change in plan.of_kind(kind):
            fields = f" [{', '.join(change.fields)}]" if change.fields else ""
            name = shown(change.label)  # from the file: escaped before it reaches a terminal
            print(f"  {label}: {change.table.replace('_', ' ')} '{name}'{fields}")
    for change in left_out:
        print(f"  Not imported: '{shown(change.label)}' ({shown(change.note)})")


def run_import(
    args: argparse.Namespace,
    plan: Callable[[Any, Path], Any],
    apply: Callable[..., Any],
    heading: str,
) -> int:
    from brst_desktop.app import open_from_args

    path = Path(args.import_file)
    database = open_from_args(args)
    try:
        print_plan(plan(database, path), heading)
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        result = apply(database, path, prefer=args.prefer)
    finally:
        database.close()
    print(f"Imported: {result.added} added, {result.updated} updated.")
    return 0

"""``brst-desktop [--db PATH] unpack FILE [--dry-run] [--prefer mine|theirs]``: import a trip.

The plan (what would be added, updated, kept, and what conflicts) is printed first; with
``--dry-run`` nothing else happens. Conflicts refuse the import unless ``--prefer`` settles them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

DEMO = False  # an import into a copy deleted at exit would be lost with it


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="trip file written by 'pack'")
    parser.add_argument("--dry-run", action="store_true", help="only show what would change")
    parser.add_argument(
        "--create",
        action="store_true",
        help="create the database if it does not exist yet (on a new laptop)",
    )
    parser.add_argument(
        "--prefer",
        choices=["mine", "theirs"],
        help="settle every conflict by keeping this database's version or taking the file's",
    )


HEADINGS = (
    ("changed", "Updated"),
    ("kept", "Newer here, kept"),
    ("conflict", "CONFLICT (changed on both sides)"),
    ("skipped", "Skipped (already here)"),
)


def print_plan(
    plan: Any,
    headings: tuple[tuple[str, str], ...] = HEADINGS,
    notes: dict[tuple[str, str], str] | None = None,
) -> None:
    """The plan: counts per kind of record for additions, then each update, kept record,
    conflict and skipped link by name (the ones a person should look at). ``notes`` gives a
    heading of its own to changes of that kind with that note (a record deleted on one side)."""
    from collections import Counter

    print(f"Trip: {plan.trip_title} ({plan.trip_id})")
    if plan.sent_by:
        print(f"Made by: {plan.sent_by}")
    print(plan.summary())
    added = Counter(change.table for change in plan.of_kind("added"))
    if added:
        listed = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in sorted(added.items()))
        print(f"  Added: {listed}")
    for kind, heading in headings:
        for change in plan.of_kind(kind):
            fields = f" [{', '.join(change.fields)}]" if change.fields else ""
            shown_as = (notes or {}).get((kind, change.note), heading)
            who = ""
            if change.changed_here_by and kind in ("kept", "conflict", "changed"):
                at = change.changed_here_at
                when = f" {at.astimezone():%Y-%m-%d %H:%M}" if at is not None else ""
                who = f" (here: {change.changed_here_by}{when})"
            print(f"  {shown_as}: {change.table.replace('_', ' ')} '{change.label}'{fields}{who}")


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_from_args
    from brst_desktop.core.exchange import apply_import, read_and_plan

    path = Path(args.file)
    database = open_from_args(args, create=args.create and not args.dry_run)
    try:
        if args.dry_run:
            _package, plan = read_and_plan(database, path)
            print_plan(plan)
            print("Dry run: nothing was changed.")
            return 0
        _package, plan = read_and_plan(database, path)
        print_plan(plan)
        result = apply_import(database, path, prefer=args.prefer)
    finally:
        database.close()
    print(f"Imported: {result.added} added, {result.updated} updated.")
    return 0

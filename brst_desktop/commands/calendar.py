"""``brst-desktop [--db PATH | --demo] calendar [--trip ID] -o FILE.ics [--lang th|en]``: the
programme as iCalendar for the phone; ``--import FILE.ics`` makes an organiser's programme draft
events of the trip (the plan is printed first; ``--dry-run`` stops there)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from brst_desktop.commands import phone
from brst_desktop.errors import shown

DEMO = phone.demo_applies


def configure(parser: argparse.ArgumentParser) -> None:
    phone.configure(parser, ".ics", "programme as iCalendar")


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_from_args
    from brst_desktop.core.phone.calendar import export_calendar
    from brst_desktop.core.phone.calendar_import import (
        apply_calendar_import,
        plan_calendar_import,
    )

    if args.import_file is not None:
        return phone.run_import(
            args,
            lambda db, path: plan_calendar_import(db, path, args.trip),
            lambda db, path, prefer: apply_calendar_import(db, path, args.trip, prefer=prefer),
            f"Calendar file {shown(Path(args.import_file).name)}, into the trip “{{title}}”:",
        )
    database = open_from_args(args)
    try:
        result = export_calendar(
            database, args.output, args.trip, args.file_language, progress=phone.progress
        )
    finally:
        database.close()
    cancelled = f" ({result.cancelled} cancelled)" if result.cancelled else ""
    print(f"{result.events} events{cancelled} of “{result.trip_title}”", file=sys.stderr)
    print(result.path)
    return 0

"""``brst-desktop [--db PATH | --demo] contacts [--trip ID] -o FILE.vcf [--lang th|en]``: the
trip's delegation and counterparts as vCards for the phone; ``--import FILE.vcf`` makes the
cards people (the plan is printed first; ``--dry-run`` stops there)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from brst_desktop.commands import phone
from brst_desktop.errors import shown

DEMO = phone.demo_applies


def configure(parser: argparse.ArgumentParser) -> None:
    phone.configure(parser, ".vcf", "people as vCards")


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_from_args
    from brst_desktop.core.phone.contacts import export_contacts
    from brst_desktop.core.phone.contacts_import import (
        apply_contacts_import,
        plan_contacts_import,
    )

    if args.import_file is not None:
        return phone.run_import(
            args,
            plan_contacts_import,
            lambda db, path, prefer: apply_contacts_import(db, path, prefer=prefer),
            f"Contacts file {shown(Path(args.import_file).name)}:",
        )
    database = open_from_args(args)
    try:
        result = export_contacts(
            database, args.output, args.trip, args.file_language, progress=phone.progress
        )
    finally:
        database.close()
    print(f"{result.people} people, {result.photos} with a photo", file=sys.stderr)
    print(result.path)
    return 0

"""``brst-desktop [--db PATH] backup``: make a backup now (and list the ones kept)."""

from __future__ import annotations

import argparse

DEMO = False  # a backup of a copy deleted at exit would be lost with it


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--list", action="store_true", help="list backups, make none")


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_from_args
    from brst_desktop.core import backup

    database = open_from_args(args)  # refuses a damaged database, takes the instance lock
    try:
        if database.path is None:
            from brst_desktop.core.server import backups_are_the_administrators

            raise backups_are_the_administrators(database.location)
        if not args.list:
            made = backup.create_backup(
                database.path, reason="manual", passphrase=database.passphrase
            )
            print(f"Backed up to {made.path}")
        for item in backup.list_backups(database.path):
            print(f"{item.taken_at.astimezone():%Y-%m-%d %H:%M:%S}  {item.reason:<18} {item.path}")
    finally:
        database.close()
    return 0

"""``brst-desktop [--db PATH] restore [BACKUP]``: replace the database with a backup.

With no backup named, the newest one that passes ``integrity_check`` is used. The database being
replaced is itself backed up first (or copied aside if it is damaged), so a restore can be undone.
"""

from __future__ import annotations

import argparse
from pathlib import Path

DEMO = False  # the demo copy is made fresh: there is nothing to restore into it


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="backup file (default: the newest good one)"
    )


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import (
        db_path_from_args,
        passphrase_from_args,
        server_from_args,
        terminal_prompt,
    )
    from brst_desktop.core import backup, crypto, server
    from brst_desktop.errors import shown

    url = server_from_args(args)
    if url is not None:  # nothing is opened: a restore of a server is the administrator's
        raise server.backups_are_the_administrators(server.parse_address(url).describe())
    db_path = db_path_from_args(args)
    passphrase = passphrase_from_args(args)
    chosen = Path(args.backup) if args.backup else None
    candidates = [chosen] if chosen else [item.path for item in backup.list_backups(db_path)[:1]]
    # The passphrase is asked for when what would be restored needs it; a damaged database
    # (whose first page may look like random bytes) is kept aside as it is, without one.
    needed = any(crypto.is_encrypted(path) for path in candidates) or (
        not candidates and crypto.is_encrypted(db_path)
    )
    if needed and passphrase is None:
        passphrase = terminal_prompt(db_path, False)
        if passphrase is None:
            raise crypto.PassphraseRequiredError(
                "The database or its backups are protected by a passphrase: give it with"
                " --passphrase-file or the BRST_PASSPHRASE environment variable."
            )
    result = backup.restore(db_path, chosen, passphrase=passphrase)
    print(f"Restored {shown(db_path)} from {shown(result.restored_from)}")
    if result.saved_current:
        print(f"The database it replaced was kept as {shown(result.saved_current)}")
    return 0

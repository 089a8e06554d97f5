"""``brst-desktop [--db PATH] restore [BACKUP]``: replace the database with a backup.

With no backup named, the newest one that passes ``integrity_check`` is used. The database being
replaced is itself backed up first (or copied aside if it is damaged), so a restore can be undone.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="backup file (default: the newest good one)"
    )


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import db_path_from_args, passphrase_from_args, terminal_prompt
    from brst_desktop.core import backup, crypto

    db_path = db_path_from_args(args)
    passphrase = passphrase_from_args(args)
    encrypted = crypto.is_encrypted(db_path) or any(
        crypto.is_encrypted(item.path) for item in backup.list_backups(db_path)[:1]
    )
    if encrypted and passphrase is None:
        passphrase = terminal_prompt(db_path, False)
        if passphrase is None:
            raise crypto.PassphraseRequiredError(
                "The database or its backups are protected by a passphrase: give it with"
                " --passphrase-file or the BRST_PASSPHRASE environment variable."
            )
    result = backup.restore(
        db_path, Path(args.backup) if args.backup else None, passphrase=passphrase
    )
    print(f"Restored {db_path} from {result.restored_from}")
    if result.saved_current:
        print(f"The database it replaced was kept as {result.saved_current}")
    return 0

"""Composition root shared by the GUI and every sub-command: which database to open, and how."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from brst_desktop.core import files, server
from brst_desktop.core.db import (
    Database,
    check_path,
    default_db_path,
    open_database,
    open_server_database,
)
from brst_desktop.core.location import is_server_address
from brst_desktop.errors import UserError

PASSPHRASE_ENV = "BRST_PASSPHRASE"
PASSPHRASE_TRIES = 3

#: Asked for a passphrase: ``ask(path, previous_was_wrong) -> passphrase`` (None: give up).
PassphrasePrompt = Callable[[Path, bool], "str | None"]


def server_from_args(args: argparse.Namespace) -> str | None:
    """The office server's URL when ``--db`` names one (``postgresql://...``), else None."""
    where = getattr(args, "db", None)
    return where if where and is_server_address(where) else None


def db_path_from_args(args: argparse.Namespace) -> Path:
    """The database file ``--db`` names (else the user's own), refused in a sentence if it
    cannot be one (a folder, a device, a path under a file, an office server)."""
    db_path = getattr(args, "db", None)
    address = server_from_args(args)
    if address is not None:
        raise UserError(
            "This needs a database file; {address} is a database on an office server.",
            address=server.parse_address(address).text,
        )
    path = Path(db_path) if db_path else default_db_path()
    check_path(path)
    return path


def passphrase_from_args(args: argparse.Namespace) -> str | None:
    """A passphrase given without a prompt: the first line of ``--passphrase-file``, else
    ``BRST_PASSPHRASE``."""
    file_name = getattr(args, "passphrase_file", None)
    if file_name:
        path = Path(file_name)
        try:
            passphrase = files.first_line(path)
        except files.ReadRefused:
            raise UserError(
                "The passphrase file {path} is not a small text file.", path=path
            ) from None
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(
                "The passphrase file {path} cannot be read: {reason}.",
                path=path,
                reason=getattr(error, "strerror", None) or error,
            ) from error
        if not passphrase:
            # An empty key would open nothing and read as a damaged database.
            raise UserError("The first line of the passphrase file {path} is empty.", path=path)
        return passphrase
    return os.environ.get(PASSPHRASE_ENV) or None


def terminal_prompt(path: Path, wrong: bool) -> str | None:
    """Ask on the terminal (without echo); None when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    import getpass

    if wrong:
        print("That passphrase is wrong.", file=sys.stderr)
    try:
        return getpass.getpass(f"Passphrase for {path}: ")
    except EOFError:
        return None


def open_from_args(
    args: argparse.Namespace,
    ask_passphrase: PassphrasePrompt | None = terminal_prompt,
    *,
    create: bool = False,
) -> Database:
    """The database named by ``--db``, a fresh demo copy for ``--demo``, else the user's own.

    An encrypted database is opened with the passphrase from ``--passphrase-file`` or
    ``BRST_PASSPHRASE``, else by asking (``ask_passphrase``: a terminal prompt for the CLI, a
    dialog in the GUI) up to three times. A missing database is made only with ``create`` (the
    window, or a command told to): a mistyped ``--db`` must not leave an empty database behind.
    """
    if getattr(args, "demo", False):
        from brst_desktop.core.demo import open_demo_database

        return open_demo_database()
    address = server_from_args(args)
    if address is not None:
        if getattr(args, "passphrase_file", None):
            raise UserError(
                "--passphrase-file unlocks an encrypted database file; the office server's"
                " password comes from ~/.pgpass, a password file (?passfile=FILE) or the"
                " system keyring."
            )
        return open_server_database(address)
    return open_with_passphrase(
        db_path_from_args(args), passphrase_from_args(args), ask_passphrase, create=create
    )


def open_for_reading(args: argparse.Namespace) -> Database:
    """:func:`open_from_args` for a command that only reads (pack, take): a database file a
    window holds open is then opened read-only instead of refused."""
    from brst_desktop.core.integrity import DatabaseInUseError

    try:
        return open_from_args(args)
    except DatabaseInUseError:
        return open_with_passphrase(
            db_path_from_args(args), passphrase_from_args(args), terminal_prompt, read_only=True
        )


def open_with_passphrase(
    path: Path,
    passphrase: str | None,
    ask_passphrase: PassphrasePrompt | None,
    *,
    create: bool = False,
    read_only: bool = False,
) -> Database:
    """:func:`~brst_desktop.core.db.open_database`, asking for the passphrase when needed."""
    from brst_desktop.core import crypto

    if passphrase is not None:
        return open_database(path, passphrase=passphrase, create=create, read_only=read_only)
    try:
        # First without one: a plain file needs none, and a damaged one is refused as damaged
        # before anybody is asked for a passphrase it could not take.
        return open_database(path, create=create, read_only=read_only)
    except crypto.PassphraseRequiredError:
        pass
    wrong = False
    for _ in range(PASSPHRASE_TRIES):
        asked = ask_passphrase(path, wrong) if ask_passphrase else None
        if asked is None:
            break
        try:
            return open_database(path, passphrase=asked, create=create, read_only=read_only)
        except crypto.PassphraseWrongError:
            wrong = True
    if wrong:
        raise crypto.PassphraseWrongError(
            "The passphrase is wrong for the database ({path}); nothing was changed.", path=path
        )
    raise crypto.PassphraseRequiredError(
        "The database ({path}) is protected by a passphrase: give it with --passphrase-file,"
        " the {variable} environment variable, or type it when asked.",
        path=path,
        variable=PASSPHRASE_ENV,
    )

"""``brst-desktop [--db PATH | --demo] export [--book ID | --trip ID] -o OUT.pdf
[--lang th|en|both] [--paper a4|a5|card] [--changes-since N] [--password-file FILE]
[--copies N [--one-file]] [--no-edition]``.

With no book or trip named, the book of the trip that starts last is printed (the rule of every
command, ``commands.DEFAULT_TRIP``); a default book is made for a trip that has none. Progress
goes to stderr; the path of the PDF is printed at the end.

The PDF's password comes from a file or the environment, never from an argument: the command
line of a running program is visible to every user of the machine (``ps``, Task Manager).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from brst_desktop.commands import DEFAULT_TRIP
from brst_desktop.core import files
from brst_desktop.errors import UserError

PASSWORD_ENV = "BRST_PDF_PASSWORD"


def configure(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--book", metavar="ID", help="briefing book id (or the start of it)")
    which.add_argument(
        "--trip", metavar="ID",
        help=f"trip id (or its start): the trip's book (default: the book of {DEFAULT_TRIP})",
    )  # fmt: skip
    parser.add_argument("-o", "--output", metavar="OUT.pdf", type=Path, required=True)
    # dest differs from the global --lang (the windows' language)
    parser.add_argument(
        "--lang", dest="book_language", choices=["th", "en", "both"],
        help="language of the book (default: the book's own)",
    )  # fmt: skip
    parser.add_argument(
        "--paper", choices=["a4", "a5", "card"],
        help="A4 book, A5 pocket edition or one-page programme card (default: the book's own)",
    )  # fmt: skip
    parser.add_argument(
        "--changes-since", metavar="N", type=int,
        help="print a change sheet against edition N (0: none; default: the book's choice)",
    )  # fmt: skip
    parser.add_argument(
        "--no-edition", action="store_true",
        help="a draft: DRAFT (ร่าง) on every page, and no edition recorded",
    )  # fmt: skip
    parser.add_argument(
        "--copies", metavar="N", type=int,
        help="numbered copies (Copy 3 of 20 on the cover and every page), each in its own file"
        " named after OUT (book-03-of-20.pdf); a classified book is always numbered",
    )  # fmt: skip
    parser.add_argument(
        "--one-file", action="store_true",
        help="with --copies: all the copies in OUT, one after the other",
    )  # fmt: skip
    parser.add_argument(
        "--password-file", metavar="FILE", type=Path,
        help="protect the PDF with the password on the first line of FILE (AES-256; the PDF"
        f" opens only with it). Or set the environment variable {PASSWORD_ENV}. There is no"
        " option taking the password itself: other users of the machine can read a command"
        " line",
    )  # fmt: skip


def password_from_args(args: argparse.Namespace) -> str | None:
    """The PDF password: the first line of ``--password-file``, else ``BRST_PDF_PASSWORD``."""
    path = getattr(args, "password_file", None)
    if path is None:
        return os.environ.get(PASSWORD_ENV) or None
    try:
        password = files.first_line(Path(path))
    except files.ReadRefused:
        raise UserError("The password file {path} is not a small text file.", path=path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(
            "The password file {path} cannot be read: {reason}.",
            path=path,
            reason=getattr(error, "strerror", None) or error,
        ) from error
    if not password:
        # Asked for protection and given none: a classified book must not go out open.
        raise UserError("The first line of the password file {path} is empty.", path=path)
    return password


class _StderrProgress:
    """One line per stage on stderr; a percentage only when it moved by 10 or more."""

    def __init__(self) -> None:
        self.message = ""
        self.shown = -100

    def __call__(self, done: int, total: int, message: str) -> None:
        percent = 100 * done // max(total, 1)
        if message != self.message or percent - self.shown >= 10:
            print(f"{percent:3d}% {message}", file=sys.stderr, flush=True)
            self.message, self.shown = message, percent


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_from_args
    from brst_desktop.export import export_book

    password = password_from_args(args)  # before the database: a bad file changes nothing
    db = open_from_args(args)
    try:
        result = export_book(
            db,
            args.book,
            args.output,
            trip_id=args.trip,
            language=args.book_language,
            paper=args.paper,
            changes_since=args.changes_since,
            record_edition=not args.no_edition,
            draft=args.no_edition,
            progress=_StderrProgress(),
            password=password,
            copies=args.copies,
            one_file=args.one_file,
        )
    finally:
        db.close()
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    edition = "" if args.no_edition else f", edition {result.edition}"
    protected = ", protected by a password" if password else ""
    copies = f", {len(result.paths)} numbered copies" if len(result.paths) > 1 else ""
    print(f"{result.pages} pages{edition}{protected}{copies}", file=sys.stderr)
    for path in result.paths or [result.path]:
        print(path)
    return 0

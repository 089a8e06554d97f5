"""The command line: the GUI by default, or one headless sub-command.

This package sits above everything else (core, typeset, export, the GUI); nothing below imports
it. Each sub-command is a module of this package named in :data:`COMMANDS`, providing
``configure(parser)`` to declare its arguments and ``run(args) -> int`` to do the work (parse,
call the core, print). Only the sub-command being run is imported, and its module keeps heavy
imports (ReportLab, the exchange code) inside ``run``, so that ``--help`` and the GUI's start-up
stay fast. A module also says whether it uses a database (``USES_DATABASE``) and whether a
throwaway demo copy makes sense for it (``DEMO``, or a function of the arguments); the
window's own options (``--lang``, ``--screenshot``) are refused with a sub-command rather than
silently ignored.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from brst_desktop import __version__
from brst_desktop.errors import UserError

#: The trip a command takes when none is named (export, pack, calendar, contacts): the rule of
#: ``core.ids.choose_trip``, said the same way in each one's --help (kept here, not imported
#: from core, so that --help loads no database code).
DEFAULT_TRIP = "the trip that starts last, the first one 'list' shows"

#: sub-command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "export": ("brst_desktop.commands.export", "print a trip's briefing book to PDF"),
    "typeset": (
        "brst_desktop.commands.typeset",
        "render a UTF-8 text file to PDF with the typesetter",
    ),
    "pack": ("brst_desktop.commands.pack", "write a trip to a file"),
    "unpack": ("brst_desktop.commands.unpack", "import a trip file"),
    "take": (
        "brst_desktop.commands.take",
        "copy a trip from the office server onto this laptop, to work on offline",
    ),
    "bring-back": (
        "brst_desktop.commands.bring_back",
        "bring a laptop copy's changes back to the office server it was taken from",
    ),
    "list": ("brst_desktop.commands.listing", "list the trips and their books, with their ids"),
    "backup": ("brst_desktop.commands.backup", "back up the database now"),
    "restore": ("brst_desktop.commands.restore", "replace the database with a backup"),
    "calendar": (
        "brst_desktop.commands.calendar",
        "write the programme as an iCalendar file for the phone, or import one",
    ),
    "contacts": (
        "brst_desktop.commands.contacts",
        "write the trip's people as vCards for the phone, or import some",
    ),
    "names": (
        "brst_desktop.commands.names",
        "pinyin, English and Thai forms of a name in Chinese characters",
    ),
    "office": (
        "brst_desktop.commands.office",
        "the office's name and emblem on every book's cover",
    ),
    "admin": (
        "brst_desktop.commands.admin",
        "set up the office server's database and clear its staff (administrator)",
    ),
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv``, only the sub-command named in it imports its module.

    Importing a sub-command's package can pull in ReportLab or the exchange code (seconds on a
    slow laptop); starting the GUI needs none of them, and ``--help`` lists them by name.
    """
    wanted = None if argv is None else next((a for a in argv if a in COMMANDS), "")
    parser = argparse.ArgumentParser(
        prog="brst-desktop",
        description="Prepare official delegation trips and print their briefing books.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file (default: in your data folder), or the office server as"
        " postgresql://user@host:port/dbname",
    )
    where.add_argument(
        "--demo", action="store_true", help="work on a fresh copy of the demo trip (Chongqing 2023)"
    )
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="passphrase of an encrypted database (one line)"
    )
    parser.add_argument("--lang", choices=["th", "en"], help="language of the windows for this run")
    parser.add_argument(
        "--screenshot", metavar="PATH", help="render the main window to a PNG offscreen and exit"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        if wanted is None or name == wanted:
            importlib.import_module(module_name).configure(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    from brst_desktop.core import scratch

    scratch.clean_up()  # what a killed BRST Desktop left: temporary copies, a demo, previews
    try:
        if args.command is None:
            from brst_desktop.gui.launch import run_gui

            return run_gui(args)
        module = importlib.import_module(COMMANDS[args.command][0])
        _refuse_options_that_do_not_apply(args, module)
        return int(module.run(args))
    except UserError as error:
        print(f"brst-desktop: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("brst-desktop: interrupted", file=sys.stderr)
        return 130


def _refuse_options_that_do_not_apply(args: argparse.Namespace, module: ModuleType) -> None:
    """An option given before a sub-command that it would ignore is refused in a sentence: a
    person who typed it meant something by it."""
    command = args.command
    if args.lang and command == "export":
        raise UserError(
            "--lang before 'export' chooses the language of the window, not of the book; write"
            " it after 'export' to choose the book's language (brst-desktop export --lang"
            " {lang} ...).",
            lang=args.lang,
        )
    for option, given in (("--lang", args.lang), ("--screenshot", args.screenshot)):
        if given:
            raise UserError(
                "The option {option} is for the window; the '{command}' command does not open one.",
                option=option,
                command=command,
            )
    if not getattr(module, "USES_DATABASE", True):
        for option, given in (
            ("--db", args.db),
            ("--demo", args.demo),
            ("--passphrase-file", args.passphrase_file),
        ):
            if given:
                raise UserError(
                    "The '{command}' command uses no database; leave out {option}.",
                    command=command,
                    option=option,
                )
    demo = getattr(module, "DEMO", True)  # or a function of the arguments
    if args.demo and not (demo(args) if callable(demo) else demo):
        raise UserError(
            "--demo works on a copy of the demo trip that is deleted when the command ends, so"
            " '{command}' would keep nothing; name a database with --db instead.",
            command=command,
        )

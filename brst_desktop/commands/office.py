"""``brst-desktop [--db PATH] office [--name-th TEXT] [--name-en TEXT] [--emblem IMAGE |
--no-emblem]``: the office's name and emblem, printed on every book's cover.

With no option it says what is set. No emblem is shipped: each office gives its own.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from brst_desktop.errors import UserError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name-th", metavar="TEXT", help="the office's name in Thai")
    parser.add_argument("--name-en", metavar="TEXT", help="the office's name in English")
    emblem = parser.add_mutually_exclusive_group()
    emblem.add_argument("--emblem", metavar="IMAGE", type=Path, help="a PNG or JPEG picture")
    emblem.add_argument("--no-emblem", action="store_true", help="print covers without one")


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_from_args
    from brst_desktop.core.services import office

    data = None
    if args.emblem is not None:  # read before the database is opened: a bad path changes nothing
        try:
            data = args.emblem.read_bytes()
        except OSError as error:
            raise UserError(
                "The picture {path} cannot be read: {reason}.", path=args.emblem, reason=error
            ) from error
    db = open_from_args(args)
    try:
        if args.name_th is not None or args.name_en is not None:
            now = office.office_info(db)
            office.set_office_name(
                db,
                now.name_th if args.name_th is None else args.name_th,
                now.name_en if args.name_en is None else args.name_en,
            )
        if data is not None:
            office.set_emblem(db, data, args.emblem.name)
        elif args.no_emblem:
            office.remove_emblem(db)
        info = office.office_info(db)
    finally:
        db.close()
    print(f"Thai name:    {info.name_th or '(none)'}")
    print(f"English name: {info.name_en or '(none)'}")
    emblem = f"{info.emblem_name or 'set'} ({len(info.emblem)} bytes)" if info.emblem else "(none)"
    print(f"Emblem:       {emblem}")
    return 0

"""``brst-desktop --db postgresql://... admin init | grant USER --clearance LEVEL | revoke USER``:
the office administrator's set-up of the shared PostgreSQL database.

``init`` makes the schema on an empty database (or upgrades an older one) and installs the
clearance roles and row-level security policies (:mod:`brst_desktop.core.clearance`); it can be
run again after every upgrade. ``grant`` clears a member of staff for a level (creating the
user, who then needs a password from the administrator), ``revoke`` takes every clearance away.
"""

from __future__ import annotations

import argparse

from brst_desktop.errors import UserError, shown

DEMO = False  # a throwaway demo file has no server to set up


def configure(parser: argparse.ArgumentParser) -> None:
    from brst_desktop.core.clearance import LEVELS

    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "init", help="set up an empty database: tables, clearance roles and policies"
    )
    grant = actions.add_parser("grant", help="clear a user for a level (and the levels below)")
    grant.add_argument("user", metavar="USER", help="the member of staff's PostgreSQL user name")
    grant.add_argument(
        "--clearance",
        required=True,
        choices=list(LEVELS),
        help="none (ไม่มีชั้นความลับ), confidential (ลับ), secret (ลับมาก), top-secret (ลับที่สุด)",
    )
    revoke = actions.add_parser("revoke", help="take every clearance from a user")
    revoke.add_argument("user", metavar="USER")


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from brst_desktop.app import server_from_args
    from brst_desktop.core import clearance, server
    from brst_desktop.core.db import open_server_database

    url = server_from_args(args)
    if url is None:
        raise UserError(
            "'admin' sets up the office server's database; name it with --db"
            " postgresql://user@host:port/dbname."
        )
    address = server.parse_address(url)
    database = open_server_database(address, initialise=args.action == "init")
    try:
        with database.engine.begin() as connection:
            if args.action == "init":
                tables = clearance.install(connection)
                print(
                    f"The database {shown(address.database)} is set up for BRST Desktop:"
                    f" clearance protects {len(tables)} tables of every trip. Clear each member"
                    " of staff with 'admin grant USER --clearance LEVEL'."
                )
            elif args.action == "grant":
                level = clearance.LEVELS[args.clearance]
                created = clearance.grant(connection, args.user, level)
                print(
                    f"{shown(args.user)} may now see and change trips up to"
                    f" {clearance.named(level)}."
                )
                if created:
                    print(
                        f"The user {shown(args.user)} was created; give it a password with"
                        f" psql's \\password {shown(args.user)}."
                    )
            else:
                clearance.revoke(connection, args.user)
                print(f"{shown(args.user)} may no longer see any trip.")
    except DBAPIError as error:
        refusal = server.classify_server_error(error, address)
        if refusal is None:
            raise
        raise refusal from error
    finally:
        database.close()
    return 0

"""Clearance: who may see and change a trip, enforced by the office server itself.

A trip has a classification (ไม่มีชั้นความลับ, ลับ, ลับมาก, ลับที่สุด), never below the most secret
of its books. On PostgreSQL each member of staff belongs to one clearance role; row-level
security lets a user see and write a trip only when cleared for its classification, and
everything that belongs to a trip (its events, delegation, gifts, notes, annexes, books,
editions, agreements, and their own children, following the registry's parent chain) only
when the trip is visible. The policies are the server's, so raw SQL on the same account sees no
more than the window does. People, organisations and topics are shared by everyone.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from typing import Any, cast

from sqlalchemy import Connection, Table, select, text, update
from sqlalchemy.orm import Session

from brst_desktop.core import authorship, change_notices, history
from brst_desktop.core.models import AUTHOR_LENGTH, BriefingBook, Classification, Trip
from brst_desktop.core.registry import trip_owned
from brst_desktop.core.services.validation import LESS_SECRET_THAN_A_BOOK, ValidationError
from brst_desktop.core.words import Words
from brst_desktop.errors import UserError

#: The command line's names for the levels (``admin grant USER --clearance NAME``).
LEVELS: dict[str, Classification] = {
    "none": Classification.UNCLASSIFIED,
    "confidential": Classification.CONFIDENTIAL,
    "secret": Classification.SECRET,
    "top-secret": Classification.TOP_SECRET,
}
#: The Thai names of the levels, as the regulation on official secrets names them.
THAI: dict[Classification, str] = {
    Classification.UNCLASSIFIED: "ไม่มีชั้นความลับ",
    Classification.CONFIDENTIAL: "ลับ",
    Classification.SECRET: "ลับมาก",
    Classification.TOP_SECRET: "ลับที่สุด",
}
RANK: dict[Classification, int] = {level: rank for rank, level in enumerate(Classification)}
#: One PostgreSQL role per level; a member of staff belongs to exactly one of them.
ROLES: dict[Classification, str] = {
    Classification.UNCLASSIFIED: "brst_none",
    Classification.CONFIDENTIAL: "brst_confidential",
    Classification.SECRET: "brst_secret",
    Classification.TOP_SECRET: "brst_top_secret",
}
#: Holds the table privileges every clearance role inherits.
STAFF = "brst_staff"
POLICY = "brst_clearance"
#: Tables only a laptop copy fills (travel.origin); no member of staff may touch them.
COPY_ONLY = ("travel_origin", "travel_base")
#: Longest PostgreSQL role name, in bytes.
MAX_ROLE_NAME = 63


class ClearanceError(UserError):
    pass


def named(level: Classification) -> str:
    """``ลับมาก (secret)``: the Thai name first, as an official reads it, then the option's."""
    option = next(name for name, value in LEVELS.items() if value is level)
    return f"{THAI[level]} ({option})"


def highest(levels: list[Classification]) -> Classification:
    return max(levels, key=RANK.__getitem__, default=Classification.UNCLASSIFIED)


def words(level: Classification) -> Words:
    """A level as a sentence names it: the Thai name, or the command line's name in English."""
    option = next(name for name, value in LEVELS.items() if value is level)
    return Words(THAI[level], option.replace("-", " "))


# --- the rule on any engine: a trip is at least as secret as its most secret book ------------


def follow_books(
    session: Session, entity: str, values: Mapping[str, Any], changed: Collection[str] = ()
) -> None:
    """Keep the rule as a record is saved: a book raises its trip to the book's level; a trip
    lowered below one of its books is refused under the classification field. A trip found
    below its books for another reason (a trip file older than format 3 gives no level) is
    raised as it is saved, since nobody asked for its level then."""
    if entity == "briefing_book" and values.get("trip_id") is not None:
        level = Classification(values.get("classification") or Classification.UNCLASSIFIED)
        trip = session.get(Trip, values["trip_id"])
        if trip is not None and RANK[trip.classification] < RANK[level]:
            trip.classification = level
            session.flush()
    elif entity == "trip" and values.get("id") is not None:
        level = Classification(values.get("classification") or Classification.UNCLASSIFIED)
        books = session.scalars(
            select(BriefingBook.classification).where(BriefingBook.trip_id == values["id"])
        ).all()
        needed = highest(list(books))
        if RANK[level] < RANK[needed]:
            if "classification" in changed:
                raise ValidationError({"classification": LESS_SECRET_THAN_A_BOOK})
            trip = session.get(Trip, values["id"])
            if trip is not None:
                trip.classification = needed
                session.flush()


def raise_trips_to_books(session: Session) -> None:
    """Raise every trip below its most secret book to that book's level (after an import,
    which writes rows past the services; a trip file older than format 3 gives no trip level)."""
    levels = list(RANK)
    trip = cast(Table, Trip.__table__)
    for rank, level in enumerate(levels[1:], start=1):
        books = select(BriefingBook.trip_id).where(BriefingBook.classification == level)
        session.execute(
            update(trip)
            .where(
                trip.c.classification.in_(levels[:rank]),
                trip.c.id.in_(books),
            )
            .values(
                classification=level,
                # as for the imported rows themselves: the version and the author are ours,
                # the time of the change stays the file's
                row_version=trip.c.row_version + 1,
                changed_by=session.info.get(authorship.AUTHOR_KEY) or None,
                updated_at=trip.c.updated_at,  # else the column's onupdate would set it
            )
        )


def raise_trip(session: Session, trip_id: uuid.UUID, level: Classification, author: str) -> None:
    """Raise a trip to ``level`` if it is below it (a trip file or a laptop copy gives its
    trip's own level); never lowers it. A change like any other: new version, its author."""
    lower = [other for other, rank in RANK.items() if rank < RANK[level]]
    if not lower:
        return
    table = cast(Table, Trip.__table__)
    session.execute(
        update(table)
        .where(table.c.id == trip_id, table.c.classification.in_(lower))
        .values(classification=level, **authorship.stamp(table, author))
    )


# --- PostgreSQL: roles, the clearance function, policies ------------------------------------


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _case(pairs: list[tuple[str, int]], subject: str) -> str:
    return " ".join(f"WHEN {subject.format(k)} THEN {v}" for k, v in pairs)


def install(connection: Connection) -> list[str]:
    """Create (or bring up to date) the roles, the clearance function, the grants and the
    policies; returns the tables it protects. Run by the administrator (``admin init``) after
    every upgrade: it can be run again safely."""
    roles = [STAFF, *ROLES.values()]
    for role in roles:
        # Roles belong to the whole cluster, so another database may have made them already.
        connection.execute(
            text(
                f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}')"
                f" THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
            )
        )
    for role in ROLES.values():
        connection.execute(text(f"GRANT {STAFF} TO {role}"))
    levels = [(level.value, rank) for level, rank in RANK.items() if rank]
    members = sorted(
        ((ROLES[level], rank) for level, rank in RANK.items() if rank), key=lambda p: -p[1]
    )
    connection.execute(
        text(
            "CREATE OR REPLACE FUNCTION brst_level(classification text) RETURNS integer"
            " LANGUAGE sql IMMUTABLE AS $$ SELECT CASE "
            + _case(levels, "classification = '{}'")
            + " ELSE 0 END $$"
        )
    )
    connection.execute(
        text(
            "CREATE OR REPLACE FUNCTION brst_clearance() RETURNS integer"
            " LANGUAGE sql STABLE AS $$ SELECT CASE "
            + _case(members, "pg_has_role(current_user, '{}', 'MEMBER')")
            + " ELSE 0 END $$"
        )
    )
    database = connection.scalar(text("SELECT current_database()"))
    connection.execute(
        text(f"GRANT CONNECT ON DATABASE {_quote(connection, str(database))} TO {STAFF}")
    )
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {STAFF}"))
    connection.execute(
        text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {STAFF}")
    )
    connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {STAFF}"))
    # A laptop copy's memory of where its trip came from (travel.origin): the tables exist on
    # the server because the schema is one, but only a copy ever fills them; staff have no
    # business there, and none is given (re-running admin init takes it from older servers).
    connection.execute(text(f"REVOKE ALL ON {', '.join(COPY_ONLY)} FROM {STAFF}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {STAFF}"))
    history.protect(connection)  # the history: read only, as far as cleared (its own policy)
    connection.execute(
        text(f"GRANT EXECUTE ON FUNCTION brst_level(text), brst_clearance() TO {STAFF}")
    )

    protected = {"trip": "brst_level(classification) <= (SELECT brst_clearance())"}
    for table, (column, parent, nullable) in trip_owned().items():
        seen = f"EXISTS (SELECT 1 FROM {parent} WHERE {parent}.id = {table}.{column})"
        protected[table] = f"({table}.{column} IS NULL OR {seen})" if nullable else seen
    for table, condition in protected.items():
        connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        connection.execute(text(f"DROP POLICY IF EXISTS {POLICY} ON {table}"))
        connection.execute(
            text(f"CREATE POLICY {POLICY} ON {table} USING ({condition}) WITH CHECK ({condition})")
        )
    # The change log (change_notices): staff read it, each only the entries of the levels they
    # are cleared for; only its trigger writes it (as the owner).
    log = change_notices.LOG
    connection.execute(text(f"GRANT USAGE ON SCHEMA {change_notices.SCHEMA} TO {STAFF}"))
    connection.execute(text(f"REVOKE ALL ON {log} FROM {STAFF}"))
    connection.execute(text(f"GRANT SELECT ON {log} TO {STAFF}"))
    connection.execute(text(f"ALTER TABLE {log} ENABLE ROW LEVEL SECURITY"))
    connection.execute(text(f"DROP POLICY IF EXISTS {POLICY} ON {log}"))
    connection.execute(
        text(
            f"CREATE POLICY {POLICY} ON {log} FOR SELECT"
            " USING (brst_level(level) <= (SELECT brst_clearance()))"
        )
    )
    # The author of every change is the login that made it, whatever the client wrote:
    # session_user, which no SET ROLE changes (only a superuser can), so raw SQL on a staff
    # account can neither hide nor borrow a name.
    connection.execute(
        text(
            "CREATE OR REPLACE FUNCTION brst_author() RETURNS trigger LANGUAGE plpgsql AS $$"
            f" BEGIN NEW.changed_by := left(session_user, {AUTHOR_LENGTH}); RETURN NEW; END $$"
        )
    )
    for table in change_notices.record_tables():
        connection.execute(text(f"DROP TRIGGER IF EXISTS brst_author ON {table}"))
        connection.execute(
            text(
                f"CREATE TRIGGER brst_author BEFORE INSERT OR UPDATE ON {table}"
                " FOR EACH ROW EXECUTE FUNCTION brst_author()"
            )
        )
    # The rule above, kept by the server too: whatever writes a book (an import, raw SQL)
    # raises its trip, as the user who writes it (refused if not cleared for the new level);
    # the raised trip counts a new version by that user, as any other change.
    connection.execute(
        text(
            "CREATE OR REPLACE FUNCTION brst_book_raises_trip() RETURNS trigger"
            " LANGUAGE plpgsql AS $$ BEGIN"
            " UPDATE trip SET classification = NEW.classification,"
            " row_version = row_version + 1,"
            f" changed_by = left(session_user, {AUTHOR_LENGTH}),"
            " updated_at = clock_timestamp() AT TIME ZONE 'UTC'"
            " WHERE id = NEW.trip_id"
            " AND brst_level(classification) < brst_level(NEW.classification);"
            " RETURN NEW; END $$"
        )
    )
    connection.execute(text("DROP TRIGGER IF EXISTS brst_book_raises_trip ON briefing_book"))
    connection.execute(
        text(
            "CREATE TRIGGER brst_book_raises_trip AFTER INSERT OR UPDATE OF classification,"
            " trip_id ON briefing_book FOR EACH ROW EXECUTE FUNCTION brst_book_raises_trip()"
        )
    )
    return sorted(protected)


def _check_user(user: str) -> None:
    if not user or len(user.encode()) > MAX_ROLE_NAME or user.lower().startswith(("brst_", "pg_")):
        raise ClearanceError(
            "{user} cannot be a user name: write one of at most 63 bytes that does not begin"
            " with brst_ or pg_.",
            user=user,
        )


def grant(connection: Connection, user: str, level: Classification) -> bool:
    """Clear ``user`` for ``level`` (and below), replacing any clearance it had; a user that
    does not exist yet is created, able to sign in; returns whether it was created."""
    _check_user(user)
    quoted = _quote(connection, user)
    exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user})
    if not exists:
        connection.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    revoke(connection, user)
    connection.execute(text(f"GRANT {ROLES[level]} TO {quoted}"))
    _announce(connection)
    return not exists


def revoke(connection: Connection, user: str) -> None:
    """Take every clearance from ``user``: it then sees no table of BRST Desktop at all."""
    _check_user(user)
    exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user})
    if not exists:
        raise ClearanceError("There is no user {user} on the office server.", user=user)
    quoted = _quote(connection, user)
    for role in ROLES.values():
        connection.execute(text(f"REVOKE {role} FROM {quoted}"))
    _announce(connection)


def _announce(connection: Connection) -> None:
    """Tell open windows, at commit, to look again at their user's clearance (their listeners,
    change_notices). The notice is empty: anyone may listen, so it does not say whose."""
    connection.execute(text(f"NOTIFY {change_notices.CLEARANCE_CHANNEL}"))


def clearance_of(connection: Connection) -> Classification:
    """The current user's clearance on a server set up with :func:`install`."""
    rank = int(connection.scalar(text("SELECT brst_clearance()")) or 0)
    return next(level for level, value in RANK.items() if value == rank)


def check_cleared(session: Session, level: Classification) -> None:
    """Refuse, with one sentence and before anything is written, to bring a trip of ``level``
    into an office server whose policies would refuse it to this user. Nothing to check on a
    file, on a server not set up by ``admin init``, or for its owner (policies do not bind it)."""
    if session.get_bind().dialect.name != "postgresql" or RANK[level] == 0:
        return
    bound = session.execute(
        text(
            "SELECT to_regprocedure('brst_clearance()') IS NULL"
            " OR (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user)"
            " OR (SELECT pg_get_userbyid(relowner) = current_user FROM pg_class"
            "     WHERE oid = to_regclass('trip'))"
        )
    ).scalar_one()
    if bound:
        return
    mine = clearance_of(session.connection())
    if RANK[mine] < RANK[level]:
        raise ClearanceError(
            "The trip is classified {level}; your user {user} on the office server is cleared"
            " for {clearance} only, so nothing was imported; ask the office's administrator.",
            level=words(level),
            user=authorship.current_author(session.connection()),
            clearance=words(mine),
        )

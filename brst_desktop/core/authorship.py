"""Who changes a record, and the refusal of a save based on a version someone else replaced.

Every record carries ``row_version`` (raised by one on each update) and ``changed_by`` (the
author of the last change). An editor remembers the version it loaded and hands it to the
service with its change; the service writes only if the stored version is still that one, in the
UPDATE's own WHERE clause, so the check and the write are one step on SQLite (two windows or two
processes on one file) as on PostgreSQL (many staff on one server). A refused save raises
:class:`RecordChangedError`, a sentence naming who changed the record and when; nothing is lost:
the stored value stays, and the window keeps the refused one beside it.

The author is the PostgreSQL login on a server (the server, not the program, vouches for it: on a
database set up with ``admin init`` a trigger writes ``session_user`` whatever the client sends)
and the operating system's login name on a laptop. :func:`current_author` is the one place that
decides it.
"""

from __future__ import annotations

import getpass
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, event
from sqlalchemy.orm import Session

from brst_desktop.core import models as m
from brst_desktop.core.words import Words
from brst_desktop.errors import UserError

#: Where a session keeps the author of its changes (set by ``Database.session``).
AUTHOR_KEY = "brst_author"


def current_author(connection: Connection) -> str:
    """Who is making changes through this connection: the server's user on PostgreSQL, the
    login name on SQLite (empty when the system cannot say).

    ``session_user``, the role that logged in: a ``SET ROLE`` (to a clearance group, say)
    changes ``current_user`` but not the person."""
    if connection.dialect.name == "postgresql":
        return str(connection.exec_driver_sql("SELECT session_user").scalar_one())
    return login_name()


def login_name() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or passwd
        return ""
    return name[: m.AUTHOR_LENGTH]


def stamp(table: Table, author: str) -> dict[str, Any]:
    """The bookkeeping values of a Core UPDATE of ``table``: the next version, its author and
    the time (ORM flushes get the same from the mapper and :func:`_stamp_flush`)."""
    return {
        "row_version": table.c.row_version + 1,
        "changed_by": author or None,
        "updated_at": m.utcnow(),
    }


class RecordChangedError(UserError):
    """A save based on a version of the record that someone else has since replaced."""

    #: The values stored now (the other person's), for the window to show beside the refused.
    stored: dict[str, Any]

    def __init__(self, template: str = "", /, **fields: Any) -> None:
        super().__init__(template, **fields)
        self.stored = {}


def changed_meanwhile(noun: Words, stored: Mapping[str, Any]) -> RecordChangedError:
    """The refusal of a save: ``stored`` is the record as it is now (its ``changed_by`` and
    ``updated_at`` name who replaced the version the save was based on, and when)."""
    author = str(stored.get("changed_by") or "")
    at = stored.get("updated_at")
    local = at.astimezone() if isinstance(at, datetime) else None
    today = local is not None and local.date() == datetime.now().astimezone().date()
    time = local.strftime("%H:%M") if local is not None else ""
    day = local.strftime("%Y-%m-%d") if local is not None else ""
    if author and today:
        error = RecordChangedError(
            "{author} changed this {record} at {time}; your change was not saved.",
            author=author,
            record=noun,
            time=time,
        )
    elif author:
        error = RecordChangedError(
            "{author} changed this {record} on {day} at {time}; your change was not saved.",
            author=author,
            record=noun,
            day=day,
            time=time,
        )
    else:
        error = RecordChangedError(
            "Someone else changed this {record} meanwhile; your change was not saved.",
            record=noun,
        )
    error.stored = dict(stored)
    return error


@event.listens_for(Session, "before_flush")
def _stamp_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Records added or changed through the ORM name their author (the mapper's
    ``version_id_col`` raises their version)."""
    author = session.info.get(AUTHOR_KEY)
    if author is None:
        return
    for record in [*session.new, *session.dirty]:
        if isinstance(record, m.Record) and (
            record in session.new or session.is_modified(record, include_collections=False)
        ):
            record.changed_by = author or None

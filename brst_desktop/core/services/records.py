"""Create, read, update and delete any record, by table name, in one short transaction each.

Deleting keeps a :class:`Tombstone`: every row the delete removes (the record and the rows the
database cascades away with it) and every reference it sets to NULL, so that undo can put them
all back exactly, with the same ids.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Enum as SAEnum
from sqlalchemy import Table, literal, select
from sqlalchemy import delete as sql_delete
from sqlalchemy import insert as sql_insert
from sqlalchemy import update as sql_update
from sqlalchemy.engine import Connection, CursorResult
from sqlalchemy.orm import Session

from brst_desktop.core import authorship, clearance, event_times, registry
from brst_desktop.core import models as m
from brst_desktop.core.changes import ChangeSet, Key
from brst_desktop.core.db import Database
from brst_desktop.core.services.validation import check, check_links
from brst_desktop.core.words import Words
from brst_desktop.errors import UserError

R = TypeVar("R", bound=NamedTuple)

#: Columns no editor changes directly.
SYSTEM_COLUMNS = frozenset({"id", "created_at", "updated_at", "row_version", "changed_by"})


def table(entity: str) -> Table:
    return registry.entity(entity).table


def _coerce(tbl: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the columns want them: enum members from their string values, '' not None."""
    result: dict[str, Any] = {}
    for name, value in values.items():
        if name not in tbl.c:
            raise ValueError(f"{tbl.name} has no column {name}")
        column_type = tbl.c[name].type
        enum_class = column_type.enum_class if isinstance(column_type, SAEnum) else None
        if enum_class is not None and value is not None and not isinstance(value, enum.Enum):
            value = enum_class(value)
        result[name] = value
    return result


def _plain(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {k: (v.value if isinstance(v, enum.Enum) else v) for k, v in row.items()}


def read(db: Database, entity: str, record_id: uuid.UUID) -> dict[str, Any] | None:
    """All the columns of one record (enums as their string values), or None if it is gone."""
    tbl = table(entity)
    with db.session() as session:
        row = session.execute(select(tbl).where(tbl.c.id == record_id)).mappings().first()
        return _plain(row) if row is not None else None


def create(db: Database, entity: str, values: Mapping[str, Any]) -> ChangeSet:
    """Add a record (``values`` may carry its ``id``, as a redo does); validated first."""
    tbl = table(entity)
    values = dict(values)
    values.setdefault("id", uuid.uuid4())
    model = registry.entity(entity).model
    with db.session() as session:
        record = model(**_coerce(tbl, values))
        full = {c.name: getattr(record, c.name, None) for c in tbl.c}
        full = _defaults(tbl, full)
        check(entity, full)
        check_links(session, entity, full)
        session.add(record)
        clearance.follow_books(session, entity, full)
    return ChangeSet.of(added=[(entity, values["id"])], updated=_parents(entity, values))


def update(
    db: Database,
    entity: str,
    record_id: uuid.UUID,
    values: Mapping[str, Any],
    *,
    version: int | None = None,
    expected: Mapping[str, Any] | None = None,
) -> ChangeSet:
    """Change some columns of one record; the whole record is validated as it would become.

    ``version``: the record's ``row_version`` when the editor loaded it; a record changed since
    (by another window, process or person) is not written and
    :class:`~brst_desktop.core.authorship.RecordChangedError` says who changed it and when.
    ``expected``: instead of a version, the values these columns must still hold (undo checks
    that nobody replaced what it is about to take back). Either way the write itself is
    conditional on the version read here, so a change committed between this read and this
    write is refused too, never overwritten.
    """
    tbl = table(entity)
    values = _coerce(tbl, {k: v for k, v in values.items() if k not in SYSTEM_COLUMNS})
    with db.session() as session:
        row = session.execute(select(tbl).where(tbl.c.id == record_id)).mappings().first()
        if row is None:
            raise RecordGoneError(
                "The record no longer exists; it may have been deleted meanwhile."
            )
        stale = version is not None and row["row_version"] != version
        if expected is not None:
            now = _plain({k: row[k] for k in expected})
            stale = stale or now != _plain(_coerce(tbl, expected))
        if stale:
            raise authorship.changed_meanwhile(registry.entity(entity).noun, _plain(row))
        if entity == "event":  # a new zone keeps the wall clock; a new start moves the end
            values = event_times.follow_rules(dict(row), values)
        whole = _plain({**row, **values})
        check(entity, whole)
        check_links(session, entity, whole)
        written: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            sql_update(tbl)
            .where(tbl.c.id == record_id, tbl.c.row_version == row["row_version"])
            .values(**values, **authorship.stamp(tbl, db.author))
        )
        if written.rowcount != 1:  # committed by another connection after our read
            now_row = session.execute(select(tbl).where(tbl.c.id == record_id)).mappings().first()
            if now_row is None:
                raise RecordGoneError(
                    "The record no longer exists; it may have been deleted meanwhile."
                )
            raise authorship.changed_meanwhile(registry.entity(entity).noun, _plain(now_row))
        clearance.follow_books(session, entity, {**whole, "id": record_id}, changed=values)
        parents = _parents(entity, {**row, **values})
    return ChangeSet.of(updated=[(entity, record_id), *parents])


def version_of(db: Database, entity: str, record_id: uuid.UUID) -> int | None:
    """The record's current ``row_version`` (None: it is gone)."""
    tbl = table(entity)
    with db.session() as session:
        found = session.execute(select(tbl.c.row_version).where(tbl.c.id == record_id)).scalar()
        return int(found) if found is not None else None


@dataclass
class Tombstone:
    """Rows removed by a delete (parents first) and references it set to NULL."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    nulled: list[tuple[str, uuid.UUID, str, uuid.UUID]] = field(default_factory=list)

    @property
    def keys(self) -> list[Key]:
        return [(name, row["id"]) for name, row in self.rows]


def _collect(
    connection: Connection, entity: str, ids: list[uuid.UUID], stone: Tombstone, seen: set[Key]
) -> None:
    """Rows of ``entity`` with these ids and, recursively, what the database would cascade."""
    tbl = table(entity)
    rows = connection.execute(select(tbl).where(tbl.c.id.in_(ids))).mappings().all()
    for row in rows:
        if (entity, row["id"]) not in seen:
            seen.add((entity, row["id"]))
            stone.rows.append((entity, dict(row)))
    for other in m.Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not tbl or fk.parent.table is not other:
                continue
            column = fk.parent
            hits = connection.execute(select(other.c.id).where(column.in_(ids))).scalars().all()
            if not hits:
                continue
            if (fk.ondelete or "").upper() == "CASCADE":
                _collect(connection, other.name, list(hits), stone, seen)
            elif (fk.ondelete or "").upper() == "SET NULL":
                for hit in hits:
                    target = connection.execute(
                        select(column).where(other.c.id == hit)
                    ).scalar_one()
                    stone.nulled.append((other.name, hit, column.name, target))


def delete_with_tombstone(
    db: Database, entity: str, record_id: uuid.UUID
) -> tuple[ChangeSet, Tombstone]:
    tbl = table(entity)
    stone = Tombstone()
    with db.session() as session:
        connection = session.connection()
        _collect(connection, entity, [record_id], stone, set())
        if not stone.rows:
            raise RecordGoneError(
                "The record no longer exists; it may have been deleted meanwhile."
            )
        parents = _parents(entity, stone.rows[0][1])
        connection.execute(sql_delete(tbl).where(tbl.c.id == record_id))
    nulled = [(name, row_id) for name, row_id, _, _ in stone.nulled]
    return ChangeSet.of(deleted=stone.keys, updated=[*nulled, *parents]), stone


def delete(db: Database, entity: str, record_id: uuid.UUID) -> ChangeSet:
    return delete_with_tombstone(db, entity, record_id)[0]


def restore(db: Database, stone: Tombstone) -> ChangeSet:
    """Put back what a delete removed (undo), with the same ids and references."""
    order = {t.name: i for i, t in enumerate(m.Base.metadata.sorted_tables)}
    with db.session() as session:
        connection = session.connection()
        for name, row in sorted(stone.rows, key=lambda item: order[item[0]]):
            connection.execute(sql_insert(table(name)).values(**row))
        for name, row_id, column, target in stone.nulled:
            tbl = table(name)
            connection.execute(sql_update(tbl).where(tbl.c.id == row_id).values({column: target}))
        parents = _parents(stone.rows[0][0], stone.rows[0][1]) if stone.rows else []
    nulled = [(name, row_id) for name, row_id, _, _ in stone.nulled]
    return ChangeSet.of(added=stone.keys, updated=[*nulled, *parents])


class RecordGoneError(UserError):
    """The record was deleted meanwhile (another window, or an undo)."""


def _defaults(tbl: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Column defaults filled in, so a new record is validated as it will be stored."""
    result = dict(values)
    for column in tbl.c:
        if result.get(column.name) is None and column.default is not None:
            default = column.default
            arg: Any = getattr(default, "arg", None)
            if getattr(default, "is_scalar", False):
                result[column.name] = arg
            elif getattr(default, "is_callable", False):
                try:
                    result[column.name] = arg(None)
                except TypeError:
                    result[column.name] = arg()
    return _plain(result)


def _parents(entity: str, values: Mapping[str, Any]) -> list[Key]:
    """A change to a child row is also a change to the record it belongs to, for views of it."""
    parent = registry.parent_key(entity, values)
    return [parent] if parent is not None else []


def read_rows(
    db: Database,
    row_type: type[R],
    entity: str,
    where: Mapping[str, Any] | None = None,
    *,
    order_by: str | None = None,
    link: str | None = None,
) -> list[R]:
    """The rows of ``entity`` as ``row_type``, a typed named tuple whose fields are columns of
    the table (enums as their string values). With ``link`` (a column such as a delegation
    seat's ``person_id``) the last field, ``name``, is the name of the record it links to, as
    choice lists give it.

    Immutable typed rows rather than ORM objects or frozen dataclasses: ten thousand of them are
    made in a few milliseconds (a frozen dataclass costs five times as much) and can be handed
    from a worker thread to the GUI thread.
    """
    table_ = table(entity)
    columns = [name for name in row_type._fields if not (link and name == "name")]
    query = select(*(table_.c[c] for c in columns))
    for name, value in (where or {}).items():
        query = query.where(table_.c[name] == value)
    if order_by:
        query = query.order_by(table_.c[order_by])
    with db.session() as session:
        rows = session.execute(query).all()
        linked: dict[Any, Words] = {}
        if link is not None:
            (foreign_key,) = table_.c[link].foreign_keys
            target = foreign_key.column.table.name
            at = columns.index(link)
            linked = names(session, target, {row[at] for row in rows})
    enums = [n for n, c in enumerate(columns) if isinstance(table_.c[c].type, SAEnum)]
    result = []
    for row in rows:
        values = list(row)
        for n in enums:
            values[n] = _value_of(values[n])
        if link is not None:
            values.append(linked.get(row[at], NO_NAME))
        result.append(row_type._make(values))
    return result


def _value_of(member: Any) -> Any:
    return member.value if isinstance(member, enum.Enum) else member


#: The name of a link whose record has none (or is gone).
NO_NAME = Words("", "")


def _name_columns(entity: str) -> tuple[Table, list[Any]]:
    """id, the two label columns, the extra (or NULL) and the fallbacks (core.registry)."""
    found = registry.entity(entity)
    if found.label is None:
        raise ValueError(f"{entity} records have no name of their own")
    th, en = found.label
    tbl = found.table
    extra = tbl.c[found.label_extra] if found.label_extra else literal("")
    fallback = [tbl.c[c] for c in found.label_fallback]
    return tbl, [tbl.c.id, tbl.c[th], tbl.c[en], extra, *fallback]


def _name(row: Any) -> Words:
    """A record's name in a choice list: each language falls back to the other, both to the
    first fallback there is (an organisation known by its Chinese name only); the extra (a
    person's 阴和俊) in brackets after it, unless it is the name itself."""
    th, en, extra = row[1] or "", row[2] or "", row[3] or ""
    if not (th or en):
        th = en = next((value for value in row[4:] if value), "")
    suffix = f" ({extra})" if extra and extra not in (th, en) else ""
    return Words((th or en) + suffix, (en or th) + suffix)


def names(session: Session, entity: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Words]:
    """The names of these records of ``entity``, as :func:`labels` gives them."""
    tbl, columns = _name_columns(entity)
    wanted = list(set(ids) - {None})
    found: dict[uuid.UUID, Words] = {}
    for start in range(0, len(wanted), 500):  # SQLite limits bound parameters per statement
        chunk = wanted[start : start + 500]
        for row in session.execute(select(*columns).where(tbl.c.id.in_(chunk))):
            found[row[0]] = _name(row)
    return found


def labels(db: Database, entity: str) -> list[tuple[uuid.UUID, str, str]]:
    """(id, Thai label, English label) of every record of a type, for choice lists."""
    tbl, columns = _name_columns(entity)
    found = registry.entity(entity)
    order = tbl.c[found.order_by or columns[2].name]
    with db.session() as session:
        rows = session.execute(select(*columns).order_by(order)).all()
    return [(row[0], name.th, name.en) for row in rows for name in (_name(row),)]


def first_id(db: Database, entity: str) -> uuid.UUID | None:
    """A record of that type for a new link to point at until the user chooses (None: none)."""
    rows = labels(db, entity)
    return rows[0][0] if rows else None

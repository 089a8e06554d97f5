"""bilingual prose: every text a book prints in Thai and in English; flights' arrival; office

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 20:30:00

A book prints each text in its own language, so the fields that held one string (often
``ไทย / English``) get a Thai and an English column: the old value is split where it follows that
pattern, else kept in the language it is written in (see brst_desktop/core/bilingual.py).
Flights written ``A → B`` in their venue get their arrival in columns of its own, the airport's
own-script name going with the airport abroad. The office table holds the name and emblem an
office sets once for its database.

A record whose hash is still the one remembered from its last exchange gets its remembered hash
recomputed for the new columns. That step reads rows with the program's table definitions,
limited to the columns the database has; a later revision that changes these tables should check
it still finds the same hashes (the fixture test of revision 0002 does).
"""

from collections.abc import Sequence
from typing import Literal

import sqlalchemy as sa
from alembic import op

from brst_desktop.core.bilingual import (
    FORMER_COLUMNS,
    NEW_COLUMNS,
    split_route,
    split_thai_english,
)

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: table -> the one-language columns that become a Thai and an English column, and the
#: columns that are new (both describe this revision's change, so they never change)
SPLIT = FORMER_COLUMNS
ADDED = {table: tuple(columns) for table, columns in NEW_COLUMNS.items()}


def _new_columns(table: str) -> list[str]:
    columns = [f"{old}_{lang}" for old in SPLIT.get(table, ()) for lang in ("th", "en")]
    return columns + list(ADDED.get(table, ()))


def _split_values(connection: sa.Connection, table: str) -> None:
    columns = SPLIT[table]
    rows = connection.execute(
        sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")  # noqa: S608 - our names
    ).all()
    assignments = ", ".join(f"{c}_th = :{c}_th, {c}_en = :{c}_en" for c in columns)
    update = sa.text(f"UPDATE {table} SET {assignments} WHERE id = :id")  # noqa: S608
    for row in rows:
        values: dict[str, object] = {"id": row[0]}
        for index, column in enumerate(columns, start=1):
            th, en = split_thai_english(row[index])
            values[f"{column}_th"], values[f"{column}_en"] = th, en
        connection.execute(update, values)


def _split_routes(connection: sa.Connection) -> None:
    """``Suvarnabhumi Airport → Chongqing Jiangbei …`` becomes a departure and an arrival; the
    own-script name stays with the airport that is not at home."""
    rows = connection.execute(
        sa.text(
            "SELECT event.id, event.venue_th, event.venue_en, event.venue_native,"
            " event.timezone, trip.home_timezone FROM event JOIN trip ON trip.id = event.trip_id"
            " WHERE event.kind IN ('flight', 'transfer')"
        )
    ).all()
    update = sa.text(
        "UPDATE event SET venue_th = :venue_th, venue_en = :venue_en,"
        " venue_native = :venue_native, arrival_venue_th = :arrival_th,"
        " arrival_venue_en = :arrival_en, arrival_venue_native = :arrival_native"
        " WHERE id = :id"
    )
    for event_id, venue_th, venue_en, native, zone, home in rows:
        from_th, to_th = split_route(venue_th)
        from_en, to_en = split_route(venue_en)
        if not (to_th or to_en):
            continue
        leaves_home = bool(zone) and zone == home
        connection.execute(
            update,
            {
                "id": event_id,
                "venue_th": from_th,
                "venue_en": from_en,
                "venue_native": "" if leaves_home else native,
                "arrival_th": to_th,
                "arrival_en": to_en,
                "arrival_native": native if leaves_home else "",
            },
        )


def _rows(connection: sa.Connection, table: sa.Table) -> list[dict[str, object]]:
    """Every row, typed as the program reads it, of the columns the database has now."""
    present = {c["name"] for c in sa.inspect(connection).get_columns(table.name)}
    columns = [c for c in table.columns if c.name in present]
    return [dict(r) for r in connection.execute(sa.select(*columns)).mappings()]


def _unchanged_since_exchange(connection: sa.Connection) -> dict[str, set[object]]:
    """Records whose hash is still the one remembered from their last exchange (a trip file
    sent or taken in): their remembered hash is carried over to the new columns below, so the
    next import does not see every one of them changed on both sides."""
    from brst_desktop.core.exchange.former import CHANGED, former_hash, former_table
    from brst_desktop.core.models import ExchangeState

    states = ExchangeState.__table__
    remembered = {
        row.record_id: row.content_hash
        for row in connection.execute(sa.select(states.c.record_id, states.c.content_hash))
    }
    unchanged: dict[str, set[object]] = {}
    for name in CHANGED:
        for row in _rows(connection, former_table(name)):
            if remembered.get(row["id"]) == former_hash(name, row):
                unchanged.setdefault(name, set()).add(row["id"])
    return unchanged


def _carry_exchange_state(connection: sa.Connection, unchanged: dict[str, set[object]]) -> None:
    from brst_desktop.core.exchange import records as rec
    from brst_desktop.core.models import ExchangeState

    states = ExchangeState.__table__
    assert isinstance(states, sa.Table)
    for name, ids in unchanged.items():
        for row in _rows(connection, rec.TABLES[name]):
            if row["id"] in ids:
                connection.execute(
                    sa.update(states)
                    .where(states.c.record_id == row["id"])
                    .values(content_hash=rec.row_hash(name, row))
                )


def _rebuild(connection: sa.Connection) -> Literal["always", "auto"]:
    """SQLite changes a column's NULL-ability only by rebuilding the table; PostgreSQL alters
    it in place, and cannot drop a table others link to (batch mode's copy-and-rename would)."""
    return "always" if connection.dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    connection = op.get_bind()
    unchanged = _unchanged_since_exchange(connection)
    tables = sorted(set(SPLIT) | set(ADDED))
    for table in tables:
        with op.batch_alter_table(table) as batch:
            for column in _new_columns(table):
                batch.add_column(sa.Column(column, sa.Text(), nullable=True))
        connection.execute(
            sa.text(
                f"UPDATE {table} SET "  # noqa: S608 - our own table and column names
                + ", ".join(f"{c} = ''" for c in _new_columns(table))
            )
        )
        if table in SPLIT:
            _split_values(connection, table)
    _split_routes(connection)
    for table in tables:
        with op.batch_alter_table(table, recreate=_rebuild(connection)) as batch:
            for column in _new_columns(table):
                batch.alter_column(column, existing_type=sa.Text(), nullable=False)
            for old in SPLIT.get(table, ()):
                batch.drop_column(old)

    _carry_exchange_state(connection, unchanged)
    op.create_table(
        "office",
        sa.Column("name_th", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("emblem_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["emblem_id"], ["photo.id"], name=op.f("fk_office_emblem_id_photo"),
            ondelete="SET NULL",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
    )


def downgrade() -> None:
    op.drop_table("office")
    connection = op.get_bind()
    for table in sorted(set(SPLIT) | set(ADDED)):
        with op.batch_alter_table(table) as batch:
            for old in SPLIT.get(table, ()):
                batch.add_column(sa.Column(old, sa.Text(), nullable=False, server_default=""))
        for old in SPLIT.get(table, ()):
            # both languages back into one field, as they were written before
            connection.execute(
                sa.text(
                    f"UPDATE {table} SET {old} = CASE"  # noqa: S608
                    f" WHEN {old}_th != '' AND {old}_en != '' AND {old}_th != {old}_en"
                    f" THEN {old}_th || ' / ' || {old}_en"
                    f" WHEN {old}_th != '' THEN {old}_th ELSE {old}_en END"
                )
            )
        with op.batch_alter_table(table, recreate=_rebuild(connection)) as batch:
            for column in _new_columns(table):
                batch.drop_column(column)

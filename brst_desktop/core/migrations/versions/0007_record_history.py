"""the history of every record: who made each change, when, and to which fields

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:30:00

``record_change`` keeps one row per record inserted, updated or deleted, written by the database
itself (brst_desktop/core/history.py), so the change sheet can name who made each change it
lists, not only who made a record's last change. Empty at first: changes made before this
revision were never recorded, and the change sheet says so for them as before.

On PostgreSQL every record table gets the trigger writing it (as the owner; staff may only read
the history, and row-level security shows a trip's history only to those cleared for the trip).
On SQLite the program's own connections add the triggers as they open (the author is the
program's), so nothing in the file depends on the program.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from brst_desktop.core import history

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Every record table at revision 0006 (written out: a migration describes its own moment).
RECORD_TABLES = (
    "organisation", "photo", "person", "previous_meeting", "trip", "event", "event_participant",
    "delegation_member", "topic", "talking_point", "trip_topic", "event_topic", "agreement",
    "agreement_party", "agreement_signatory", "gift", "protocol_note", "annex", "briefing_book",
    "book_person", "book_topic", "edition", "office",
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "record_change",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("trip_id", sa.Uuid(), nullable=True),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=64), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_change")),
    )
    op.create_index(op.f("ix_record_change_record_id"), "record_change", ["record_id"])
    op.create_index(op.f("ix_record_change_trip_id"), "record_change", ["trip_id"])
    # PostgreSQL only (nothing on SQLite): the trigger writing it, the policy reading it.
    history.install(op.get_bind(), RECORD_TABLES)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in RECORD_TABLES:
            op.execute(f'DROP TRIGGER IF EXISTS brst_history ON "{table}"')
        op.execute("DROP FUNCTION IF EXISTS brst_history()")
    op.drop_index(op.f("ix_record_change_trip_id"), table_name="record_change")
    op.drop_index(op.f("ix_record_change_record_id"), table_name="record_change")
    op.drop_table("record_change")

"""travel bookkeeping in the schema; on PostgreSQL, change notices by clearance

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 07:00:00

``travel_origin`` and ``travel_base`` (a laptop copy's memory of where its trip came from and
what each record was when it left, brst_desktop/core/travel/origin.py) were made by the travel
code on a copy's first take, outside the migrations. They are now part of the schema, in every
database (empty except in a copy). A copy made before this revision already holds them: they
are kept as they are, with the ``content`` column the earliest copies lack added.

On PostgreSQL the notice trigger is replaced (brst_desktop/core/change_notices.py): a change is
written to a change log that row-level security protects and announced by an empty notice on
its classification's channel, instead of a notice carrying the table, id and author to anyone
listening. ``admin init`` (run by the administrator after every upgrade) lets staff read the log.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from brst_desktop.core import change_notices

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Every record table at revision 0005 (written out: a migration describes its own moment).
RECORD_TABLES = (
    "organisation", "photo", "person", "previous_meeting", "trip", "event", "event_participant",
    "delegation_member", "topic", "talking_point", "trip_topic", "event_topic", "agreement",
    "agreement_party", "agreement_signatory", "gift", "protocol_note", "annex", "briefing_book",
    "book_person", "book_topic", "edition", "office",
)  # fmt: skip


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    tables = set(inspector.get_table_names())
    if "travel_origin" not in tables:
        op.create_table(
            "travel_origin",
            sa.Column("trip_id", sa.Uuid(), nullable=False),
            sa.Column("source", sa.Text(), nullable=False),
            sa.Column("taken_at", sa.DateTime(), nullable=False),
            sa.Column("returned_at", sa.DateTime(), nullable=True),
            sa.PrimaryKeyConstraint("trip_id", name=op.f("pk_travel_origin")),
        )
    if "travel_base" not in tables:
        op.create_table(
            "travel_base",
            sa.Column("trip_id", sa.Uuid(), nullable=False),
            sa.Column("record_id", sa.Uuid(), nullable=False),
            sa.Column("table_name", sa.String(length=64), nullable=False),
            sa.Column("content_hash", sa.String(length=64), nullable=False),
            sa.Column("content", sa.Text(), nullable=True),
            sa.PrimaryKeyConstraint("trip_id", "record_id", name=op.f("pk_travel_base")),
        )
    elif "content" not in {c["name"] for c in inspector.get_columns("travel_base")}:
        with op.batch_alter_table("travel_base") as batch:
            batch.add_column(sa.Column("content", sa.Text(), nullable=True))
    # PostgreSQL only (nothing on SQLite): the change log and the trigger that writes it.
    change_notices.install(op.get_bind(), RECORD_TABLES)


def downgrade() -> None:
    # The change log stays on PostgreSQL: the program of revision 0005 listens on a channel
    # nobody sends on any more, and its windows refresh after their own writes only.
    op.drop_table("travel_base")
    op.drop_table("travel_origin")

"""row versions and authors: every record counts its changes and names who made the last one

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 02:00:00

Two people editing the same record must never overwrite each other silently: a save based on a
version that has since been replaced is refused (see brst_desktop/core/authorship.py). Every
record table gets ``row_version`` (1 for the rows already there, raised by one on each update)
and ``changed_by``, the author of the last change (empty for rows older than this revision: who
wrote them was never recorded). Both columns are added in place (``ALTER TABLE ... ADD COLUMN``
with a default), so no table is rebuilt and no row is rewritten; the program's migration runner
still turns foreign keys off around it and checks them afterwards, as for every revision. On
PostgreSQL each record table also gets the trigger announcing its changes to other windows
(brst_desktop/core/change_notices.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from brst_desktop.core import change_notices

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Every record table at revision 0003 (written out: a migration describes its own moment).
RECORD_TABLES = (
    "organisation", "photo", "person", "previous_meeting", "trip", "event", "event_participant",
    "delegation_member", "topic", "talking_point", "trip_topic", "event_topic", "agreement",
    "agreement_party", "agreement_signatory", "gift", "protocol_note", "annex", "briefing_book",
    "book_person", "book_topic", "edition", "office",
)  # fmt: skip


def upgrade() -> None:
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )
            batch.add_column(sa.Column("changed_by", sa.String(length=64), nullable=True))
    # On PostgreSQL each change is announced to the other open windows (nothing on SQLite).
    change_notices.install(op.get_bind(), RECORD_TABLES)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in RECORD_TABLES:
            op.execute(f'DROP TRIGGER IF EXISTS brst_notice ON "{table}"')
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_by")
            batch.drop_column("row_version")

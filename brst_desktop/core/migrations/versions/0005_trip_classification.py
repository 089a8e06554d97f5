"""trip classification: who may see a trip on an office server; at least its books' level

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 02:20:00

Every trip starts at the classification of its most secret book (none when it has no book), so
that a secret book never sits in a trip anyone may read once clearance is enforced.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The levels from the lowest, as the program's Classification enum lists them.
LEVELS = ("unclassified", "confidential", "secret", "top_secret")


def upgrade() -> None:
    with op.batch_alter_table("trip") as batch:
        batch.add_column(
            sa.Column(
                "classification",
                sa.Enum(*LEVELS, name="classification", native_enum=False, length=32),
                nullable=False,
                server_default="unclassified",
            )
        )
    connection = op.get_bind()
    for level in LEVELS[1:]:  # from the lowest up, so the most secret book decides
        connection.execute(
            sa.text(
                "UPDATE trip SET classification = :level WHERE id IN"
                " (SELECT trip_id FROM briefing_book WHERE classification = :level)"
            ),
            {"level": level},
        )


def downgrade() -> None:
    with op.batch_alter_table("trip") as batch:
        batch.drop_column("classification")

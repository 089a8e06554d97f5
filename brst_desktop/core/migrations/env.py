"""Alembic environment: migrations run on the connection the program hands over."""

from alembic import context
from sqlalchemy import Connection, create_engine

from brst_desktop.core.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    # Only for developers' own `alembic` commands (autogenerate against a scratch file).
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///scratch-migrations.sqlite"
    with create_engine(url).begin() as own_connection:
        _run_on(own_connection)


def _run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs batch mode to alter tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()

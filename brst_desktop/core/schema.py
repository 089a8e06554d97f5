"""Which schema a database file holds, and the one rule for a file written by a newer program.

Reading the stored revision needs only SQLite; Alembic (about 0.4 s of imports) is loaded only
when the revision is not this program's own, to ask whether an older program wrote it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from brst_desktop.core import crypto
from brst_desktop.core.connection import (
    DatabaseError,
    DatabaseTooNewError,
    classify_error,
    read_only_connection,
)
from brst_desktop.core.schema_version import SCHEMA_HEAD
from brst_desktop.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection


def alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config  # only when migrating or checking an unknown revision

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    """Every revision this program's migrations know (older ones and the head)."""
    return {rev.revision for rev in script_directory().walk_revisions()}


def stored_revision(
    path: Path, passphrase: str | None = None, *, connection: Any = None
) -> str | None:
    """The schema revision recorded in an existing file, read without changing the file; None
    for a file with no tables yet.

    ``connection``: an open read-only connection to reuse (opening an encrypted file costs a
    key derivation, about a third of a second, so open_database opens it once)."""
    own = connection is None
    if own:
        connection = read_only_connection(path, passphrase)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise DatabaseError(
                    "The file ({path}) is an SQLite database of another program; it was not"
                    " changed.",
                    path=path,
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except crypto.database_errors() as error:
        raise classify_error(error, path) or error from error
    finally:
        if own:
            connection.close()


def server_revision(connection: Connection, where: str) -> str | None:
    """The revision a server database records (None for one with no tables yet), refusing a
    database of another program or one written by a newer BRST Desktop before anything is
    changed; ``where`` names it in the sentence."""
    from sqlalchemy import inspect, text

    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise DatabaseError(
                "The database {path} holds the tables of another program; it was not changed.",
                path=where,
            )
        return None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if is_newer(revision):
        _refuse_newer_database(where, revision)
    return None if revision is None else str(revision)


def is_newer(revision: str | None) -> bool:
    """Was ``revision`` written by a newer BRST Desktop than this one?"""
    return revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions()


def refuse_newer(
    path: Path,
    passphrase: str | None = None,
    *,
    connection: Any = None,
    kind: Literal["database", "backup"] = "database",
) -> str | None:
    """The stored revision of ``path`` (None for a new or empty file); a file written by a newer
    BRST Desktop is refused before anything touches it. ``kind`` words the refusal for a
    database being opened or a backup being restored."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    revision = stored_revision(path, passphrase, connection=connection)
    if not is_newer(revision):
        return revision
    if kind == "backup":
        raise DatabaseTooNewError(
            "The backup {backup} was made by a newer version of BRST Desktop; nothing was changed.",
            backup=path.name,
        )
    _refuse_newer_database(path, revision)


def _refuse_newer_database(where: Path | str, revision: str | None) -> NoReturn:
    raise DatabaseTooNewError(
        "The database ({path}) was written by a newer version of BRST Desktop (schema"
        " {revision}); it was not changed. Install the newer version to open it.",
        path=where,
        revision=revision,
    )

"""The schema revision this program writes, known without importing Alembic.

Start-up reads the stored revision with plain sqlite3 and only loads Alembic (about 0.4 s of
imports) when a migration is really needed. A test checks that this constant is Alembic's head.
"""

SCHEMA_HEAD = "0007"

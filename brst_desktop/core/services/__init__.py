"""Use cases over the database, shared by the GUI, the sub-commands and the tests.

Reads return plain frozen dataclasses (never live ORM objects, so a view can hold them after the
session closed and a worker thread can hand them to the GUI thread). Writes run in one short
transaction each and return a :class:`~brst_desktop.core.changes.ChangeSet`.
"""

"""Trip files of format 1 (written before schema revision 0003), read by this version.

Format 2 gave every prose field a book prints a Thai and an English column and flights an
arrival venue. A format-1 file's records are brought to the current columns as the database
migration brings rows (:func:`brst_desktop.core.bilingual.upgrade_record`), and the hashes it
remembers are carried over, so a trip sent from an older laptop imports without every
record looking changed on both sides.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, MetaData, Table, Text

from brst_desktop.core.bilingual import FORMER_COLUMNS, NEW_COLUMNS, upgrade_record
from brst_desktop.core.exchange import records as rec
from brst_desktop.errors import Phrase

#: the format this module reads
FORMAT = 1
#: the tables whose columns differ between format 1 and now
CHANGED = frozenset(FORMER_COLUMNS) | frozenset(NEW_COLUMNS)

_METADATA = MetaData()
_TABLES: dict[str, Table] = {}


def former_table(name: str) -> Table:
    """The table ``name`` as format 1 (schema 0002) had it: the Thai and English columns of
    each split field one text column again, the columns added since left out."""
    if name not in CHANGED:
        return rec.TABLES[name]
    if name not in _TABLES:
        current = rec.TABLES[name]
        split = FORMER_COLUMNS.get(name, ())
        dropped = {f"{c}_{lang}" for c in split for lang in ("th", "en")}
        dropped |= set(NEW_COLUMNS.get(name, {})) | rec.LOCAL_COLUMNS
        columns = [
            Column(c.name, c.type, nullable=c.nullable, primary_key=c.primary_key)
            for c in current.columns
            if c.name not in dropped
        ]
        columns += [Column(c, Text, nullable=False, default="") for c in split]
        _TABLES[name] = Table(f"{name}", _METADATA, *columns)
    return _TABLES[name]


def former_hash(name: str, values: dict[str, Any]) -> str:
    """A record's content hash as format 1 computed it (for the hashes a file remembers)."""
    return rec.content_hash(name, rec.to_json(former_table(name), values))


def upgrade_tables(tables: dict[str, Any], bases: dict[str, Any]) -> None:
    """Bring a format-1 file's records to the current columns, in place.

    A remembered hash (the sender's, S) that was the record's hash as written is replaced by
    the upgraded record's hash: the sender had not changed it, and still has not.
    """
    trips = tables.get("trip")
    home = ""
    if isinstance(trips, list) and trips and isinstance(trips[0], dict):
        home = str(trips[0].get("home_timezone") or "")
    for name in CHANGED:
        items = tables.get(name)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue  # refused with a sentence by the checks that follow
            where = Phrase("{kind} record {number}", kind=rec.KIND_NAMES[name], number=index + 1)
            remembered = bases.get(str(item.get("id")))
            unchanged = False
            if isinstance(remembered, str):
                old = rec.from_json(former_table(name), item, where)
                unchanged = former_hash(name, old) == remembered
            upgrade_record(name, item, home)
            if unchanged:
                new = rec.from_json(rec.TABLES[name], item, where)
                bases[str(item["id"])] = rec.content_hash(name, rec.to_json(rec.TABLES[name], new))

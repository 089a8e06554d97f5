"""Global search: any part of any name or text, Thai and Chinese included.

Thai is written without spaces between words, so a word index would miss a word in the middle
of a sentence; the search is a plain substring search. To answer in milliseconds over tens of
thousands of talking points it runs in memory: every searchable record's texts are normalised
(NFC, case-folded) and joined into one string, and ``str.find`` (a fast C scan) walks it. The
index is built once off the GUI thread and then kept current from each write's ChangeSet.
Only portable SQL is used to fill it (plain SELECTs), so it works the same over PostgreSQL.
"""

from __future__ import annotations

import bisect
import threading
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Text, select
from sqlalchemy.orm import Session

from brst_desktop.core import registry
from brst_desktop.core.changes import ChangeSet, Key
from brst_desktop.core.db import Database
from brst_desktop.core.registry import Entity

_SEPARATOR = "\x00"


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@dataclass(frozen=True)
class Hit:
    entity: str
    id: uuid.UUID
    label_th: str
    label_en: str
    snippet: str
    parent_id: uuid.UUID | None


@dataclass
class _Entry:
    text: str  # original texts joined by newlines (NFC)
    folded: str
    label_th: str
    label_en: str
    parent_id: uuid.UUID | None


def _text_columns(entity: Entity) -> list[str]:
    return [c.name for c in entity.table.c if isinstance(c.type, Text)]


def _searched() -> dict[str, Entity]:
    """The entities the search covers (see core.registry); each has a label."""
    return {e.name: e for e in registry.searched()}


class SearchIndex:
    """An in-memory substring index over every searchable record; thread-safe."""

    def __init__(self) -> None:
        self._entries: dict[Key, _Entry] = {}
        self._lock = threading.Lock()
        self._blob = ""
        self._starts: list[int] = []
        self._keys: list[Key] = []

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def build(cls, db: Database) -> SearchIndex:
        index = cls()
        with db.session() as session:
            for entity in _searched().values():
                index._load(session, entity, None)
        index._rejoin()
        return index

    def _load(
        self, session: Session, entity: Entity, ids: Iterable[uuid.UUID] | None
    ) -> set[uuid.UUID]:
        table = entity.table
        assert entity.label is not None
        label_th, label_en = entity.label
        parent = entity.parent
        columns = _text_columns(entity)
        extra = [table.c[parent]] if parent else []
        query = select(table.c.id, *extra, *(table.c[c] for c in columns))
        if ids is not None:
            query = query.where(table.c.id.in_(list(ids)))
        found = set()
        for row in session.execute(query).mappings():
            text = "\n".join(unicodedata.normalize("NFC", row[c]) for c in columns if row[c])
            self._entries[(entity.name, row["id"])] = _Entry(
                text=text,
                folded=normalise(text),
                label_th=row[label_th] or "",
                label_en=row[label_en] or "",
                parent_id=row[parent] if parent else None,
            )
            found.add(row["id"])
        return found

    def _rejoin(self) -> None:
        keys = list(self._entries)
        starts = []
        position = 0
        parts = []
        for key in keys:
            folded = self._entries[key].folded
            starts.append(position)
            parts.append(folded)
            position += len(folded) + 1
        self._blob = _SEPARATOR.join(parts)
        self._starts = starts
        self._keys = keys

    def apply(self, db: Database, changes: ChangeSet) -> None:
        """Bring the index up to date with one write (reads only the rows that changed)."""
        covered = _searched()
        touched = [covered[name] for name in changes.entities if name in covered]
        if not touched:
            return
        with self._lock:
            with db.session() as session:
                for entity in touched:
                    ids = changes.ids(entity.name)
                    found = self._load(session, entity, ids)
                    for gone in ids - found:
                        self._entries.pop((entity.name, gone), None)
            self._rejoin()

    def search(self, query: str, limit: int = 100) -> list[Hit]:
        """Records whose texts contain ``query`` (any case), at most ``limit`` of them."""
        needle = normalise(query.strip())
        if not needle or _SEPARATOR in needle:
            return []
        with self._lock:
            blob, starts, keys = self._blob, self._starts, self._keys
        hits: list[Hit] = []
        position = blob.find(needle)
        while position != -1 and len(hits) < limit:
            number = bisect.bisect_right(starts, position) - 1
            key = keys[number]
            entry = self._entries.get(key)
            if entry is not None:
                offset = position - starts[number]
                hits.append(
                    Hit(
                        key[0],
                        key[1],
                        entry.label_th,
                        entry.label_en,
                        _snippet(entry, offset, len(needle)),
                        entry.parent_id,
                    )
                )
            # Next record: one hit per record is enough.
            following = starts[number + 1] if number + 1 < len(starts) else len(blob)
            position = blob.find(needle, following)
        return hits


def _snippet(entry: _Entry, offset: int, length: int, context: int = 40) -> str:
    """The words around the match, from the original text (case kept), on one line."""
    text = entry.text if len(entry.text) == len(entry.folded) else entry.folded
    start = max(0, offset - context)
    end = min(len(text), offset + length + context)
    # Never cut a Thai syllable between its letter and its marks (a floating tone mark).
    while start > 0 and unicodedata.category(text[start])[0] == "M":
        start -= 1
    while end < len(text) and unicodedata.category(text[end])[0] == "M":
        end += 1
    piece = text[start:end].replace("\n", " · ")
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")

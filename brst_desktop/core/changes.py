"""What a write changed, so that each view refreshes only its own part.

Every service that writes returns a :class:`ChangeSet`. The GUI broadcasts it on its change bus;
a list of people reloads when a ``person`` row changed and ignores a changed ``event``. Entities
are named by their table name (``"trip"``, ``"event"``, ``"person"``...).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

Key = tuple[str, uuid.UUID]


@dataclass(frozen=True)
class ChangeSet:
    """Rows added, updated and deleted by one operation, as ``(table name, id)`` pairs."""

    added: frozenset[Key] = field(default_factory=frozenset)
    updated: frozenset[Key] = field(default_factory=frozenset)
    deleted: frozenset[Key] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        added: Iterable[Key] = (),
        updated: Iterable[Key] = (),
        deleted: Iterable[Key] = (),
    ) -> ChangeSet:
        return cls(frozenset(added), frozenset(updated), frozenset(deleted))

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.deleted)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            self.added | other.added,
            self.updated | other.updated,
            self.deleted | other.deleted,
        )

    @property
    def entities(self) -> set[str]:
        """Every table name this change touches."""
        return {name for name, _ in self.added | self.updated | self.deleted}

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities))

    def ids(self, entity: str) -> set[uuid.UUID]:
        return {key for name, key in self.added | self.updated | self.deleted if name == entity}

    def new_id(self, entity: str) -> uuid.UUID:
        """The id of the one ``entity`` row this change added (for "create then open")."""
        found = [key for name, key in self.added if name == entity]
        if len(found) != 1:
            raise LookupError(f"expected one new {entity}, found {len(found)}")
        return found[0]

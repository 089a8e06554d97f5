"""Undoable edits: each command calls a core service and broadcasts what it changed.

Every change is stored the moment it is made (there is no Save). Undo is one more stored
change: it writes the previous values back, or restores a deleted record from its tombstone
with the same ids, so references to it (a book's chosen counterparts, a signing) come back too.
Commands run through the serial write queue, so undo and redo apply in order.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from time import monotonic
from typing import Any

from PySide6.QtGui import QUndoCommand

from brst_desktop.core.authorship import RecordChangedError
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.services import books, people, records
from brst_desktop.gui.context import AppContext


class _ServiceCommand(QUndoCommand):
    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context

    #: Called instead of the window's error dialog when someone else changed the record first
    #: (the form shows the sentence, the stored value and the refused one in place).
    refused: Callable[[RecordChangedError], None] | None = None

    def _write(self, fn: Callable[[], ChangeSet]) -> None:
        self.context.tasks.write(fn, self.context.bus.publish, self._failed)

    def _failed(self, error: BaseException) -> None:
        """The write did not happen (disk full, database locked, changed by someone else...):
        say so, show the truth.

        Views touched by this command reload from the database, so no screen shows a change
        that was not stored; the command leaves the undo history.
        """
        self.setObsolete(True)
        self.context.bus.publish(ChangeSet.of(updated=self.touched()))
        if isinstance(error, RecordChangedError) and self.refused is not None:
            self.refused(error)
        else:
            self.context.tasks.failed.emit(error)

    def touched(self) -> list[tuple[str, uuid.UUID]]:
        return []


class CreateRecord(_ServiceCommand):
    """Add a record; undo deletes it (and whatever was added under it since: undone first)."""

    def __init__(
        self, context: AppContext, entity: str, values: Mapping[str, Any], text: str
    ) -> None:
        super().__init__(context, text)
        self.entity = entity
        self.values = dict(values)
        self.values.setdefault("id", uuid.uuid4())
        self.record_id: uuid.UUID = self.values["id"]

    def touched(self) -> list[tuple[str, uuid.UUID]]:
        return [(self.entity, self.record_id)]

    def redo(self) -> None:
        db, entity, values = self.context.db, self.entity, self.values
        self._write(lambda: records.create(db, entity, values))

    def undo(self) -> None:
        db, entity, record_id = self.context.db, self.entity, self.record_id
        self._write(lambda: records.delete(db, entity, record_id))


class UpdateRecord(_ServiceCommand):
    """Change some fields; undo writes the old values back.

    Edits of the same field of the same record within a few seconds (pauses while typing) merge
    into one undo step.
    """

    MERGE_ID = 1001
    MERGE_SECONDS = 5.0

    def __init__(
        self,
        context: AppContext,
        entity: str,
        record_id: uuid.UUID,
        new: Mapping[str, Any],
        old: Mapping[str, Any],
        text: str,
        *,
        version: int | None = None,
        refused: Callable[[RecordChangedError], None] | None = None,
    ) -> None:
        super().__init__(context, text)
        self.entity, self.record_id = entity, record_id
        self.new, self.old = dict(new), dict(old)
        self.at = monotonic()  # a module name, so a test can give commands its own clock
        #: The record's version the editor loaded: the first write is refused if it is stale.
        #: Later undo and redo instead check that the fields still hold what they take back.
        self.version = version
        self.refused = refused
        self._done_once = False

    def touched(self) -> list[tuple[str, uuid.UUID]]:
        return [(self.entity, self.record_id)]

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, UpdateRecord)
            and (other.entity, other.record_id) == (self.entity, self.record_id)
            and other.new.keys() == self.new.keys()
            and other.at - self.at < self.MERGE_SECONDS
        ):
            return False
        self.new = other.new
        self.at = other.at
        return True

    def redo(self) -> None:
        db, entity, record_id, new = self.context.db, self.entity, self.record_id, self.new
        if not self._done_once:
            self._done_once = True
            version = self.version
            self._write(lambda: records.update(db, entity, record_id, new, version=version))
            return
        old = self.old
        self._write(lambda: records.update(db, entity, record_id, new, expected=old))

    def undo(self) -> None:
        db, entity, record_id, old = self.context.db, self.entity, self.record_id, self.old
        new = self.new
        self._write(lambda: records.update(db, entity, record_id, old, expected=new))


class DeleteRecord(_ServiceCommand):
    """Delete a record and what the database removes with it; undo puts it all back."""

    def __init__(self, context: AppContext, entity: str, record_id: uuid.UUID, text: str) -> None:
        super().__init__(context, text)
        self.entity, self.record_id = entity, record_id
        self.tombstone: records.Tombstone | None = None

    def touched(self) -> list[tuple[str, uuid.UUID]]:
        return [(self.entity, self.record_id)]

    def redo(self) -> None:
        db, entity, record_id = self.context.db, self.entity, self.record_id

        def run() -> ChangeSet:
            changes, self.tombstone = records.delete_with_tombstone(db, entity, record_id)
            return changes

        self._write(run)

    def undo(self) -> None:
        db = self.context.db

        def run() -> ChangeSet:
            if self.tombstone is None:
                return ChangeSet()
            return records.restore(db, self.tombstone)

        self._write(run)


class SetPhoto(_ServiceCommand):
    """Give a person a new photo; undo brings back the previous one (or none)."""

    def __init__(
        self,
        context: AppContext,
        person_id: uuid.UUID,
        data: bytes,
        name: str,
        previous: uuid.UUID | None,
        text: str,
    ) -> None:
        super().__init__(context, text)
        self.person_id, self.data, self.name, self.previous = person_id, data, name, previous
        self.new_photo: uuid.UUID | None = None

    def touched(self) -> list[tuple[str, uuid.UUID]]:
        return [("person", self.person_id)]

    def redo(self) -> None:
        db, person_id = self.context.db, self.person_id

        def run() -> ChangeSet:
            if self.new_photo is None:
                changes = people.set_photo(db, person_id, self.data, self.name)
                self.new_photo = changes.new_id("photo")
                return changes
            return records.update(db, "person", person_id, {"photo_id": self.new_photo})

        self._write(run)

    def undo(self) -> None:
        db, person_id, previous = self.context.db, self.person_id, self.previous
        self._write(lambda: records.update(db, "person", person_id, {"photo_id": previous}))


class SetBookChoices(_ServiceCommand):
    """Choose and order a book's counterparts or topics; undo restores the previous choice."""

    def __init__(
        self,
        context: AppContext,
        book_id: uuid.UUID,
        kind: str,
        new: list[uuid.UUID],
        old: list[uuid.UUID],
        text: str,
    ) -> None:
        super().__init__(context, text)
        self.book_id, self.kind, self.new, self.old = book_id, kind, list(new), list(old)

    def touched(self) -> list[tuple[str, uuid.UUID]]:
        return [("briefing_book", self.book_id)]

    def redo(self) -> None:
        db, book_id, kind, new = self.context.db, self.book_id, self.kind, self.new
        self._write(lambda: books.set_choices(db, book_id, kind, new))

    def undo(self) -> None:
        db, book_id, kind, old = self.context.db, self.book_id, self.kind, self.old
        self._write(lambda: books.set_choices(db, book_id, kind, old))

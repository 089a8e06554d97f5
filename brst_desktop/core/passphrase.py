"""Setting, changing or removing the passphrase of a database and of all its backups.

Changing the key never rewrites a file in place: ``sqlcipher_export`` copies everything into a
new file beside it, which then replaces the old one atomically, so a crash half-way leaves the
old file (and old passphrase) intact. The database is backed up first, with its old key.
"""

from __future__ import annotations

from pathlib import Path

from brst_desktop.core import backup, crypto, files, integrity
from brst_desktop.errors import UserError


def change_passphrase(db_path: Path, old: str | None, new: str | None) -> None:
    """Set (``old=None``), change, or remove (``new=None``) the passphrase of a closed database.

    The file is backed up first (with the old key), copied with the new key beside itself,
    checked, and renamed over the original; then every backup is re-keyed the same way, so no
    readable copy is left behind when a passphrase is set. Close the database before calling.
    """
    if new is not None and not new:
        raise crypto.PassphraseError("The passphrase cannot be empty.")
    db_path = Path(db_path)
    kind = crypto.file_kind(db_path)
    if kind == "plain" and old is not None:
        old = None  # a plain file opens without a key whatever was typed
    if kind == "encrypted" and old is None:
        raise crypto.PassphraseRequiredError(
            "The database ({path}) needs its current passphrase.", path=db_path
        )
    if kind not in ("plain", "encrypted"):
        raise UserError("{path} is not a BRST Desktop database.", path=db_path)
    lock = integrity.InstanceLock.acquire(db_path)
    try:
        backup.remove_debris(db_path)  # a killed backup's plain copy must not outlive the key
        crypto.checkpoint(db_path, old)  # a wrong current passphrase stops here
        backup.create_backup(db_path, reason="before-passphrase", passphrase=old)
        try:
            with files.temporary_beside(db_path) as temporary:
                temporary.unlink()
                crypto.export_copy(db_path, temporary, old, new)
                problems = integrity.check_file(temporary, new)
                if problems:
                    raise UserError(
                        "The re-encrypted copy failed its check ({problem}); the database"
                        " was not changed.",
                        problem=problems[0],
                    )
                # Everything committed is in the copy; stale WAL files must not be replayed on it.
                for suffix in ("-wal", "-shm"):
                    db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
                files.replace_with(temporary, db_path)
        except OSError as error:
            raise files.explain(error, db_path, files.DATABASE) from error
        rekey_backups(db_path, old, new)
        if new is not None:
            protect_damaged_copies(db_path, new)
    finally:
        if lock is not None:
            lock.release()


def rekey_backups(db_path: Path, old: str | None, new: str | None) -> int:
    """Re-encrypt every backup with the new passphrase (or decrypt them all for ``new=None``), so
    that setting a passphrase leaves no readable copy behind and any backup opens with the current
    passphrase. Returns how many were rewritten; unreadable ones are left as they are."""
    count = 0
    unreadable: tuple[type[Exception], ...] = (crypto.PassphraseError, *crypto.database_errors())
    for item in backup.list_backups(db_path):
        kind = crypto.file_kind(item.path)
        key = old if kind == "encrypted" else None
        if kind not in ("plain", "encrypted") or (kind == "plain" and new is None):
            continue
        with files.temporary_beside(item.path) as temporary:
            temporary.unlink()
            try:
                crypto.export_copy(item.path, temporary, key, new)
            except unreadable:
                continue
            files.replace_with(temporary, item.path)
            count += 1
    return count


def protect_damaged_copies(db_path: Path, new: str) -> list[Path]:
    """The damaged copies a restore kept aside are plain if the database was plain: encrypt each
    with the new passphrase, or (if it is too damaged to copy) delete it, so that no plain copy
    of the data is left beside an encrypted database. Returns the copies deleted."""
    deleted: list[Path] = []
    unreadable: tuple[type[Exception], ...] = (crypto.PassphraseError, *crypto.database_errors())
    folder = backup.backup_folder(db_path)
    if not folder.is_dir():
        return deleted
    for copy in sorted(folder.glob(f"*{backup.DAMAGED_SUFFIX}")):
        if crypto.file_kind(copy) == "encrypted":
            continue
        journals = [copy.with_name(copy.name + ending) for ending in ("-wal", "-shm")]
        protected = False
        if crypto.file_kind(copy) == "plain":
            with files.temporary_beside(copy) as temporary:
                temporary.unlink()
                try:
                    crypto.export_copy(copy, temporary, None, new)
                except unreadable:
                    pass
                else:
                    files.replace_with(temporary, copy)
                    protected = True
        if not protected:
            copy.unlink(missing_ok=True)
            deleted.append(copy)
        for journal in journals:  # folded into the encrypted copy, or plain: gone either way
            journal.unlink(missing_ok=True)
    return deleted

"""What can go wrong with the user's database, as exceptions the UI can turn into plain words."""

from __future__ import annotations


class StorageError(Exception):
    """Something about the database file prevents the requested operation."""


class BackupError(StorageError):
    """A backup could not be made, checked or restored."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the program; it must not be written."""

    def __init__(self, revision: str | None, written_by: str | None) -> None:
        super().__init__(f"database schema {revision!r} is newer than this program (written by {written_by})")
        self.revision = revision
        self.written_by = written_by


class DamagedDatabaseError(StorageError):
    """The database failed its integrity check."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"database is damaged: {detail}")
        self.detail = detail

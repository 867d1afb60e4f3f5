"""Opening the user's database at start: refuse a newer one, recover a damaged one, migrate an older one.

The questions to the user go through an `Asker`, so the same steps serve the window, `--smoke` and tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ledhalsa_desktop import __version__
from ledhalsa_desktop.storage.app_info import record_app_version
from ledhalsa_desktop.storage.backup import BackupInfo, make_backup, newest_good_backup, restore_backup
from ledhalsa_desktop.storage.inspect import DatabaseKind, inspect_database
from ledhalsa_desktop.storage.recovery import move_aside
from ledhalsa_desktop.storage.startup import StartupSnapshot, read_snapshot


class NeedsAnswer(Exception):
    """A start that may not wait for the user met a question; the message is that question."""


class Asker(Protocol):
    def refuse_newer(self, written_by: str | None) -> None:
        """Say that a newer program made this data and that this one will not touch it."""

    def damaged(self, reason: str, backup: BackupInfo | None) -> bool:
        """Say the data file is damaged; True to restore `backup` (when there is one)."""

    def recovered(self, moved_to: Path, restored: BackupInfo | None) -> None:
        """Say what was done: where the damaged file is kept, and what was restored, if anything."""


@dataclass(frozen=True)
class Opened:
    snapshot: StartupSnapshot
    migrated: bool
    recovered_from: BackupInfo | None = None


class NewerDatabase(Exception):
    """The database was made by a newer version of the program; it is left untouched."""


def open_database(db_path: Path, backups_dir: Path, now: datetime, asker: Asker) -> Opened:
    state = inspect_database(db_path)
    recovered_from: BackupInfo | None = None
    if state.kind is DatabaseKind.NEWER:
        asker.refuse_newer(state.written_by)
        raise NewerDatabase(state.written_by or "")
    if state.kind is DatabaseKind.DAMAGED:
        backup = newest_good_backup(backups_dir)
        use_backup = asker.damaged(state.detail or "", backup)
        moved_to = move_aside(db_path, now)
        if backup is not None and use_backup:
            restore_backup(backup.path, db_path, backups_dir, now)
            recovered_from = backup
        asker.recovered(moved_to, recovered_from)
        state = inspect_database(db_path)
        if state.kind is DatabaseKind.NEWER:
            asker.refuse_newer(state.written_by)
            raise NewerDatabase(state.written_by or "")
    migrated = bring_to_head(db_path, backups_dir, now, state.kind)
    if not migrated:
        record_app_version(db_path, __version__)
    return Opened(read_snapshot(db_path), migrated, recovered_from)


def bring_to_head(db_path: Path, backups_dir: Path, now: datetime, kind: DatabaseKind) -> bool:
    """Migrate a missing, empty or older database to the current schema (an older one is backed up first).

    True when it migrated; Alembic is imported only then.
    """
    if kind not in (DatabaseKind.MISSING, DatabaseKind.EMPTY, DatabaseKind.OLDER):
        return False
    if kind is DatabaseKind.OLDER:
        make_backup(db_path, backups_dir, "premigrate", now)
    from ledhalsa_desktop.storage.migrate import upgrade_to_head

    db_path.parent.mkdir(parents=True, exist_ok=True)
    upgrade_to_head(db_path, __version__)
    return True

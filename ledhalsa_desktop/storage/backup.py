"""Backups of the database with SQLite's online backup API, each one checked before it counts."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from ledhalsa_desktop.storage.backup_names import (
    BackupInfo,
    BackupReason,
    free_backup_path,
    list_backups,
)
from ledhalsa_desktop.storage.backup_rotation import rotate
from ledhalsa_desktop.storage.errors import BackupError
from ledhalsa_desktop.storage.files import rename_without_overwriting, sync_directory
from ledhalsa_desktop.storage.recovery import move_aside
from ledhalsa_desktop.storage.sqlite_file import COMPANION_SUFFIXES, checkpoint, companion, connect, quick_check
from ledhalsa_desktop.storage.timestamps import as_utc, file_stamp, parse_file_stamp

__all__ = [
    "BackupError",
    "BackupInfo",
    "BackupReason",
    "backup_if_changed",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "restore_backup",
]

FINGERPRINT_FILE = "last-backup.sha256"


def make_backup(db_path: Path, backups_dir: Path, reason: BackupReason | str, now: datetime) -> BackupInfo:
    """A checked copy of the database (including what is still in its -wal file) in backups_dir."""
    reason = BackupReason(reason)
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    if not db_path.is_file():
        raise BackupError(f"there is no database to back up at {db_path}")
    now = as_utc(now)
    backups_dir.mkdir(parents=True, exist_ok=True)
    descriptor, partial_name = tempfile.mkstemp(prefix=".ledhalsa-", suffix=".partial", dir=backups_dir)
    os.close(descriptor)
    partial = Path(partial_name)
    try:
        _copy_database(db_path, partial)
        problem = quick_check(partial)
        if problem is not None:
            raise BackupError(f"the new backup failed its check: {problem}")
        target = free_backup_path(backups_dir, reason, now)
        rename_without_overwriting(partial, target)
    except (sqlite3.Error, OSError) as error:
        raise BackupError(f"could not copy the database: {error}") from error
    finally:
        _remove_partial(partial)
    sync_directory(backups_dir)
    return BackupInfo(target, parse_file_stamp(file_stamp(now)), reason, target.stat().st_size)


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check."""
    for backup in list_backups(Path(backups_dir)):
        if quick_check(backup.path) is None:
            return backup
    return None


def backup_if_changed(
    db_path: Path, backups_dir: Path, now: datetime, reason: BackupReason = BackupReason.START
) -> BackupInfo | None:
    """A new backup (then rotation) only when the data changed since the last one made here.

    "Changed" compares the SHA-256 of the database file, after moving any -wal content into it,
    with the one recorded next to the backups. Writes to the database only when its -wal has content.
    """
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    wal = companion(db_path, "-wal")
    checkpointed = _checkpoint_quietly(db_path) if wal.exists() and wal.stat().st_size > 0 else True
    fingerprint = _sha256(db_path) if checkpointed else None
    recorded = _read_fingerprint(backups_dir)
    if fingerprint is not None and recorded is not None:
        recorded_hash, recorded_name = recorded
        if recorded_hash == fingerprint and (backups_dir / recorded_name).is_file():
            return None
    backup = make_backup(db_path, backups_dir, reason, now)
    if fingerprint is not None:
        _write_fingerprint(backups_dir, fingerprint, backup.path.name)
    rotate(backups_dir)
    return backup


def restore_backup(backup_path: Path, db_path: Path, backups_dir: Path, now: datetime) -> BackupInfo | None:
    """Copies a backup into the database; returns the 'prerestore' backup of what was there, if any.

    A current database that fails its check is moved aside rather than overwritten.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    problem = quick_check(backup_path)
    if problem is not None:
        raise BackupError(f"the backup failed its check: {problem}")
    prerestore: BackupInfo | None = None
    if db_path.is_file() and db_path.stat().st_size > 0:
        if quick_check(db_path) is None:
            prerestore = make_backup(db_path, backups_dir, BackupReason.PRERESTORE, now)
        else:
            move_aside(db_path, now)
    try:
        _copy_database(backup_path, db_path, target_pragmas=True)
    except (sqlite3.Error, OSError) as error:
        raise BackupError(f"could not restore the backup: {error}") from error
    problem = quick_check(db_path)
    if problem is not None:
        raise BackupError(f"the restored database failed its check: {problem}")
    return prerestore


def _copy_database(source_path: Path, target_path: Path, *, target_pragmas: bool = False) -> None:
    source = connect(source_path, read_only=True)
    try:
        if target_pragmas:
            target = connect(target_path)
        else:
            target = sqlite3.connect(target_path, isolation_level=None)
            target.execute("PRAGMA synchronous=FULL")
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _checkpoint_quietly(db_path: Path) -> bool:
    try:
        return checkpoint(db_path)
    except sqlite3.Error:
        return False


def _remove_partial(partial: Path) -> None:
    for path in (partial, *(companion(partial, suffix) for suffix in COMPANION_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _read_fingerprint(backups_dir: Path) -> tuple[str, str] | None:
    try:
        fields = (backups_dir / FINGERPRINT_FILE).read_text(encoding="utf-8").split()
    except OSError:
        return None
    return (fields[0], fields[1]) if len(fields) == 2 else None


def _write_fingerprint(backups_dir: Path, fingerprint: str, backup_name: str) -> None:
    final = backups_dir / FINGERPRINT_FILE
    temporary = final.with_name(final.name + ".new")
    temporary.write_text(f"{fingerprint} {backup_name}\n", encoding="utf-8")
    os.replace(temporary, final)

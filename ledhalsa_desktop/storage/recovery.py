"""Moving a damaged database out of the way, keeping every byte of it."""

from __future__ import annotations

from datetime import datetime
from itertools import count
from pathlib import Path

from ledhalsa_desktop.storage.files import rename_without_overwriting, sync_directory
from ledhalsa_desktop.storage.sqlite_file import COMPANION_SUFFIXES, companion
from ledhalsa_desktop.storage.timestamps import file_stamp


def move_aside(db_path: Path, now: datetime) -> Path:
    """Renames the database and its -wal/-shm/-journal files to 'ledhalsa.damaged-<UTC time>.db...'.

    Returns the new path of the database. Nothing is ever deleted or overwritten.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise FileNotFoundError(db_path)
    target = _free_damaged_path(db_path, now)
    # The log files go first: a -wal left next to a new database would be replayed into it.
    for suffix in COMPANION_SUFFIXES:
        if companion(db_path, suffix).exists():
            rename_without_overwriting(companion(db_path, suffix), companion(target, suffix))
    rename_without_overwriting(db_path, target)
    sync_directory(db_path.parent)
    return target


def _free_damaged_path(db_path: Path, now: datetime) -> Path:
    stem = f"{db_path.stem}.damaged-{file_stamp(now)}"
    for sequence in count(1):
        name = stem if sequence == 1 else f"{stem}-{sequence}"
        candidate = db_path.with_name(f"{name}{db_path.suffix}")
        taken = [candidate, *(companion(candidate, suffix) for suffix in COMPANION_SUFFIXES)]
        if not any(path.exists() for path in taken):
            return candidate
    raise AssertionError("unreachable")

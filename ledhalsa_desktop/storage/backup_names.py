"""Backup files and their names: 'ledhalsa-2026-11-28_062640-start.db' (time in UTC, then the reason)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from ledhalsa_desktop.storage.timestamps import file_stamp, parse_file_stamp

BACKUP_PREFIX = "ledhalsa"
BACKUP_SUFFIX = ".db"


class BackupReason(StrEnum):
    START = "start"
    PREMIGRATE = "premigrate"
    PRERESTORE = "prerestore"
    MANUAL = "manual"


BACKUP_NAME = re.compile(
    rf"^{BACKUP_PREFIX}-(?P<stamp>\d{{4}}-\d{{2}}-\d{{2}}_\d{{6}})"
    rf"-(?P<reason>{'|'.join(BackupReason)})(?:-(?P<sequence>[2-9]|[1-9]\d+))?{re.escape(BACKUP_SUFFIX)}$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_utc: datetime
    reason: BackupReason
    size_bytes: int


@dataclass(frozen=True)
class BackupName:
    created_utc: datetime
    reason: BackupReason
    sequence: int


def parse_backup_name(name: str) -> BackupName | None:
    """What a backup's file name says, or None for any other file."""
    match = BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        created = parse_file_stamp(match["stamp"])
    except ValueError:
        return None
    return BackupName(created, BackupReason(match["reason"]), int(match["sequence"] or 1))


def free_backup_path(backups_dir: Path, reason: BackupReason, now: datetime) -> Path:
    """A new backup path for this moment; a second backup in the same second gets '-2', and so on."""
    stamp = file_stamp(now)
    taken = [
        parsed.sequence
        for path in (backups_dir.iterdir() if backups_dir.is_dir() else ())
        if (parsed := parse_backup_name(path.name)) is not None and file_stamp(parsed.created_utc) == stamp
    ]
    sequence = max(taken, default=0) + 1
    suffix = "" if sequence == 1 else f"-{sequence}"
    candidate = backups_dir / f"{BACKUP_PREFIX}-{stamp}-{reason.value}{suffix}{BACKUP_SUFFIX}"
    if candidate.exists():
        raise FileExistsError(candidate)
    return candidate


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first; other files are ignored."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    if not backups_dir.is_dir():
        return []
    for path in backups_dir.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        info = BackupInfo(path, parsed.created_utc, parsed.reason, path.stat().st_size)
        found.append((parsed.created_utc, parsed.sequence, info))
    found.sort(key=lambda entry: (entry[0], entry[1], entry[2].path.name), reverse=True)
    return [info for _, _, info in found]

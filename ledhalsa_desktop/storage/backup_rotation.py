"""Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months that have any."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import datetime
from pathlib import Path

from ledhalsa_desktop.storage.backup_names import list_backups
from ledhalsa_desktop.storage.timestamps import as_utc

DAYS_KEPT = 7
WEEKS_KEPT = 4
MONTHS_KEPT = 12


def backups_to_keep(times: list[datetime]) -> set[datetime]:
    """The times (of backups) to keep; the newest is always among them. Periods are UTC."""
    newest_first = sorted(times, key=as_utc, reverse=True)
    if not newest_first:
        return set()
    keep = {newest_first[0]}
    keep |= _newest_per_period(newest_first, lambda moment: moment.date(), DAYS_KEPT)
    keep |= _newest_per_period(newest_first, lambda moment: moment.isocalendar()[:2], WEEKS_KEPT)
    keep |= _newest_per_period(newest_first, lambda moment: (moment.year, moment.month), MONTHS_KEPT)
    return keep


def _newest_per_period(
    newest_first: list[datetime], period_of: Callable[[datetime], Hashable], periods: int
) -> set[datetime]:
    newest_in_period: dict[Hashable, datetime] = {}
    for moment in newest_first:
        period = period_of(as_utc(moment))
        if period not in newest_in_period:
            if len(newest_in_period) == periods:
                break
            newest_in_period[period] = moment
    return set(newest_in_period.values())


def rotate(backups_dir: Path) -> list[Path]:
    """Deletes the backups that backups_to_keep does not keep; returns what was deleted."""
    backups = list_backups(backups_dir)
    keep = backups_to_keep([backup.created_utc for backup in backups])
    deleted: list[Path] = []
    kept_times: set[datetime] = set()
    for backup in backups:
        if backup.created_utc in keep and backup.created_utc not in kept_times:
            kept_times.add(backup.created_utc)
            continue
        backup.path.unlink()
        deleted.append(backup.path)
    return deleted

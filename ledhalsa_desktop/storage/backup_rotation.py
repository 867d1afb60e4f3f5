"""Which backups to keep.

Automatic backups (made at start): the newest of each of the last 7 days, 4 ISO weeks and 12 months that
have any. Backups made for a reason (by the user, before an update, before a restore) are the user's way
back from that one event, so the newest few of each reason are kept apart from that thinning.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import datetime
from pathlib import Path

from ledhalsa_desktop.storage.backup_names import BackupInfo, BackupReason, list_backups
from ledhalsa_desktop.storage.timestamps import as_utc

DAYS_KEPT = 7
WEEKS_KEPT = 4
MONTHS_KEPT = 12
KEPT_PER_OTHER_REASON = 5


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
    """Deletes the backups that are not kept; returns what was deleted."""
    backups = list_backups(backups_dir)
    automatic = [backup for backup in backups if backup.reason == BackupReason.START]
    keep = backups_to_keep([backup.created_utc for backup in automatic])
    doomed: list[BackupInfo] = []
    kept_times: set[datetime] = set()
    for backup in automatic:
        if backup.created_utc in keep and backup.created_utc not in kept_times:
            kept_times.add(backup.created_utc)
        else:
            doomed.append(backup)
    for reason in BackupReason:
        if reason != BackupReason.START:
            doomed += [backup for backup in backups if backup.reason == reason][KEPT_PER_OTHER_REASON:]
    for backup in doomed:
        backup.path.unlink()
    return [backup.path for backup in doomed]

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ledhalsa_desktop.storage.backup import list_backups, make_backup
from ledhalsa_desktop.storage.backup_rotation import (
    DAYS_KEPT,
    KEPT_PER_OTHER_REASON,
    MONTHS_KEPT,
    WEEKS_KEPT,
    backups_to_keep,
    rotate,
)

from .helpers import NOW

backup_times = st.lists(
    st.datetimes(
        min_value=datetime(2024, 1, 1),
        max_value=datetime(2027, 12, 31),
        timezones=st.just(UTC),
    ).map(lambda moment: moment.replace(microsecond=0)),
    max_size=200,
)


def days_of(times: list[datetime] | set[datetime]) -> list[date]:
    return sorted({moment.date() for moment in times}, reverse=True)


@given(backup_times)
def test_the_newest_is_kept(times: list[datetime]) -> None:
    keep = backups_to_keep(times)
    assert keep <= set(times)
    if times:
        assert max(times) in keep
    else:
        assert keep == set()


@given(backup_times)
def test_never_more_than_the_periods_allow(times: list[datetime]) -> None:
    assert len(backups_to_keep(times)) <= DAYS_KEPT + WEEKS_KEPT + MONTHS_KEPT


@given(backup_times)
def test_each_of_the_latest_days_keeps_exactly_its_newest(times: list[datetime]) -> None:
    keep = backups_to_keep(times)
    for day in days_of(times)[:DAYS_KEPT]:
        kept_that_day = [moment for moment in keep if moment.date() == day]
        assert kept_that_day == [max(moment for moment in times if moment.date() == day)]


@given(backup_times)
def test_no_day_keeps_more_than_one(times: list[datetime]) -> None:
    keep = backups_to_keep(times)
    assert len(days_of(keep)) == len(keep)


@given(backup_times)
def test_rotation_is_idempotent(times: list[datetime]) -> None:
    keep = backups_to_keep(times)
    assert backups_to_keep(list(keep)) == keep


@given(backup_times)
def test_latest_weeks_and_months_keep_their_newest(times: list[datetime]) -> None:
    keep = backups_to_keep(times)
    weeks = sorted({moment.isocalendar()[:2] for moment in times}, reverse=True)[:WEEKS_KEPT]
    for week in weeks:
        assert max(moment for moment in times if moment.isocalendar()[:2] == week) in keep
    months = sorted({(moment.year, moment.month) for moment in times}, reverse=True)[:MONTHS_KEPT]
    for month in months:
        assert max(moment for moment in times if (moment.year, moment.month) == month) in keep


def test_hourly_backups_over_one_day_keep_only_the_last() -> None:
    times = [NOW.replace(hour=hour) for hour in range(24)]
    assert backups_to_keep(times) == {NOW.replace(hour=23)}


def test_daily_backups_over_a_year() -> None:
    last = datetime(2026, 12, 31, 12, tzinfo=UTC)
    times = [last - timedelta(days=day) for day in range(365)]
    keep = backups_to_keep(times)
    assert {last - timedelta(days=day) for day in range(DAYS_KEPT)} <= keep
    assert datetime(2026, 12, 20, 12, tzinfo=UTC) in keep  # Sunday ending ISO week 51
    assert datetime(2026, 12, 13, 12, tzinfo=UTC) in keep  # week 50; weeks 52 and 53 are within the 7 days
    assert datetime(2026, 1, 31, 12, tzinfo=UTC) in keep  # last day of the oldest month kept
    assert datetime(2026, 1, 30, 12, tzinfo=UTC) not in keep
    assert len(keep) == DAYS_KEPT + 2 + 11


def test_times_in_other_zones_are_grouped_by_utc_day() -> None:
    plus_two = datetime(2026, 11, 28, 1, 0, tzinfo=UTC).astimezone(__import__("zoneinfo").ZoneInfo("Europe/Stockholm"))
    same_utc_day = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
    assert backups_to_keep([plus_two, same_utc_day]) == {same_utc_day}


def test_rotate_deletes_only_backups(migrated_db: Path, backups_dir: Path) -> None:
    first = make_backup(migrated_db, backups_dir, "start", NOW)
    for hour in range(1, 5):
        copy = backups_dir / f"ledhalsa-2026-11-28_{6 + hour:02d}2640-start.db"
        shutil.copyfile(first.path, copy)
    (backups_dir / "notes.txt").write_text("mine")
    (backups_dir / "ledhalsa-old.db").write_text("mine")
    deleted = rotate(backups_dir)
    assert len(deleted) == 4
    assert [backup.path.name for backup in list_backups(backups_dir)] == ["ledhalsa-2026-11-28_102640-start.db"]
    assert (backups_dir / "notes.txt").exists() and (backups_dir / "ledhalsa-old.db").exists()
    assert rotate(backups_dir) == []


def test_rotate_keeps_one_of_two_automatic_backups_made_in_the_same_second(
    migrated_db: Path, backups_dir: Path
) -> None:
    make_backup(migrated_db, backups_dir, "start", NOW)
    second = make_backup(migrated_db, backups_dir, "start", NOW)
    rotate(backups_dir)
    assert list_backups(backups_dir) == [second]


def test_backups_made_for_a_reason_are_not_thinned_by_day(migrated_db: Path, backups_dir: Path) -> None:
    start = make_backup(migrated_db, backups_dir, "start", NOW)
    manual = make_backup(migrated_db, backups_dir, "manual", NOW + timedelta(minutes=1))
    undo = make_backup(migrated_db, backups_dir, "prerestore", NOW + timedelta(minutes=2))
    later = make_backup(migrated_db, backups_dir, "start", NOW + timedelta(minutes=3))
    rotate(backups_dir)
    assert {b.path for b in list_backups(backups_dir)} == {manual.path, undo.path, later.path}
    assert not start.path.exists()


def test_only_the_newest_few_of_each_other_reason_are_kept(migrated_db: Path, backups_dir: Path) -> None:
    made = [make_backup(migrated_db, backups_dir, "manual", NOW + timedelta(hours=h)) for h in range(8)]
    rotate(backups_dir)
    assert [b.path for b in list_backups(backups_dir)] == [b.path for b in reversed(made[-KEPT_PER_OTHER_REASON:])]

from __future__ import annotations

import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from ledhalsa_desktop.storage.backup import (
    BackupInfo,
    BackupReason,
    backup_if_changed,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
)
from ledhalsa_desktop.storage.errors import BackupError
from ledhalsa_desktop.storage.inspect import DatabaseKind, inspect_database
from ledhalsa_desktop.storage.sqlite_file import companion, connect, quick_check

from .helpers import NOW, folder_snapshot, overwrite, set_language, stored_language


def change_language(db: Path, language: str) -> None:
    conn = connect(db)
    set_language(conn, language)
    conn.close()


def test_backup_is_named_checked_and_holds_the_data(migrated_db: Path, backups_dir: Path) -> None:
    info = make_backup(migrated_db, backups_dir, BackupReason.START, NOW)
    assert info.path == backups_dir / "ledhalsa-2026-11-28_062640-start.db"
    assert (info.created_utc, info.reason, info.size_bytes) == (NOW, BackupReason.START, info.path.stat().st_size)
    assert quick_check(info.path) is None
    assert inspect_database(info.path).kind is DatabaseKind.CURRENT
    assert sorted(path.name for path in backups_dir.iterdir()) == [info.path.name]


def test_backup_reads_the_database_without_changing_it(migrated_db: Path, backups_dir: Path) -> None:
    before = folder_snapshot(migrated_db.parent)
    make_backup(migrated_db, backups_dir, "manual", NOW)
    assert folder_snapshot(migrated_db.parent) == before


def test_backup_never_overwrites(migrated_db: Path, backups_dir: Path) -> None:
    first = make_backup(migrated_db, backups_dir, "manual", NOW)
    first_bytes = first.path.read_bytes()
    second = make_backup(migrated_db, backups_dir, "manual", NOW)
    third = make_backup(migrated_db, backups_dir, "manual", NOW)
    assert [second.path.name, third.path.name] == [
        "ledhalsa-2026-11-28_062640-manual-2.db",
        "ledhalsa-2026-11-28_062640-manual-3.db",
    ]
    assert first.path.read_bytes() == first_bytes
    assert [backup.path for backup in list_backups(backups_dir)] == [third.path, second.path, first.path]


def test_backup_includes_what_is_still_in_the_wal(
    migrated_db: Path, backups_dir: Path, writer: sqlite3.Connection
) -> None:
    set_language(writer, "en")
    assert companion(migrated_db, "-wal").stat().st_size > 0
    info = make_backup(migrated_db, backups_dir, "manual", NOW)
    assert stored_language(info.path) == "en"


def test_backup_of_a_damaged_database_fails_and_leaves_nothing(migrated_db: Path, backups_dir: Path) -> None:
    overwrite(migrated_db, 2 * 4096 + 8, os.urandom(4000))
    with pytest.raises(BackupError):
        make_backup(migrated_db, backups_dir, "manual", NOW)
    assert list(backups_dir.iterdir()) == []


def test_backup_of_a_missing_database_fails(db_path: Path, backups_dir: Path) -> None:
    with pytest.raises(BackupError):
        make_backup(db_path, backups_dir, "start", NOW)


def test_unknown_reason_is_refused(migrated_db: Path, backups_dir: Path) -> None:
    with pytest.raises(ValueError):
        make_backup(migrated_db, backups_dir, "whenever", NOW)


def test_list_backups_newest_first_and_ignores_other_files(migrated_db: Path, backups_dir: Path) -> None:
    older = make_backup(migrated_db, backups_dir, "start", NOW - timedelta(days=1))
    newer = make_backup(migrated_db, backups_dir, "premigrate", NOW)
    for stray in ("notes.txt", "ledhalsa-2026-11-28_062640-lunch.db", "ledhalsa-2026-13-40_999999-start.db"):
        (backups_dir / stray).write_text("x")
    (backups_dir / "ledhalsa-2026-11-29_000000-start.db").mkdir()
    assert list_backups(backups_dir) == [newer, older]


def test_list_backups_of_a_missing_folder_is_empty(backups_dir: Path) -> None:
    assert list_backups(backups_dir) == []


def test_newest_good_backup_skips_a_damaged_one(migrated_db: Path, backups_dir: Path) -> None:
    good = make_backup(migrated_db, backups_dir, "start", NOW - timedelta(hours=1))
    bad = make_backup(migrated_db, backups_dir, "start", NOW)
    overwrite(bad.path, 0, b"this is not sqlite")
    assert newest_good_backup(backups_dir) == good


def test_newest_good_backup_when_there_is_none(backups_dir: Path) -> None:
    assert newest_good_backup(backups_dir) is None


def test_backup_if_changed_backs_up_only_after_a_change(migrated_db: Path, backups_dir: Path) -> None:
    first = backup_if_changed(migrated_db, backups_dir, NOW)
    assert first is not None and first.reason is BackupReason.START
    assert backup_if_changed(migrated_db, backups_dir, NOW + timedelta(hours=1)) is None
    change_language(migrated_db, "en")
    later = backup_if_changed(migrated_db, backups_dir, NOW + timedelta(hours=2))
    assert later is not None and stored_language(later.path) == "en"
    assert backup_if_changed(migrated_db, backups_dir, NOW + timedelta(hours=3)) is None


def test_backup_if_changed_sees_changes_still_in_the_wal(
    migrated_db: Path, backups_dir: Path, writer: sqlite3.Connection
) -> None:
    assert backup_if_changed(migrated_db, backups_dir, NOW) is not None
    set_language(writer, "en")
    later = backup_if_changed(migrated_db, backups_dir, NOW + timedelta(hours=1))
    assert later is not None and stored_language(later.path) == "en"


def test_backup_if_changed_backs_up_when_the_record_or_the_backup_is_gone(migrated_db: Path, backups_dir: Path) -> None:
    first = backup_if_changed(migrated_db, backups_dir, NOW)
    assert first is not None
    (backups_dir / "last-backup.sha256").unlink()
    second = backup_if_changed(migrated_db, backups_dir, NOW + timedelta(hours=1))
    assert second is not None
    second.path.unlink()
    assert backup_if_changed(migrated_db, backups_dir, NOW + timedelta(hours=2)) is not None


def test_backup_if_changed_rotates(migrated_db: Path, backups_dir: Path) -> None:
    for day in range(20):
        change_language(migrated_db, "en" if day % 2 else "sv")
        backup_if_changed(migrated_db, backups_dir, NOW + timedelta(days=day))
    kept = list_backups(backups_dir)
    assert len(kept) < 20
    assert kept[0].created_utc == NOW + timedelta(days=19)


def test_backup_if_changed_ignores_a_missing_or_empty_database(db_path: Path, backups_dir: Path) -> None:
    assert backup_if_changed(db_path, backups_dir, NOW) is None
    db_path.touch()
    assert backup_if_changed(db_path, backups_dir, NOW) is None


def test_restore_round_trip(migrated_db: Path, backups_dir: Path) -> None:
    change_language(migrated_db, "en")
    saved = make_backup(migrated_db, backups_dir, "manual", NOW)
    change_language(migrated_db, "sv")
    prerestore = restore_backup(saved.path, migrated_db, backups_dir, NOW + timedelta(minutes=5))
    assert stored_language(migrated_db) == "en"
    assert isinstance(prerestore, BackupInfo) and prerestore.reason is BackupReason.PRERESTORE
    assert stored_language(prerestore.path) == "sv"
    assert quick_check(migrated_db) is None
    assert inspect_database(migrated_db).kind is DatabaseKind.CURRENT


def test_restore_into_a_database_with_an_open_connection(
    migrated_db: Path, backups_dir: Path, writer: sqlite3.Connection
) -> None:
    saved = make_backup(migrated_db, backups_dir, "manual", NOW)
    set_language(writer, "en")
    prerestore = restore_backup(saved.path, migrated_db, backups_dir, NOW + timedelta(minutes=5))
    assert prerestore is not None and stored_language(prerestore.path) == "en"
    assert writer.execute("SELECT language FROM settings").fetchone() == ("sv",)


def test_restore_into_a_missing_database(migrated_db: Path, backups_dir: Path) -> None:
    saved = make_backup(migrated_db, backups_dir, "manual", NOW)
    migrated_db.unlink()
    assert restore_backup(saved.path, migrated_db, backups_dir, NOW) is None
    assert inspect_database(migrated_db).kind is DatabaseKind.CURRENT


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(migrated_db: Path, backups_dir: Path) -> None:
    saved = make_backup(migrated_db, backups_dir, "manual", NOW)
    overwrite(saved.path, 2 * 4096 + 8, os.urandom(4000))
    before = folder_snapshot(migrated_db.parent)
    with pytest.raises(BackupError):
        restore_backup(saved.path, migrated_db, backups_dir, NOW)
    assert folder_snapshot(migrated_db.parent) == before


def test_restore_moves_a_damaged_database_aside_instead_of_overwriting_it(migrated_db: Path, backups_dir: Path) -> None:
    saved = make_backup(migrated_db, backups_dir, "manual", NOW)
    overwrite(migrated_db, 2 * 4096 + 8, os.urandom(4000))
    damaged_bytes = migrated_db.read_bytes()
    assert restore_backup(saved.path, migrated_db, backups_dir, NOW) is None
    assert (migrated_db.parent / "ledhalsa.damaged-2026-11-28_062640.db").read_bytes() == damaged_bytes
    assert quick_check(migrated_db) is None


def test_times_without_a_zone_are_refused(migrated_db: Path, backups_dir: Path) -> None:
    with pytest.raises(ValueError):
        make_backup(migrated_db, backups_dir, "manual", NOW.replace(tzinfo=None))

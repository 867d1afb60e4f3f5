"""Opening the data at start with a scripted user: newer refused, damaged recovered, fresh created."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.core.profile import Profile
from ledhalsa_desktop.opening import NewerDatabase, open_database
from ledhalsa_desktop.storage.backup import BackupInfo, make_backup
from ledhalsa_desktop.storage.startup import read_snapshot
from tests.app.run_program import snapshot_files

NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


@dataclass
class ScriptedUser:
    use_backup: bool = True
    said: list[str] = field(default_factory=list)
    offered: BackupInfo | None = None

    def refuse_newer(self, written_by: str | None) -> None:
        self.said.append(f"newer {written_by}")

    def damaged(self, reason: str, backup: BackupInfo | None) -> bool:
        self.said.append("damaged")
        self.offered = backup
        return self.use_backup

    def recovered(self, moved_to: Path, restored: BackupInfo | None) -> None:
        self.said.append(f"recovered {moved_to.name} {restored is not None}")


def fresh(data: Path, name: str = "Anna") -> Path:
    db = data / "ledhalsa.db"
    opened = open_database(db, data / "backups", NOW, ScriptedUser())
    state = AppState(data, opened.snapshot.settings, opened.snapshot.profile)
    state.change_profile(Profile(name=name))
    state.close()
    return db


def test_a_new_folder_gets_a_migrated_database(tmp_path: Path) -> None:
    user = ScriptedUser()
    opened = open_database(tmp_path / "ledhalsa.db", tmp_path / "backups", NOW, user)
    assert opened.migrated
    assert opened.snapshot.settings.language == "sv"
    assert not opened.snapshot.settings.welcome_completed
    assert user.said == []


def test_a_current_database_is_opened_without_questions(tmp_path: Path) -> None:
    fresh(tmp_path)
    user = ScriptedUser()
    opened = open_database(tmp_path / "ledhalsa.db", tmp_path / "backups", NOW, user)
    assert not opened.migrated
    assert opened.snapshot.profile.name == "Anna"
    assert user.said == []


def test_a_newer_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    db = fresh(tmp_path)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.execute("UPDATE app_info SET value = '4.0.0' WHERE key = 'last_written_by_version'")
    connection.close()
    before = snapshot_files(tmp_path)
    user = ScriptedUser()
    with pytest.raises(NewerDatabase):
        open_database(db, tmp_path / "backups", NOW, user)
    assert user.said == ["newer 4.0.0"]
    assert snapshot_files(tmp_path) == before


def test_a_damaged_database_is_moved_aside_and_the_newest_good_backup_restored(tmp_path: Path) -> None:
    db = fresh(tmp_path, name="Säkerhetskopierad")
    backups = tmp_path / "backups"
    older = make_backup(db, backups, "manual", NOW - timedelta(days=2))
    newest = make_backup(db, backups, "manual", NOW - timedelta(days=1))
    newest.path.write_bytes(b"broken" * 1000)
    damaged_bytes = b"SQLite format 3\x00" + b"\xff" * 5000
    db.write_bytes(damaged_bytes)
    user = ScriptedUser(use_backup=True)

    opened = open_database(db, backups, NOW, user)

    assert user.offered is not None and user.offered.path == older.path
    assert opened.recovered_from is not None
    assert opened.snapshot.profile.name == "Säkerhetskopierad"
    kept = [p for p in tmp_path.iterdir() if "damaged" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    assert user.said == ["damaged", f"recovered {kept[0].name} True"]


def test_a_damaged_database_without_backup_starts_fresh_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "ledhalsa.db"
    db.write_bytes(b"not a database" * 300)
    user = ScriptedUser()
    opened = open_database(db, tmp_path / "backups", NOW, user)
    assert user.offered is None
    assert user.said[0] == "damaged" and user.said[1].endswith("False")
    assert opened.migrated
    assert read_snapshot(db).profile.name is None
    assert any("damaged" in p.name for p in tmp_path.iterdir())


def test_choosing_to_start_fresh_keeps_the_backup_and_the_damaged_file(tmp_path: Path) -> None:
    db = fresh(tmp_path)
    backup = make_backup(db, tmp_path / "backups", "manual", NOW - timedelta(days=1))
    db.write_bytes(b"garbage" * 500)
    opened = open_database(db, tmp_path / "backups", NOW, ScriptedUser(use_backup=False))
    assert opened.recovered_from is None
    assert opened.snapshot.profile.name is None
    assert backup.path.exists()


def test_an_older_database_is_backed_up_before_it_is_migrated(tmp_path: Path, monkeypatch) -> None:
    db = fresh(tmp_path)
    from ledhalsa_desktop.storage.schema import known_revisions

    later = [*known_revisions(), "9998"]
    monkeypatch.setattr("ledhalsa_desktop.storage.inspect.known_revisions", lambda: later)
    monkeypatch.setattr("ledhalsa_desktop.storage.inspect.head_revision", lambda: "9998")
    migrated: list[Path] = []
    monkeypatch.setattr("ledhalsa_desktop.storage.migrate.upgrade_to_head", lambda path, version: migrated.append(path))
    opened = open_database(db, tmp_path / "backups", NOW, ScriptedUser())
    assert opened.migrated and migrated == [db]
    backups = list((tmp_path / "backups").glob("*premigrate*.db"))
    assert len(backups) == 1
    assert read_snapshot(backups[0]).profile.name == "Anna"

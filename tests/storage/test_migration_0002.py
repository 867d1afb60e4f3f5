"""Migration 0002 (voice settings, exercise_feedback) on a saved database of the released 0001 schema."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy.exc import IntegrityError

from ledhalsa_desktop.core.profile import Profile, Sex
from ledhalsa_desktop.core.settings import Settings, Theme, VoiceSpeed
from ledhalsa_desktop.opening import open_database
from ledhalsa_desktop.storage.backup import BackupInfo, list_backups, restore_backup
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.errors import DamagedDatabaseError
from ledhalsa_desktop.storage.inspect import DatabaseKind, DatabaseState, inspect_database
from ledhalsa_desktop.storage.migrate import upgrade_to_head
from ledhalsa_desktop.storage.repositories import list_exercise_feedback, load_profile, load_settings
from ledhalsa_desktop.storage.schema import head_revision
from ledhalsa_desktop.storage.sqlite_file import COMPANION_SUFFIXES, companion, connect, quick_check
from ledhalsa_desktop.storage.startup import read_snapshot

from .helpers import NOW, SAVED_0001, copy_saved, folder_snapshot, schema_description, table_rows

NEXT_VERSION = "0.3.0"
# The saved file is the released schema: it is never remade, so its bytes never change.
SAVED_0001_SHA256 = "2bf19b58ae4393b415beef9199b73d79f6298b8eacc69fd3972cb1a96127b116"

BIRGITTA_SETTINGS_0001 = {
    "id": 1,
    "language": "en",
    "text_scale": 150,
    "theme": "high_contrast",
    "welcome_completed": 1,
    "updated_utc": "2026-11-20T08:15:00Z",
}
BIRGITTA_PROFILE = {
    "id": 1,
    "name": "Birgitta",
    "birth_year": 1948,
    "sex": "female",
    "updated_utc": "2026-11-20T08:14:00Z",
}
VOICE_DEFAULTS = {"voice_enabled": 1, "voice_speed": "normal"}
# Added by migration 0004.
REMINDER_DEFAULTS = {"reminders_on": 1, "reminder_time": "10:00", "start_with_computer": 0}


@dataclass
class SilentAsker:
    """Answers open_database's questions; an OLDER database must not raise any of them."""

    said: list[str] = field(default_factory=list)

    def refuse_newer(self, written_by: str | None) -> None:
        self.said.append(f"newer {written_by}")

    def damaged(self, reason: str, backup: BackupInfo | None) -> bool:
        self.said.append(f"damaged {reason}")
        return False

    def recovered(self, moved_to: Path, restored: BackupInfo | None) -> None:
        self.said.append(f"recovered {moved_to.name}")


@pytest.fixture
def saved_0001(db_path: Path) -> Path:
    return copy_saved(SAVED_0001, db_path)


def raw_rows(db: Path, table: str) -> list[dict[str, object]]:
    return table_rows(db)[table]


def assert_nothing_lost(before: dict[str, list[dict[str, object]]], after: dict[str, list[dict[str, object]]]) -> None:
    """Every table and row of the old file is still there, each old column with its old value.

    app_info is the program's own note of who wrote the file last, which a migration rightly updates.
    """
    for table, rows in before.items():
        if table == "app_info":
            continue
        assert table in after, table
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            assert {column: new.get(column) for column in old} == old, table


def test_the_saved_file_is_the_released_0001_schema_with_birgittas_data() -> None:
    for suffix in COMPANION_SUFFIXES:
        assert not companion(SAVED_0001, suffix).exists(), f"{suffix} next to the saved database"
    assert SAVED_0001.read_bytes()[18:20] == b"\x02\x02"  # WAL, as the program leaves every file
    assert quick_check(SAVED_0001) is None
    rows = table_rows(SAVED_0001)
    assert rows["settings"] == [BIRGITTA_SETTINGS_0001]
    assert rows["profile"] == [BIRGITTA_PROFILE]
    assert rows["app_info"] == [
        {"key": "created_by_version", "value": "0.1.0"},
        {"key": "last_written_by_version", "value": "0.1.0"},
    ]
    assert sorted(rows) == ["app_info", "profile", "settings"]
    digest = hashlib.sha256(SAVED_0001.read_bytes()).hexdigest()
    assert digest == SAVED_0001_SHA256, "schema_0001.db changed: it is the released schema and is never remade"


def test_an_untouched_copy_is_older_and_inspecting_it_writes_nothing(saved_0001: Path) -> None:
    before = folder_snapshot(saved_0001.parent)
    assert inspect_database(saved_0001) == DatabaseState(DatabaseKind.OLDER, revision="0001", written_by="0.1.0")
    assert folder_snapshot(saved_0001.parent) == before


def test_migrating_keeps_every_value_and_adds_the_voice_defaults(saved_0001: Path) -> None:
    before = table_rows(saved_0001)
    upgrade_to_head(saved_0001, NEXT_VERSION)

    after = table_rows(saved_0001)
    assert_nothing_lost(before, after)
    assert after["settings"] == [BIRGITTA_SETTINGS_0001 | VOICE_DEFAULTS | REMINDER_DEFAULTS]
    assert after["profile"] == [BIRGITTA_PROFILE]
    assert after["exercise_feedback"] == []
    assert {row["key"]: row["value"] for row in after["app_info"]} == {
        "created_by_version": "0.1.0",
        "last_written_by_version": NEXT_VERSION,
    }
    assert quick_check(saved_0001) is None
    assert inspect_database(saved_0001) == DatabaseState(
        DatabaseKind.CURRENT, revision=head_revision(), written_by=NEXT_VERSION
    )


def test_what_the_program_reads_after_migrating(saved_0001: Path) -> None:
    upgrade_to_head(saved_0001, NEXT_VERSION)
    birgitta = Settings(
        language="en",
        text_scale=150,
        theme=Theme.HIGH_CONTRAST,
        welcome_completed=True,
        voice_enabled=True,
        voice_speed=VoiceSpeed.NORMAL,
    )
    snapshot = read_snapshot(saved_0001)
    assert snapshot.settings == birgitta
    assert snapshot.profile == Profile(name="Birgitta", birth_year=1948, sex=Sex.FEMALE)
    with Database(saved_0001) as database:
        assert load_settings(database) == birgitta
        assert load_profile(database) == snapshot.profile
        assert list_exercise_feedback(database) == []


def test_a_migrated_0001_file_has_the_same_schema_as_a_new_one(
    saved_0001: Path, migrated_db: Path, tmp_path: Path
) -> None:
    old = copy_saved(SAVED_0001, tmp_path / "old.db")
    upgrade_to_head(old, NEXT_VERSION)
    assert schema_description(old) == schema_description(migrated_db)


def test_migrating_twice_changes_nothing_more(saved_0001: Path) -> None:
    upgrade_to_head(saved_0001, NEXT_VERSION)
    once = table_rows(saved_0001)
    upgrade_to_head(saved_0001, NEXT_VERSION)
    assert table_rows(saved_0001) == once


def test_open_database_backs_up_the_old_file_before_migrating(saved_0001: Path, backups_dir: Path) -> None:
    before = table_rows(saved_0001)
    asker = SilentAsker()

    opened = open_database(saved_0001, backups_dir, NOW, asker)

    assert asker.said == []
    assert opened.migrated and opened.recovered_from is None
    assert opened.snapshot.profile.name == "Birgitta"
    assert opened.snapshot.settings.text_scale == 150 and opened.snapshot.settings.voice_enabled
    backups = list_backups(backups_dir)
    assert [backup.reason for backup in backups] == ["premigrate"]
    kept = backups[0].path
    assert quick_check(kept) is None
    assert inspect_database(kept).kind is DatabaseKind.OLDER
    assert inspect_database(kept).revision == "0001"
    assert table_rows(kept) == before
    assert inspect_database(saved_0001).kind is DatabaseKind.CURRENT
    assert_nothing_lost(before, table_rows(saved_0001))


def test_the_premigrate_backup_can_be_put_back_and_migrated_again(saved_0001: Path, backups_dir: Path) -> None:
    open_database(saved_0001, backups_dir, NOW, SilentAsker())
    (premigrate,) = list_backups(backups_dir)
    conn = connect(saved_0001)
    conn.execute("UPDATE profile SET name = 'Birgitta Ek'")
    conn.close()

    restore_backup(premigrate.path, saved_0001, backups_dir, NOW)
    assert inspect_database(saved_0001).kind is DatabaseKind.OLDER
    upgrade_to_head(saved_0001, NEXT_VERSION)
    assert raw_rows(saved_0001, "profile") == [BIRGITTA_PROFILE]


def test_a_migration_that_fails_leaves_the_old_file_as_it_was(saved_0001: Path) -> None:
    # A value that got past the CHECK constraints (impossible through the program) stops the table rebuild.
    conn = connect(saved_0001)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE settings SET text_scale = 999")
    conn.close()
    before = table_rows(saved_0001)
    sql_before = schema_description(saved_0001)

    with pytest.raises(IntegrityError, match="settings_text_scale_range"):
        upgrade_to_head(saved_0001, NEXT_VERSION)

    assert table_rows(saved_0001) == before
    assert schema_description(saved_0001) == sql_before
    assert inspect_database(saved_0001) == DatabaseState(DatabaseKind.OLDER, revision="0001", written_by="0.1.0")


def test_a_damaged_0001_file_is_refused_before_migrating(saved_0001: Path) -> None:
    with open(saved_0001, "r+b") as file:
        file.seek(4096 + 8)
        file.write(b"\xff" * 2000)
    before = folder_snapshot(saved_0001.parent)
    with pytest.raises(DamagedDatabaseError):
        upgrade_to_head(saved_0001, NEXT_VERSION)
    assert folder_snapshot(saved_0001.parent) == before


names = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=60).filter(
    lambda name: name.strip() == name and "  " not in name
)


@hypothesis_settings(max_examples=20, deadline=None)
@given(
    language=st.sampled_from(["sv", "en"]),
    text_scale=st.integers(min_value=100, max_value=200),
    theme=st.sampled_from(list(Theme)),
    welcome_completed=st.sampled_from([0, 1]),
    name=st.none() | names,
    birth_year=st.none() | st.integers(min_value=1900, max_value=2100),
    sex=st.none() | st.sampled_from(list(Sex)),
)
def test_any_values_a_0001_file_can_hold_survive_the_migration(
    language: str,
    text_scale: int,
    theme: Theme,
    welcome_completed: int,
    name: str | None,
    birth_year: int | None,
    sex: Sex | None,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "ledhalsa.db"
        shutil.copyfile(SAVED_0001, db)
        conn = connect(db)
        conn.execute(
            "UPDATE settings SET language = ?, text_scale = ?, theme = ?, welcome_completed = ?",
            (language, text_scale, theme.value, welcome_completed),
        )
        conn.execute(
            "UPDATE profile SET name = ?, birth_year = ?, sex = ?",
            (name, birth_year, sex.value if sex else None),
        )
        conn.close()
        before = table_rows(db)

        upgrade_to_head(db, NEXT_VERSION)

        after = table_rows(db)
        assert_nothing_lost(before, after)
        assert {key: after["settings"][0][key] for key in VOICE_DEFAULTS} == VOICE_DEFAULTS
        assert quick_check(db) is None

"""What the running program knows about the user, and the one place that writes it to the database."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ledhalsa_desktop.core.profile import Profile
from ledhalsa_desktop.core.settings import Settings
from ledhalsa_desktop.paths import backup_dir, database_path
from ledhalsa_desktop.storage import backup as backups
from ledhalsa_desktop.storage.sqlite_file import checkpoint
from ledhalsa_desktop.storage.startup import read_snapshot

if TYPE_CHECKING:
    from ledhalsa_desktop.core.assessment import Assessment, RedFlag
    from ledhalsa_desktop.core.diary import DiaryEntry
    from ledhalsa_desktop.storage.database import Database
    from ledhalsa_desktop.storage.diary_records import Draft
    from ledhalsa_desktop.storage.program_records import StoredAssessment
    from ledhalsa_desktop.training import Training


def utc_now() -> datetime:
    return datetime.now(UTC)


class AppState:
    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        profile: Profile,
        *,
        language_override: str | None = None,
        text_scale_override: int | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.db_path = database_path(data_dir)
        self.backups_dir = backup_dir(data_dir)
        self.stored_settings = settings
        self.profile = profile
        self._language_override = language_override
        self._text_scale_override = text_scale_override
        self._database: Database | None = None
        self._database_lock = threading.Lock()
        self._training: Training | None = None

    @property
    def settings(self) -> Settings:
        """The settings in force: the stored ones, with what the command line chose for this start."""
        changes: dict[str, object] = {}
        if self._language_override:
            changes["language"] = self._language_override
        if self._text_scale_override:
            changes["text_scale"] = self._text_scale_override
        return replace(self.stored_settings, **changes) if changes else self.stored_settings

    def database(self) -> Database:
        with self._database_lock:
            if self._database is None:
                from ledhalsa_desktop.storage.database import Database

                self._database = Database(self.db_path)
            return self._database

    @property
    def training(self) -> Training:
        """The personal program: made on first use, so a start without one never loads its modules."""
        if self._training is None:
            from ledhalsa_desktop import content
            from ledhalsa_desktop.training import Training

            self._training = Training(self.db_path, self.database, content.catalogue, utc_now)
        return self._training

    def save_assessment(self, assessment: Assessment) -> StoredAssessment:
        """Stores a checked assessment (InvalidAssessment otherwise); the birth year and sex also fill the profile."""
        from ledhalsa_desktop.storage.assessment_repository import save_assessment

        stored = save_assessment(self.database(), assessment, utc_now())
        if assessment.birth_year is not None and assessment.birth_year != self.profile.birth_year:
            self.change_profile(replace(self.profile, birth_year=assessment.birth_year))
        if assessment.sex is not None and assessment.sex != self.profile.sex:
            self.change_profile(replace(self.profile, sex=assessment.sex))
        if self._training is not None:
            self._training.forget()
        return stored

    def record_red_flag_stop(self, flags: tuple[RedFlag, ...]) -> None:
        """The assessment stopped at the red-flag page: the signs answered yes are kept."""
        from ledhalsa_desktop.storage.assessment_repository import save_red_flag_stop

        now = utc_now()
        save_red_flag_stop(self.database(), now.astimezone().date(), flags, now)

    def warm_up(self) -> None:
        """Import the database layer in the background so the first save is quick."""

        def load() -> None:
            import ledhalsa_desktop.storage.repositories  # noqa: F401

        threading.Thread(target=load, name="warm-up-database", daemon=True).start()

    def change_settings(self, **changes: object) -> Settings:
        from ledhalsa_desktop.storage.repositories import save_settings

        if "language" in changes:
            self._language_override = None
        if "text_scale" in changes:
            self._text_scale_override = None
        updated = replace(self.stored_settings, **changes)
        save_settings(self.database(), updated, utc_now())
        self.stored_settings = updated
        return self.settings

    def change_profile(self, profile: Profile) -> None:
        from ledhalsa_desktop.storage.repositories import save_profile

        self.profile = save_profile(self.database(), profile, utc_now())

    def record_exercise_feedback(self, exercise_id: str, level: int, switched_to_level: int | None) -> None:
        """The person said an exercise hurt too much or was too hard (and maybe took an easier level)."""
        from ledhalsa_desktop.storage.repositories import record_exercise_feedback

        record_exercise_feedback(self.database(), exercise_id, level, "too_painful", switched_to_level, utc_now())

    # The pain diary

    @staticmethod
    def local_now() -> datetime:
        """Now on the user's own clock: the diary's days and times are local (tests put a fake clock here)."""
        return datetime.now().astimezone()

    def diary_today(self) -> date:
        return self.local_now().date()

    def save_diary_entry(self, entry: DiaryEntry) -> int:
        """Stores a new entry (InvalidEntry when core refuses it) and returns its id; a flare pauses the program."""
        from ledhalsa_desktop.storage import diary_repository

        entry_id = diary_repository.save_entry(self.database(), entry, self.diary_today(), utc_now())
        self._diary_flare(entry)
        return entry_id

    def update_diary_entry(self, entry_id: int, entry: DiaryEntry) -> None:
        from ledhalsa_desktop.storage import diary_repository

        diary_repository.update_entry(self.database(), entry_id, entry, self.diary_today(), utc_now())
        self._diary_flare(entry)

    def delete_diary_entry(self, entry_id: int) -> None:
        """Hides the entry; undo_diary_delete brings it back as it was."""
        from ledhalsa_desktop.storage import diary_repository

        diary_repository.delete_entry(self.database(), entry_id, utc_now())

    def undo_diary_delete(self, entry_id: int) -> None:
        from ledhalsa_desktop.storage import diary_repository

        diary_repository.undo_delete(self.database(), entry_id)

    def load_diary_draft(self) -> Draft | None:
        """The entry that was being typed when the diary was last left, if any (read with plain sqlite3)."""
        from ledhalsa_desktop.storage import diary_records

        with diary_records.reading(self.db_path) as conn:
            return diary_records.read_draft(conn)

    def save_diary_draft(self, data: dict[str, object]) -> None:
        from ledhalsa_desktop.storage import diary_repository

        diary_repository.save_draft(self.database(), data, utc_now())

    def clear_diary_draft(self) -> None:
        from ledhalsa_desktop.storage import diary_repository

        diary_repository.clear_draft(self.database())

    def _diary_flare(self, entry: DiaryEntry) -> None:
        """A flare written down for today or yesterday pauses the program's progression, unless one already does."""
        if not entry.flare or entry.day < self.diary_today() - timedelta(days=1):
            return
        today = self.training.today()
        if today is not None and today.flare is None:
            self.training.mark_flare()

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.backups_dir)

    def make_backup(self) -> backups.BackupInfo:
        self._release_database()
        return backups.make_backup(self.db_path, self.backups_dir, "manual", utc_now())

    def backup_if_changed(self) -> backups.BackupInfo | None:
        return backups.backup_if_changed(self.db_path, self.backups_dir, utc_now())

    def restore(self, backup: backups.BackupInfo) -> backups.BackupInfo | None:
        """Put a backup in place of the current data (which is backed up first) and reload."""
        self._release_database()
        now = utc_now()
        saved = backups.restore_backup(backup.path, self.db_path, self.backups_dir, now)
        from ledhalsa_desktop.opening import bring_to_head
        from ledhalsa_desktop.storage.inspect import inspect_database

        bring_to_head(self.db_path, self.backups_dir, now, inspect_database(self.db_path).kind)
        snapshot = read_snapshot(self.db_path)
        self.stored_settings, self.profile = snapshot.settings, snapshot.profile
        if self._training is not None:
            self._training.forget()
        return saved

    def close(self) -> None:
        if self._database is not None:
            self._release_database()
        elif self.db_path.exists():
            checkpoint(self.db_path)

    def _release_database(self) -> None:
        with self._database_lock:
            if self._database is not None:
                self._database.close()
                self._database = None

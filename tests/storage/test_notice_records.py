"""The plain-sqlite3 reads of lessons read and notices shown agree with what `notices` wrote, also from the -wal."""

from __future__ import annotations

from pathlib import Path

from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.notice_records import lessons_read, shown_and_read
from ledhalsa_desktop.storage.notices import mark_lesson_read, record_shown, unmark_lesson_read

from .helpers import NOW


def test_reads_what_notices_wrote(migrated_db: Path) -> None:
    assert lessons_read(migrated_db) == set()
    assert shown_and_read(migrated_db, "lesson_suggestion", "2026-W48") == (False, set())
    db = Database(migrated_db)
    try:
        mark_lesson_read(db, "pain-during-exercise", NOW)
        mark_lesson_read(db, "common-myths", NOW)
        unmark_lesson_read(db, "common-myths")
        record_shown(db, "lesson_suggestion", "2026-W48", NOW)
        assert lessons_read(migrated_db) == {"pain-during-exercise"}  # while the writer is open: from the -wal
        assert shown_and_read(migrated_db, "lesson_suggestion", "2026-W48") == (True, {"pain-during-exercise"})
        assert shown_and_read(migrated_db, "lesson_suggestion", "2026-W49")[0] is False
    finally:
        db.close()

"""The fast read of settings and profile that the first window is painted with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ledhalsa_desktop.core.profile import Profile
from ledhalsa_desktop.core.settings import Settings
from ledhalsa_desktop.storage.row_values import profile_from_row, settings_from_row
from ledhalsa_desktop.storage.sqlite_file import connect


@dataclass(frozen=True)
class StartupSnapshot:
    settings: Settings
    profile: Profile


def read_snapshot(db_path: Path) -> StartupSnapshot:
    """Settings and profile from a CURRENT database; missing rows and out-of-range values give defaults."""
    # Plain sqlite3 on purpose: importing SQLAlchemy takes about a second, longer than the whole
    # budget for showing the first window, so the ORM is loaded only after the window is up.
    conn = connect(db_path, read_only=True)
    try:
        settings_row = conn.execute(
            "SELECT language, text_scale, theme, welcome_completed, voice_enabled, voice_speed,"
            " reminders_on, reminder_time, start_with_computer FROM settings WHERE id = 1"
        ).fetchone()
        profile_row = conn.execute("SELECT name, birth_year, sex FROM profile WHERE id = 1").fetchone()
    finally:
        conn.close()
    return StartupSnapshot(
        settings=settings_from_row(*settings_row) if settings_row else Settings(),
        profile=profile_from_row(*profile_row) if profile_row else Profile(),
    )

"""Reading and saving settings and profile through SQLModel (slow to import: load lazily)."""

from __future__ import annotations

from datetime import datetime

from ledhalsa_desktop.core.profile import Profile
from ledhalsa_desktop.core.settings import Settings
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.models import SINGLE_ROW_ID, ProfileRow, SettingsRow
from ledhalsa_desktop.storage.row_values import (
    profile_for_row,
    profile_from_row,
    settings_for_row,
    settings_from_row,
)
from ledhalsa_desktop.storage.timestamps import as_utc, column_text


def load_settings(db: Database) -> Settings:
    with db.session() as session:
        row = session.get(SettingsRow, SINGLE_ROW_ID)
        if row is None:
            return Settings()
        return settings_from_row(row.language, row.text_scale, row.theme, row.welcome_completed)


def save_settings(db: Database, settings: Settings, now: datetime) -> None:
    checked = settings_for_row(settings)
    with db.session() as session:
        row = session.get(SettingsRow, SINGLE_ROW_ID) or SettingsRow(updated_utc=column_text(now))
        row.language = checked.language
        row.text_scale = checked.text_scale
        row.theme = checked.theme.value
        row.welcome_completed = checked.welcome_completed
        row.updated_utc = column_text(now)
        session.add(row)


def load_profile(db: Database) -> Profile:
    with db.session() as session:
        row = session.get(ProfileRow, SINGLE_ROW_ID)
        if row is None:
            return Profile()
        return profile_from_row(row.name, row.birth_year, row.sex)


def save_profile(db: Database, profile: Profile, now: datetime) -> Profile:
    """Saves the profile (name tidied) and returns it as stored; InvalidProfileError on a bad value."""
    checked = profile_for_row(profile, current_year=as_utc(now).year)
    with db.session() as session:
        row = session.get(ProfileRow, SINGLE_ROW_ID) or ProfileRow(updated_utc=column_text(now))
        row.name = checked.name
        row.birth_year = checked.birth_year
        row.sex = checked.sex.value if checked.sex is not None else None
        row.updated_utc = column_text(now)
        session.add(row)
    return checked

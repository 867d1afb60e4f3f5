"""Settings and profile values on their way into and out of database rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ledhalsa_desktop.core.profile import (
    OLDEST_BIRTH_YEAR,
    Profile,
    ProfileProblem,
    Sex,
    check_birth_year,
    clean_name,
)
from ledhalsa_desktop.core.settings import (
    Settings,
    SettingsError,
    Theme,
    check_flag,
    check_language,
    check_reminder_time,
    check_text_scale,
    check_voice_enabled,
    check_voice_speed,
)
from ledhalsa_desktop.storage.schema import BIRTH_YEAR_CEILING

T = TypeVar("T")


class InvalidProfileError(ValueError):
    """A profile value that must not reach the database."""

    def __init__(self, message: str, problem: ProfileProblem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


def settings_from_row(
    language: object,
    text_scale: object,
    theme: object,
    welcome_completed: object,
    voice_enabled: object,
    voice_speed: object,
    reminders_on: object = None,
    reminder_time: object = None,
    start_with_computer: object = None,
) -> Settings:
    """Settings from stored values; a value that is somehow out of range becomes its default."""
    defaults = Settings()
    return Settings(
        language=_or_default(check_language, language, defaults.language),
        text_scale=_or_default(check_text_scale, text_scale, defaults.text_scale),
        theme=_or_default(Theme, theme, defaults.theme),
        welcome_completed=_stored_bool(welcome_completed, defaults.welcome_completed),
        voice_enabled=_stored_bool(voice_enabled, defaults.voice_enabled),
        voice_speed=_or_default(check_voice_speed, voice_speed, defaults.voice_speed),
        reminders_on=_stored_bool(reminders_on, defaults.reminders_on),
        reminder_time=_or_default(check_reminder_time, reminder_time, defaults.reminder_time),
        start_with_computer=_stored_bool(start_with_computer, defaults.start_with_computer),
    )


def profile_from_row(name: object, birth_year: object, sex: object) -> Profile:
    """A profile from stored values; a value that is somehow out of range becomes None."""
    stored_name: str | None = None
    if isinstance(name, str):
        stored_name, problem = clean_name(name)
        if problem is not None:
            stored_name = None
    return Profile(name=stored_name, birth_year=_stored_birth_year(birth_year), sex=_or_default(Sex, sex, None))


def settings_for_row(settings: Settings) -> Settings:
    """The settings checked once more, as the database will receive them."""
    if not isinstance(settings.welcome_completed, bool):
        raise SettingsError("welcome_completed must be True or False")
    return Settings(
        language=settings.language,
        text_scale=settings.text_scale,
        theme=settings.theme,
        welcome_completed=settings.welcome_completed,
        voice_enabled=check_voice_enabled(settings.voice_enabled),
        voice_speed=check_voice_speed(settings.voice_speed),
        reminders_on=check_flag("reminders_on", settings.reminders_on),
        reminder_time=check_reminder_time(settings.reminder_time),
        start_with_computer=check_flag("start_with_computer", settings.start_with_computer),
    )


def profile_for_row(profile: Profile, current_year: int) -> Profile:
    """The profile as it will be stored (name tidied), or InvalidProfileError."""
    name: str | None = None
    if profile.name is not None:
        name, problem = clean_name(profile.name)
        if problem is not None:
            raise InvalidProfileError(f"name: {problem.value}", problem)
    year = profile.birth_year
    if year is not None:
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidProfileError("birth year must be a whole number")
        problem = check_birth_year(year, current_year)
        if problem is not None:
            raise InvalidProfileError(f"birth year: {problem.value}", problem)
    sex = profile.sex
    if sex is not None:
        try:
            sex = Sex(sex)
        except ValueError:
            raise InvalidProfileError(f"sex must be one of {', '.join(Sex)}, not {sex!r}") from None
    return Profile(name=name, birth_year=year, sex=sex)


def _stored_birth_year(value: object) -> int | None:
    if type(value) is int and OLDEST_BIRTH_YEAR <= value <= BIRTH_YEAR_CEILING:
        return value
    return None


def _stored_bool(value: object, default: bool) -> bool:
    """0 and 1 (as SQLite stores booleans) or True and False; anything else gives the default."""
    if type(value) in (int, bool) and value in (0, 1):
        return bool(value)
    return default


def _or_default(convert: Callable[[Any], T], value: object, default: T) -> T:
    try:
        return convert(value)
    except (ValueError, TypeError):
        return default

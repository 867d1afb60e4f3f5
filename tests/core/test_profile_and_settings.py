from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledhalsa_desktop.core.profile import (
    MAX_NAME_LENGTH,
    ProfileProblem,
    check_birth_year,
    clean_name,
    parse_birth_year,
)
from ledhalsa_desktop.core.settings import (
    SPEECH_RATES,
    Settings,
    SettingsError,
    Theme,
    VoiceSpeed,
    check_reminder_time,
    reminder_time_text,
)

THIS_YEAR = 2026


@given(st.text(max_size=120))
def test_a_cleaned_name_is_short_single_spaced_or_refused(raw: str) -> None:
    name, problem = clean_name(raw)
    if problem is None:
        assert name is None or (0 < len(name) <= MAX_NAME_LENGTH and "  " not in name and name == name.strip())
    else:
        assert name is None


def test_name_examples() -> None:
    assert clean_name("  Anna   Lisa ") == ("Anna Lisa", None)
    assert clean_name("   ") == (None, None)
    assert clean_name("A" * 61) == (None, ProfileProblem.NAME_TOO_LONG)
    assert clean_name("An\x00na") == (None, ProfileProblem.NAME_HAS_CONTROL_CHARACTERS)


@given(st.integers(min_value=1900, max_value=THIS_YEAR - 18))
def test_every_adult_birth_year_is_accepted(year: int) -> None:
    assert check_birth_year(year, THIS_YEAR) is None
    assert parse_birth_year(f" {year} ", THIS_YEAR) == (year, None)


@given(st.integers(min_value=THIS_YEAR - 17, max_value=9999))
def test_too_late_birth_years_are_refused(year: int) -> None:
    assert parse_birth_year(str(year), THIS_YEAR) == (None, ProfileProblem.BIRTH_YEAR_TOO_LATE)


@pytest.mark.parametrize("raw", ["19x2", "52", "١٩٥٢", "1952.0", "-1952"])
def test_non_years_are_refused(raw: str) -> None:
    assert parse_birth_year(raw, THIS_YEAR) == (None, ProfileProblem.BIRTH_YEAR_NOT_A_YEAR)


def test_empty_birth_year_means_not_given() -> None:
    assert parse_birth_year("  ", THIS_YEAR) == (None, None)
    assert parse_birth_year("1899", THIS_YEAR) == (None, ProfileProblem.BIRTH_YEAR_TOO_EARLY)


@given(st.integers(min_value=100, max_value=200), st.sampled_from(["sv", "en"]), st.sampled_from(list(Theme)))
def test_valid_settings_are_accepted(scale: int, language: str, theme: Theme) -> None:
    settings = Settings(language=language, text_scale=scale, theme=theme)
    assert settings.theme is theme


@pytest.mark.parametrize(
    "changes",
    [
        {"language": "de"},
        {"text_scale": 99},
        {"text_scale": 201},
        {"theme": "pink"},
        {"voice_enabled": 1},
        {"voice_enabled": "yes"},
        {"voice_enabled": None},
        {"voice_speed": "turbo"},
        {"voice_speed": "SLOW"},
        {"voice_speed": None},
        {"voice_speed": -0.3},
    ],
)
def test_invalid_settings_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises((SettingsError, ValueError)):
        Settings(**changes)


@pytest.mark.parametrize("changes", [{"voice_enabled": 0}, {"voice_speed": "warp"}, {"voice_speed": ["slow"]}])
def test_bad_voice_settings_are_refused_as_settings_errors(changes: dict[str, object]) -> None:
    with pytest.raises(SettingsError):
        Settings(**changes)
    with pytest.raises(SettingsError):
        replace(Settings(), **changes)


def test_defaults_keep_what_was_there_and_turn_the_voice_on_at_normal_speed() -> None:
    settings = Settings()
    assert (settings.language, settings.text_scale, settings.theme, settings.welcome_completed) == (
        "sv",
        100,
        Theme.NORMAL,
        False,
    )
    assert settings.voice_enabled is True
    assert settings.voice_speed is VoiceSpeed.NORMAL


def test_voice_speeds_and_their_speech_rates() -> None:
    assert [speed.value for speed in VoiceSpeed] == ["slow", "normal", "fast"]
    assert [speed.speech_rate for speed in VoiceSpeed] == [-0.3, 0.0, 0.3]
    assert set(SPEECH_RATES) == set(VoiceSpeed)
    assert all(-1.0 <= rate <= 1.0 for rate in SPEECH_RATES.values())


@given(st.sampled_from(list(VoiceSpeed)), st.booleans())
def test_a_voice_speed_given_as_text_becomes_the_enum(speed: VoiceSpeed, enabled: bool) -> None:
    settings = Settings(voice_enabled=enabled, voice_speed=speed.value)  # type: ignore[arg-type]
    assert settings.voice_speed is speed
    assert settings == Settings(voice_enabled=enabled, voice_speed=speed)
    changed = replace(Settings(), voice_speed=speed.value)
    assert changed.voice_speed is speed


@given(
    st.sampled_from(["sv", "en"]),
    st.integers(min_value=100, max_value=200),
    st.sampled_from(list(Theme)),
    st.booleans(),
    st.booleans(),
    st.sampled_from(list(VoiceSpeed)),
)
def test_positional_order_is_kept_for_the_first_four_fields(
    language: str, scale: int, theme: Theme, welcome: bool, voice: bool, speed: VoiceSpeed
) -> None:
    settings = Settings(language, scale, theme, welcome, voice, speed)
    assert settings == Settings(
        language=language,
        text_scale=scale,
        theme=theme,
        welcome_completed=welcome,
        voice_enabled=voice,
        voice_speed=speed,
    )


def test_reminders_are_on_at_ten_and_the_program_does_not_start_with_the_computer_by_default() -> None:
    settings = Settings()
    assert settings.reminders_on is True
    assert settings.reminder_time == time(10, 0)
    assert settings.start_with_computer is False


@given(st.integers(0, 23), st.integers(0, 59))
def test_a_reminder_time_in_whole_minutes_is_kept_as_given_or_as_stored_text(hour: int, minute: int) -> None:
    text = f"{hour:02d}:{minute:02d}"
    assert check_reminder_time(time(hour, minute)) == time(hour, minute)
    assert check_reminder_time(text) == time(hour, minute)
    assert reminder_time_text(time(hour, minute)) == text
    assert Settings(reminder_time=text).reminder_time == time(hour, minute)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["24:00", "7:30", "07:60", "0730", "", "07:30:00", time(7, 30, 15), 730, None])
def test_impossible_reminder_times_are_refused(bad: object) -> None:
    with pytest.raises(SettingsError):
        check_reminder_time(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("changes", [{"reminders_on": 1}, {"start_with_computer": "yes"}])
def test_reminder_switches_must_be_true_or_false(changes: dict[str, object]) -> None:
    with pytest.raises(SettingsError):
        Settings(**changes)  # type: ignore[arg-type]

"""The user's settings and the rules for their values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from enum import StrEnum

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
TEXT_SCALES = (100, 125, 150, 175, 200)
MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 200


class Theme(StrEnum):
    NORMAL = "normal"
    HIGH_CONTRAST = "high_contrast"


class VoiceSpeed(StrEnum):
    """How fast the spoken guidance talks."""

    SLOW = "slow"
    NORMAL = "normal"
    FAST = "fast"

    @property
    def speech_rate(self) -> float:
        """The rate for text-to-speech (QTextToSpeech.setRate: -1.0 slowest, 0.0 the voice's own, 1.0 fastest)."""
        return SPEECH_RATES[self]


SPEECH_RATES: dict[VoiceSpeed, float] = {VoiceSpeed.SLOW: -0.3, VoiceSpeed.NORMAL: 0.0, VoiceSpeed.FAST: 0.3}
DEFAULT_REMINDER_TIME = time(10, 0)


class SettingsError(ValueError):
    """A settings value outside what the program supports."""


@dataclass(frozen=True)
class Settings:
    language: str = DEFAULT_LANGUAGE
    text_scale: int = 100
    theme: Theme = Theme.NORMAL
    welcome_completed: bool = False
    voice_enabled: bool = True
    voice_speed: VoiceSpeed = VoiceSpeed.NORMAL
    reminders_on: bool = True
    reminder_time: time = DEFAULT_REMINDER_TIME
    start_with_computer: bool = False

    def __post_init__(self) -> None:
        check_language(self.language)
        check_text_scale(self.text_scale)
        object.__setattr__(self, "theme", Theme(self.theme))
        check_voice_enabled(self.voice_enabled)
        object.__setattr__(self, "voice_speed", check_voice_speed(self.voice_speed))
        check_flag("reminders_on", self.reminders_on)
        object.__setattr__(self, "reminder_time", check_reminder_time(self.reminder_time))
        check_flag("start_with_computer", self.start_with_computer)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise SettingsError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return language


def check_text_scale(scale: int) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or not MIN_TEXT_SCALE <= scale <= MAX_TEXT_SCALE:
        raise SettingsError(f"text scale must be a whole number from {MIN_TEXT_SCALE} to {MAX_TEXT_SCALE}")
    return scale


def check_voice_enabled(enabled: bool) -> bool:
    if not isinstance(enabled, bool):
        raise SettingsError(f"voice_enabled must be True or False, not {enabled!r}")
    return enabled


def check_voice_speed(speed: VoiceSpeed | str) -> VoiceSpeed:
    """The speed as a VoiceSpeed ('slow' is accepted for VoiceSpeed.SLOW), or SettingsError."""
    try:
        return VoiceSpeed(speed)
    except ValueError:
        raise SettingsError(f"voice speed must be one of {', '.join(VoiceSpeed)}, not {speed!r}") from None


def check_flag(name: str, value: bool) -> bool:
    if not isinstance(value, bool):
        raise SettingsError(f"{name} must be True or False, not {value!r}")
    return value


def check_reminder_time(moment: time | str) -> time:
    """A reminder's wall-clock time in whole minutes: a time, or text "HH:MM" (as stored); else SettingsError."""
    if isinstance(moment, str):
        try:
            hours, minutes = moment.split(":")
            if len(hours) != 2 or len(minutes) != 2:
                raise ValueError(moment)
            moment = time(int(hours), int(minutes))
        except ValueError:
            raise SettingsError(f"reminder time must be HH:MM, not {moment!r}") from None
    if not isinstance(moment, time) or moment.tzinfo is not None:
        raise SettingsError(f"reminder time must be a wall-clock time, not {moment!r}")
    if moment.second or moment.microsecond:
        raise SettingsError("reminder time is set in whole minutes")
    return moment


def reminder_time_text(moment: time) -> str:
    """The reminder time as stored: "HH:MM"."""
    return f"{moment.hour:02d}:{moment.minute:02d}"

"""The user's settings and the rules for their values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
TEXT_SCALES = (100, 125, 150, 175, 200)
MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 200


class Theme(StrEnum):
    NORMAL = "normal"
    HIGH_CONTRAST = "high_contrast"


class SettingsError(ValueError):
    """A settings value outside what the program supports."""


@dataclass(frozen=True)
class Settings:
    language: str = DEFAULT_LANGUAGE
    text_scale: int = 100
    theme: Theme = Theme.NORMAL
    welcome_completed: bool = False

    def __post_init__(self) -> None:
        check_language(self.language)
        check_text_scale(self.text_scale)
        object.__setattr__(self, "theme", Theme(self.theme))


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise SettingsError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return language


def check_text_scale(scale: int) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or not MIN_TEXT_SCALE <= scale <= MAX_TEXT_SCALE:
        raise SettingsError(f"text scale must be a whole number from {MIN_TEXT_SCALE} to {MAX_TEXT_SCALE}")
    return scale

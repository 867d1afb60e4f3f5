"""The person using the program: all optional, and only used to pick the right norms."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MAX_NAME_LENGTH = 60
OLDEST_BIRTH_YEAR = 1900
YOUNGEST_AGE = 18


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNSPECIFIED = "unspecified"


class ProfileProblem(StrEnum):
    """What can be wrong with a value the user typed; the UI turns each into a sentence."""

    NAME_TOO_LONG = "name_too_long"
    NAME_HAS_CONTROL_CHARACTERS = "name_has_control_characters"
    BIRTH_YEAR_NOT_A_YEAR = "birth_year_not_a_year"
    BIRTH_YEAR_TOO_EARLY = "birth_year_too_early"
    BIRTH_YEAR_TOO_LATE = "birth_year_too_late"


@dataclass(frozen=True)
class Profile:
    name: str | None = None
    birth_year: int | None = None
    sex: Sex | None = None

    @property
    def display_name(self) -> str:
        return (self.name or "").strip()


def clean_name(raw: str) -> tuple[str | None, ProfileProblem | None]:
    """The name as it will be stored (None when empty), or the problem with it."""
    name = " ".join(raw.split())
    if any(ord(ch) < 32 for ch in raw if ch not in "\t\n\r"):
        return None, ProfileProblem.NAME_HAS_CONTROL_CHARACTERS
    if len(name) > MAX_NAME_LENGTH:
        return None, ProfileProblem.NAME_TOO_LONG
    return (name or None), None


def check_birth_year(year: int, current_year: int) -> ProfileProblem | None:
    if year < OLDEST_BIRTH_YEAR:
        return ProfileProblem.BIRTH_YEAR_TOO_EARLY
    if year > current_year - YOUNGEST_AGE:
        return ProfileProblem.BIRTH_YEAR_TOO_LATE
    return None


def parse_birth_year(raw: str, current_year: int) -> tuple[int | None, ProfileProblem | None]:
    """The year typed (None when left empty), or the problem with it."""
    text = raw.strip()
    if not text:
        return None, None
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        return None, ProfileProblem.BIRTH_YEAR_NOT_A_YEAR
    year = int(text)
    problem = check_birth_year(year, current_year)
    return (None, problem) if problem else (year, None)

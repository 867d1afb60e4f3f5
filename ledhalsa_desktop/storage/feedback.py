"""What a person said about an exercise while doing it ("it hurts too much", "it is too hard").

Plain Python (no ORM): the rules for the values, shared by the table definition and the repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeGuard

MAX_EXERCISE_ID_LENGTH = 60
LOWEST_LEVEL = 1
HIGHEST_LEVEL = 4


class FeedbackKind(StrEnum):
    TOO_PAINFUL = "too_painful"
    TOO_HARD = "too_hard"


@dataclass(frozen=True)
class ExerciseFeedback:
    """One press of "it hurts too much" / "it is too hard", and the level moved to (None: stayed)."""

    id: int
    recorded_utc: datetime
    exercise_id: str
    level: int
    kind: FeedbackKind
    switched_to_level: int | None


class InvalidFeedbackError(ValueError):
    """A feedback value that must not reach the database."""


def check_feedback(
    exercise_id: object, level: object, kind: object, switched_to_level: object
) -> tuple[str, int, FeedbackKind, int | None]:
    """The values as they will be stored, or InvalidFeedbackError naming the first bad one."""
    if not isinstance(exercise_id, str) or not 1 <= len(exercise_id) <= MAX_EXERCISE_ID_LENGTH:
        raise InvalidFeedbackError(f"exercise_id must be text of 1 to {MAX_EXERCISE_ID_LENGTH} characters")
    if not is_level(level):
        raise InvalidFeedbackError(f"level must be a whole number from {LOWEST_LEVEL} to {HIGHEST_LEVEL}")
    try:
        checked_kind = FeedbackKind(kind)
    except (ValueError, TypeError):
        raise InvalidFeedbackError(f"kind must be one of {', '.join(FeedbackKind)}, not {kind!r}") from None
    if switched_to_level is not None and not is_level(switched_to_level):
        raise InvalidFeedbackError(
            f"switched_to_level must be None or a whole number from {LOWEST_LEVEL} to {HIGHEST_LEVEL}"
        )
    return exercise_id, level, checked_kind, switched_to_level


def is_level(value: object) -> TypeGuard[int]:
    return type(value) is int and LOWEST_LEVEL <= value <= HIGHEST_LEVEL

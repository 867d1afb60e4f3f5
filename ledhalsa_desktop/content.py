"""The program's bundled content, loaded once: the exercise catalogue, the exercise animations and the lessons."""

from __future__ import annotations

from functools import cache

from ledhalsa_desktop.animation.loader import load_animations
from ledhalsa_desktop.animation.model import Animation
from ledhalsa_desktop.core.catalogue import Catalogue, Dose, Level, load_catalogue
from ledhalsa_desktop.core.lessons import Lesson, bundled_lessons
from ledhalsa_desktop.core.prescription import Prescription
from ledhalsa_desktop.core.session_player import Motion, PlayerItem
from ledhalsa_desktop.paths import animations_dir, exercises_dir, lessons_dir

SAMPLE_SESSION: tuple[tuple[str, int], ...] = (
    ("marching", 1),
    ("sit_to_stand", 1),
    ("seated_knee_extension", 1),
    ("finger_fan", 1),
)


@cache
def catalogue() -> Catalogue:
    return load_catalogue(exercises_dir())


@cache
def animations() -> dict[str, Animation]:
    return load_animations(animations_dir())


def lessons(language: str) -> tuple[Lesson, ...]:
    """The lessons of a language, read once (also reachable without this module, as Home does)."""
    return bundled_lessons(lessons_dir(), language)


def motion_of(animation: Animation) -> Motion:
    return Motion(duration=animation.duration, cues=tuple((cue.t, cue.cue) for cue in animation.cues))


def player_item(exercise_id: str, level: Level, dose: Dose | None = None) -> PlayerItem:
    """The player's item for a level, at the catalogue's dose or at the one given (a program's dose)."""
    dose = dose or level.dose
    return PlayerItem(
        exercise_id=exercise_id,
        level=level.number,
        sets=dose.sets,
        reps=dose.reps,
        hold_seconds=dose.hold_seconds,
        rest_seconds=dose.rest_seconds,
        one_side_at_a_time=level.side == "one_at_a_time",
        motion=motion_of(animations()[level.animation]),
    )


def sample_session() -> list[PlayerItem]:
    """A short session of a few gentle exercises, for trying the player before there is a program."""
    return [
        player_item(exercise_id, catalogue().by_id[exercise_id].level(number)) for exercise_id, number in SAMPLE_SESSION
    ]


def program_item(prescription: Prescription) -> PlayerItem:
    """The player's item for a program's prescription: its level, with its sets, repetitions and hold."""
    level = prescription.level_in(catalogue())
    return player_item(prescription.exercise_id, level, prescription.dose_in(level))

"""Which exercises make up a program, and fitting their first doses into a 15–20 minute session.

Knee and hip get one exercise from each GLA:D category, and a second strength exercise when there is time.
Within a category the first choice serves every affected knee/hip joint, then the most bothersome one, then
comes first in the catalogue. Hand osteoarthritis adds one exercise each for mobility, grip strength, thumb
and fine motor control; when only the hand is affected, every hand exercise is in the session.

A session longer than 20 minutes loses, in this order: the second strength exercise, then hand exercises
beyond the first three (the last first), then one set at a time, the warm-up first and strength last (see
`SET_TRIM_ORDER`). A session shorter than 15 minutes gets a set back on its strength exercises (at most 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ledhalsa_desktop.core.catalogue import (
    CATEGORY_ORDER,
    HAND_CATEGORIES,
    LOWER_BODY_CATEGORIES,
    Catalogue,
    Category,
    Exercise,
    Joint,
)
from ledhalsa_desktop.core.prescription import MAX_START_SETS, Prescription, estimated_seconds

MIN_SESSION_SECONDS = 15 * 60
MAX_SESSION_SECONDS = 20 * 60
STRENGTH_EXERCISES = 2
KEPT_HAND_EXERCISES = 3
SET_TRIM_ORDER: tuple[Category, ...] = (
    Category.WARM_UP,
    Category.FINE_MOTOR,
    Category.THUMB,
    Category.MOBILITY,
    Category.GRIP_STRENGTH,
    Category.FUNCTIONAL,
    Category.POSTURAL_ORIENTATION,
    Category.CORE_STABILITY,
    Category.STRENGTH,
)
LOWER_BODY_JOINTS = (Joint.KNEE, Joint.HIP)


@dataclass(frozen=True)
class Choice:
    exercise: Exercise
    joint: Joint  # the most bothersome affected joint the exercise serves
    priority: int  # 0 is the most important; a session too long loses droppable exercises from the highest
    droppable: bool


@dataclass(frozen=True)
class Planned:
    choice: Choice
    prescription: Prescription


def choose_exercises(joints: Sequence[Joint], catalogue: Catalogue) -> tuple[Choice, ...]:
    """The exercises in session order: warm-up, the GLA:D circuit, then the hand."""
    lower = [joint for joint in joints if joint in LOWER_BODY_JOINTS]
    kept: list[Exercise] = []
    extras: list[Exercise] = []
    if lower:
        for category in LOWER_BODY_CATEGORIES:
            wanted = STRENGTH_EXERCISES if category is Category.STRENGTH else 1
            picked = _lower_body_candidates(category, lower, catalogue)[:wanted]
            kept.extend(picked[:1])
            extras.extend(picked[1:])
    if Joint.HAND in joints:
        hand = _hand_by_priority(catalogue, every_exercise=not lower)
        kept.extend(hand[:KEPT_HAND_EXERCISES])
        extras = hand[KEPT_HAND_EXERCISES:] + extras
    by_priority = kept + extras
    choices = [
        Choice(exercise, _served_joint(exercise, joints), priority, droppable=exercise in extras)
        for priority, exercise in enumerate(by_priority)
    ]
    return tuple(sorted(choices, key=lambda choice: (CATEGORY_ORDER.index(choice.exercise.category), choice.priority)))


def fit_session(planned: Sequence[Planned], catalogue: Catalogue) -> tuple[Planned, ...]:
    items = list(planned)

    def seconds(candidate: Sequence[Planned]) -> int:
        return estimated_seconds((item.prescription for item in candidate), catalogue)

    for victim in _drop_order(items):
        if seconds(items) <= MAX_SESSION_SECONDS:
            break
        items.remove(victim)
    while seconds(items) > MAX_SESSION_SECONDS and (index := _next_to_trim(items)) is not None:
        items[index] = _with_sets(items[index], items[index].prescription.sets - 1)
    for index, item in enumerate(items):
        if seconds(items) >= MIN_SESSION_SECONDS:
            break
        if item.choice.exercise.category is Category.STRENGTH and item.prescription.sets < MAX_START_SETS:
            longer = [*items[:index], _with_sets(item, item.prescription.sets + 1), *items[index + 1 :]]
            if seconds(longer) <= MAX_SESSION_SECONDS:
                items = longer
    return tuple(items)


def _with_sets(item: Planned, sets: int) -> Planned:
    return replace(item, prescription=replace(item.prescription, sets=sets))


def _lower_body_candidates(category: Category, lower: Sequence[Joint], catalogue: Catalogue) -> list[Exercise]:
    candidates = [
        exercise
        for exercise in catalogue.exercises
        if exercise.category is category and any(joint in exercise.joints for joint in lower)
    ]
    order = {exercise.id: index for index, exercise in enumerate(catalogue.exercises)}
    return sorted(
        candidates,
        key=lambda exercise: (
            not all(joint in exercise.joints for joint in lower),
            lower[0] not in exercise.joints,
            order[exercise.id],
        ),
    )


def _served_joint(exercise: Exercise, joints: Sequence[Joint]) -> Joint:
    return next(joint for joint in joints if joint in exercise.joints)


def _hand_by_priority(catalogue: Catalogue, *, every_exercise: bool) -> list[Exercise]:
    """The first exercise of each hand category, then (when `every_exercise`) the others in catalogue order."""
    hand = [exercise for exercise in catalogue.exercises if exercise.category in HAND_CATEGORIES]
    firsts = [
        next(exercise for exercise in hand if exercise.category is category)
        for category in HAND_CATEGORIES
        if any(exercise.category is category for exercise in hand)
    ]
    others = [exercise for exercise in hand if exercise not in firsts] if every_exercise else []
    return firsts + others


def _drop_order(items: Sequence[Planned]) -> list[Planned]:
    droppable = [item for item in items if item.choice.droppable]
    return sorted(droppable, key=lambda item: -item.choice.priority)


def _next_to_trim(items: Sequence[Planned]) -> int | None:
    trimmable = [index for index, item in enumerate(items) if item.prescription.sets > 1]
    if not trimmable:
        return None
    return min(trimmable, key=lambda index: (SET_TRIM_ORDER.index(items[index].choice.exercise.category), -index))

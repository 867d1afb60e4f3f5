"""The exercise catalogue: one JSON file per exercise, read strictly so that every mistake is caught at load time.

Each problem raises a CatalogueError whose message names the file, the exercise and the field, for example
``sit_to_stand.json: sit_to_stand, level 2, steps.sv: needs 3 to 5 steps, has 2``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ledhalsa_desktop.core.settings import LANGUAGES, check_language

FORMAT_VERSION = 1


class Joint(StrEnum):
    KNEE = "knee"
    HIP = "hip"
    HAND = "hand"


class Category(StrEnum):
    WARM_UP = "warm_up"
    CORE_STABILITY = "core_stability"
    POSTURAL_ORIENTATION = "postural_orientation"
    STRENGTH = "strength"
    FUNCTIONAL = "functional"
    MOBILITY = "mobility"
    GRIP_STRENGTH = "grip_strength"
    THUMB = "thumb"
    FINE_MOTOR = "fine_motor"


class Equipment(StrEnum):
    NONE = "none"
    CHAIR = "chair"
    WALL = "wall"
    STEP = "step"
    MAT = "mat"
    TABLE = "table"
    TOWEL = "towel"
    SOFT_BALL = "soft_ball"


class SideMode(StrEnum):
    """How a level treats the two sides of the body."""

    BOTH = "both"  # both sides together, or alternating within each repetition
    ONE_AT_A_TIME = "one_at_a_time"  # every repetition on one side, then the same on the other


JOINTS: tuple[Joint, ...] = tuple(Joint)
EQUIPMENT: tuple[Equipment, ...] = tuple(Equipment)
SIDES: tuple[SideMode, ...] = tuple(SideMode)

# Knee and hip follow the GLA:D circuit, in the order a session goes through it.
LOWER_BODY_CATEGORIES: tuple[Category, ...] = (
    Category.WARM_UP,
    Category.CORE_STABILITY,
    Category.POSTURAL_ORIENTATION,
    Category.STRENGTH,
    Category.FUNCTIONAL,
)
HAND_CATEGORIES: tuple[Category, ...] = (Category.MOBILITY, Category.GRIP_STRENGTH, Category.THUMB, Category.FINE_MOTOR)
CATEGORIES: Mapping[Joint, tuple[Category, ...]] = MappingProxyType(
    {Joint.KNEE: LOWER_BODY_CATEGORIES, Joint.HIP: LOWER_BODY_CATEGORIES, Joint.HAND: HAND_CATEGORIES}
)
CATEGORY_ORDER: tuple[Category, ...] = LOWER_BODY_CATEGORIES + HAND_CATEGORIES

LEVELS_RANGE = (2, 4)
STEPS_RANGE = (3, 5)
PROGRESSION_RANGE = (1, 3)
SETS_RANGE = (1, 4)
REPS_RANGE = (1, 30)
HOLD_SECONDS_RANGE = (0, 60)
TEMPO_SECONDS_RANGE = (1, 6)
REST_SECONDS_RANGE = (30, 120)

SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


class CatalogueError(ValueError):
    """A problem in the catalogue; the message names the file, the exercise and the field."""


@dataclass(frozen=True)
class Text:
    sv: str
    en: str

    def get(self, language: str) -> str:
        return str(getattr(self, check_language(language)))


@dataclass(frozen=True)
class Steps:
    """A short list of sentences in each language, the same number in both."""

    sv: tuple[str, ...]
    en: tuple[str, ...]

    def get(self, language: str) -> tuple[str, ...]:
        return tuple(getattr(self, check_language(language)))

    def __len__(self) -> int:
        return len(self.sv)


@dataclass(frozen=True)
class Dose:
    sets: int
    reps: int  # for a hold exercise, the number of holds
    hold_seconds: int  # 0 when nothing is held
    tempo_up: int
    tempo_hold: int
    tempo_down: int
    rest_seconds: int

    @property
    def is_hold(self) -> bool:
        return self.hold_seconds > 0

    @property
    def rep_seconds(self) -> int:
        return self.tempo_up + self.tempo_hold + self.tempo_down


@dataclass(frozen=True)
class Level:
    number: int
    name: Text
    purpose: Text
    steps: Steps
    safety: Text
    equipment: tuple[Equipment, ...]
    side: SideMode
    dose: Dose
    progression: Steps
    animation: str

    @property
    def estimated_seconds(self) -> int:
        """A rough length for planning a session: every set on every side, with a rest between them."""
        rounds = self.dose.sets * (2 if self.side is SideMode.ONE_AT_A_TIME else 1)
        return rounds * self.dose.reps * self.dose.rep_seconds + (rounds - 1) * self.dose.rest_seconds


@dataclass(frozen=True)
class Exercise:
    id: str
    joints: tuple[Joint, ...]
    category: Category
    name: Text
    why: Text
    levels: tuple[Level, ...]

    def level(self, number: int) -> Level:
        if not 1 <= number <= len(self.levels):
            raise KeyError(f"{self.id} has levels 1 to {len(self.levels)}, not {number}")
        return self.levels[number - 1]

    def easier(self, number: int) -> Level | None:
        """The level below `number`, or None at the first level."""
        return self.level(number - 1) if number > 1 else None

    def harder(self, number: int) -> Level | None:
        """The level above `number`, or None at the last level."""
        return self.level(number + 1) if number < len(self.levels) else None


@dataclass(frozen=True)
class Catalogue:
    exercises: tuple[Exercise, ...]
    by_id: Mapping[str, Exercise] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Exercise] = {}
        for exercise in self.exercises:
            if exercise.id in by_id:
                raise CatalogueError(f"{exercise.id}: the id is used by more than one exercise")
            by_id[exercise.id] = exercise
        object.__setattr__(self, "by_id", MappingProxyType(by_id))

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises)

    def __len__(self) -> int:
        return len(self.exercises)

    def for_joint(self, joint: str) -> tuple[Exercise, ...]:
        wanted = Joint(joint)
        return tuple(exercise for exercise in self.exercises if wanted in exercise.joints)

    def categories_for(self, joint: str) -> tuple[Category, ...]:
        """The categories that have exercises for this joint, in session order."""
        used = {exercise.category for exercise in self.for_joint(joint)}
        return tuple(category for category in CATEGORIES[Joint(joint)] if category in used)

    @property
    def levels_count(self) -> int:
        return sum(len(exercise.levels) for exercise in self.exercises)

    def animation_names(self) -> frozenset[str]:
        return frozenset(level.animation for exercise in self.exercises for level in exercise.levels)


def load_catalogue(folder: Path) -> Catalogue:
    """Every `*.json` file in the folder, in session order: by category, then by id."""
    if not folder.is_dir():
        raise CatalogueError(f"{folder}: the exercise folder does not exist")
    exercises = [load_exercise(path) for path in sorted(folder.glob("*.json"))]
    if not exercises:
        raise CatalogueError(f"{folder}: there are no exercise files (*.json) in the folder")
    exercises.sort(key=lambda exercise: (CATEGORY_ORDER.index(exercise.category), exercise.id))
    return Catalogue(tuple(exercises))


def load_exercise(path: Path) -> Exercise:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CatalogueError(f"{path.name}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    except OSError as error:
        raise CatalogueError(f"{path.name}: could not be read ({error.strerror})") from error
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicate_keys(path.name))
    except json.JSONDecodeError as error:
        raise CatalogueError(f"{path.name}: not valid JSON: {error.msg} (line {error.lineno})") from error
    return parse_exercise(data, path.name)


def parse_exercise(data: object, file_name: str) -> Exercise:
    """An exercise from the decoded JSON of the file `file_name`, whose name without `.json` is the id."""
    exercise_id = file_name.removesuffix(".json")
    where = _Where(file_name, exercise_id)
    if not isinstance(data, dict):
        raise where.error("", f"must be a JSON object, is {_kind(data)}")
    if type(data.get("format")) is not int or data["format"] != FORMAT_VERSION:
        raise where.error("format", f"must be {FORMAT_VERSION}, is {_shown(data.get('format'))}")
    _check_keys(data, where, "", ("format", "id", "joints", "category", "name", "why", "levels"))
    if data["id"] != exercise_id:
        raise where.error("id", f"must be the file name without .json ({exercise_id!r}), is {_shown(data['id'])}")
    if not SNAKE_CASE.fullmatch(exercise_id):
        raise where.error("id", f"must be lower_snake_case, such as 'sit_to_stand', is {exercise_id!r}")
    joints = _joints(data["joints"], where)
    return Exercise(
        id=exercise_id,
        joints=joints,
        category=_category(data["category"], joints, where),
        name=_text(data["name"], where, "name"),
        why=_text(data["why"], where, "why"),
        levels=_levels(data["levels"], where),
    )


def check_catalogue(catalogue: Catalogue, animation_names: set[str]) -> list[str]:
    """One line for every level whose animation is not among `animation_names`."""
    return [
        f"{exercise.id}, level {level.number}: no animation named {level.animation!r}"
        for exercise in catalogue.exercises
        for level in exercise.levels
        if level.animation not in animation_names
    ]


@dataclass(frozen=True)
class _Where:
    """Where in the catalogue a value comes from, for error messages."""

    file: str
    exercise_id: str
    level: int | None = None

    def error(self, field_name: str, problem: str) -> CatalogueError:
        level = f"level {self.level}" if self.level is not None else ""
        place = ", ".join(part for part in (self.exercise_id, level, field_name) if part)
        return CatalogueError(f"{self.file}: {place}: {problem}")


def _refuse_duplicate_keys(file_name: str) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise CatalogueError(f"{file_name}: the key {key!r} appears twice in the same object")
            result[key] = value
        return result

    return hook


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "empty (null)"


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else _kind(value)


def _path(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def _check_keys(data: object, where: _Where, field_name: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise where.error(field_name, f"must be an object with {', '.join(keys)}, is {_kind(data)}")
    for key in data:
        if key not in keys:
            raise where.error(_path(field_name, key), f"unknown key (expected one of {', '.join(keys)})")
    for key in keys:
        if key not in data:
            raise where.error(_path(field_name, key), "missing")
    return data


def _string(value: object, where: _Where, field_name: str) -> str:
    if not isinstance(value, str):
        raise where.error(field_name, f"must be text, is {_kind(value)}")
    if not value.strip():
        raise where.error(field_name, "must not be empty")
    if value != value.strip():
        raise where.error(field_name, "must not start or end with spaces")
    return value


def _list(value: object, where: _Where, field_name: str) -> list[Any]:
    if not isinstance(value, list):
        raise where.error(field_name, f"must be a list, is {_kind(value)}")
    return value


def _whole_number(value: object, where: _Where, field_name: str, allowed: tuple[int, int]) -> int:
    low, high = allowed
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise where.error(field_name, f"must be a whole number from {low} to {high}, is {_shown(value)}")
    return value


def _choice(value: object, where: _Where, field_name: str, choices: tuple[StrEnum, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise where.error(field_name, f"must be one of {', '.join(choices)}, is {_shown(value)}")
    return value


def _text(data: object, where: _Where, field_name: str) -> Text:
    data = _check_keys(data, where, field_name, LANGUAGES)
    return Text(**{language: _string(data[language], where, _path(field_name, language)) for language in LANGUAGES})


def _steps(data: object, where: _Where, field_name: str, allowed: tuple[int, int]) -> Steps:
    data = _check_keys(data, where, field_name, LANGUAGES)
    low, high = allowed
    texts: dict[str, tuple[str, ...]] = {}
    for language in LANGUAGES:
        items = _list(data[language], where, _path(field_name, language))
        if not low <= len(items) <= high:
            raise where.error(_path(field_name, language), f"needs {low} to {high} steps, has {len(items)}")
        texts[language] = tuple(
            _string(item, where, f"{_path(field_name, language)}[{index}]") for index, item in enumerate(items, 1)
        )
    first, *others = LANGUAGES
    for language in others:
        if len(texts[language]) != len(texts[first]):
            raise where.error(
                _path(field_name, language),
                f"needs as many steps as {_path(field_name, first)} ({len(texts[first])}), has {len(texts[language])}",
            )
    return Steps(**texts)


def _joints(data: object, where: _Where) -> tuple[Joint, ...]:
    items = _list(data, where, "joints")
    if not items:
        raise where.error("joints", "must name at least one joint")
    joints = tuple(Joint(_choice(item, where, "joints", JOINTS)) for item in items)
    if len(set(joints)) != len(joints):
        raise where.error("joints", "names a joint twice")
    if Joint.HAND in joints and len(joints) > 1:
        raise where.error("joints", "hand exercises cannot also be for the knee or hip")
    return joints


def _category(data: object, joints: tuple[Joint, ...], where: _Where) -> Category:
    allowed = CATEGORIES[joints[0]]
    if not isinstance(data, str) or data not in allowed:
        group = "hand" if joints[0] is Joint.HAND else "knee and hip"
        raise where.error("category", f"must be a {group} category ({', '.join(allowed)}), is {_shown(data)}")
    return Category(data)


def _levels(data: object, where: _Where) -> tuple[Level, ...]:
    items = _list(data, where, "levels")
    low, high = LEVELS_RANGE
    if not low <= len(items) <= high:
        raise where.error("levels", f"needs {low} to {high} levels, has {len(items)}")
    return tuple(_level(item, replace(where, level=number)) for number, item in enumerate(items, 1))


def _level(data: object, where: _Where) -> Level:
    keys = ("level", "name", "purpose", "steps", "safety", "equipment", "side", "dose", "progression", "animation")
    data = _check_keys(data, where, "", keys)
    if type(data["level"]) is not int or data["level"] != where.level:
        expected = f"expected {where.level}, is {_shown(data['level'])}"
        raise where.error("level", f"levels must be numbered 1, 2, 3 and so on, in order: {expected}")
    animation = data["animation"]
    if not isinstance(animation, str) or not SNAKE_CASE.fullmatch(animation):
        raise where.error("animation", f"must be a lower_snake_case name such as 'squat', is {_shown(animation)}")
    return Level(
        number=data["level"],
        name=_text(data["name"], where, "name"),
        purpose=_text(data["purpose"], where, "purpose"),
        steps=_steps(data["steps"], where, "steps", STEPS_RANGE),
        safety=_text(data["safety"], where, "safety"),
        equipment=_equipment(data["equipment"], where),
        side=SideMode(_choice(data["side"], where, "side", SIDES)),
        dose=_dose(data["dose"], where),
        progression=_steps(data["progression"], where, "progression", PROGRESSION_RANGE),
        animation=animation,
    )


def _equipment(data: object, where: _Where) -> tuple[Equipment, ...]:
    items = _list(data, where, "equipment")
    if not items:
        raise where.error("equipment", "must not be empty: use ['none'] when nothing is needed")
    equipment = tuple(Equipment(_choice(item, where, "equipment", EQUIPMENT)) for item in items)
    if len(set(equipment)) != len(equipment):
        raise where.error("equipment", "names the same thing twice")
    if Equipment.NONE in equipment and len(equipment) > 1:
        raise where.error("equipment", "'none' cannot be combined with other equipment")
    return equipment


def _dose(data: object, where: _Where) -> Dose:
    data = _check_keys(data, where, "dose", ("sets", "reps", "hold_seconds", "tempo", "rest_seconds"))
    tempo = _check_keys(data["tempo"], where, "dose.tempo", ("up", "hold", "down"))
    hold_seconds = _whole_number(data["hold_seconds"], where, "dose.hold_seconds", HOLD_SECONDS_RANGE)
    if type(tempo["hold"]) is not int or tempo["hold"] != hold_seconds:
        problem = f"must equal dose.hold_seconds ({hold_seconds}), is {_shown(tempo['hold'])}"
        raise where.error("dose.tempo.hold", problem)
    return Dose(
        sets=_whole_number(data["sets"], where, "dose.sets", SETS_RANGE),
        reps=_whole_number(data["reps"], where, "dose.reps", REPS_RANGE),
        hold_seconds=hold_seconds,
        tempo_up=_whole_number(tempo["up"], where, "dose.tempo.up", TEMPO_SECONDS_RANGE),
        tempo_hold=hold_seconds,
        tempo_down=_whole_number(tempo["down"], where, "dose.tempo.down", TEMPO_SECONDS_RANGE),
        rest_seconds=_whole_number(data["rest_seconds"], where, "dose.rest_seconds", REST_SECONDS_RANGE),
    )

"""The exercise catalogue: the real files load and read well, and every broken file is refused with a clear message."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledhalsa_desktop.core.catalogue import (
    CATEGORIES,
    HOLD_SECONDS_RANGE,
    JOINTS,
    REPS_RANGE,
    REST_SECONDS_RANGE,
    SETS_RANGE,
    TEMPO_SECONDS_RANGE,
    Catalogue,
    CatalogueError,
    Category,
    Equipment,
    Exercise,
    Joint,
    Level,
    SideMode,
    check_catalogue,
    load_catalogue,
    load_exercise,
    parse_exercise,
)

EXERCISES_DIR = Path(__file__).resolve().parents[2] / "resources" / "exercises"

# The fixed plan shared with the animation drawings: joints, category and each level's animation.
PLAN: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    "marching": (
        ("knee", "hip"),
        "warm_up",
        ("marching_seated", "marching_standing_support", "marching_standing"),
    ),
    "heel_slide": (("knee", "hip"), "warm_up", ("heel_slide", "heel_slide")),
    "seated_knee_extension": (
        ("knee",),
        "strength",
        ("knee_extension_seated", "knee_extension_seated", "knee_extension_seated_slow"),
    ),
    "sit_to_stand": (
        ("knee", "hip"),
        "strength",
        ("sit_to_stand_hands_on_thighs", "sit_to_stand_arms_crossed", "sit_to_stand_slow", "sit_to_stand_hover"),
    ),
    "mini_squat": (("knee", "hip"), "strength", ("mini_squat_support", "squat", "squat")),
    "straight_leg_raise": (("knee", "hip"), "strength", ("straight_leg_raise", "straight_leg_raise")),
    "bridge": (("hip", "knee"), "core_stability", ("bridge", "bridge", "bridge_single_leg")),
    "step_up": (("knee", "hip"), "functional", ("step_up_support", "step_up", "step_up_knee_lift")),
    "knee_over_foot": (
        ("knee", "hip"),
        "postural_orientation",
        ("knee_over_foot_support", "knee_over_foot", "forward_lunge"),
    ),
    "single_leg_stance": (("hip", "knee"), "functional", ("single_leg_stance_support", "single_leg_stance")),
    "side_leg_raise": (
        ("hip",),
        "strength",
        ("side_leg_raise_support", "side_leg_raise_support", "side_lying_leg_raise"),
    ),
    "hip_extension": (("hip",), "strength", ("hip_extension_standing_support", "hip_extension_standing_support")),
    "hip_hinge": (("hip", "knee"), "core_stability", ("seated_hip_hinge", "standing_hip_hinge")),
    "finger_fan": (("hand",), "mobility", ("finger_fan", "finger_fan")),
    "tendon_glide": (("hand",), "mobility", ("tendon_glide_hook", "tendon_glide_full")),
    "fist_and_squeeze": (("hand",), "grip_strength", ("soft_fist", "ball_squeeze", "ball_squeeze")),
    "finger_lift": (("hand",), "fine_motor", ("finger_lift", "finger_lift")),
    "thumb_opposition": (("hand",), "thumb", ("thumb_opposition", "thumb_opposition")),
    "thumb_across_palm": (("hand",), "thumb", ("thumb_across_palm", "thumb_across_palm")),
}
ALL_ANIMATIONS = {name for _, _, animations in PLAN.values() for name in animations}
PROPER_NOUNS: set[str] = set()  # texts allowed to read the same in both languages
MAX_LINE = 160

# Which everyday Swedish word in a step means which piece of equipment must be listed.
EQUIPMENT_WORDS = {
    "stol": Equipment.CHAIR,
    "matta": Equipment.MAT,
    "bord": Equipment.TABLE,
    "boll": Equipment.SOFT_BALL,
    "trappsteg": Equipment.STEP,
    "vägg": Equipment.WALL,
}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(EXERCISES_DIR)


def all_levels(catalogue: Catalogue) -> list[tuple[Exercise, Level]]:
    return [(exercise, level) for exercise in catalogue for level in exercise.levels]


def raw_exercise(exercise_id: str = "sit_to_stand") -> dict[str, Any]:
    return json.loads((EXERCISES_DIR / f"{exercise_id}.json").read_text(encoding="utf-8"))


def write(folder: Path, data: object, name: str = "sit_to_stand.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# The real catalogue ---------------------------------------------------------------------------------------------


def test_the_real_catalogue_loads_with_enough_exercises(catalogue: Catalogue) -> None:
    assert len(catalogue.for_joint("knee")) >= 8
    assert len(catalogue.for_joint("hip")) >= 8
    assert len(catalogue.for_joint(Joint.HAND)) >= 6
    assert catalogue.levels_count >= 40
    assert catalogue.levels_count == sum(len(exercise.levels) for exercise in catalogue)


def test_every_category_is_used(catalogue: Catalogue) -> None:
    for joint in JOINTS:
        assert catalogue.categories_for(joint) == CATEGORIES[joint]


def test_the_exercises_follow_the_shared_plan(catalogue: Catalogue) -> None:
    assert set(catalogue.by_id) == set(PLAN)
    for exercise_id, (joints, category, animations) in PLAN.items():
        exercise = catalogue.by_id[exercise_id]
        assert exercise.joints == joints
        assert exercise.category == category
        assert tuple(level.animation for level in exercise.levels) == animations


def test_every_animation_is_one_being_drawn(catalogue: Catalogue) -> None:
    assert catalogue.animation_names() == ALL_ANIMATIONS
    assert check_catalogue(catalogue, ALL_ANIMATIONS) == []


def test_the_files_are_tidy_utf8_json() -> None:
    for path in EXERCISES_DIR.glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n", path.name


def test_swedish_and_english_have_the_same_number_of_steps(catalogue: Catalogue) -> None:
    for _, level in all_levels(catalogue):
        assert 3 <= len(level.steps.sv) == len(level.steps.en) <= 5
        assert len(level.progression.sv) == len(level.progression.en) >= 1


def texts_of(catalogue: Catalogue) -> list[tuple[str, str, str]]:
    """(where, Swedish, English) for every text in the catalogue."""
    texts = []
    for exercise in catalogue:
        texts += [(f"{exercise.id} name", exercise.name.sv, exercise.name.en)]
        texts += [(f"{exercise.id} why", exercise.why.sv, exercise.why.en)]
        for level in exercise.levels:
            where = f"{exercise.id} level {level.number}"
            texts += [
                (f"{where} {part}", getattr(level, part).sv, getattr(level, part).en)
                for part in ("name", "purpose", "safety")
            ]
            texts += [(f"{where} step", sv, en) for sv, en in zip(level.steps.sv, level.steps.en, strict=True)]
            texts += [
                (f"{where} progression", sv, en)
                for sv, en in zip(level.progression.sv, level.progression.en, strict=True)
            ]
    return texts


def test_no_text_is_empty_or_left_untranslated(catalogue: Catalogue) -> None:
    for where, sv, en in texts_of(catalogue):
        assert sv.strip() and en.strip(), where
        assert sv != en or sv in PROPER_NOUNS, where


def test_every_line_is_short(catalogue: Catalogue) -> None:
    for where, sv, en in texts_of(catalogue):
        assert len(sv) <= MAX_LINE and len(en) <= MAX_LINE, where


def test_texts_are_sentences_in_the_right_language(catalogue: Catalogue) -> None:
    for where, sv, en in texts_of(catalogue):
        if not where.endswith("name"):
            assert sv.endswith(".") and en.endswith("."), where
            assert sv[0].isupper() and en[0].isupper(), where
    swedish_letters = re.compile("[åäöÅÄÖ]")
    assert not [where for where, _, en in texts_of(catalogue) if swedish_letters.search(en)]


def test_numbers_agree_between_the_languages(catalogue: Catalogue) -> None:
    for where, sv, en in texts_of(catalogue):
        assert re.findall(r"\d+", sv) == re.findall(r"\d+", en), where


def test_held_seconds_in_the_steps_match_the_dose(catalogue: Catalogue) -> None:
    for exercise, level in all_levels(catalogue):
        for step in level.steps.sv:
            for seconds in re.findall(r"(\d+) sekund", step):
                assert int(seconds) == level.dose.hold_seconds, f"{exercise.id} level {level.number}: {step}"


def test_the_equipment_named_in_the_steps_is_listed(catalogue: Catalogue) -> None:
    for exercise, level in all_levels(catalogue):
        words = " ".join(level.steps.sv).lower()
        for word, equipment in EQUIPMENT_WORDS.items():
            if word in words:
                assert equipment in level.equipment, f"{exercise.id} level {level.number} mentions {word}"


def test_steps_say_to_switch_sides_only_when_one_side_at_a_time(catalogue: Catalogue) -> None:
    for exercise, level in all_levels(catalogue):
        switches = "byt sedan" in " ".join(level.steps.sv)
        assert switches == (level.side is SideMode.ONE_AT_A_TIME) or "vänd dig och byt" in " ".join(level.steps.sv), (
            f"{exercise.id} level {level.number}"
        )


def test_doses_are_within_their_ranges(catalogue: Catalogue) -> None:
    for _, level in all_levels(catalogue):
        dose = level.dose
        assert SETS_RANGE[0] <= dose.sets <= SETS_RANGE[1]
        assert REPS_RANGE[0] <= dose.reps <= REPS_RANGE[1]
        assert HOLD_SECONDS_RANGE[0] <= dose.hold_seconds <= HOLD_SECONDS_RANGE[1]
        assert dose.tempo_hold == dose.hold_seconds
        assert dose.is_hold == (dose.hold_seconds > 0)
        assert REST_SECONDS_RANGE[0] <= dose.rest_seconds <= REST_SECONDS_RANGE[1]


def test_first_levels_start_low(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        first = exercise.level(1)
        assert first.dose.sets <= 2, exercise.id
        assert first.dose.reps <= 10, exercise.id
        assert first.dose.hold_seconds <= 10, exercise.id
        assert first.estimated_seconds <= 6 * 60, exercise.id


def test_balance_holds_stop_at_30_seconds(catalogue: Catalogue) -> None:
    stance = catalogue.by_id["single_leg_stance"]
    for level in stance.levels:
        assert level.dose.is_hold and level.dose.hold_seconds <= 30
        assert "30" in level.safety.sv and "30" in level.progression.sv[0]


def test_a_new_level_never_also_adds_sets_or_repetitions(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        for lower, higher in zip(exercise.levels, exercise.levels[1:], strict=False):
            assert higher.dose.sets <= lower.dose.sets, exercise.id
            assert higher.dose.reps <= lower.dose.reps, exercise.id


def test_progression_leads_to_the_next_level_and_the_last_level_keeps_going(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        for level in exercise.levels:
            sv, en = " ".join(level.progression.sv), " ".join(level.progression.en)
            if exercise.harder(level.number):
                assert f"nivå {level.number + 1}" in sv and f"level {level.number + 1}" in en, exercise.id
            else:
                assert "tredje omgång" in sv and "third set" in en, exercise.id


# The catalogue's API ---------------------------------------------------------------------------------------------


def test_levels_and_neighbours(catalogue: Catalogue) -> None:
    sit_to_stand = catalogue.by_id["sit_to_stand"]
    assert sit_to_stand.level(1).number == 1
    assert sit_to_stand.easier(1) is None
    assert sit_to_stand.easier(3) == sit_to_stand.level(2)
    assert sit_to_stand.harder(3) == sit_to_stand.level(4)
    assert sit_to_stand.harder(4) is None
    with pytest.raises(KeyError):
        sit_to_stand.level(5)
    with pytest.raises(KeyError):
        catalogue.by_id["cartwheel"]


def test_texts_come_in_the_asked_language(catalogue: Catalogue) -> None:
    level = catalogue.by_id["marching"].level(1)
    assert level.name.get("sv") == level.name.sv and level.name.get("en") == level.name.en
    assert level.steps.get("en") == level.steps.en
    with pytest.raises(ValueError):
        level.name.get("de")


def test_exercises_come_in_session_order(catalogue: Catalogue) -> None:
    knee = catalogue.for_joint("knee")
    order = [CATEGORIES[Joint.KNEE].index(exercise.category) for exercise in knee]
    assert order == sorted(order)
    assert knee[0].category is Category.WARM_UP
    assert all(exercise.category in CATEGORIES[Joint.HAND] for exercise in catalogue.for_joint("hand"))


def test_check_catalogue_names_the_missing_animations(catalogue: Catalogue) -> None:
    missing = check_catalogue(catalogue, ALL_ANIMATIONS - {"squat"})
    assert missing == [
        "mini_squat, level 2: no animation named 'squat'",
        "mini_squat, level 3: no animation named 'squat'",
    ]


def test_a_catalogue_refuses_the_same_id_twice(catalogue: Catalogue) -> None:
    bridge = catalogue.by_id["bridge"]
    with pytest.raises(CatalogueError, match="bridge"):
        Catalogue((bridge, bridge))


# Broken files ----------------------------------------------------------------------------------------------------

Change = Callable[[dict[str, Any]], None]


def level2(data: dict[str, Any]) -> dict[str, Any]:
    return data["levels"][1]


def setter(*path: object, value: object) -> Change:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def deleter(*path: object) -> Change:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


PREFIX = "sit_to_stand.json: sit_to_stand, "
BROKEN: list[tuple[Change, str]] = [
    (setter("format", value=2), "format: must be 1, is 2"),
    (setter("format", value=True), "format: must be 1, is true/false"),
    (deleter("format"), "format: must be 1, is empty (null)"),
    (
        setter("id", value="sit_to_stand2"),
        "id: must be the file name without .json ('sit_to_stand'), is 'sit_to_stand2'",
    ),
    (setter("nmae", value={}), "nmae: unknown key"),
    (deleter("why"), "why: missing"),
    (setter("joints", value=["knee", "elbow"]), "joints: must be one of knee, hip, hand, is 'elbow'"),
    (setter("joints", value=[]), "joints: must name at least one joint"),
    (setter("joints", value=["knee", "knee"]), "joints: names a joint twice"),
    (setter("joints", value=["knee", "hand"]), "joints: hand exercises cannot also be for the knee or hip"),
    (setter("joints", value="knee"), "joints: must be a list, is text"),
    (setter("category", value="cardio"), "category: must be a knee and hip category"),
    (setter("category", value="mobility"), "category: must be a knee and hip category"),
    (setter("name", "sv", value=""), "name.sv: must not be empty"),
    (setter("name", "sv", value="   "), "name.sv: must not be empty"),
    (setter("name", "sv", value=" Resa sig"), "name.sv: must not start or end with spaces"),
    (deleter("name", "en"), "name.en: missing"),
    (setter("name", "de", value="Aufstehen"), "name.de: unknown key"),
    (setter("why", value="Stärker benen."), "why: must be an object with sv, en, is text"),
    (setter("why", "en", value=3), "why.en: must be text, is a number"),
    (setter("levels", value=[]), "levels: needs 2 to 4 levels, has 0"),
    (lambda data: data["levels"].__delitem__(slice(1, None)), "levels: needs 2 to 4 levels, has 1"),
    (lambda data: data["levels"].append(copy.deepcopy(data["levels"][0])), "levels: needs 2 to 4 levels, has 5"),
    (lambda data: level2(data).__setitem__("level", 3), "level 2, level: levels must be numbered 1, 2, 3"),
    (lambda data: level2(data).__setitem__("level", 2.0), "level 2, level: levels must be numbered 1, 2, 3"),
    (lambda data: level2(data).__setitem__("levle", 2), "level 2, levle: unknown key"),
    (lambda data: level2(data).pop("safety"), "level 2, safety: missing"),
    (
        lambda data: level2(data)["steps"].__setitem__("sv", ["Sitt.", "Res dig."]),
        "level 2, steps.sv: needs 3 to 5 steps, has 2",
    ),
    (lambda data: level2(data)["steps"]["en"].extend(["One.", "Two."]), "level 2, steps.en: needs 3 to 5 steps, has 6"),
    (lambda data: level2(data)["steps"]["en"].pop(), "level 2, steps.en: needs as many steps as steps.sv (4), has 3"),
    (lambda data: level2(data)["steps"]["sv"].__setitem__(1, ""), "level 2, steps.sv[2]: must not be empty"),
    (lambda data: level2(data)["steps"].__setitem__("sv", "Res dig."), "level 2, steps.sv: must be a list, is text"),
    (
        lambda data: level2(data)["progression"].__setitem__("sv", []),
        "level 2, progression.sv: needs 1 to 3 steps, has 0",
    ),
    (
        lambda data: level2(data)["purpose"].__setitem__("en", None),
        "level 2, purpose.en: must be text, is empty (null)",
    ),
    (
        lambda data: level2(data).__setitem__("equipment", ["dumbbell"]),
        "level 2, equipment: must be one of none, chair",
    ),
    (lambda data: level2(data).__setitem__("equipment", []), "level 2, equipment: must not be empty"),
    (
        lambda data: level2(data).__setitem__("equipment", ["none", "chair"]),
        "level 2, equipment: 'none' cannot be combined",
    ),
    (
        lambda data: level2(data).__setitem__("equipment", ["chair", "chair"]),
        "level 2, equipment: names the same thing twice",
    ),
    (
        lambda data: level2(data).__setitem__("side", "left"),
        "level 2, side: must be one of both, one_at_a_time, is 'left'",
    ),
    (lambda data: level2(data)["dose"].__setitem__("set", 2), "level 2, dose.set: unknown key"),
    (lambda data: level2(data)["dose"].pop("rest_seconds"), "level 2, dose.rest_seconds: missing"),
    (
        lambda data: level2(data)["dose"].__setitem__("sets", True),
        "level 2, dose.sets: must be a whole number from 1 to 4, is true/false",
    ),
    (
        lambda data: level2(data)["dose"].__setitem__("reps", 8.5),
        "level 2, dose.reps: must be a whole number from 1 to 30, is 8.5",
    ),
    (
        lambda data: level2(data)["dose"].__setitem__("reps", "8"),
        "level 2, dose.reps: must be a whole number from 1 to 30, is '8'",
    ),
    (
        lambda data: level2(data)["dose"]["tempo"].__setitem__("hold", 3),
        "level 2, dose.tempo.hold: must equal dose.hold_seconds (0), is 3",
    ),
    (lambda data: level2(data)["dose"]["tempo"].pop("down"), "level 2, dose.tempo.down: missing"),
    (
        lambda data: level2(data)["dose"].__setitem__("tempo", [2, 0, 2]),
        "level 2, dose.tempo: must be an object with up, hold, down",
    ),
    (
        lambda data: level2(data).__setitem__("animation", "Sit-To-Stand"),
        "level 2, animation: must be a lower_snake_case name",
    ),
    (
        lambda data: level2(data).__setitem__("animation", "sit__stand"),
        "level 2, animation: must be a lower_snake_case name",
    ),
    (lambda data: level2(data).__setitem__("animation", ""), "level 2, animation: must be a lower_snake_case name"),
]


@pytest.mark.parametrize(("change", "message"), BROKEN, ids=[message for _, message in BROKEN])
def test_a_broken_file_is_refused_with_a_clear_message(tmp_path: Path, change: Change, message: str) -> None:
    data = raw_exercise()
    change(data)
    with pytest.raises(CatalogueError) as refused:
        load_exercise(write(tmp_path, data))
    assert str(refused.value).startswith(PREFIX + message)


def test_the_message_the_brief_asks_for(tmp_path: Path) -> None:
    data = raw_exercise()
    data["levels"][1]["steps"]["sv"] = data["levels"][1]["steps"]["sv"][:2]
    with pytest.raises(CatalogueError) as refused:
        load_exercise(write(tmp_path, data))
    assert str(refused.value) == "sit_to_stand.json: sit_to_stand, level 2, steps.sv: needs 3 to 5 steps, has 2"


def test_the_file_name_must_be_a_proper_id(tmp_path: Path) -> None:
    data = raw_exercise()
    data["id"] = "Sit-To-Stand"
    with pytest.raises(CatalogueError, match=r"^Sit-To-Stand\.json: Sit-To-Stand, id: must be lower_snake_case"):
        load_exercise(write(tmp_path, data, "Sit-To-Stand.json"))


def test_a_hand_exercise_needs_a_hand_category(tmp_path: Path) -> None:
    data = raw_exercise("finger_fan")
    data["category"] = "strength"
    with pytest.raises(CatalogueError, match=r"^finger_fan\.json: finger_fan, category: must be a hand category"):
        load_exercise(write(tmp_path, data, "finger_fan.json"))


def test_files_that_are_not_exercise_json_are_refused(tmp_path: Path) -> None:
    cases = {
        "broken.json": (b'{"format": 1,', "broken.json: not valid JSON"),
        "latin.json": (
            '{"format": 1, "id": "latin", "name": "Knäböj"}'.encode("latin-1"),
            "latin.json: not UTF-8 text",
        ),
        "twice.json": (b'{"format": 1, "format": 1}', "twice.json: the key 'format' appears twice"),
        "listed.json": (b"[1, 2]", "listed.json: listed: must be a JSON object, is a list"),
    }
    for name, (content, message) in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(CatalogueError) as refused:
            load_exercise(tmp_path / name)
        assert str(refused.value).startswith(message), name


def test_a_duplicate_key_deep_inside_is_refused(tmp_path: Path) -> None:
    text = json.dumps(raw_exercise(), ensure_ascii=False).replace('"reps": 8,', '"reps": 8, "reps": 9,', 1)
    (tmp_path / "sit_to_stand.json").write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match="the key 'reps' appears twice"):
        load_exercise(tmp_path / "sit_to_stand.json")


def test_a_folder_must_exist_and_hold_exercises(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="does not exist"):
        load_catalogue(tmp_path / "missing")
    (tmp_path / "notes.txt").write_text("not an exercise", encoding="utf-8")
    with pytest.raises(CatalogueError, match="no exercise files"):
        load_catalogue(tmp_path)


def test_a_folder_with_one_broken_file_is_refused(tmp_path: Path) -> None:
    for path in EXERCISES_DIR.glob("*.json"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    assert len(load_catalogue(tmp_path)) == len(PLAN)
    data = raw_exercise("bridge")
    data["levels"][0]["side"] = "sideways"
    write(tmp_path, data, "bridge.json")
    with pytest.raises(CatalogueError, match=r"^bridge\.json: bridge, level 1, side:"):
        load_catalogue(tmp_path)


# Dose ranges, with Hypothesis ------------------------------------------------------------------------------------

DOSE_FIELDS: dict[str, tuple[tuple[str, ...], tuple[int, int]]] = {
    "dose.sets": (("sets",), SETS_RANGE),
    "dose.reps": (("reps",), REPS_RANGE),
    "dose.tempo.up": (("tempo", "up"), TEMPO_SECONDS_RANGE),
    "dose.tempo.down": (("tempo", "down"), TEMPO_SECONDS_RANGE),
    "dose.rest_seconds": (("rest_seconds",), REST_SECONDS_RANGE),
}
BASE = raw_exercise()


def with_dose(**dose: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    data["levels"][0]["dose"] = dose
    return data


@given(
    sets=st.integers(*SETS_RANGE),
    reps=st.integers(*REPS_RANGE),
    hold=st.integers(*HOLD_SECONDS_RANGE),
    up=st.integers(*TEMPO_SECONDS_RANGE),
    down=st.integers(*TEMPO_SECONDS_RANGE),
    rest=st.integers(*REST_SECONDS_RANGE),
)
def test_every_dose_within_the_ranges_is_accepted(
    sets: int, reps: int, hold: int, up: int, down: int, rest: int
) -> None:
    tempo = {"up": up, "hold": hold, "down": down}
    data = with_dose(sets=sets, reps=reps, hold_seconds=hold, tempo=tempo, rest_seconds=rest)
    dose = parse_exercise(data, "sit_to_stand.json").level(1).dose
    assert (dose.sets, dose.reps, dose.hold_seconds, dose.rest_seconds) == (sets, reps, hold, rest)
    assert (dose.tempo_up, dose.tempo_hold, dose.tempo_down) == (up, hold, down)
    assert dose.is_hold == (hold > 0)
    assert dose.rep_seconds == up + hold + down


@given(field=st.sampled_from(sorted(DOSE_FIELDS)), data=st.data())
def test_every_dose_outside_the_ranges_is_refused(field: str, data: st.DataObject) -> None:
    path, (low, high) = DOSE_FIELDS[field]
    value = data.draw(st.integers(max_value=low - 1) | st.integers(min_value=high + 1))
    exercise = copy.deepcopy(BASE)
    target = exercise["levels"][0]["dose"]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    expected = f"{PREFIX}level 1, {field}: must be a whole number from {low} to {high}, is {value}"
    with pytest.raises(CatalogueError, match=f"^{re.escape(expected)}$"):
        parse_exercise(exercise, "sit_to_stand.json")


@given(hold=st.integers(max_value=HOLD_SECONDS_RANGE[0] - 1) | st.integers(min_value=HOLD_SECONDS_RANGE[1] + 1))
def test_holds_outside_the_range_are_refused(hold: int) -> None:
    data = with_dose(sets=2, reps=8, hold_seconds=hold, tempo={"up": 2, "hold": hold, "down": 2}, rest_seconds=60)
    with pytest.raises(
        CatalogueError, match=re.escape("level 1, dose.hold_seconds: must be a whole number from 0 to 60")
    ):
        parse_exercise(data, "sit_to_stand.json")


@given(hold=st.integers(*HOLD_SECONDS_RANGE), other=st.integers(*HOLD_SECONDS_RANGE))
def test_the_tempo_hold_must_equal_the_hold(hold: int, other: int) -> None:
    data = with_dose(sets=2, reps=8, hold_seconds=hold, tempo={"up": 2, "hold": other, "down": 2}, rest_seconds=60)
    if hold == other:
        assert parse_exercise(data, "sit_to_stand.json").level(1).dose.tempo_hold == hold
    else:
        with pytest.raises(CatalogueError, match=re.escape(f"dose.tempo.hold: must equal dose.hold_seconds ({hold})")):
            parse_exercise(data, "sit_to_stand.json")

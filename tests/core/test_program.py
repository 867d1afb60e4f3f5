"""The personal program: exercises per joint, starting level and doses, 15–20 minutes, and the calendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from itertools import permutations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledhalsa_desktop.content import catalogue as real_catalogue
from ledhalsa_desktop.core.catalogue import (
    CATEGORY_ORDER,
    HAND_CATEGORIES,
    LOWER_BODY_CATEGORIES,
    Catalogue,
    Category,
    Joint,
)
from ledhalsa_desktop.core.norms import NormGrade
from ledhalsa_desktop.core.prescription import estimated_seconds, starting_prescription
from ledhalsa_desktop.core.program import (
    DEFAULT_TRAINING_DAYS,
    PROGRAM_WEEKS,
    RETEST_WEEKS,
    InvalidProgramInputs,
    Prescription,
    Program,
    ProgramInputs,
    WhyReason,
    build_program,
    estimated_minutes,
    starting_level,
)

MONDAY = date(2027, 1, 4)
WEDNESDAY = date(2027, 1, 6)
ALL_JOINT_ORDERS = [joints for size in (1, 2, 3) for joints in permutations(tuple(Joint), size)]


def inputs(joints: tuple[Joint, ...] = (Joint.KNEE,), *, fit: bool = False, **changes: object) -> ProgramInputs:
    values: dict[str, object] = dict(
        joints=joints,
        function_score=80 if fit else 50,
        chair_stand=NormGrade.ABOVE if fit else NormGrade.WITHIN,
        pain_now=2 if fit else 4,
        start_date=MONDAY,
    )
    values.update(changes)
    return ProgramInputs(**values)  # type: ignore[arg-type]


def program_for(joints: tuple[Joint, ...] = (Joint.KNEE,), *, fit: bool = False, **changes: object) -> Program:
    return build_program(inputs(joints, fit=fit, **changes), real_catalogue())


def categories(program: Program) -> list[Category]:
    return [item.category for item in program.exercises]


# exercises


@pytest.mark.parametrize("joints", [(Joint.KNEE,), (Joint.HIP,), (Joint.KNEE, Joint.HIP), (Joint.HIP, Joint.KNEE)])
@pytest.mark.parametrize("fit", [False, True])
def test_knee_and_hip_get_every_glad_category_once_and_one_or_two_strength_exercises(joints, fit) -> None:  # noqa: ANN001
    program = program_for(joints, fit=fit)
    found = categories(program)
    for category in LOWER_BODY_CATEGORIES:
        assert found.count(category) == (found.count(Category.STRENGTH) if category is Category.STRENGTH else 1)
    assert 1 <= found.count(Category.STRENGTH) <= 2
    catalogue = real_catalogue()
    for item in program.exercises:
        assert any(joint in catalogue.by_id[item.exercise_id].joints for joint in joints)


def test_only_the_hand_gives_a_session_of_hand_exercises_covering_all_four_hand_categories() -> None:
    for fit in (False, True):
        program = program_for((Joint.HAND,), fit=fit)
        assert set(categories(program)) == set(HAND_CATEGORIES)
        assert all(item.joint is Joint.HAND for item in program.exercises)
    assert len(program_for((Joint.HAND,)).exercises) == 6  # every hand exercise fits at level 1


@pytest.mark.parametrize(
    "joints", [(Joint.KNEE, Joint.HAND), (Joint.HAND, Joint.HIP), (Joint.KNEE, Joint.HIP, Joint.HAND)]
)
def test_hand_with_knee_or_hip_adds_at_least_mobility_grip_and_thumb_after_the_circuit(joints) -> None:  # noqa: ANN001
    program = program_for(joints)
    found = categories(program)
    assert {Category.MOBILITY, Category.GRIP_STRENGTH, Category.THUMB} <= set(found)
    assert set(LOWER_BODY_CATEGORIES) <= set(found)
    first_hand = next(index for index, category in enumerate(found) if category in HAND_CATEGORIES)
    assert all(category in HAND_CATEGORIES for category in found[first_hand:])


@pytest.mark.parametrize("joints", ALL_JOINT_ORDERS)
def test_session_order_is_warm_up_then_the_circuit_then_the_hand(joints) -> None:  # noqa: ANN001
    program = program_for(joints)
    order = [CATEGORY_ORDER.index(category) for category in categories(program)]
    assert order == sorted(order)
    assert categories(program)[0] in (Category.WARM_UP, Category.MOBILITY)


def test_exercises_that_serve_every_affected_joint_come_first() -> None:
    knee_and_hip = program_for((Joint.KNEE, Joint.HIP))
    catalogue = real_catalogue()
    for item in knee_and_hip.exercises:
        assert set(catalogue.by_id[item.exercise_id].joints) == {Joint.KNEE, Joint.HIP}
    assert [item.exercise_id for item in knee_and_hip.exercises if item.category is Category.STRENGTH] == [
        "mini_squat",
        "sit_to_stand",
    ]


def test_then_the_most_bothersome_joint_then_catalogue_order() -> None:
    both = {"mini_squat", "sit_to_stand", "straight_leg_raise"}
    catalogue = real_catalogue()
    no_shared_strength = Catalogue(tuple(exercise for exercise in catalogue if exercise.id not in both))

    def first_strength(joints: tuple[Joint, ...]) -> str:
        program = build_program(inputs(joints), no_shared_strength)
        return next(item.exercise_id for item in program.exercises if item.category is Category.STRENGTH)

    assert first_strength((Joint.KNEE, Joint.HIP)) == "seated_knee_extension"
    assert first_strength((Joint.HIP, Joint.KNEE)) == "hip_extension"
    assert first_strength((Joint.HIP,)) == "hip_extension"  # before side_leg_raise in the catalogue


def test_each_exercise_names_the_most_bothersome_joint_it_serves_and_why_it_is_there() -> None:
    program = program_for((Joint.HIP, Joint.KNEE, Joint.HAND))
    catalogue = real_catalogue()
    for item in program.exercises:
        served = catalogue.by_id[item.exercise_id].joints
        assert item.joint is (Joint.HAND if Joint.HAND in served else Joint.HIP)
    whys = {item.category: item.why for item in program.exercises}
    assert whys[Category.WARM_UP] is WhyReason.WARM_UP
    assert whys[Category.MOBILITY] is WhyReason.HAND_MOBILITY
    assert whys[Category.GRIP_STRENGTH] is WhyReason.GRIP_STRENGTH


# starting level and doses


@pytest.mark.parametrize(
    ("function_score", "chair_stand", "pain_now", "level"),
    [
        (70, NormGrade.WITHIN, 3, 2),
        (100, NormGrade.ABOVE, 0, 2),
        (69, NormGrade.WITHIN, 3, 1),
        (90, NormGrade.BELOW, 0, 1),
        (90, None, 0, 1),
        (90, NormGrade.ABOVE, 4, 1),
        (0, NormGrade.BELOW, 10, 1),
    ],
)
def test_level_two_only_for_good_function_a_normal_chair_stand_and_little_pain(
    function_score: int, chair_stand: NormGrade | None, pain_now: int, level: int
) -> None:
    given_inputs = inputs(function_score=function_score, chair_stand=chair_stand, pain_now=pain_now)
    assert starting_level(given_inputs) == level
    program = build_program(given_inputs, real_catalogue())
    assert {item.start.level for item in program.exercises} == {level}


@pytest.mark.parametrize(
    ("exercise_id", "level", "expected"),
    [
        ("sit_to_stand", 1, (2, 6, 0)),  # 75 % of 8
        ("marching", 1, (2, 8, 0)),  # 75 % of 10 is 7.5, rounded half up
        ("thumb_opposition", 1, (2, 4, 0)),  # 75 % of 5 is 3.75
        ("single_leg_stance", 1, (2, 2, 8)),  # a hold keeps its repetitions: 75 % of a 10 s hold
        ("bridge", 2, (2, 6, 8)),
        ("mini_squat", 3, (2, 6, 5)),  # a 5 s hold is already the shortest
        ("sit_to_stand", 4, (2, 6, 3)),  # a hold shorter than 5 s stays as it is
    ],
)
def test_starting_doses_are_lower_than_the_catalogues(exercise_id: str, level: int, expected: tuple) -> None:
    start = starting_prescription(real_catalogue().by_id[exercise_id], level)
    assert (start.sets, start.reps, start.hold_seconds) == expected
    assert start == Prescription(exercise_id, level, *expected)


def test_every_starting_dose_is_within_the_rules() -> None:
    for exercise in real_catalogue():
        for level in exercise.levels:
            start = starting_prescription(exercise, level.number)
            dose = level.dose
            assert start.sets == min(dose.sets, 2)
            if dose.is_hold:
                assert start.reps == dose.reps
                assert min(dose.hold_seconds, 5) <= start.hold_seconds <= dose.hold_seconds
            else:
                assert min(dose.reps, 3) <= start.reps <= dose.reps and start.hold_seconds == 0


def test_a_change_of_level_keeps_fewer_sets() -> None:
    start = starting_prescription(real_catalogue().by_id["bridge"], 2, sets=1)
    assert start.sets == 1


def test_a_prescription_becomes_the_levels_dose_with_its_own_sets_reps_and_hold() -> None:
    catalogue = real_catalogue()
    dose = Prescription("bridge", 2, 1, 5, 7).dose(catalogue)
    level = catalogue.by_id["bridge"].level(2).dose
    assert (dose.sets, dose.reps, dose.hold_seconds, dose.tempo_hold) == (1, 5, 7, 7)
    assert (dose.tempo_up, dose.tempo_down, dose.rest_seconds) == (level.tempo_up, level.tempo_down, level.rest_seconds)


def test_estimated_length_counts_every_set_side_rest_and_a_changeover() -> None:
    catalogue = real_catalogue()
    both_sides = Prescription("sit_to_stand", 1, 2, 6, 0)  # 2 × 6 × 4 s, one rest of 60 s, 30 s changeover
    one_side = Prescription("seated_knee_extension", 1, 2, 6, 0)  # 4 rounds × 6 × 4 s, 3 rests of 60 s
    assert estimated_seconds([both_sides], catalogue) == 48 + 60 + 30
    assert estimated_seconds([one_side], catalogue) == 96 + 180 + 30
    assert estimated_minutes([both_sides, one_side], catalogue) == 7  # 444 s


@pytest.mark.parametrize("joints", ALL_JOINT_ORDERS)
@pytest.mark.parametrize("fit", [False, True])
def test_the_first_sessions_take_15_to_20_minutes(joints, fit) -> None:  # noqa: ANN001
    program = program_for(joints, fit=fit)
    seconds = estimated_seconds(program.start_prescriptions(), real_catalogue())
    assert 15 * 60 <= seconds <= 20 * 60
    assert 15 <= estimated_minutes(program.start_prescriptions(), real_catalogue()) <= 20


def test_the_second_strength_exercise_goes_first_when_the_session_is_too_long() -> None:
    assert categories(program_for((Joint.KNEE, Joint.HIP))).count(Category.STRENGTH) == 2
    assert categories(program_for((Joint.KNEE,))).count(Category.STRENGTH) == 1  # 22.5 minutes with two


def test_extra_hand_exercises_go_before_any_set_and_the_first_three_stay() -> None:
    fit_hand = program_for((Joint.HAND,), fit=True)
    assert [item.exercise_id for item in fit_hand.exercises] == [
        "finger_fan",
        "fist_and_squeeze",
        "thumb_across_palm",
        "finger_lift",
    ]
    assert all(item.start.sets == 2 for item in fit_hand.exercises)
    knee_and_hand = program_for((Joint.KNEE, Joint.HAND))
    hand = [item.exercise_id for item in knee_and_hand.exercises if item.joint is Joint.HAND]
    assert hand == ["finger_fan", "fist_and_squeeze", "thumb_across_palm"]


def test_a_session_still_too_long_loses_sets_warm_up_first_and_strength_last() -> None:
    program = program_for((Joint.HIP,))
    sets = {item.category: item.start.sets for item in program.exercises}
    assert sets[Category.WARM_UP] == 1
    assert sets[Category.STRENGTH] == 2


def test_a_short_session_gets_a_set_back_on_its_strength_exercises() -> None:
    one_set = Catalogue(
        tuple(
            replace(
                exercise, levels=tuple(replace(level, dose=replace(level.dose, sets=1)) for level in exercise.levels)
            )
            for exercise in real_catalogue()
        )
    )
    program = build_program(inputs((Joint.KNEE,)), one_set)
    assert {item.start.sets for item in program.exercises if item.category is Category.STRENGTH} == {2}
    assert {item.start.sets for item in program.exercises if item.category is not Category.STRENGTH} == {1}
    assert estimated_seconds(program.start_prescriptions(), one_set) <= 20 * 60


def test_a_catalogue_without_exercises_for_the_joint_is_refused() -> None:
    lower_only = Catalogue(tuple(exercise for exercise in real_catalogue() if Joint.HAND not in exercise.joints))
    with pytest.raises(InvalidProgramInputs):
        build_program(inputs((Joint.HAND,)), lower_only)


# inputs


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"joints": ()}, "joints"),
        ({"joints": (Joint.KNEE, Joint.KNEE)}, "joints"),
        ({"joints": ("elbow",)}, "joints"),
        ({"function_score": 101}, "function_score"),
        ({"function_score": -1}, "function_score"),
        ({"function_score": True}, "function_score"),
        ({"chair_stand": "good"}, "chair_stand"),
        ({"pain_now": 11}, "pain_now"),
        ({"pain_now": 3.5}, "pain_now"),
        ({"start_date": "2027-01-04"}, "start_date"),
        ({"training_days": (0,)}, "training_days"),
        ({"training_days": (2, 0)}, "training_days"),
        ({"training_days": (0, 0, 2)}, "training_days"),
        ({"training_days": (0, 7)}, "training_days"),
        ({"training_days": (0, 1, 2, 3, 4, 5, 6, 6)}, "training_days"),
    ],
)
def test_invalid_inputs_are_refused_naming_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidProgramInputs) as caught:
        inputs(**changes)
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


def test_inputs_accept_plain_strings_for_joints_and_grades() -> None:
    given_inputs = inputs(("hip", "knee"), chair_stand="within")  # type: ignore[arg-type]
    assert given_inputs.joints == (Joint.HIP, Joint.KNEE) and given_inputs.chair_stand is NormGrade.WITHIN
    assert given_inputs.training_days == DEFAULT_TRAINING_DAYS


# calendar


def test_weeks_are_seven_day_blocks_from_the_start() -> None:
    program = program_for(start_date=WEDNESDAY)
    assert program.week_of(WEDNESDAY - timedelta(days=1)) == 0
    assert program.week_of(WEDNESDAY) == 1
    assert program.week_of(WEDNESDAY + timedelta(days=6)) == 1
    assert program.week_of(WEDNESDAY + timedelta(days=7)) == 2
    assert program.week_of(WEDNESDAY + timedelta(days=7 * 12)) == 13


def test_two_sessions_in_weeks_1_and_2_three_until_week_12_then_two_as_maintenance() -> None:
    program = program_for()
    assert [program.sessions_planned(week) for week in range(0, 16)] == [0, 2, 2] + [3] * 10 + [2] * 3
    assert PROGRAM_WEEKS == Program.PROGRAM_WEEKS == 12
    assert not program.is_maintenance(12) and program.is_maintenance(13)


def test_never_more_sessions_than_training_days() -> None:
    program = program_for(training_days=(1, 4))
    assert {program.sessions_planned(week) for week in range(1, 20)} == {2}


def test_planned_dates_fall_on_the_first_training_days_of_each_week() -> None:
    program = program_for()
    assert program.planned_dates(1) == (MONDAY, WEDNESDAY)
    assert program.planned_dates(3) == (date(2027, 1, 18), date(2027, 1, 20), date(2027, 1, 22))
    assert program.planned_dates(13) == (date(2027, 3, 29), date(2027, 3, 31))
    assert program.planned_dates(0) == ()


def test_custom_training_days_and_a_midweek_start() -> None:
    program = program_for(start_date=WEDNESDAY, training_days=(1, 3, 5, 6))
    assert program.planned_dates(1) == (date(2027, 1, 7), date(2027, 1, 9))  # Thursday, Saturday
    assert program.planned_dates(3) == (date(2027, 1, 21), date(2027, 1, 23), date(2027, 1, 24))


@given(
    start=st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    days=st.sets(st.integers(0, 6), min_size=2).map(lambda days: tuple(sorted(days))),
    week=st.integers(1, 30),
)
def test_planned_dates_are_training_days_inside_their_week(start: date, days: tuple[int, ...], week: int) -> None:
    program = program_for(start_date=start, training_days=days)
    planned = program.planned_dates(week)
    assert len(planned) == program.sessions_planned(week) == min(len(days), 2 if week <= 2 or week > 12 else 3)
    assert list(planned) == sorted(set(planned))
    for day in planned:
        assert day.weekday() in days and program.week_of(day) == week and day >= start


def test_next_planned_date() -> None:
    program = program_for()
    assert program.next_planned_date(MONDAY - timedelta(days=10), done=()) == MONDAY
    assert program.next_planned_date(MONDAY, done=()) == MONDAY
    assert program.next_planned_date(MONDAY, done={MONDAY}) == WEDNESDAY
    assert program.next_planned_date(date(2027, 1, 7), done=()) == date(2027, 1, 11)  # week 1 has 2 sessions
    assert program.next_planned_date(MONDAY, done={MONDAY, WEDNESDAY}) == date(2027, 1, 11)
    assert program.next_planned_date(date(2027, 1, 19), done=()) == date(2027, 1, 20)


def test_retests_are_due_from_weeks_6_and_12_until_done() -> None:
    program = program_for()
    week = {number: MONDAY + timedelta(days=7 * (number - 1)) for number in range(1, 20)}
    assert RETEST_WEEKS == (6, 12)
    assert [program.retest_due(week[number], ()) for number in range(1, 6)] == [None] * 5
    assert program.retest_due(week[6], ()) == 6
    assert program.retest_due(week[8], ()) == 6
    assert program.retest_due(week[8], {6}) is None
    assert program.retest_due(week[12], {6}) == 12
    assert program.retest_due(week[12], ()) == 12  # a missed retest gives way to the next one
    assert program.retest_due(week[15], {6, 12}) is None
    assert program.retest_due(MONDAY - timedelta(days=1), ()) is None


# determinism


joint_orders = st.sampled_from(ALL_JOINT_ORDERS)
any_inputs = st.builds(
    ProgramInputs,
    joints=joint_orders,
    function_score=st.integers(0, 100),
    chair_stand=st.sampled_from([None, *NormGrade]),
    pain_now=st.integers(0, 10),
    start_date=st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    training_days=st.sets(st.integers(0, 6), min_size=2).map(lambda days: tuple(sorted(days))),
)


@settings(max_examples=60, deadline=None)
@given(any_inputs)
def test_any_inputs_give_the_same_sound_program_every_time(given_inputs: ProgramInputs) -> None:
    catalogue = real_catalogue()
    program = build_program(given_inputs, catalogue)
    assert program == build_program(replace(given_inputs), catalogue)
    assert program.exercises
    assert len(set(program.exercise_ids)) == len(program.exercise_ids)
    assert 15 * 60 <= estimated_seconds(program.start_prescriptions(), catalogue) <= 20 * 60
    for item in program.exercises:
        exercise = catalogue.by_id[item.exercise_id]
        assert item.joint in given_inputs.joints and item.joint in exercise.joints
        assert 1 <= item.start.level <= min(2, len(exercise.levels))
        assert 1 <= item.start.sets <= 2

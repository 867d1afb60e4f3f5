"""Automatic progression: each rule on its own, properties over any course of sessions, and 12-week courses."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledhalsa_desktop.content import catalogue as real_catalogue
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.dose_steps import Step, floor_of_range, largest_step, top_of_range
from ledhalsa_desktop.core.norms import NormGrade
from ledhalsa_desktop.core.prescription import Prescription, starting_prescription
from ledhalsa_desktop.core.program import Program, ProgramInputs, build_program
from ledhalsa_desktop.core.progression import (
    Change,
    ChangeKind,
    Completion,
    Effort,
    InvalidReport,
    NextDay,
    ProgressionState,
    Reason,
    SessionReport,
    acknowledge_advice,
    decide,
    effort_from_score,
    initial_state,
    lighter_session,
    preview_after_session,
    replay,
)

MONDAY = date(2027, 1, 4)
SQUAT = "mini_squat"  # repetitions, 3 levels
STANCE = "single_leg_stance"  # a hold, 2 levels


def knee_program(joints: tuple[Joint, ...] = (Joint.KNEE,)) -> Program:
    return build_program(ProgramInputs(joints, 50, NormGrade.WITHIN, 4, MONDAY), real_catalogue())


KNEE = knee_program()


def report(
    day: date = MONDAY,
    *,
    pain: int | None = 2,
    effort: Effort | None = Effort.JUST_RIGHT,
    completion: Completion = Completion.ALL,
    too_painful: frozenset[str] = frozenset(),
    not_done: frozenset[str] = frozenset(),
    next_day: NextDay | None = NextDay.USUAL,
    program: Program = KNEE,
) -> SessionReport:
    return SessionReport(day, program.week_of(day), pain, effort, completion, too_painful, not_done, next_day)


def run(reports: list[SessionReport], *, program: Program = KNEE, flare: bool = False) -> ProgressionState:
    state = initial_state(program)
    for item in reports:
        state, _ = decide(program, state, item, real_catalogue(), flare=flare)
    return state


def changed(changes: tuple[Change, ...]) -> dict[str, Change]:
    return {change.exercise_id: change for change in changes}


def with_dose(state: ProgressionState, prescription: Prescription) -> ProgressionState:
    return replace(state, prescriptions={**state.prescriptions, prescription.exercise_id: prescription})


def with_value(prescription: Prescription, value: int, *, hold: bool) -> Prescription:
    return replace(prescription, hold_seconds=value) if hold else replace(prescription, reps=value)


def varied_value(prescription: Prescription) -> int:
    """The repetitions, or for a level with a hold the hold: what steps up and down."""
    level = real_catalogue().by_id[prescription.exercise_id].level(prescription.level)
    return prescription.hold_seconds if level.dose.is_hold else prescription.reps


# the answers


@pytest.mark.parametrize(
    ("scores", "effort"),
    [((0, 1, 2, 3), Effort.LIGHT), ((4, 5, 6), Effort.JUST_RIGHT), ((7, 8), Effort.HARD), ((9, 10), Effort.TOO_HARD)],
)
def test_effort_from_score(scores: tuple[int, ...], effort: Effort) -> None:
    assert {effort_from_score(score) for score in scores} == {effort}


@pytest.mark.parametrize("score", [-1, 11, 5.0, True, "5"])
def test_effort_scores_outside_0_to_10_are_refused(score: object) -> None:
    with pytest.raises(ValueError):
        effort_from_score(score)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "changes",
    [
        {"pain_during": 11},
        {"pain_during": -1},
        {"week": -1},
        {"day": "2027-01-04"},
        {"not_done": frozenset({SQUAT})},  # with completion all
        {"effort": "exhausting"},
        {"completion": "most"},
    ],
)
def test_impossible_reports_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        replace(report(), **changes)


def test_reports_accept_plain_strings_and_sets() -> None:
    given_report = SessionReport(MONDAY, 1, 3, "hard", "partial", {SQUAT}, [STANCE], "worse")  # type: ignore[arg-type]
    assert given_report.effort is Effort.HARD and given_report.completion is Completion.PARTIAL
    assert given_report.too_painful == frozenset({SQUAT}) and given_report.not_done == frozenset({STANCE})
    assert given_report.next_day is NextDay.WORSE
    with pytest.raises(InvalidReport):
        SessionReport(MONDAY, 1, 3, None, Completion.ALL, not_done={SQUAT})


# the start


def test_the_start_state_has_the_programs_doses_and_one_start_change_each() -> None:
    state = initial_state(KNEE)
    assert state.current(KNEE) == KNEE.start_prescriptions()
    assert [change.exercise_id for change in state.changes] == list(KNEE.exercise_ids)
    for change in state.changes:
        assert (change.kind, change.reason, change.step, change.before) == (ChangeKind.START, Reason.START, None, None)
        assert (change.day, change.week) == (MONDAY, 1)
    assert not state.advise_physio


# stepping up


def test_all_well_steps_every_exercise_up_by_one_thing() -> None:
    state, changes = decide(KNEE, initial_state(KNEE), report(), real_catalogue())
    assert [change.exercise_id for change in changes] == list(KNEE.exercise_ids)
    squat, stance = changed(changes)[SQUAT], changed(changes)[STANCE]
    assert (squat.kind, squat.step, squat.reason) == (ChangeKind.PROGRESS, Step.REPS, Reason.ALL_WELL)
    assert (squat.before, squat.after) == (Prescription(SQUAT, 1, 2, 6, 0), Prescription(SQUAT, 1, 2, 7, 0))
    assert (stance.step, stance.after) == (Step.HOLD, Prescription(STANCE, 1, 2, 2, 9))
    assert state.prescriptions[SQUAT] == squat.after
    assert state.changes[-len(changes) :] == changes


@pytest.mark.parametrize("effort", [None, Effort.LIGHT, Effort.JUST_RIGHT, Effort.HARD])
def test_any_effort_but_too_hard_allows_a_step_up(effort: Effort | None) -> None:
    _, changes = decide(KNEE, initial_state(KNEE), report(effort=effort), real_catalogue())
    assert {change.kind for change in changes} == {ChangeKind.PROGRESS}


@pytest.mark.parametrize(
    "changes",
    [
        {"pain": 5},  # acceptable, but above the ceiling of 4: hold
        {"pain": None},
        {"effort": Effort.TOO_HARD},
        {"completion": Completion.PARTIAL},
        {"completion": Completion.NONE},
        {"next_day": None},
    ],
)
def test_anything_short_of_all_well_holds_the_dose(changes: dict[str, object]) -> None:
    state, made = decide(KNEE, initial_state(KNEE), report(**changes), real_catalogue())  # type: ignore[arg-type]
    assert made == ()
    assert state.current(KNEE) == KNEE.start_prescriptions()


def test_a_flare_pauses_progression() -> None:
    _, changes = decide(KNEE, initial_state(KNEE), report(), real_catalogue(), flare=True)
    assert changes == ()


def test_at_most_one_change_of_an_exercise_in_a_program_week() -> None:
    state = run([report(MONDAY), report(MONDAY + timedelta(days=2))])
    assert [change.after.reps for change in state.history(SQUAT)] == [6, 7]
    _, changes = decide(KNEE, state, report(MONDAY + timedelta(days=7)), real_catalogue())
    assert changed(changes)[SQUAT].after.reps == 8


def test_at_the_top_of_the_range_the_next_level_at_its_starting_dose() -> None:
    state = with_dose(initial_state(KNEE), Prescription(SQUAT, 1, 2, 12, 0))
    _, changes = decide(KNEE, state, report(), real_catalogue())
    change = changed(changes)[SQUAT]
    assert (change.step, change.reason) == (Step.LEVEL, Reason.TOP_OF_RANGE_NEXT_LEVEL)
    assert change.after == starting_prescription(real_catalogue().by_id[SQUAT], 2)


def test_at_the_top_of_the_last_level_nothing_changes() -> None:
    state = with_dose(initial_state(KNEE), Prescription(SQUAT, 3, 2, 6, 10))
    _, changes = decide(KNEE, state, report(), real_catalogue())
    assert SQUAT not in changed(changes)


def test_progression_goes_on_in_maintenance() -> None:
    after_twelve_weeks = MONDAY + timedelta(days=7 * 12)
    assert KNEE.is_maintenance(KNEE.week_of(after_twelve_weeks))
    _, changes = decide(KNEE, initial_state(KNEE), report(after_twelve_weeks), real_catalogue())
    assert changed(changes)[SQUAT].kind is ChangeKind.PROGRESS


# stepping back


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"pain": 6}, Reason.PAIN_DURING_HIGH),
        ({"pain": 10, "next_day": None}, Reason.PAIN_DURING_HIGH),
        ({"next_day": NextDay.WORSE}, Reason.NEXT_DAY_WORSE),
        ({"next_day": NextDay.MUCH_WORSE}, Reason.NEXT_DAY_MUCH_WORSE),
        ({"pain": 3, "next_day": NextDay.WORSE, "completion": Completion.PARTIAL}, Reason.NEXT_DAY_WORSE),
    ],
)
def test_high_pain_or_a_worse_next_day_steps_every_exercise_done_back(changes: dict, reason: Reason) -> None:
    _, made = decide(KNEE, initial_state(KNEE), report(**changes), real_catalogue())
    assert [change.exercise_id for change in made] == list(KNEE.exercise_ids)
    assert {(change.kind, change.reason) for change in made} == {(ChangeKind.REGRESS, reason)}
    squat = changed(made)[SQUAT]
    assert (squat.step, squat.after) == (Step.REPS, Prescription(SQUAT, 1, 2, 5, 0))


def test_exercises_not_done_are_not_stepped_back_for_the_sessions_pain() -> None:
    given_report = report(pain=7, completion=Completion.PARTIAL, not_done=frozenset({SQUAT}))
    _, changes = decide(KNEE, initial_state(KNEE), given_report, real_catalogue())
    assert SQUAT not in changed(changes) and len(changes) == len(KNEE.exercises) - 1
    nothing_done = report(pain=None, completion=Completion.NONE, next_day=NextDay.MUCH_WORSE)
    assert decide(KNEE, initial_state(KNEE), nothing_done, real_catalogue())[1] == ()


def test_too_painful_steps_back_that_exercise_only() -> None:
    given_report = report(
        pain=4, completion=Completion.PARTIAL, too_painful=frozenset({SQUAT}), not_done=frozenset({SQUAT})
    )
    _, changes = decide(KNEE, initial_state(KNEE), given_report, real_catalogue())
    assert [(change.exercise_id, change.kind, change.reason) for change in changes] == [
        (SQUAT, ChangeKind.REGRESS, Reason.TOO_PAINFUL)
    ]


def test_one_step_back_a_session_whatever_the_number_of_reasons() -> None:
    given_report = report(pain=9, next_day=NextDay.MUCH_WORSE, too_painful=frozenset({SQUAT}))
    _, changes = decide(KNEE, initial_state(KNEE), given_report, real_catalogue())
    assert Counter(change.exercise_id for change in changes) == Counter(KNEE.exercise_ids)
    assert changed(changes)[SQUAT].reason is Reason.TOO_PAINFUL
    assert changed(changes)[STANCE].reason is Reason.PAIN_DURING_HIGH


def test_a_step_back_undoes_the_last_step_up_even_in_the_same_week() -> None:
    state = run([report(MONDAY)])
    state, changes = decide(KNEE, state, report(MONDAY + timedelta(days=2), pain=6), real_catalogue())
    for change in changes:
        assert change.after == KNEE.exercise(change.exercise_id).start
        assert change.step is state.history(change.exercise_id)[-2].step


def test_a_step_back_undoes_a_change_of_level() -> None:
    top = Prescription(SQUAT, 1, 2, 12, 0)
    state, _ = decide(KNEE, with_dose(initial_state(KNEE), top), report(), real_catalogue())
    assert state.prescriptions[SQUAT].level == 2
    _, changes = decide(KNEE, state, report(MONDAY + timedelta(days=2), pain=7), real_catalogue())
    assert (changed(changes)[SQUAT].after, changed(changes)[SQUAT].step) == (top, Step.LEVEL)


def test_no_step_up_in_a_week_that_had_a_step_back() -> None:
    state = run([report(MONDAY, pain=6)])
    _, changes = decide(KNEE, state, report(MONDAY + timedelta(days=2)), real_catalogue())
    assert changes == ()


def test_without_a_step_up_to_undo_a_step_back_goes_down_to_the_floor_and_then_a_level() -> None:
    squat = real_catalogue().by_id[SQUAT]
    state = with_dose(initial_state(KNEE), Prescription(SQUAT, 2, 2, 6, 0))
    doses = []
    for week in range(6):
        state, _ = decide(KNEE, state, report(MONDAY + timedelta(days=7 * week), pain=8), real_catalogue())
        doses.append(state.prescriptions[SQUAT])
    assert [(dose.level, dose.reps) for dose in doses] == [(2, 5), (2, 4), (1, 6), (1, 5), (1, 4), (1, 4)]
    assert floor_of_range(squat, 2) == 4 and floor_of_range(squat, 1) == 4


# repeated trouble


def test_one_bad_session_is_no_reason_to_see_a_physiotherapist() -> None:
    assert not run([report(MONDAY, pain=7)]).advise_physio


def test_a_second_bad_session_within_14_days_advises_a_physiotherapist_until_acknowledged() -> None:
    state = run([report(MONDAY, pain=7), report(MONDAY + timedelta(days=14), next_day=NextDay.WORSE)])
    assert state.advise_physio
    state, _ = decide(KNEE, state, report(MONDAY + timedelta(days=16)), real_catalogue())
    assert state.advise_physio
    assert not acknowledge_advice(state).advise_physio


def test_bad_sessions_far_apart_with_good_ones_between_do_not_advise() -> None:
    days = [MONDAY + timedelta(days=offset) for offset in (0, 9, 12, 15)]
    state = run([report(days[0], pain=7), report(days[1]), report(days[2]), report(days[3], pain=7)])
    assert not state.advise_physio


def test_bad_sessions_in_a_row_advise_even_weeks_apart() -> None:
    state = run([report(MONDAY, pain=7), report(MONDAY + timedelta(days=30), too_painful=frozenset({SQUAT}))])
    assert state.advise_physio


# flare, preview, replay


def test_a_lighter_session_has_one_set_fewer_or_70_per_cent_of_the_repetitions() -> None:
    doses = (Prescription(SQUAT, 1, 2, 8, 0), Prescription(STANCE, 1, 1, 2, 10), Prescription("bridge", 1, 1, 10, 0))
    assert lighter_session(doses) == (
        Prescription(SQUAT, 1, 1, 8, 0),
        Prescription(STANCE, 1, 1, 1, 10),
        Prescription("bridge", 1, 1, 7, 0),
    )
    assert lighter_session([Prescription(SQUAT, 1, 1, 1, 0)]) == (Prescription(SQUAT, 1, 1, 1, 0),)


def test_the_preview_shows_what_a_usual_next_day_would_bring() -> None:
    waiting = report(next_day=None)
    state = initial_state(KNEE)
    assert decide(KNEE, state, waiting, real_catalogue())[1] == ()
    preview = preview_after_session(KNEE, state, waiting, real_catalogue())
    assert preview == decide(KNEE, state, report(), real_catalogue())[1]
    assert preview_after_session(KNEE, state, waiting, real_catalogue(), flare=True) == ()
    assert {change.kind for change in preview_after_session(KNEE, state, report(pain=6), real_catalogue())} == {
        ChangeKind.REGRESS
    }


def test_replay_rebuilds_the_same_state() -> None:
    reports = [report(MONDAY), report(MONDAY + timedelta(days=7), pain=6), report(MONDAY + timedelta(days=9), pain=8)]
    flags = [False, False, True]
    state = initial_state(KNEE)
    for item, flare in zip(reports, flags, strict=True):
        state, _ = decide(KNEE, state, item, real_catalogue(), flare=flare)
    assert state.advise_physio
    assert replay(KNEE, list(zip(reports, flags, strict=True)), real_catalogue()) == state
    acknowledged = replay(
        KNEE, list(zip(reports, flags, strict=True)), real_catalogue(), acknowledged_through=reports[-1].day
    )
    assert acknowledged == acknowledge_advice(state)
    too_early = replay(
        KNEE, list(zip(reports, flags, strict=True)), real_catalogue(), acknowledged_through=reports[1].day
    )
    assert too_early.advise_physio


# properties over any course of sessions


@dataclass(frozen=True)
class Session:
    gap_days: int
    pain: int | None
    effort: Effort | None
    completion: Completion
    too_painful: frozenset[str]
    not_done: frozenset[str]
    next_day: NextDay | None
    flare: bool


def sessions_for(program: Program) -> st.SearchStrategy[Session]:
    ids = st.frozensets(st.sampled_from(program.exercise_ids), max_size=2)
    return st.builds(
        Session,
        gap_days=st.integers(0, 5),
        pain=st.one_of(st.none(), st.integers(0, 10), st.integers(0, 4)),
        effort=st.one_of(st.none(), st.sampled_from(Effort)),
        completion=st.sampled_from(Completion),
        too_painful=st.one_of(st.just(frozenset()), ids),
        not_done=ids,
        next_day=st.one_of(st.none(), st.sampled_from(NextDay), st.just(NextDay.USUAL)),
        flare=st.booleans(),
    ).map(lambda session: replace(session, not_done=frozenset()) if session.completion is Completion.ALL else session)


GOOD_SESSION = Session(2, 2, Effort.JUST_RIGHT, Completion.ALL, frozenset(), frozenset(), NextDay.USUAL, False)
PROGRAMS = [knee_program(joints) for joints in ((Joint.KNEE,), (Joint.HIP, Joint.KNEE), (Joint.HAND,))]


@dataclass(frozen=True)
class Course:
    program: Program
    start: ProgressionState
    reports: list[tuple[SessionReport, bool]]


@st.composite
def doses_in_range(draw: st.DrawFn, program: Program) -> ProgressionState:
    """The program's start, or any dose inside each level's range (to reach the tops and floors quickly)."""
    state = initial_state(program)
    if draw(st.booleans()):
        return state
    for item in program.exercises:
        exercise = real_catalogue().by_id[item.exercise_id]
        level = draw(st.integers(1, len(exercise.levels)))
        value = draw(st.integers(floor_of_range(exercise, level), top_of_range(exercise.level(level))))
        start = starting_prescription(exercise, level, sets=item.start.sets)
        state = with_dose(state, with_value(start, value, hold=exercise.level(level).dose.is_hold))
    return state


@st.composite
def courses(draw: st.DrawFn) -> Course:
    program = draw(st.sampled_from(PROGRAMS))
    day = program.start_date
    reports = []
    mostly_good = st.one_of(st.just(GOOD_SESSION), st.just(GOOD_SESSION), sessions_for(program))
    for session in draw(st.lists(mostly_good, min_size=1, max_size=40)):
        day += timedelta(days=session.gap_days)
        item = SessionReport(
            day,
            program.week_of(day),
            session.pain,
            session.effort,
            session.completion,
            session.too_painful,
            session.not_done,
            session.next_day,
        )
        reports.append((item, session.flare))
    return Course(program, draw(doses_in_range(program)), reports)


def decisions(course: Course) -> list[tuple[SessionReport, bool, Change]]:
    state = course.start
    made = []
    for item, flare in course.reports:
        state, changes = decide(course.program, state, item, real_catalogue(), flare=flare)
        assert len({change.exercise_id for change in changes}) == len(changes)  # one change an exercise a session
        made.extend((item, flare, change) for change in changes)
    return made


@settings(max_examples=80, deadline=None)
@given(courses())
def test_never_a_step_up_unless_everything_went_well(course: Course) -> None:
    for item, flare, change in decisions(course):
        if change.kind is ChangeKind.PROGRESS:
            assert item.pain_during is not None and item.pain_during <= 4
            assert item.next_day is NextDay.USUAL and item.completion is Completion.ALL
            assert item.effort is not Effort.TOO_HARD and not flare
            assert change.exercise_id not in item.too_painful | item.not_done
        else:
            high = item.pain_during is not None and item.pain_during > 5
            worse = item.next_day in (NextDay.WORSE, NextDay.MUCH_WORSE)
            assert change.exercise_id in item.too_painful or high or worse


@settings(max_examples=80, deadline=None)
@given(courses())
def test_at_most_one_step_up_a_week_and_only_steps_back_after_any_change(course: Course) -> None:
    by_week: dict[tuple[str, int], list[ChangeKind]] = {}
    for item, _flare, change in decisions(course):
        by_week.setdefault((change.exercise_id, item.week), []).append(change.kind)
    for kinds in by_week.values():
        assert kinds.count(ChangeKind.PROGRESS) <= 1
        assert ChangeKind.PROGRESS not in kinds[1:]


@settings(max_examples=80, deadline=None)
@given(courses())
def test_every_step_is_small_and_every_dose_stays_in_its_levels_range(course: Course) -> None:
    for _item, _flare, change in decisions(course):
        before, after = change.before, change.after
        assert before is not None and before.sets == after.sets
        exercise = real_catalogue().by_id[change.exercise_id]
        level = exercise.level(after.level)
        assert floor_of_range(exercise, after.level) <= varied_value(after) <= top_of_range(level)
        if change.kind is ChangeKind.PROGRESS and change.step is Step.LEVEL:
            assert varied_value(before) == top_of_range(exercise.level(before.level))
            assert after == starting_prescription(exercise, before.level + 1, sets=before.sets)
        elif change.kind is ChangeKind.PROGRESS:
            assert 1 <= varied_value(after) - varied_value(before) <= largest_step(varied_value(before))
            assert with_value(before, varied_value(after), hold=change.step is Step.HOLD) == after
        else:
            assert after.level < before.level or varied_value(after) < varied_value(before)


@settings(max_examples=60, deadline=None)
@given(courses())
def test_the_same_course_always_gives_the_same_decisions(course: Course) -> None:
    assert decisions(course) == decisions(replace(course, reports=list(course.reports)))
    program, reports = course.program, course.reports
    state = initial_state(program)
    for item, flare in reports:
        state, _ = decide(program, state, item, real_catalogue(), flare=flare)
    assert replay(program, reports, real_catalogue()) == state
    assert replay(program, iter(reports), real_catalogue()) == state


# 12-week courses


@dataclass(frozen=True)
class Decided:
    report: SessionReport
    flare: bool
    before: ProgressionState
    changes: tuple[Change, ...]
    after: ProgressionState


def twelve_weeks(
    program: Program,
    answers: dict[tuple[int, int], tuple[int, NextDay, Completion]] | None = None,
    flare_weeks: tuple[int, ...] = (),
) -> list[Decided]:
    """Every planned session of weeks 1–12: pain 2, just right and a usual next day unless `answers` says otherwise."""
    state = initial_state(program)
    course = []
    for week in range(1, 13):
        for number, day in enumerate(program.planned_dates(week), 1):
            pain, next_day, completion = (answers or {}).get((week, number), (2, NextDay.USUAL, Completion.ALL))
            item = SessionReport(day, week, pain, Effort.JUST_RIGHT, completion, next_day=next_day)
            flare = week in flare_weeks
            after, changes = decide(program, state, item, real_catalogue(), flare=flare)
            course.append(Decided(item, flare, state, changes, after))
            state = after
    return course


def top_of_last_level(exercise_id: str, sets: int) -> Prescription:
    exercise = real_catalogue().by_id[exercise_id]
    last = exercise.levels[-1]
    start = starting_prescription(exercise, last.number, sets=sets)
    return with_value(start, top_of_range(last), hold=last.dose.is_hold)


@pytest.mark.parametrize("joints", [(Joint.KNEE,), (Joint.HIP,), (Joint.KNEE, Joint.HIP, Joint.HAND), (Joint.HAND,)])
def test_an_always_fine_person_steps_up_every_week_and_goes_up_levels(joints: tuple[Joint, ...]) -> None:
    program = knee_program(joints)
    course = twelve_weeks(program)
    changes = [change for decided in course for change in decided.changes]
    assert {change.kind for change in changes} == {ChangeKind.PROGRESS}
    assert max(Counter((change.exercise_id, change.week) for change in changes).values()) == 1
    final = course[-1].after
    for item in program.exercises:
        weeks = {change.week for change in changes if change.exercise_id == item.exercise_id}
        now = final.prescriptions[item.exercise_id]
        assert weeks == set(range(1, 13)) or now == top_of_last_level(item.exercise_id, now.sets)
    levels_up = [item for item in program.exercises if final.prescriptions[item.exercise_id].level > item.start.level]
    assert len(levels_up) >= len(program.exercises) / 2
    assert not final.advise_physio


PAIN_PRONE = {
    (3, 2): (6, NextDay.USUAL, Completion.ALL),
    (4, 1): (3, NextDay.WORSE, Completion.ALL),
    (7, 1): (4, NextDay.MUCH_WORSE, Completion.ALL),
    (8, 2): (7, NextDay.WORSE, Completion.PARTIAL),
}


def test_a_pain_prone_person_steps_back_and_is_advised_to_see_a_physiotherapist() -> None:
    course = twelve_weeks(KNEE, PAIN_PRONE)
    regressions = [change for decided in course for change in decided.changes if change.kind is ChangeKind.REGRESS]
    assert {change.week for change in regressions} == {3, 4, 7, 8}
    assert {change.reason for change in regressions} == {
        Reason.PAIN_DURING_HIGH,
        Reason.NEXT_DAY_WORSE,
        Reason.NEXT_DAY_MUCH_WORSE,
    }
    assert Counter(change.exercise_id for change in regressions) == Counter(KNEE.exercise_ids * 4)
    first_advice = next(decided.report for decided in course if decided.after.advise_physio)
    assert (first_advice.week, first_advice.day) == (4, KNEE.planned_dates(4)[0])  # the second bad session
    assert course[-1].after.advise_physio
    fine = twelve_weeks(KNEE)[-1].after
    for exercise_id in KNEE.exercise_ids:
        assert course[-1].after.prescriptions[exercise_id].level <= fine.prescriptions[exercise_id].level
    assert course[-1].after.current(KNEE) != fine.current(KNEE)


def test_a_flare_in_week_5_pauses_progress_offers_a_lighter_session_and_progress_resumes() -> None:
    course = twelve_weeks(KNEE, flare_weeks=(5,))
    in_flare = [decided for decided in course if decided.flare]
    assert [decided.report.week for decided in in_flare] == [5, 5, 5]
    for decided in in_flare:
        assert decided.changes == ()
        current = decided.before.current(KNEE)
        lighter = lighter_session(current)
        assert lighter != current
        for light, dose in zip(lighter, current, strict=True):
            assert light.sets < dose.sets or light.reps < dose.reps
    assert in_flare[-1].after.prescriptions == in_flare[0].before.prescriptions  # the program is as it was
    week_6 = [change for decided in course if decided.report.week == 6 for change in decided.changes]
    assert [change.kind for change in week_6] == [ChangeKind.PROGRESS] * len(KNEE.exercises)
    assert len(course[-1].after.changes) == len(twelve_weeks(KNEE)[-1].after.changes) - len(KNEE.exercises)

"""The program as the running program uses it, over a real database with a fake calendar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from ledhalsa_desktop import content
from ledhalsa_desktop.core.assessment import (
    RED_FLAGS,
    Assessment,
    AssessmentKind,
    ChairStand,
    Difficulty,
    JointChoice,
    Side,
    questions_for,
)
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.core.progression import ChangeKind, Completion, Effort, NextDay, Reason
from ledhalsa_desktop.devtools.fake_calendar import FixedCalendar as Calendar
from ledhalsa_desktop.storage.assessment_repository import save_assessment
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.migrate import upgrade_to_head
from ledhalsa_desktop.training import Training

MONDAY = date(2027, 1, 4)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "ledhalsa.db"
    upgrade_to_head(path, "test")
    db = Database(path)
    yield db
    db.close()


@pytest.fixture
def calendar() -> Calendar:
    return Calendar(MONDAY)


@pytest.fixture
def training(database: Database, calendar: Calendar) -> Training:
    return Training(database.path, lambda: database, content.catalogue, calendar.now, calendar.today)


def knee_assessment(day: date = MONDAY, kind: AssessmentKind = AssessmentKind.START, **changes: object) -> Assessment:
    values: dict[str, object] = {
        "kind": kind,
        "taken_on": day,
        "joints": (JointChoice(Joint.KNEE, Side.BOTH),),
        "pain_now": 4,
        "pain_last_week": 5,
        "answers": dict.fromkeys(questions_for([Joint.KNEE]), Difficulty.MODERATE),
        "red_flags": dict.fromkeys(RED_FLAGS, False),
        "birth_year": 1952,
        "sex": Sex.FEMALE,
        "chair_stand": ChairStand(10),
    }
    values.update(changes)
    return Assessment(**values)  # type: ignore[arg-type]


def started(training: Training, database: Database, calendar: Calendar) -> Training:
    stored = save_assessment(database, knee_assessment(), calendar.now())
    training.start_program(stored, (0, 2, 4))
    return training


def run_session(training: Training, *, pain: int = 2, effort: Effort = Effort.JUST_RIGHT, all_done: bool = True):  # noqa: ANN201
    plan = training.begin_session()
    for index, item in enumerate(plan.prescriptions):
        done = all_done or index == 0
        training.exercise_done(plan.session_id, item.exercise_id, sets_done=item.sets if done else 0, completed=done)
    return plan, training.finish_session(plan.session_id, pain_during=pain, effort=effort)


def test_no_program_before_the_assessment(training: Training) -> None:
    assert training.active() is None and training.today() is None


def test_starting_a_program_stores_it_with_its_start_changes(
    training: Training, database: Database, calendar: Calendar
) -> None:
    started(training, database, calendar)
    active = training.active()
    assert active is not None
    assert active.program.start_date == MONDAY
    assert all(change.kind is ChangeKind.START for change in active.state.changes)
    today = training.today()
    assert today.training_day and today.week == 1 and today.planned_this_week == 2
    assert 15 <= today.minutes <= 20
    assert today.next_day_question is None and not today.advise_physio


def test_a_fine_session_progresses_once_the_next_day_is_usual(
    training: Training, database: Database, calendar: Calendar
) -> None:
    started(training, database, calendar)
    before = training.todays_prescriptions()
    plan, preview = run_session(training)
    assert preview and all(change.kind is ChangeKind.PROGRESS for change in preview)
    assert training.todays_prescriptions() == before  # nothing changes until tomorrow's answer

    calendar.day += timedelta(days=1)
    question = training.today().next_day_question
    assert question is not None and question.id == plan.session_id
    changes = training.answer_next_day(plan.session_id, NextDay.USUAL)
    assert changes == preview
    assert training.todays_prescriptions() != before
    assert training.today().next_day_question is None
    # stored with the reasons, and the same after reading everything again
    training.forget()
    assert [c.reason for c in training.active().state.changes if c.kind is ChangeKind.PROGRESS] == [
        change.reason for change in changes
    ]


def test_high_pain_steps_back_and_repeated_trouble_advises_a_physio(
    training: Training, database: Database, calendar: Calendar
) -> None:
    started(training, database, calendar)
    plan, _ = run_session(training, pain=7)
    calendar.day += timedelta(days=2)
    changes = training.answer_next_day(plan.session_id, NextDay.WORSE)
    assert changes and all(change.kind is ChangeKind.REGRESS for change in changes)
    assert {change.reason for change in changes} == {Reason.PAIN_DURING_HIGH}
    plan, _ = run_session(training, pain=7)
    calendar.day += timedelta(days=2)
    training.answer_next_day(plan.session_id, NextDay.USUAL)
    assert training.today().advise_physio
    training.acknowledge_advice()
    assert not training.today().advise_physio


def test_a_stopped_session_keeps_what_was_done_and_never_progresses(
    training: Training, database: Database, calendar: Calendar
) -> None:
    started(training, database, calendar)
    plan, preview = run_session(training, all_done=False)
    assert preview == ()
    session = training.active().sessions[-1]
    assert session.completion is Completion.PARTIAL
    assert [item.completed for item in session.exercises][:2] == [True, False]


def test_an_unanswered_next_day_is_decided_without_progress_when_the_next_session_starts(
    training: Training, database: Database, calendar: Calendar
) -> None:
    started(training, database, calendar)
    before = training.todays_prescriptions()
    run_session(training)
    calendar.day += timedelta(days=2)
    plan = training.begin_session()
    assert plan.prescriptions == before
    assert training.active().sessions[0].decided


def test_a_session_left_open_by_a_crash_is_closed_with_what_was_done(
    training: Training, database: Database, calendar: Calendar
) -> None:
    started(training, database, calendar)
    plan = training.begin_session()
    first = plan.prescriptions[0]
    training.exercise_done(plan.session_id, first.exercise_id, sets_done=first.sets, completed=True)
    calendar.day += timedelta(days=2)
    training.forget()
    training.begin_session()
    closed = training.active().sessions[0]
    assert closed.finished_utc is not None and closed.completion is Completion.PARTIAL and closed.decided


def test_a_flare_pauses_progress_and_offers_a_lighter_session(
    training: Training, database: Database, calendar: Calendar
) -> None:
    started(training, database, calendar)
    training.mark_flare()
    assert training.today().flare is not None
    normal = training.todays_prescriptions()
    lighter = training.todays_prescriptions(lighter=True)
    assert all(light.sets < full.sets or light.reps < full.reps for light, full in zip(lighter, normal, strict=True))
    plan, preview = run_session(training)
    assert preview == ()
    training.end_flare()
    assert training.today().flare is None


def test_the_week_counts_sessions_and_the_next_date_moves_on(
    training: Training, database: Database, calendar: Calendar
) -> None:
    started(training, database, calendar)
    run_session(training)
    today = training.today()
    assert today.done_today and today.done_this_week == 1 and today.next_date == MONDAY + timedelta(days=2)
    calendar.day += timedelta(days=2)
    run_session(training)
    assert training.today().next_date == MONDAY + timedelta(days=7)  # week 1 has two sessions


def test_changing_training_days_keeps_everything_else(
    training: Training, database: Database, calendar: Calendar
) -> None:
    started(training, database, calendar)
    training.set_training_days((1, 3, 5))
    assert training.active().program.training_days == (1, 3, 5)
    assert training.today().next_date == MONDAY + timedelta(days=1)
    with pytest.raises(ValueError):
        training.set_training_days((1,))


def test_retests_are_due_in_weeks_6_and_12(training: Training, database: Database, calendar: Calendar) -> None:
    started(training, database, calendar)
    calendar.day = MONDAY + timedelta(weeks=5)
    assert training.today().retest_due == 6
    save_assessment(database, knee_assessment(calendar.day, AssessmentKind.WEEK_6, red_flags={}), calendar.now())
    training.forget()
    assert training.today().retest_due is None
    assert [item.assessment.kind for item in training.active().retests] == [AssessmentKind.WEEK_6]

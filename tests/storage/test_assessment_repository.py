"""Assessments are stored whole and read back equal; a bad one never reaches the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from ledhalsa_desktop.core.assessment import (
    RED_FLAGS,
    Activity,
    Assessment,
    AssessmentKind,
    ChairStand,
    Difficulty,
    InvalidAssessment,
    JointChoice,
    RedFlag,
    Side,
    questions_for,
)
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.storage.assessment_repository import (
    load_assessment,
    load_assessments,
    save_assessment,
    save_red_flag_stop,
)
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.program_records import read_red_flag_stops, reading

from .helpers import NOW, table_rows


@pytest.fixture
def database(migrated_db: Path) -> Iterator[Database]:
    db = Database(migrated_db)
    yield db
    db.close()


def an_assessment(**changes: object) -> Assessment:
    joints = (JointChoice(Joint.HIP, Side.RIGHT), JointChoice(Joint.HAND, Side.BOTH))
    values: dict[str, object] = {
        "kind": AssessmentKind.START,
        "taken_on": date(2027, 1, 4),
        "joints": joints,
        "pain_now": 3,
        "pain_last_week": 6,
        "answers": {q: Difficulty.MODERATE for q in questions_for([Joint.HIP, Joint.HAND])},
        "red_flags": {**dict.fromkeys(RED_FLAGS, False), RedFlag.LONG_MORNING_STIFFNESS: True},
        "cleared_by_clinician": True,
        "birth_year": 1950,
        "sex": Sex.MALE,
        "activity": Activity.ONE_OR_TWO_DAYS,
        "goal": "Gå upp för trappan till vinden",
        "chair_stand": ChairStand(9, used_arms=False),
        "balance_seconds": 12,
    }
    values.update(changes)
    return Assessment(**values)  # type: ignore[arg-type]


def test_an_assessment_reads_back_equal(database: Database) -> None:
    stored = save_assessment(database, an_assessment(), NOW)
    assert load_assessment(database, stored.id) == stored
    assert stored.assessment == an_assessment()
    assert [item.id for item in load_assessments(database)] == [stored.id]


def test_optional_parts_left_out_read_back_as_none(database: Database) -> None:
    plain = an_assessment(birth_year=None, sex=None, activity=None, goal="", chair_stand=None, balance_seconds=None)
    stored = save_assessment(database, plain, NOW)
    assert load_assessment(database, stored.id).assessment == plain


def test_arms_used_is_kept_with_the_count(database: Database) -> None:
    stored = save_assessment(database, an_assessment(chair_stand=ChairStand(7, used_arms=True)), NOW)
    again = load_assessment(database, stored.id).assessment
    assert again.chair_stand == ChairStand(7, True) and again.chair_stand.score == 0


def test_a_bad_assessment_is_refused_and_nothing_is_written(database: Database, migrated_db: Path) -> None:
    with pytest.raises(InvalidAssessment):
        save_assessment(database, an_assessment(cleared_by_clinician=False), NOW)
    rows = table_rows(migrated_db)
    assert rows["assessment"] == rows["assessment_joint"] == rows["assessment_answer"] == []


def test_assessments_come_oldest_first(database: Database) -> None:
    later = save_assessment(database, an_assessment(kind=AssessmentKind.WEEK_6, taken_on=date(2027, 2, 15)), NOW)
    first = save_assessment(database, an_assessment(), NOW)
    assert [item.id for item in load_assessments(database)] == [first.id, later.id]


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pain=st.integers(0, 10),
    difficulty=st.sampled_from(list(Difficulty)),
    stands=st.none() | st.integers(0, 60),
    goal=st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=300).map(lambda text: " ".join(text.split())),
)
def test_any_valid_values_survive_a_round_trip(
    database: Database, pain: int, difficulty: Difficulty, stands: int | None, goal: str
) -> None:
    assessment = an_assessment(
        pain_now=pain,
        answers={q: difficulty for q in questions_for([Joint.HIP, Joint.HAND])},
        chair_stand=None if stands is None else ChairStand(stands),
        goal=goal,
    )
    stored = save_assessment(database, assessment, NOW)
    assert load_assessment(database, stored.id).assessment == assessment


def test_a_stop_at_the_red_flag_page_keeps_the_signs_answered_yes(database: Database) -> None:
    save_red_flag_stop(database, date(2027, 1, 4), [RedFlag.CHEST_PAIN_ON_EXERTION, RedFlag.HOT_SWOLLEN_JOINT], NOW)
    with reading(database.path) as conn:
        (stop,) = read_red_flag_stops(conn)
    assert stop.taken_on == date(2027, 1, 4)
    assert stop.flags == (RedFlag.CHEST_PAIN_ON_EXERTION, RedFlag.HOT_SWOLLEN_JOINT)
    with pytest.raises(ValueError):
        save_red_flag_stop(database, date(2027, 1, 4), [], NOW)

"""Recording and listing "it hurts too much" / "it is too hard" during an exercise."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.feedback import (
    HIGHEST_LEVEL,
    LOWEST_LEVEL,
    MAX_EXERCISE_ID_LENGTH,
    ExerciseFeedback,
    FeedbackKind,
    InvalidFeedbackError,
)
from ledhalsa_desktop.storage.repositories import list_exercise_feedback, record_exercise_feedback
from ledhalsa_desktop.storage.sqlite_file import connect

from .helpers import NOW, table_rows

FIXTURE_HEALTH = [HealthCheck.function_scoped_fixture]


@pytest.fixture
def database(migrated_db: Path) -> Iterator[Database]:
    db = Database(migrated_db)
    yield db
    db.close()


def stored_feedback(db: Path) -> list[dict[str, object]]:
    return table_rows(db)["exercise_feedback"]


def test_a_new_database_has_no_feedback(database: Database) -> None:
    assert list_exercise_feedback(database) == []


def test_record_and_list_round_trip(database: Database, migrated_db: Path) -> None:
    first = record_exercise_feedback(database, "knee_sit_to_stand", 3, FeedbackKind.TOO_PAINFUL, 2, NOW)
    second = record_exercise_feedback(database, "hip_side_step", 2, "too_hard", None, NOW + timedelta(minutes=5))
    assert second > first

    assert list_exercise_feedback(database) == [
        ExerciseFeedback(second, NOW + timedelta(minutes=5), "hip_side_step", 2, FeedbackKind.TOO_HARD, None),
        ExerciseFeedback(first, NOW, "knee_sit_to_stand", 3, FeedbackKind.TOO_PAINFUL, 2),
    ]
    assert stored_feedback(migrated_db) == [
        {
            "id": first,
            "recorded_utc": "2026-11-28T06:26:40Z",
            "exercise_id": "knee_sit_to_stand",
            "level": 3,
            "kind": "too_painful",
            "switched_to_level": 2,
        },
        {
            "id": second,
            "recorded_utc": "2026-11-28T06:31:40Z",
            "exercise_id": "hip_side_step",
            "level": 2,
            "kind": "too_hard",
            "switched_to_level": None,
        },
    ]


def test_the_moment_is_stored_in_utc(database: Database, migrated_db: Path) -> None:
    stockholm_winter = timezone(timedelta(hours=1))
    record_exercise_feedback(
        database, "hand_fist", 1, FeedbackKind.TOO_PAINFUL, None, datetime(2026, 12, 1, 8, 0, tzinfo=stockholm_winter)
    )
    assert stored_feedback(migrated_db)[0]["recorded_utc"] == "2026-12-01T07:00:00Z"
    (listed,) = list_exercise_feedback(database)
    assert listed.recorded_utc == datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
    assert listed.recorded_utc.utcoffset() == timedelta(0)


def test_a_moment_without_a_time_zone_is_refused(database: Database, migrated_db: Path) -> None:
    with pytest.raises(ValueError):
        record_exercise_feedback(database, "hand_fist", 1, FeedbackKind.TOO_HARD, None, datetime(2026, 12, 1, 8, 0))
    assert stored_feedback(migrated_db) == []


def test_newest_first_and_the_later_of_two_in_the_same_second_first(database: Database) -> None:
    ids = [
        record_exercise_feedback(database, "a", 2, FeedbackKind.TOO_HARD, None, NOW + timedelta(days=1)),
        record_exercise_feedback(database, "b", 2, FeedbackKind.TOO_HARD, None, NOW - timedelta(days=30)),
        record_exercise_feedback(database, "c", 2, FeedbackKind.TOO_HARD, None, NOW),
        record_exercise_feedback(database, "d", 2, FeedbackKind.TOO_HARD, None, NOW),
    ]
    assert [feedback.exercise_id for feedback in list_exercise_feedback(database)] == ["a", "d", "c", "b"]
    assert len(set(ids)) == 4


def test_ids_are_never_used_again(database: Database, migrated_db: Path) -> None:
    first = record_exercise_feedback(database, "a", 2, FeedbackKind.TOO_HARD, None, NOW)
    conn = connect(migrated_db)
    conn.execute("DELETE FROM exercise_feedback")
    conn.close()
    assert record_exercise_feedback(database, "a", 2, FeedbackKind.TOO_HARD, None, NOW) > first


@pytest.mark.parametrize(
    ("exercise_id", "level", "kind", "switched_to_level"),
    [
        ("", 2, FeedbackKind.TOO_HARD, None),
        ("x" * (MAX_EXERCISE_ID_LENGTH + 1), 2, FeedbackKind.TOO_HARD, None),
        (None, 2, FeedbackKind.TOO_HARD, None),
        (17, 2, FeedbackKind.TOO_HARD, None),
        ("a", 0, FeedbackKind.TOO_HARD, None),
        ("a", 5, FeedbackKind.TOO_HARD, None),
        ("a", True, FeedbackKind.TOO_HARD, None),
        ("a", "2", FeedbackKind.TOO_HARD, None),
        ("a", 2.0, FeedbackKind.TOO_HARD, None),
        ("a", None, FeedbackKind.TOO_HARD, None),
        ("a", 2, "ouch", None),
        ("a", 2, "TOO_HARD", None),
        ("a", 2, None, None),
        ("a", 2, FeedbackKind.TOO_PAINFUL, 0),
        ("a", 2, FeedbackKind.TOO_PAINFUL, 5),
        ("a", 2, FeedbackKind.TOO_PAINFUL, False),
        ("a", 2, FeedbackKind.TOO_PAINFUL, "1"),
    ],
)
def test_bad_feedback_is_refused_before_the_database(
    database: Database, migrated_db: Path, exercise_id: object, level: object, kind: object, switched_to_level: object
) -> None:
    with pytest.raises(InvalidFeedbackError) as raised:
        record_exercise_feedback(database, exercise_id, level, kind, switched_to_level, NOW)  # type: ignore[arg-type]
    assert isinstance(raised.value, ValueError) and str(raised.value)
    assert stored_feedback(migrated_db) == []


def test_a_row_that_got_past_the_checks_is_left_out_of_the_list_but_kept(database: Database, migrated_db: Path) -> None:
    good = record_exercise_feedback(database, "a", 2, FeedbackKind.TOO_HARD, 1, NOW)
    conn = connect(migrated_db)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for values in [
        ("2026-11-28T07:00:00Z", "b", 9, "too_hard", None),
        ("2026-11-28T07:00:00Z", "c", 2, "bored", None),
        ("2026-11-28T07:00:00Z", "d", 2, "too_hard", 7),
        ("yesterday", "e", 2, "too_hard", None),
    ]:
        conn.execute(
            "INSERT INTO exercise_feedback (recorded_utc, exercise_id, level, kind, switched_to_level)"
            " VALUES (?, ?, ?, ?, ?)",
            values,
        )
    conn.close()
    assert [feedback.id for feedback in list_exercise_feedback(database)] == [good]
    assert len(stored_feedback(migrated_db)) == 5


levels = st.integers(min_value=LOWEST_LEVEL, max_value=HIGHEST_LEVEL)
exercise_ids = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=MAX_EXERCISE_ID_LENGTH
)
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)).map(
    lambda moment: moment.replace(microsecond=0)
)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_HEALTH)
@given(
    exercise_id=exercise_ids,
    level=levels,
    kind=st.sampled_from(list(FeedbackKind)),
    switched_to_level=st.none() | levels,
    moment=moments,
)
def test_any_valid_feedback_round_trips(
    database: Database,
    exercise_id: str,
    level: int,
    kind: FeedbackKind,
    switched_to_level: int | None,
    moment: datetime,
) -> None:
    new_id = record_exercise_feedback(database, exercise_id, level, kind, switched_to_level, moment)
    listed = next(feedback for feedback in list_exercise_feedback(database) if feedback.id == new_id)
    assert listed == ExerciseFeedback(new_id, moment, exercise_id, level, kind, switched_to_level)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_HEALTH)
@given(st.integers().filter(lambda number: not LOWEST_LEVEL <= number <= HIGHEST_LEVEL))
def test_levels_out_of_range_are_refused_by_core_and_by_the_database(
    database: Database, migrated_db: Path, level: int
) -> None:
    with pytest.raises(InvalidFeedbackError):
        record_exercise_feedback(database, "a", level, FeedbackKind.TOO_HARD, None, NOW)
    with pytest.raises(InvalidFeedbackError):
        record_exercise_feedback(database, "a", 2, FeedbackKind.TOO_HARD, level, NOW)
    if -(2**63) <= level < 2**63:
        conn = connect(migrated_db)
        try:
            for values in [(level, None), (2, level)]:
                with pytest.raises(sqlite3.IntegrityError):
                    conn.execute(
                        "INSERT INTO exercise_feedback (recorded_utc, exercise_id, level, kind, switched_to_level)"
                        " VALUES ('2026-11-28T06:26:40Z', 'a', ?, 'too_hard', ?)",
                        values,
                    )
        finally:
            conn.close()

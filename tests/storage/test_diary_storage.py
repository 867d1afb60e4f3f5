"""The pain diary in the database: entries round trip, soft delete and undo, the draft, reads, and the SQL means."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.diary import (
    DiaryEntry,
    Granularity,
    InvalidEntry,
    Medicine,
    Problem,
    Stiffness,
    StoredEntry,
    daily_means,
    period_means,
    summary_numbers,
)
from ledhalsa_desktop.storage import diary_records as records
from ledhalsa_desktop.storage import diary_repository as repo
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.sqlite_file import connect

TODAY = date(2027, 3, 10)
NOW = datetime(2027, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def database(migrated_db: Path) -> Iterator[Database]:
    db = Database(migrated_db)
    yield db
    db.close()


def an_entry(**changes: object) -> DiaryEntry:
    values: dict[str, object] = {
        "day": TODAY,
        "time": time(8, 15),
        "pains": {Joint.KNEE: 5, Joint.HAND: 2},
        "stiffness": Stiffness.MILD,
        "sleep_disturbed": True,
        "medicine": Medicine.OTHER,
        "medicine_note": "Voltaren gel",
        "flare": False,
        "note": "Promenad till affären.\n\nLite ont i trappan.",
    }
    values.update(changes)
    return DiaryEntry(**values)  # type: ignore[arg-type]


def read_all(db: Database, first: date = date(2000, 1, 1), last: date = TODAY) -> list[StoredEntry]:
    with records.reading(db.path) as conn:
        return records.read_entries(conn, first, last)


def test_an_entry_is_read_back_as_it_was_saved(database: Database) -> None:
    entry = an_entry()
    entry_id = repo.save_entry(database, entry, TODAY, NOW)
    (stored,) = read_all(database)
    assert stored.id == entry_id
    assert stored.entry == entry
    assert stored.entry.joints == (Joint.KNEE, Joint.HAND)
    conn = connect(database.path, read_only=True)
    try:
        row = conn.execute("SELECT day, time, recorded_utc, updated_utc, deleted_utc FROM diary_entry").fetchone()
    finally:
        conn.close()
    assert row == ("2027-03-10", "08:15", "2027-03-10T09:30:00Z", "2027-03-10T09:30:00Z", None)


def test_unanswered_questions_stay_unanswered(database: Database) -> None:
    entry = an_entry(stiffness=None, sleep_disturbed=None, medicine=Medicine.NONE, medicine_note="", note="")
    repo.save_entry(database, entry, TODAY, NOW)
    assert read_all(database)[0].entry == entry


def test_the_entry_is_tidied_before_it_is_stored(database: Database) -> None:
    repo.save_entry(
        database,
        an_entry(time=time(8, 15, 42), medicine_note="  Voltaren \n gel ", note="  ont   i knät  \n\n\n\nmen bättre "),
        TODAY,
        NOW,
    )
    stored = read_all(database)[0].entry
    assert (stored.time, stored.medicine_note, stored.note) == (time(8, 15), "Voltaren gel", "ont i knät\n\nmen bättre")


def test_a_bad_entry_never_reaches_the_database(database: Database) -> None:
    with pytest.raises(InvalidEntry) as raised:
        repo.save_entry(database, an_entry(day=TODAY + timedelta(days=1), pains={}), TODAY, NOW)
    assert raised.value.problems == (Problem.FUTURE_DAY, Problem.NO_PAIN)
    assert read_all(database, last=TODAY + timedelta(days=1)) == []


def test_updating_replaces_what_the_entry_says(database: Database) -> None:
    entry_id = repo.save_entry(database, an_entry(), TODAY, NOW)
    changed = an_entry(
        day=TODAY - timedelta(days=2), pains={Joint.HIP: 7}, medicine=Medicine.PARACETAMOL, medicine_note=""
    )
    repo.update_entry(database, entry_id, changed, TODAY, NOW + timedelta(hours=1))
    assert read_all(database) == [StoredEntry(entry_id, changed)]
    conn = connect(database.path, read_only=True)
    try:
        stamps = conn.execute("SELECT recorded_utc, updated_utc FROM diary_entry").fetchone()
        pains = conn.execute("SELECT joint, pain FROM diary_pain").fetchall()
    finally:
        conn.close()
    assert stamps == ("2027-03-10T09:30:00Z", "2027-03-10T10:30:00Z")
    assert pains == [("hip", 7)]


def test_a_deleted_entry_is_hidden_and_undo_brings_it_back(database: Database) -> None:
    kept = repo.save_entry(database, an_entry(time=time(7, 0)), TODAY, NOW)
    gone = repo.save_entry(database, an_entry(time=time(20, 0), pains={Joint.HIP: 3}), TODAY, NOW)
    repo.delete_entry(database, gone, NOW)
    assert [item.id for item in read_all(database)] == [kept]
    with records.reading(database.path) as conn:
        assert records.read_entry(conn, gone) is None
        assert conn.execute("SELECT count(*) FROM diary_entry").fetchone()[0] == 2  # still there, only marked
        assert records.latest_joints(conn) == (Joint.KNEE, Joint.HAND)
    with pytest.raises(repo.EntryNotFound):
        repo.update_entry(database, gone, an_entry(), TODAY, NOW)
    repo.undo_delete(database, gone)
    assert [item.id for item in read_all(database)] == [gone, kept]
    assert read_all(database)[0].entry.pains == {Joint.HIP: 3}
    with records.reading(database.path) as conn:
        assert records.read_entry(conn, gone) == read_all(database)[0]
    with pytest.raises(repo.EntryNotFound):
        repo.delete_entry(database, 999, NOW)


def test_entries_are_read_for_the_days_asked_newest_first(database: Database) -> None:
    for offset, hour in [(0, 8), (0, 21), (3, 12), (9, 7), (20, 9)]:
        repo.save_entry(database, an_entry(day=TODAY - timedelta(days=offset), time=time(hour, 0)), TODAY, NOW)
    shown = read_all(database, TODAY - timedelta(days=9), TODAY)
    assert [(item.entry.day, item.entry.time.hour) for item in shown] == [
        (TODAY, 21),
        (TODAY, 8),
        (TODAY - timedelta(days=3), 12),
        (TODAY - timedelta(days=9), 7),
    ]
    with records.reading(database.path) as conn:
        assert records.first_day(conn) == TODAY - timedelta(days=20)
        assert records.has_entries_before(conn, TODAY - timedelta(days=9))
        assert not records.has_entries_before(conn, TODAY - timedelta(days=20))


def test_an_empty_diary(database: Database) -> None:
    with records.reading(database.path) as conn:
        assert records.first_day(conn) is None
        assert records.latest_joints(conn) == ()
        assert records.read_draft(conn) is None
        assert records.program_context(conn) is None
        assert records.summary_means(conn, date(2000, 1, 1), TODAY) == []
        assert records.pain_means(conn, date(2000, 1, 1), TODAY, Granularity.MONTH) == []
        assert records.session_days(conn, date(2000, 1, 1), TODAY) == []


def test_the_draft_survives_a_restart_and_is_cleared(database: Database, migrated_db: Path) -> None:
    form = {"day": "2027-03-09", "pains": {"knee": 6}, "note": "Halvvägs genom en mening, å ä ö"}
    repo.save_draft(database, form, NOW)
    repo.save_draft(database, {**form, "note": "Hela meningen."}, NOW + timedelta(seconds=5))
    database.close()  # the program closes
    reopened = Database(migrated_db)
    try:
        with records.reading(migrated_db) as conn:
            draft = records.read_draft(conn)
        assert draft is not None
        assert draft.data == {**form, "note": "Hela meningen."}
        assert draft.updated_utc == NOW + timedelta(seconds=5)
        repo.clear_draft(reopened)
        with records.reading(migrated_db) as conn:
            assert records.read_draft(conn) is None
        repo.clear_draft(reopened)  # clearing nothing is fine
    finally:
        reopened.close()


def test_a_draft_too_large_is_refused(database: Database) -> None:
    with pytest.raises(ValueError):
        repo.save_draft(database, {"note": "x" * 30000}, NOW)


ENTRY = {"day": "2027-03-01", "time": "08:00", "recorded_utc": "x", "updated_utc": "x"}


@pytest.mark.parametrize(
    "changes",
    [
        {"day": "2027-02-30"},
        {"day": "10 mars"},
        {"time": "24:00"},
        {"time": "8:00"},
        {"time": "08:60"},
        {"time": "08:00:00"},
        {"stiffness": "stiff"},
        {"medicine": "aspirin"},
        {"medicine": "paracetamol", "medicine_note": "Alvedon"},
        {"medicine": "other", "medicine_note": "x" * 201},
        {"note": "x" * 1001},
        {"sleep_disturbed": 2},
        {"flare": -1},
    ],
)
def test_diary_entries_refuse_impossible_values(migrated_db: Path, changes: dict[str, object]) -> None:
    values = {**ENTRY, **changes}
    conn = connect(migrated_db)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                f"INSERT INTO diary_entry ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
                tuple(values.values()),
            )
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("sql", "values"),
    [
        ("INSERT INTO diary_pain (entry_id, joint, pain) VALUES (1, ?, ?)", ("knee", 11)),
        ("INSERT INTO diary_pain (entry_id, joint, pain) VALUES (1, ?, ?)", ("elbow", 3)),
        ("INSERT INTO diary_pain (entry_id, joint, pain) VALUES (?, 'knee', 3)", (99,)),
        ("INSERT INTO diary_draft (id, data, updated_utc) VALUES (?, '{}', 'x')", (2,)),
        ("INSERT INTO diary_draft (id, data, updated_utc) VALUES (1, ?, 'x')", ("[1, 2]",)),
    ],
)
def test_pains_and_the_draft_refuse_impossible_values(database: Database, sql: str, values: tuple[object, ...]) -> None:
    repo.save_entry(database, an_entry(), TODAY, NOW)  # entry 1, for the pains
    conn = connect(database.path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql, values)
    finally:
        conn.close()


def test_pains_go_with_their_entry(database: Database) -> None:
    entry_id = repo.save_entry(database, an_entry(), TODAY, NOW)
    conn = connect(database.path)
    try:
        conn.execute("DELETE FROM diary_entry WHERE id = ?", (entry_id,))
        assert conn.execute("SELECT count(*) FROM diary_pain").fetchone()[0] == 0
    finally:
        conn.close()


def test_the_program_and_its_session_days(migrated_db: Path) -> None:
    conn = connect(migrated_db)
    try:
        conn.execute(
            "INSERT INTO assessment (kind, taken_on, recorded_utc, pain_now, pain_last_week, function_score)"
            " VALUES ('start', '2027-01-04', 'x', 4, 5, 60)"
        )
        conn.execute("INSERT INTO assessment_joint VALUES (1, 'knee', 1, 'left'), (1, 'hand', 0, 'both')")
        conn.execute(
            "INSERT INTO program (assessment_id, created_utc, start_date, training_days)"
            " VALUES (1, 'x', '2027-01-04', '0,2,4')"
        )
        for day, finished in [("2027-01-04", "x"), ("2027-01-04", "x"), ("2027-01-06", None), ("2027-01-08", "x")]:
            conn.execute(
                "INSERT INTO training_session (program_id, day, week, started_utc, finished_utc)"
                " VALUES (1, ?, 1, 'x', ?)",
                (day, finished),
            )
    finally:
        conn.close()
    with records.reading(migrated_db) as conn:
        assert records.program_context(conn) == records.ProgramContext(date(2027, 1, 4), (Joint.HAND, Joint.KNEE), 5)
        assert records.session_days(conn, date(2027, 1, 1), date(2027, 1, 31)) == [date(2027, 1, 4), date(2027, 1, 8)]
        assert records.session_days(conn, date(2027, 1, 5), date(2027, 1, 7)) == []


# The chart's means: what SQL computes equals the plain Python reference in core.diary


def bulk_insert(db_path: Path, entries: list[DiaryEntry], deleted: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    conn = connect(db_path)
    try:
        conn.execute("BEGIN")
        for index, entry in enumerate(entries):
            cursor = conn.execute(
                "INSERT INTO diary_entry (day, time, recorded_utc, updated_utc, deleted_utc)"
                " VALUES (?, ?, 'x', 'x', ?)",
                (entry.day.isoformat(), entry.time.strftime("%H:%M"), "x" if index in deleted else None),
            )
            conn.executemany(
                "INSERT INTO diary_pain (entry_id, joint, pain) VALUES (?, ?, ?)",
                [(cursor.lastrowid, joint.value, pain) for joint, pain in entry.pains.items()],
            )
        conn.execute("COMMIT")
    finally:
        conn.close()


def random_entries(rng: random.Random, count: int, first: date, days: int) -> list[DiaryEntry]:
    entries = []
    for _ in range(count):
        joints = rng.sample(list(Joint), rng.randint(1, 3))
        entries.append(
            DiaryEntry(
                day=first + timedelta(days=rng.randrange(days)),
                time=time(rng.randrange(24), rng.randrange(60)),
                pains={joint: rng.randint(0, 10) for joint in joints},
            )
        )
    return entries


def assert_same_means(found: list, expected: list) -> None:  # type: ignore[type-arg]
    assert [(row.start, row.joint, row.days) for row in found] == [(row.start, row.joint, row.days) for row in expected]
    assert [row.mean for row in found] == pytest.approx([row.mean for row in expected])


@hypothesis_settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(0, 120), span=st.integers(1, 900))
def test_the_sql_means_equal_the_python_reference(migrated_template: Path, tmp_path_factory, seed, count, span) -> None:  # noqa: ANN001
    import shutil

    db_path = tmp_path_factory.mktemp("means") / "ledhalsa.db"
    shutil.copyfile(migrated_template, db_path)
    rng = random.Random(seed)
    start = date(2024, 12, 20)
    entries = random_entries(rng, count, start, span)
    deleted = {index for index in range(count) if rng.random() < 0.1}
    bulk_insert(db_path, entries, deleted)
    kept = [entry for index, entry in enumerate(entries) if index not in deleted]
    # a range cut inside the data, so weeks and months at its edges are partial
    first = start + timedelta(days=rng.randrange(span))
    last = first + timedelta(days=rng.randrange(span))
    inside = [entry for entry in kept if first <= entry.day <= last]
    daily = daily_means(inside)
    with records.reading(db_path) as conn:
        sql_daily = records.pain_means(conn, first, last, Granularity.DAY)
        assert_same_means(sql_daily, daily)
        for granularity in (Granularity.WEEK, Granularity.MONTH):
            assert_same_means(records.pain_means(conn, first, last, granularity), period_means(daily, granularity))
        found, expected = records.summary_means(conn, first, last), summary_numbers(daily)
        assert [(item.joint, item.compared) for item in found] == [(item.joint, item.compared) for item in expected]
        assert [value for item in found for value in (item.first, item.last)] == pytest.approx(
            [value for item in expected for value in (item.first, item.last)]
        )


def test_weeks_start_on_monday_and_months_on_the_first(migrated_db: Path) -> None:
    sunday, monday = date(2027, 2, 28), date(2027, 3, 1)
    bulk_insert(
        migrated_db,
        [
            DiaryEntry(sunday, time(8, 0), {Joint.KNEE: 6}),
            DiaryEntry(sunday, time(20, 0), {Joint.KNEE: 2}),  # the day's value is 4
            DiaryEntry(sunday - timedelta(days=1), time(8, 0), {Joint.KNEE: 7}),
            DiaryEntry(monday, time(8, 0), {Joint.KNEE: 1, Joint.HIP: 5}),
        ],
    )
    with records.reading(migrated_db) as conn:
        weeks = records.pain_means(conn, date(2027, 2, 1), date(2027, 3, 31), Granularity.WEEK)
        months = records.pain_means(conn, date(2027, 2, 1), date(2027, 3, 31), Granularity.MONTH)
    assert [(row.start, row.joint, row.mean, row.days) for row in weeks] == [
        (date(2027, 2, 22), Joint.KNEE, 5.5, 2),
        (monday, Joint.KNEE, 1.0, 1),
        (monday, Joint.HIP, 5.0, 1),
    ]
    assert [(row.start, row.joint, row.mean, row.days) for row in months] == [
        (date(2027, 2, 1), Joint.KNEE, 5.5, 2),
        (monday, Joint.KNEE, 1.0, 1),
        (monday, Joint.HIP, 5.0, 1),
    ]

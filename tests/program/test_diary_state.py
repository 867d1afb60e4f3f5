"""The app state's diary methods: entries, delete and undo, the draft, and a flare that pauses the program."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from ledhalsa_desktop import content
from ledhalsa_desktop.appstate import AppState, utc_now
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.diary import DiaryEntry, InvalidEntry, Problem
from ledhalsa_desktop.devtools.fake_calendar import FixedCalendar
from ledhalsa_desktop.opening import open_database
from ledhalsa_desktop.paths import backup_dir, database_path
from ledhalsa_desktop.storage import diary_records
from ledhalsa_desktop.training import Training
from ledhalsa_desktop.ui.startup_dialogs import PrintingAsker
from tests.program.test_training import MONDAY, knee_assessment


@pytest.fixture
def calendar() -> FixedCalendar:
    return FixedCalendar(MONDAY)


@pytest.fixture
def state(data_dir: Path, calendar: FixedCalendar) -> Iterator[AppState]:
    opened = open_database(database_path(data_dir), backup_dir(data_dir), utc_now(), PrintingAsker())
    made = AppState(data_dir, opened.snapshot.settings, opened.snapshot.profile)
    made._training = Training(made.db_path, made.database, content.catalogue, calendar.now, calendar.today)
    made.local_now = lambda: datetime.combine(calendar.day, time(10, 0)).astimezone()  # type: ignore[method-assign]
    yield made
    made.close()


def entries(state: AppState) -> list[int]:
    with diary_records.reading(state.db_path) as conn:
        return [item.id for item in diary_records.read_entries(conn, MONDAY - timedelta(days=400), MONDAY)]


def test_save_update_delete_and_undo(state: AppState) -> None:
    first = state.save_diary_entry(DiaryEntry(MONDAY, time(8, 0), {Joint.KNEE: 5}))
    second = state.save_diary_entry(DiaryEntry(MONDAY, time(9, 0), {Joint.KNEE: 4}))
    assert entries(state) == [second, first]
    state.update_diary_entry(first, DiaryEntry(MONDAY, time(10, 0), {Joint.KNEE: 3}))
    assert entries(state) == [first, second]
    state.delete_diary_entry(first)
    assert entries(state) == [second]
    state.undo_diary_delete(first)
    assert entries(state) == [first, second]


def test_the_future_is_refused_by_the_users_own_calendar(state: AppState, calendar: FixedCalendar) -> None:
    with pytest.raises(InvalidEntry) as raised:
        state.save_diary_entry(DiaryEntry(MONDAY + timedelta(days=1), time(8, 0), {Joint.KNEE: 5}))
    assert raised.value.problems == (Problem.FUTURE_DAY,)
    calendar.day += timedelta(days=1)
    state.save_diary_entry(DiaryEntry(MONDAY + timedelta(days=1), time(8, 0), {Joint.KNEE: 5}))


def test_the_draft_is_kept_until_cleared(state: AppState) -> None:
    assert state.load_diary_draft() is None
    state.save_diary_draft({"note": "Ont i"})
    assert state.load_diary_draft().data == {"note": "Ont i"}
    state.clear_diary_draft()
    assert state.load_diary_draft() is None


def test_a_flare_in_the_diary_pauses_the_program_once(state: AppState, calendar: FixedCalendar) -> None:
    stored = state.save_assessment(knee_assessment())
    state.training.start_program(stored, (0, 2, 4))
    state.save_diary_entry(DiaryEntry(MONDAY, time(8, 0), {Joint.KNEE: 8}, flare=True))
    flare = state.training.today().flare
    assert flare is not None and flare.started_on == MONDAY
    state.save_diary_entry(DiaryEntry(MONDAY, time(20, 0), {Joint.KNEE: 8}, flare=True))
    assert len(state.training.active().flares) == 1  # one flare is already running


def test_an_old_flare_does_not_pause_the_program_today(state: AppState) -> None:
    stored = state.save_assessment(knee_assessment())
    state.training.start_program(stored, (0, 2, 4))
    state.save_diary_entry(DiaryEntry(MONDAY - timedelta(days=5), time(8, 0), {Joint.KNEE: 8}, flare=True))
    assert state.training.today().flare is None
    state.save_diary_entry(DiaryEntry(MONDAY - timedelta(days=1), time(8, 0), {Joint.KNEE: 8}, flare=True))
    assert state.training.today().flare is not None  # yesterday's still counts


def test_a_flare_without_a_program_is_only_written_down(state: AppState) -> None:
    state.save_diary_entry(DiaryEntry(MONDAY, time(8, 0), {Joint.HAND: 7}, flare=True))
    assert state.training.active() is None

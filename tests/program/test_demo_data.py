"""Demo data: a realistic course written in bulk, that the running program reads back exactly as it was decided."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ledhalsa_desktop import content
from ledhalsa_desktop.core.assessment import AssessmentKind
from ledhalsa_desktop.core.diary import check_entry
from ledhalsa_desktop.devtools.demo_data import main, make_demo
from ledhalsa_desktop.storage import diary_records
from ledhalsa_desktop.storage import program_records as records
from ledhalsa_desktop.storage.startup import read_snapshot
from ledhalsa_desktop.training import Training

TODAY = date(2027, 6, 16)


def training(data: Path) -> Training:
    return Training(data / "ledhalsa.db", lambda: None, content.catalogue, lambda: datetime.now(UTC), lambda: TODAY)


def dump(data: Path) -> list[str]:
    conn = sqlite3.connect(data / "ledhalsa.db")
    try:
        return [line for line in conn.iterdump() if "app_info" not in line and "alembic_version" not in line]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def half_year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo")
    made = make_demo(data, 0.5, seed=3, today=TODAY)
    assert made.sessions > 30 and made.diary_entries > 150
    return data


def test_the_course_reads_back_as_it_was_decided(half_year: Path) -> None:
    active = training(half_year).active()
    assert active is not None
    with records.reading(half_year / "ledhalsa.db") as conn:
        stored_changes = records.read_changes(conn, active.id)
        stops = records.read_red_flag_stops(conn)
    # the rules replayed over the stored sessions give exactly the changes stored with their reasons
    assert stored_changes == list(active.state.changes)
    assert [item.assessment.kind for item in active.retests] == [AssessmentKind.WEEK_6, AssessmentKind.WEEK_12]
    assert active.start.assessment.cleared_by_clinician and len(stops) == 1
    assert active.flares and all(flare.ended_on is not None for flare in active.flares)
    days = {item.day for item in active.sessions}
    planned = {day for week in range(1, 27) for day in active.program.planned_dates(week) if day < TODAY}
    assert days < planned  # sessions only on planned days, some missed
    waiting = [item for item in active.sessions if not item.decided]
    assert all(item.day == max(days) for item in waiting)  # only yesterday's waits for its next-day answer


def test_the_diary_improves_and_every_entry_is_valid(half_year: Path) -> None:
    with diary_records.reading(half_year / "ledhalsa.db") as conn:
        first = diary_records.first_day(conn)
        assert first is not None
        entries = [item.entry for item in diary_records.read_entries(conn, first, TODAY)]
    assert all(not check_entry(entry, TODAY) for entry in entries)
    assert {joint for entry in entries for joint in entry.pains} == {"knee", "hip"}
    assert any(entry.flare for entry in entries)
    assert any("\n" in entry.note for entry in entries) or any(";" in entry.note for entry in entries)

    def knee_mean(part: list) -> float:
        return sum(entry.pains["knee"] for entry in part) / len(part)

    by_day = sorted(entries, key=lambda entry: entry.day)
    assert knee_mean(by_day[:14]) > knee_mean(by_day[-40:]) + 1


def test_settings_and_profile(half_year: Path) -> None:
    snapshot = read_snapshot(half_year / "ledhalsa.db")
    assert snapshot.settings.welcome_completed
    assert snapshot.profile.name and snapshot.profile.birth_year == 1951


def test_the_same_seed_gives_the_same_data(tmp_path: Path, half_year: Path) -> None:
    again = tmp_path / "again"
    make_demo(again, 0.5, seed=3, today=TODAY)
    assert dump(again) == dump(half_year)
    other = tmp_path / "other"
    make_demo(other, 0.5, seed=4, today=TODAY)
    assert dump(other) != dump(half_year)


def test_a_folder_with_a_program_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--years", "0.2", "--seed", "1", "--today", TODAY.isoformat()]) == 0
    assert "demo_data:" in capsys.readouterr().out
    before = dump(data)
    with pytest.raises(SystemExit, match="already has a program"):
        make_demo(data, 0.2, seed=1, today=TODAY)
    assert dump(data) == before

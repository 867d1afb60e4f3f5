"""What the progress view, the report and the CSV export read from the data, as core's plain values.

The program comes from `Training` (its sessions, changes and flares); the red-flag stops and the diary are
read with plain sqlite3. No Qt: the command line and the window use the same functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ledhalsa_desktop.core.csv_export import SessionLine
from ledhalsa_desktop.core.diary import ChartRange, DiaryEntry, PainMean, Period, chart_period
from ledhalsa_desktop.core.profile import Profile
from ledhalsa_desktop.core.progress import FALLBACK_DAYS, PainNow, counts_as_done, recent_pain
from ledhalsa_desktop.core.report import ActiveCourse, FlarePeriod, RedFlagStop, ReportFacts, gather_report

if TYPE_CHECKING:
    from ledhalsa_desktop.storage.program_records import StoredSession
    from ledhalsa_desktop.training import ActiveProgram, Training


def done_days(sessions: Sequence[StoredSession]) -> tuple[date, ...]:
    return tuple(item.day for item in sessions if counts_as_done(item.finished_utc is not None, item.completion))


def course_of(active: ActiveProgram) -> ActiveCourse:
    return ActiveCourse(
        program=active.program,
        start=active.start.assessment,
        retests=tuple(item.assessment for item in active.retests),
        state=active.state,
        done_days=done_days(active.sessions),
    )


def flare_periods(active: ActiveProgram | None, db_path: Path) -> list[FlarePeriod]:
    if active is not None:
        flares = active.flares
    else:
        from ledhalsa_desktop.storage import program_records as records

        with records.reading(db_path) as conn:
            flares = tuple(records.read_flares(conn))
    return [FlarePeriod(item.started_on, item.ended_on) for item in flares]


def red_flag_stops(db_path: Path) -> list[RedFlagStop]:
    from ledhalsa_desktop.storage import program_records as records

    with records.reading(db_path) as conn:
        return [RedFlagStop(item.taken_on, item.flags) for item in records.read_red_flag_stops(conn)]


def session_lines(active: ActiveProgram | None) -> list[SessionLine]:
    """Every finished session of the program in use, oldest first."""
    if active is None:
        return []
    return [
        SessionLine(
            day=item.day,
            week=item.week,
            completion=item.completion,
            pain_during=item.pain_during,
            effort=item.effort,
            exercises_done=sum(1 for exercise in item.exercises if exercise.completed),
            exercises=len(item.exercises),
            lighter=item.lighter,
            next_day=item.next_day,
            note=item.hurt_note,
        )
        for item in active.sessions
        if item.finished_utc is not None
    ]


@dataclass(frozen=True)
class DiaryFacts:
    first_day: date | None  # None: the diary is empty
    entries: int  # up to today
    recent: PainNow | None  # the diary's pain now (core.progress.recent_pain), None without recent entries


def worst_by_day(means: Sequence[PainMean]) -> dict[date, float]:
    """Each day's value for comparing with the assessment's pain "in your joints": the most painful joint."""
    days: dict[date, float] = {}
    for row in means:
        days[row.start] = max(days.get(row.start, 0.0), row.mean)
    return days


def diary_facts(db_path: Path, today: date) -> DiaryFacts:
    """How much is in the diary and its recent pain, read with a few small queries (never every entry)."""
    from ledhalsa_desktop.core.diary import Granularity
    from ledhalsa_desktop.storage import diary_records
    from ledhalsa_desktop.storage.report_records import count_diary_entries

    with diary_records.reading(db_path) as conn:
        first = diary_records.first_day(conn)
        if first is None:
            return DiaryFacts(None, 0, None)
        recent = diary_records.pain_means(conn, today - timedelta(days=FALLBACK_DAYS - 1), today, Granularity.DAY)
        entries = count_diary_entries(conn, first, today)
    return DiaryFacts(first, entries, recent_pain(worst_by_day(recent), today))


@dataclass(frozen=True)
class ChartData:
    """What the pain chart of the report draws: the means over the whole diary, and the session days."""

    period: Period
    means: tuple[PainMean, ...]
    session_days: tuple[date, ...]


def report_chart_data(db_path: Path, today: date, first_day: date | None) -> ChartData | None:
    """The whole diary's pain as daily, weekly or monthly means (as the diary's "all" range), or None."""
    if first_day is None:
        return None
    from ledhalsa_desktop.storage import diary_records

    period = chart_period(ChartRange.ALL, today, first_day)
    with diary_records.reading(db_path) as conn:
        means = diary_records.pain_means(conn, period.start, period.end, period.granularity)
        days = diary_records.session_days(conn, period.start, period.end)
    return ChartData(period, tuple(means), tuple(days))


def diary_export_entries(db_path: Path, today: date) -> list[DiaryEntry]:
    """Every diary entry up to today that is not deleted, oldest first."""
    from ledhalsa_desktop.storage import diary_records

    with diary_records.reading(db_path) as conn:
        first = diary_records.first_day(conn)
        if first is None:
            return []
        stored = diary_records.read_entries(conn, first, today)
    return [item.entry for item in reversed(stored)]


def report_facts(
    db_path: Path,
    training: Training,
    profile: Profile,
    today: date,
    diary: DiaryFacts | None = None,
) -> ReportFacts:
    """The report's facts; `diary` is read when not given."""
    diary = diary if diary is not None else diary_facts(db_path, today)
    active = training.active()
    return gather_report(
        made_on=today,
        name=profile.display_name or None,
        birth_year=profile.birth_year,
        sex=profile.sex,
        course=course_of(active) if active is not None else None,
        flares=flare_periods(active, db_path),
        red_flag_stops=red_flag_stops(db_path),
        diary_pain=diary.recent,
        diary_first_day=diary.first_day,
        diary_entries=diary.entries,
    )

"""Reading the pain diary with plain sqlite3: entries for some days, the chart's means, the draft, the first day.

Plain sqlite3 on purpose, like program_records: the diary opens quickly even with years of entries, because
it reads only the days it shows and lets SQLite compute the chart's weekly and monthly means (GROUP BY)
instead of loading every entry. Writing goes through diary_repository (SQLModel).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ledhalsa_desktop.core.catalogue import JOINTS, Joint
from ledhalsa_desktop.core.diary import (
    WEEK_DAYS,
    DiaryEntry,
    Granularity,
    JointSummary,
    Medicine,
    PainMean,
    Stiffness,
    StoredEntry,
)
from ledhalsa_desktop.storage.sqlite_file import connect
from ledhalsa_desktop.storage.timestamps import parse_column_text


@dataclass(frozen=True)
class Draft:
    """The form as it was being typed (the UI's own JSON object) and when it was last saved."""

    data: dict[str, Any]
    updated_utc: datetime


@dataclass(frozen=True)
class ProgramContext:
    """What the diary shows of the running program: its joints and the pain at its start assessment."""

    start_date: date
    joints: tuple[Joint, ...]  # the start assessment's joints, the one that bothers most first
    start_pain: int  # the usual pain in the week before the start assessment, 0–10


@contextmanager
def reading(db_path: Path) -> Iterator[sqlite3.Connection]:
    """One read transaction, so every query sees the same moment (rows also read by name, as program_records does)."""
    conn = connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("BEGIN")
        yield conn
    finally:
        conn.rollback()
        conn.close()


_ENTRY_COLUMNS = "e.id, e.day, e.time, e.stiffness, e.sleep_disturbed, e.medicine, e.medicine_note, e.flare, e.note"


def read_entries(conn: sqlite3.Connection, first: date, last: date) -> list[StoredEntry]:
    """The entries from `first` to `last` (both included) that are not deleted, newest first."""
    rows = conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM diary_entry e"
        " WHERE e.day BETWEEN ? AND ? AND e.deleted_utc IS NULL ORDER BY e.day DESC, e.time DESC, e.id DESC",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    pains = _pains(
        conn.execute(
            "SELECT p.entry_id, p.joint, p.pain FROM diary_pain p JOIN diary_entry e ON e.id = p.entry_id"
            " WHERE e.day BETWEEN ? AND ? AND e.deleted_utc IS NULL",
            (first.isoformat(), last.isoformat()),
        )
    )
    return [_stored(row, pains.get(row[0], {})) for row in rows]


def read_entry(conn: sqlite3.Connection, entry_id: int) -> StoredEntry | None:
    """One entry by its id, or None when there is none or it is deleted."""
    row = conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM diary_entry e WHERE e.id = ? AND e.deleted_utc IS NULL", (entry_id,)
    ).fetchone()
    if row is None:
        return None
    pains = _pains(conn.execute("SELECT entry_id, joint, pain FROM diary_pain WHERE entry_id = ?", (entry_id,)))
    return _stored(row, pains.get(entry_id, {}))


def _pains(rows: Iterator[tuple[int, str, int]] | sqlite3.Cursor) -> dict[int, dict[Joint, int]]:
    found: dict[int, dict[Joint, int]] = {}
    for entry_id, joint, pain in rows:
        found.setdefault(entry_id, {})[Joint(joint)] = pain
    return found


def _stored(row: tuple[Any, ...], pains: dict[Joint, int]) -> StoredEntry:
    entry_id, day, hhmm, stiffness, sleep, medicine, medicine_note, flare, note = row
    ordered = {joint: pains[joint] for joint in JOINTS if joint in pains}
    return StoredEntry(
        entry_id,
        DiaryEntry(
            day=date.fromisoformat(day),
            time=time.fromisoformat(hhmm),
            pains=MappingProxyType(ordered),
            stiffness=Stiffness(stiffness) if stiffness is not None else None,
            sleep_disturbed=bool(sleep) if sleep is not None else None,
            medicine=Medicine(medicine),
            medicine_note=medicine_note,
            flare=bool(flare),
            note=note,
        ),
    )


def first_day(conn: sqlite3.Connection) -> date | None:
    """The day of the oldest entry that is not deleted, or None when the diary is empty."""
    row = conn.execute("SELECT min(day) FROM diary_entry WHERE deleted_utc IS NULL").fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def has_entries_before(conn: sqlite3.Connection, day: date) -> bool:
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM diary_entry WHERE day < ? AND deleted_utc IS NULL)", (day.isoformat(),)
    ).fetchone()
    return bool(row[0])


def latest_joints(conn: sqlite3.Connection) -> tuple[Joint, ...]:
    """The joints of the newest entry (what the person wrote about last), in the catalogue's order."""
    rows = conn.execute(
        "SELECT joint FROM diary_pain WHERE entry_id = (SELECT id FROM diary_entry WHERE deleted_utc IS NULL"
        " ORDER BY day DESC, time DESC, id DESC LIMIT 1)"
    ).fetchall()
    names = {name for (name,) in rows}
    return tuple(joint for joint in JOINTS if joint.value in names)


# The chart: a day's value is the mean of its entries; a week's or a month's is the mean of its days' values.

_DAILY = (
    "SELECT e.day AS day, p.joint AS joint, avg(p.pain) AS mean FROM diary_entry e"
    " JOIN diary_pain p ON p.entry_id = e.id"
    " WHERE e.day BETWEEN ? AND ? AND e.deleted_utc IS NULL GROUP BY e.day, p.joint"
)
_PERIOD_START = {
    # SQLite's %w counts Sunday as 0: (w + 6) % 7 days back is that week's Monday
    Granularity.WEEK: "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')",
    Granularity.MONTH: "strftime('%Y-%m-01', day)",
}
_JOINT_ORDER = "CASE joint " + " ".join(f"WHEN '{joint.value}' THEN {index}" for index, joint in enumerate(JOINTS))


def pain_means(conn: sqlite3.Connection, first: date, last: date, granularity: Granularity) -> list[PainMean]:
    """The pain per joint from `first` to `last` as daily values, or weekly or monthly means, computed in SQL.

    Rows come by period, then joint (knee, hip, hand). Weeks start on Monday; a week or month at the
    edge of the range counts only its days inside the range.
    """
    bounds = (first.isoformat(), last.isoformat())
    if granularity is Granularity.DAY:
        sql = f"SELECT day, joint, mean, 1 FROM ({_DAILY}) ORDER BY day, {_JOINT_ORDER} END"
    else:
        sql = (
            f"SELECT {_PERIOD_START[granularity]} AS start, joint, avg(mean), count(*) FROM ({_DAILY})"
            f" GROUP BY start, joint ORDER BY start, {_JOINT_ORDER} END"
        )
    return [
        PainMean(date.fromisoformat(start), Joint(joint), float(mean), int(days))
        for start, joint, mean, days in conn.execute(sql, bounds)
    ]


def summary_means(conn: sqlite3.Connection, first: date, last: date) -> list[JointSummary]:
    """core.diary.summary_numbers computed in SQL: per joint, the mean of the daily values in the first 7 days
    from its first entry in the range and in the last 7 days up to its last, without loading every day.

    Joints come in the catalogue's order; the caller orders them as it shows them.
    """
    sql = f"""
        WITH daily AS ({_DAILY}),
        edges AS (SELECT joint, min(day) AS first_day, max(day) AS last_day FROM daily GROUP BY joint)
        SELECT d.joint, julianday(e.last_day) - julianday(e.first_day),
            avg(CASE WHEN d.day < date(e.first_day, '+{WEEK_DAYS} days') THEN d.mean END),
            avg(CASE WHEN d.day > date(e.last_day, '-{WEEK_DAYS} days') THEN d.mean END),
            avg(d.mean)
        FROM daily d JOIN edges e ON e.joint = d.joint
        GROUP BY d.joint ORDER BY {_JOINT_ORDER.replace("joint", "d.joint", 1)} END
    """
    found = []
    for joint, span, first_week, last_week, overall in conn.execute(sql, (first.isoformat(), last.isoformat())):
        if span < WEEK_DAYS:
            found.append(JointSummary(Joint(joint), float(overall), float(overall), compared=False))
        else:
            found.append(JointSummary(Joint(joint), float(first_week), float(last_week)))
    return found


def session_days(conn: sqlite3.Connection, first: date, last: date) -> list[date]:
    """The days with a finished training session (of any program) from `first` to `last`, oldest first."""
    rows = conn.execute(
        "SELECT DISTINCT day FROM training_session WHERE day BETWEEN ? AND ? AND finished_utc IS NOT NULL ORDER BY day",
        (first.isoformat(), last.isoformat()),
    )
    return [date.fromisoformat(day) for (day,) in rows]


def program_context(conn: sqlite3.Connection) -> ProgramContext | None:
    """The running program's joints and start pain, or None without a program (cheaper than Training.active())."""
    row = conn.execute(
        "SELECT p.start_date, a.id, a.pain_last_week FROM program p JOIN assessment a ON a.id = p.assessment_id"
        " WHERE p.ended_utc IS NULL ORDER BY p.id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    start_date, assessment_id, pain = row
    known = {joint.value for joint in JOINTS}
    joints = tuple(
        Joint(name)
        for (name,) in conn.execute(
            "SELECT joint FROM assessment_joint WHERE assessment_id = ? ORDER BY position", (assessment_id,)
        )
        if name in known
    )
    return ProgramContext(date.fromisoformat(start_date), joints, int(pain))


def read_draft(conn: sqlite3.Connection) -> Draft | None:
    """The form being typed when the diary was left, or None (also for a draft that cannot be read)."""
    row = conn.execute("SELECT data, updated_utc FROM diary_draft WHERE id = 1").fetchone()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
    except ValueError:
        return None
    return Draft(data, parse_column_text(row[1])) if isinstance(data, dict) else None

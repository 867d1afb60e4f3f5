"""Demo data: a data folder with a realistic course of N years, for screenshots, benchmarks and trying things.

    python -m ledhalsa_desktop.devtools.demo_data --data-dir DIR --years N [--seed S] [--today YYYY-MM-DD]

A woman born in 1951 with right knee and right hip osteoarthritis. She first stopped at the warning signs (long
morning stiffness), saw her doctor, and started the program N years before today after a first assessment;
retests in weeks 6 and 12. Sessions fall on the planned training days, some missed, a few painful; the
program's rules decide each one (core.progression.decide, in memory) and the changes are stored with their
reasons, as the running program would. Daily pain-diary entries for both joints improve gradually with
noise, and a few flares (marked in the diary and in the flare table) push the pain up for a while. The
welcome is done and the name is set.

The database is created or migrated with opening.open_database; everything else is written in bulk with
plain sqlite3, in one transaction. The same seed always gives the same data (for the same today). The data
folder must not have a program already.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from ledhalsa_desktop.core.assessment import (
    RED_FLAGS,
    Activity,
    Assessment,
    AssessmentKind,
    ChairStand,
    Difficulty,
    JointChoice,
    RedFlag,
    Side,
    check_assessment,
    questions_for,
)
from ledhalsa_desktop.core.catalogue import Catalogue, Joint
from ledhalsa_desktop.core.diary import DiaryEntry, Medicine, Stiffness, checked_entry
from ledhalsa_desktop.core.prescription import Prescription
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.core.program import Program, build_program
from ledhalsa_desktop.core.progression import (
    Change,
    Completion,
    Effort,
    NextDay,
    ProgressionState,
    SessionReport,
    decide,
    initial_state,
    lighter_session,
)

TRAINING_DAYS = (0, 2, 4)
JOINTS = (JointChoice(Joint.KNEE, Side.RIGHT), JointChoice(Joint.HIP, Side.RIGHT))
BIRTH_YEAR = 1951
NAME = "Anna Lindqvist"
FLARE_DAYS = 14  # as training.FLARE_DAYS: a flare nobody ended counts as over after this many days


@dataclass(frozen=True)
class FlareSpan:
    started_on: date
    ended_on: date


@dataclass
class Made:
    """What was written, for the summary line and the tests."""

    sessions: int = 0
    missed: int = 0
    changes: int = 0
    flares: int = 0
    diary_entries: int = 0
    start: date | None = None
    extra: dict[str, int] = field(default_factory=dict)


def moment(day: date, hour: int, minute: int = 0) -> str:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# the course


def assessment(day: date, kind: AssessmentKind, pain: int, stands: int, difficulty: Difficulty) -> Assessment:
    start = kind is AssessmentKind.START
    red_flags = dict.fromkeys(RED_FLAGS, False)
    if start:
        red_flags[RedFlag.LONG_MORNING_STIFFNESS] = True
    return check_assessment(
        Assessment(
            kind=kind,
            taken_on=day,
            joints=JOINTS,
            pain_now=max(0, pain - 1),
            pain_last_week=pain,
            answers=dict.fromkeys(questions_for([choice.joint for choice in JOINTS]), difficulty),
            red_flags=red_flags if start else {},
            cleared_by_clinician=start,
            birth_year=BIRTH_YEAR,
            sex=Sex.FEMALE,
            activity=Activity.ONE_OR_TWO_DAYS if start else Activity.THREE_TO_FIVE_DAYS,
            goal="Gå till affären och tillbaka utan att vila" if start else "",
            chair_stand=ChairStand(stands),
            balance_seconds=8 if start else 12,
        )
    )


def flare_spans(rng: random.Random, start: date, today: date) -> list[FlareSpan]:
    """About two flares a year, 4–10 days each, never in the first three weeks, never overlapping."""
    spans: list[FlareSpan] = []
    day = start + timedelta(days=21 + rng.randint(20, 120))
    while day < today - timedelta(days=2):
        length = rng.randint(4, 10)
        end = min(day + timedelta(days=length - 1), today - timedelta(days=1))
        spans.append(FlareSpan(day, end))
        day = end + timedelta(days=rng.randint(90, 250))
    return spans


def in_flare(spans: Sequence[FlareSpan], day: date) -> bool:
    return any(span.started_on <= day <= span.ended_on for span in spans)


def diary_pain(rng: random.Random, start: date, day: date, base: float, flare: bool) -> float:
    """A gradual improvement of about a third over the first 12 weeks, then a slow wander, with daily noise."""
    weeks = (day - start).days / 7
    improved = base * (1 - 0.32 * min(1.0, weeks / 12))
    slow = 0.4 * ((day.toordinal() // 45) % 3 - 1)
    value = improved + slow + rng.gauss(0, 0.8) + (2.5 if flare else 0.0)
    return max(0.0, min(10.0, value))


@dataclass
class SessionPlan:
    day: date
    week: int
    lighter: bool
    prescriptions: tuple[Prescription, ...]
    completion: Completion
    completed: tuple[bool, ...]
    too_painful: tuple[bool, ...]
    pain_during: int
    effort: Effort
    next_day: NextDay | None
    note: str
    decided: bool
    changes: tuple[Change, ...] = ()


def plan_session(
    rng: random.Random, program: Program, state: ProgressionState, day: date, week: int, flare: bool
) -> SessionPlan:
    current = state.current(program)
    prescriptions = lighter_session(current) if flare else current
    count = len(prescriptions)
    roll = rng.random()
    completed = [True] * count
    too_painful = [False] * count
    if roll < 0.02:
        too_painful[rng.randrange(count)] = True
    elif roll < 0.09:
        completed[rng.randrange(count)] = False
    for index, painful in enumerate(too_painful):
        if painful:
            completed[index] = False
    completion = Completion.ALL if all(completed) else Completion.PARTIAL
    weeks = week - 1
    pain = 3 - min(1, weeks // 10) + (2 if flare else 0) + rng.choice((-1, 0, 0, 0, 1))
    if rng.random() < 0.03:
        pain = 6
    pain = max(0, min(10, pain))
    next_day = rng.choices((NextDay.USUAL, NextDay.WORSE, NextDay.MUCH_WORSE), (93, 5, 2))[0]
    effort = rng.choices((Effort.LIGHT, Effort.JUST_RIGHT, Effort.HARD, Effort.TOO_HARD), (15, 60, 22, 3))[0]
    note = ""
    if pain >= 6:
        note = rng.choice(("Ont i knät i trappsteget", "Höften värkte efteråt", 'Svårt med "utfallssteg"; ont'))
    return SessionPlan(
        day=day,
        week=week,
        lighter=flare,
        prescriptions=prescriptions,
        completion=completion,
        completed=tuple(completed),
        too_painful=tuple(too_painful),
        pain_during=pain,
        effort=effort,
        next_day=next_day,
        note=note,
        decided=True,
    )


def report_for(plan: SessionPlan) -> SessionReport:
    """The report as training.report_of would make it from the stored rows."""
    ids = [item.exercise_id for item in plan.prescriptions]
    return SessionReport(
        day=plan.day,
        week=plan.week,
        pain_during=plan.pain_during,
        effort=plan.effort,
        completion=plan.completion,
        too_painful=frozenset(i for i, painful in zip(ids, plan.too_painful, strict=True) if painful),
        not_done=frozenset()
        if plan.completion is Completion.ALL
        else frozenset(i for i, done in zip(ids, plan.completed, strict=True) if not done),
        next_day=plan.next_day,
    )


def planned_sessions(
    rng: random.Random, program: Program, catalogue: Catalogue, flares: Sequence[FlareSpan], today: date
) -> tuple[list[SessionPlan], int]:
    """Sessions on the planned days before today, some missed, each decided by the rules in order.

    The session of yesterday is left waiting for its next-day answer, as a person would find it."""
    state = initial_state(program)
    plans: list[SessionPlan] = []
    missed = 0
    week = 1
    while True:
        days = [day for day in program.planned_dates(week) if day < today]
        if not days:
            break
        for day in days:
            flare = in_flare(flares, day)
            if rng.random() < (0.5 if flare else 0.13):
                missed += 1
                continue
            plan = plan_session(rng, program, state, day, week, flare)
            if day >= today - timedelta(days=1):
                plan.next_day, plan.decided = None, False
            else:
                state, plan.changes = decide(program, state, report_for(plan), catalogue, flare=flare)
            plans.append(plan)
        week += 1
    return plans, missed


# writing


def _insert_assessment(conn: sqlite3.Connection, item: Assessment) -> int:
    cursor = conn.execute(
        "INSERT INTO assessment (kind, taken_on, recorded_utc, birth_year, sex, pain_now, pain_last_week,"
        " function_score, activity, goal, chair_stands, chair_used_arms, balance_seconds, cleared_by_clinician)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            item.kind.value,
            item.taken_on.isoformat(),
            moment(item.taken_on, 9),
            item.birth_year,
            item.sex.value if item.sex else None,
            item.pain_now,
            item.pain_last_week,
            item.function_score,
            item.activity.value if item.activity else None,
            item.goal,
            item.chair_stand.stands if item.chair_stand else None,
            int(bool(item.chair_stand and item.chair_stand.used_arms)),
            item.balance_seconds,
            int(item.cleared_by_clinician),
        ),
    )
    assessment_id = int(cursor.lastrowid)
    conn.executemany(
        "INSERT INTO assessment_joint (assessment_id, joint, position, side) VALUES (?, ?, ?, ?)",
        [(assessment_id, c.joint.value, i, c.side.value) for i, c in enumerate(item.joints)],
    )
    conn.executemany(
        "INSERT INTO assessment_red_flag (assessment_id, flag, answer) VALUES (?, ?, ?)",
        [(assessment_id, flag.value, int(answer)) for flag, answer in item.red_flags.items()],
    )
    conn.executemany(
        "INSERT INTO assessment_answer (assessment_id, question, difficulty) VALUES (?, ?, ?)",
        [(assessment_id, question.value, int(value)) for question, value in item.answers.items()],
    )
    return assessment_id


def _dose(prescription: Prescription) -> tuple[int, int, int, int]:
    return prescription.level, prescription.sets, prescription.reps, prescription.hold_seconds


def _change_row(program_id: int, session_id: int | None, change: Change, recorded: str) -> tuple[object, ...]:
    before = _dose(change.before) if change.before is not None else (None, None, None, None)
    return (
        program_id,
        session_id,
        recorded,
        change.day.isoformat(),
        change.week,
        change.exercise_id,
        change.kind.value,
        change.step.value if change.step is not None else None,
        change.reason.value,
        *before,
        *_dose(change.after),
    )


CHANGE_SQL = (
    "INSERT INTO program_change (program_id, session_id, recorded_utc, day, week, exercise_id, kind, step, reason,"
    " before_level, before_sets, before_reps, before_hold_seconds,"
    " after_level, after_sets, after_reps, after_hold_seconds)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _write_program(
    conn: sqlite3.Connection, assessment_id: int, program: Program, plans: Sequence[SessionPlan], today: date
) -> int:
    start = program.start_date
    program_id = int(
        conn.execute(
            "INSERT INTO program (assessment_id, created_utc, start_date, training_days, advice_seen_utc)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                assessment_id,
                moment(start, 9, 10),
                start.isoformat(),
                ",".join(str(day) for day in program.training_days),
                moment(today - timedelta(days=1), 12),  # any advice to see a physiotherapist was read
            ),
        ).lastrowid
    )
    conn.executemany(
        "INSERT INTO program_exercise (program_id, exercise_id, position, joint, category, why,"
        " level, sets, reps, hold_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (program_id, item.exercise_id, i, item.joint.value, item.category.value, item.why.value, *_dose(item.start))
            for i, item in enumerate(program.exercises)
        ],
    )
    conn.executemany(
        CHANGE_SQL, [_change_row(program_id, None, c, moment(start, 9, 10)) for c in initial_state(program).changes]
    )
    exercise_rows: list[tuple[object, ...]] = []
    change_rows: list[tuple[object, ...]] = []
    for plan in plans:
        next_moment = moment(plan.day + timedelta(days=1), 9)
        session_id = int(
            conn.execute(
                "INSERT INTO training_session (program_id, day, week, started_utc, finished_utc, lighter, completion,"
                " pain_during, effort, hurt_note, next_day, next_day_utc, decided_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    program_id,
                    plan.day.isoformat(),
                    plan.week,
                    moment(plan.day, 10),
                    moment(plan.day, 10, 25),
                    int(plan.lighter),
                    plan.completion.value,
                    plan.pain_during,
                    plan.effort.value,
                    plan.note,
                    plan.next_day.value if plan.next_day is not None else None,
                    next_moment if plan.next_day is not None else None,
                    next_moment if plan.decided else None,
                ),
            ).lastrowid
        )
        for position, (prescription, done, painful) in enumerate(
            zip(plan.prescriptions, plan.completed, plan.too_painful, strict=True)
        ):
            sets_done = prescription.sets if done else (1 if painful else 0)
            exercise_rows.append(
                (
                    session_id,
                    prescription.exercise_id,
                    position,
                    *_dose(prescription),
                    sets_done,
                    int(done),
                    int(painful),
                )
            )
        change_rows.extend(_change_row(program_id, session_id, change, next_moment) for change in plan.changes)
    conn.executemany(
        "INSERT INTO session_exercise (session_id, exercise_id, position, level, sets, reps, hold_seconds,"
        " sets_done, completed, too_painful) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        exercise_rows,
    )
    conn.executemany(CHANGE_SQL, change_rows)
    return program_id


DIARY_BASE = {Joint.KNEE: 6.0, Joint.HIP: 4.5}
DIARY_NOTES = (
    "Promenad 3 km; gick bra",
    'Ont i trappan, "som vanligt"',
    "Trädgårdsarbete\nlite stel efteråt",
    "Bra dag!",
    "Sov dåligt, värk i höften på natten",
    "Cyklade till affären",
)


def diary_entries(rng: random.Random, start: date, today: date, flares: Sequence[FlareSpan]) -> list[DiaryEntry]:
    """An entry most days (now and then two, now and then none) for the knee and the hip."""
    entries: list[DiaryEntry] = []
    day = start
    while day <= today:
        if rng.random() >= 0.08:
            flare = in_flare(flares, day)
            times = [time(rng.randint(7, 10), rng.choice((0, 15, 30, 45)))]
            if rng.random() < 0.1:
                times.append(time(rng.randint(18, 21), rng.choice((0, 15, 30, 45))))
            for moment_ in times:
                pains = {joint: round(diary_pain(rng, start, day, base, flare)) for joint, base in DIARY_BASE.items()}
                worst = max(pains.values())
                medicine = Medicine.NONE
                if worst >= 6 and rng.random() < 0.5:
                    medicine = Medicine.PARACETAMOL
                elif worst >= 5 and rng.random() < 0.1:
                    medicine = Medicine.ANTI_INFLAMMATORY
                elif rng.random() < 0.01:
                    medicine = Medicine.OTHER
                entries.append(
                    DiaryEntry(
                        day=day,
                        time=moment_,
                        pains=pains,
                        stiffness=None
                        if rng.random() < 0.05
                        else (Stiffness.MODERATE if worst >= 6 else Stiffness.MILD if worst >= 3 else Stiffness.NONE),
                        sleep_disturbed=rng.random() < (0.4 if worst >= 6 else 0.05),
                        medicine=medicine,
                        medicine_note="Voltaren gel" if medicine is Medicine.OTHER else "",
                        flare=flare,
                        note=rng.choice(DIARY_NOTES) if rng.random() < 0.05 else "",
                    )
                )
        day += timedelta(days=1)
    return entries


def _write_diary(conn: sqlite3.Connection, entries: Sequence[DiaryEntry]) -> int:
    pain_rows: list[tuple[int, str, int]] = []
    for entry in entries:
        recorded = moment(entry.day, entry.time.hour, entry.time.minute)
        entry_id = int(
            conn.execute(
                "INSERT INTO diary_entry (day, time, recorded_utc, updated_utc, stiffness, sleep_disturbed, medicine,"
                " medicine_note, flare, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.day.isoformat(),
                    entry.time.strftime("%H:%M"),
                    recorded,
                    recorded,
                    entry.stiffness.value if entry.stiffness is not None else None,
                    None if entry.sleep_disturbed is None else int(entry.sleep_disturbed),
                    entry.medicine.value,
                    entry.medicine_note,
                    int(entry.flare),
                    entry.note,
                ),
            ).lastrowid
        )
        pain_rows.extend((entry_id, joint.value, pain) for joint, pain in entry.pains.items())
    conn.executemany("INSERT INTO diary_pain (entry_id, joint, pain) VALUES (?, ?, ?)", pain_rows)
    return len(entries)


def make_demo(data_dir: Path, years: float, seed: int = 1, today: date | None = None) -> Made:
    from ledhalsa_desktop import content
    from ledhalsa_desktop.opening import open_database
    from ledhalsa_desktop.paths import backup_dir, database_path
    from ledhalsa_desktop.storage.sqlite_file import connect
    from ledhalsa_desktop.training import program_inputs

    today = today or date.today()
    rng = random.Random(seed)
    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = database_path(data_dir)

    class Refuse:
        def refuse_newer(self, written_by: str | None) -> None:
            raise SystemExit(f"the data folder holds a database from a newer version ({written_by})")

        def damaged(self, reason: str, backup: object) -> bool:
            raise SystemExit(f"the database in the data folder is damaged: {reason}")

        def recovered(self, moved_to: Path, restored: object) -> None:
            pass

    open_database(db_path, backup_dir(data_dir), datetime.now(UTC), Refuse())
    start = today - timedelta(days=max(1, round(years * 365.25)))
    catalogue = content.catalogue()
    first = assessment(start, AssessmentKind.START, 6, 8, Difficulty.MODERATE)
    program = build_program(program_inputs(first, start, TRAINING_DAYS), catalogue)
    retests = [
        assessment(start + timedelta(days=days), kind, pain, stands, difficulty)
        for days, kind, pain, stands, difficulty in (
            (37, AssessmentKind.WEEK_6, 5, 10, Difficulty.SLIGHT),
            (79, AssessmentKind.WEEK_12, 4, 12, Difficulty.SLIGHT),
        )
        if start + timedelta(days=days) < today
    ]
    flares = flare_spans(rng, start, today)
    plans, missed = planned_sessions(rng, program, catalogue, flares, today)
    made = Made(sessions=len(plans), missed=missed, flares=len(flares), start=start)
    made.changes = sum(len(plan.changes) for plan in plans)
    diary = [checked_entry(entry, today) for entry in diary_entries(rng, start, today, flares)]

    conn = connect(db_path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute("SELECT count(*) FROM program").fetchone()[0]:
            raise SystemExit(f"{data_dir} already has a program: choose an empty data folder")
        now = moment(today, 8)
        conn.execute("UPDATE settings SET welcome_completed = 1, updated_utc = ? WHERE id = 1", (now,))
        conn.execute(
            "UPDATE profile SET name = ?, birth_year = ?, sex = ?, updated_utc = ? WHERE id = 1",
            (NAME, BIRTH_YEAR, Sex.FEMALE.value, now),
        )
        conn.execute(
            "INSERT INTO red_flag_stop (taken_on, recorded_utc, flags) VALUES (?, ?, ?)",
            (
                (start - timedelta(days=16)).isoformat(),
                moment(start - timedelta(days=16), 19),
                "long_morning_stiffness",
            ),
        )
        assessment_id = _insert_assessment(conn, first)
        for retest in retests:
            _insert_assessment(conn, retest)
        _write_program(conn, assessment_id, program, plans, today)
        conn.executemany(
            "INSERT INTO flare (started_on, ended_on, recorded_utc) VALUES (?, ?, ?)",
            [(f.started_on.isoformat(), f.ended_on.isoformat(), moment(f.started_on, 18)) for f in flares],
        )
        made.diary_entries = _write_diary(conn, diary)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return made


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m ledhalsa_desktop.devtools.demo_data", description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--years", type=float, required=True, help="how long ago the program started")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="the last day (default: today)")
    args = parser.parse_args(argv)
    made = make_demo(args.data_dir, args.years, args.seed, args.today)
    print(
        f"demo_data: {args.data_dir}: a program since {made.start}, {made.sessions} sessions ({made.missed} missed),"
        f" {made.changes} changes, {made.flares} flares, {made.diary_entries} diary entries"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

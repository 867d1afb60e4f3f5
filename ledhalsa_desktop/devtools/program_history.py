"""A program with a little history, for screenshots and trying things by hand.

    python -m ledhalsa_desktop.devtools.program_history --data-dir DIR [--days-ago N]

Marks the welcome as done, takes a first assessment N days ago (default 9), builds the program from it, and
runs its planned sessions up to yesterday through the real Training service: all went well except one
painful session, and the last session's next-day question is left for Home to ask.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from ledhalsa_desktop.core.assessment import (
    RED_FLAGS,
    Activity,
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
from ledhalsa_desktop.core.progression import Effort, NextDay
from ledhalsa_desktop.devtools.fake_calendar import FixedCalendar


def first_assessment(day: date) -> Assessment:
    joints = (JointChoice(Joint.KNEE, Side.RIGHT), JointChoice(Joint.HIP, Side.RIGHT))
    return Assessment(
        kind=AssessmentKind.START,
        taken_on=day,
        joints=joints,
        pain_now=4,
        pain_last_week=5,
        answers=dict.fromkeys(questions_for([Joint.KNEE, Joint.HIP]), Difficulty.MODERATE),
        red_flags=dict.fromkeys(RED_FLAGS, False),
        birth_year=1951,
        sex=Sex.FEMALE,
        activity=Activity.ONE_OR_TWO_DAYS,
        goal="Gå till affären utan att vila",
        chair_stand=ChairStand(9),
        balance_seconds=11,
    )


def make_history(data_dir: Path, today: date, days_ago: int = 9) -> None:
    from ledhalsa_desktop import content
    from ledhalsa_desktop.opening import open_database
    from ledhalsa_desktop.paths import backup_dir, database_path
    from ledhalsa_desktop.storage.assessment_repository import save_assessment
    from ledhalsa_desktop.storage.database import Database
    from ledhalsa_desktop.storage.repositories import load_settings, save_settings
    from ledhalsa_desktop.training import Training

    calendar = FixedCalendar(today - timedelta(days=days_ago), hour=9)
    db_path = database_path(data_dir)

    class Quiet:
        def refuse_newer(self, written_by: str | None) -> None:
            raise SystemExit(f"the data folder holds a database from a newer version ({written_by})")

        def damaged(self, reason: str, backup: object) -> bool:
            raise SystemExit(f"the database in the data folder is damaged: {reason}")

        def recovered(self, moved_to: Path, restored: object) -> None:
            pass

    open_database(db_path, backup_dir(data_dir), calendar.now(), Quiet())
    database = Database(db_path)
    try:
        training = Training(db_path, lambda: database, content.catalogue, calendar.now, calendar.today)
        save_settings(database, replace(load_settings(database), welcome_completed=True), calendar.now())
        stored = save_assessment(database, first_assessment(calendar.day), calendar.now())
        training.start_program(stored, (0, 2, 4))
        last_session: int | None = None
        while calendar.day < today:
            state = training.today()
            assert state is not None
            if last_session is not None:
                training.answer_next_day(last_session, NextDay.USUAL)
                last_session = None
            if state.training_day:
                plan = training.begin_session()
                for item in plan.prescriptions:
                    training.exercise_done(plan.session_id, item.exercise_id, sets_done=item.sets, completed=True)
                painful = state.done_this_week == 1 and state.week == 2
                training.finish_session(
                    plan.session_id,
                    pain_during=6 if painful else 3,
                    effort=Effort.HARD if painful else Effort.JUST_RIGHT,
                    hurt_note="Höger knä i trappsteget" if painful else "",
                )
                last_session = plan.session_id
            calendar.day += timedelta(days=1)
    finally:
        database.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m ledhalsa_desktop.devtools.program_history")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--days-ago", type=int, default=9)
    args = parser.parse_args(argv)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    make_history(args.data_dir, date.today(), args.days_ago)
    print(f"program_history: a program started {args.days_ago} days ago in {args.data_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

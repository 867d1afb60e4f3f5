"""The personal program as the running program uses it: start it, see today, run sessions, apply the rules.

Plain Python over core and storage (no Qt). The stored session reports are the record; the progression state
is replayed from them with the rules in core.progression, and each decision's changes are stored with their
reasons when they are made.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ledhalsa_desktop.core.assessment import Assessment, AssessmentKind
from ledhalsa_desktop.core.catalogue import Catalogue
from ledhalsa_desktop.core.prescription import Prescription, estimated_minutes
from ledhalsa_desktop.core.program import Program, ProgramInputs, build_program
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
    preview_after_session,
    replay,
)

if TYPE_CHECKING:
    from ledhalsa_desktop.storage.database import Database
    from ledhalsa_desktop.storage.program_records import Flare, StoredAssessment, StoredProgram, StoredSession

FLARE_DAYS = 14  # a flare nobody ended counts as over after this many days
RETEST_KINDS = {6: AssessmentKind.WEEK_6, 12: AssessmentKind.WEEK_12}


@dataclass(frozen=True)
class ActiveProgram:
    stored: StoredProgram
    program: Program
    start: StoredAssessment
    retests: tuple[StoredAssessment, ...]
    sessions: tuple[StoredSession, ...]
    state: ProgressionState
    flares: tuple[Flare, ...]

    @property
    def id(self) -> int:
        return self.stored.id

    def flare_on(self, day: date) -> Flare | None:
        """The flare that covers `day` (one ended on a day still covers that day's sessions)."""
        for flare in reversed(self.flares):
            last = flare.ended_on or flare.started_on + timedelta(days=FLARE_DAYS - 1)
            if flare.started_on <= day <= last:
                return flare
        return None


@dataclass(frozen=True)
class Today:
    day: date
    week: int
    maintenance: bool
    next_date: date
    training_day: bool  # today is a planned day with no session yet
    done_today: bool
    done_this_week: int
    planned_this_week: int
    minutes: int
    next_day_question: StoredSession | None  # an earlier session whose next day was not answered
    retest_due: int | None
    advise_physio: bool
    flare: Flare | None


@dataclass(frozen=True)
class SessionPlan:
    session_id: int
    prescriptions: tuple[Prescription, ...]
    lighter: bool


def program_inputs(assessment: Assessment, start_date: date, training_days: Sequence[int]) -> ProgramInputs:
    return ProgramInputs(
        joints=assessment.affected_joints,
        function_score=assessment.function_score,
        chair_stand=assessment.chair_stand_grade,
        pain_now=assessment.pain_now,
        start_date=start_date,
        training_days=tuple(training_days),
    )


def report_of(session: StoredSession) -> SessionReport:
    return SessionReport(
        day=session.day,
        week=session.week,
        pain_during=session.pain_during,
        effort=session.effort,
        completion=session.completion,
        too_painful=frozenset(item.exercise_id for item in session.exercises if item.too_painful),
        not_done=frozenset()
        if session.completion is Completion.ALL
        else frozenset(item.exercise_id for item in session.exercises if not item.completed),
        next_day=session.next_day,
    )


class Training:
    def __init__(
        self,
        db_path: Path,
        database: Callable[[], Database],
        catalogue: Callable[[], Catalogue],
        now: Callable[[], datetime],
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db_path = db_path
        self._database = database
        self._catalogue = catalogue
        self._now = now
        self._today = today
        self._active: ActiveProgram | None = None
        self._loaded = False

    # reading

    def active(self) -> ActiveProgram | None:
        if not self._loaded:
            self._active = self._load()
            self._loaded = True
        return self._active

    def forget(self) -> None:
        """Read again from the database next time (after a restore, or a write)."""
        self._loaded = False
        self._active = None

    def _load(self) -> ActiveProgram | None:
        from ledhalsa_desktop.storage import program_records as records

        with records.reading(self._db_path) as conn:
            stored = records.read_active_program(conn)
            if stored is None:
                return None
            assessments = records.read_assessments(conn)
            sessions = tuple(records.read_sessions(conn, stored.id))
            flares = tuple(records.read_flares(conn))
        start = next(item for item in assessments if item.id == stored.assessment_id)
        retests = tuple(
            item
            for item in assessments
            if item.assessment.kind is not AssessmentKind.START and item.assessment.taken_on >= stored.start_date
        )
        program = Program(program_inputs(start.assessment, stored.start_date, stored.training_days), stored.exercises)
        partial = ActiveProgram(stored, program, start, retests, sessions, initial_state(program), flares)
        acknowledged = self._local_day(stored.advice_seen_utc) if stored.advice_seen_utc else None
        state = replay(
            program,
            [(report_of(item), partial.flare_on(item.day) is not None) for item in sessions if item.decided],
            self._catalogue(),
            acknowledged_through=acknowledged,
        )
        return replace(partial, state=state)

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone().date()

    def today(self) -> Today | None:
        active = self.active()
        if active is None:
            return None
        program, day = active.program, self._today()
        week = max(1, program.week_of(day))
        days_done = {item.day for item in active.sessions if item.finished_utc is not None}
        done_this_week = sum(1 for item in active.sessions if item.week == week and item.finished_utc is not None)
        planned = program.sessions_planned(week)
        next_date = program.next_planned_date(day, days_done)
        if done_this_week >= planned and program.week_of(next_date) == week:
            next_date = program.next_planned_date(program.start_date + timedelta(days=7 * week), days_done)
        retests_done = {
            week for week, kind in RETEST_KINDS.items() if any(item.assessment.kind is kind for item in active.retests)
        }
        return Today(
            day=day,
            week=week,
            maintenance=program.is_maintenance(week),
            next_date=next_date,
            training_day=next_date == day,
            done_today=day in days_done,
            done_this_week=done_this_week,
            planned_this_week=planned,
            minutes=estimated_minutes(self.todays_prescriptions(), self._catalogue()),
            next_day_question=self._unanswered(active, day),
            retest_due=program.retest_due(day, retests_done),
            advise_physio=active.state.advise_physio,
            flare=flare if (flare := active.flare_on(day)) is not None and flare.ended_on is None else None,
        )

    def _unanswered(self, active: ActiveProgram, day: date) -> StoredSession | None:
        for item in reversed(active.sessions):
            if item.finished_utc is not None and not item.decided and item.day < day and item.next_day is None:
                return item
        return None

    def todays_prescriptions(self, *, lighter: bool = False) -> tuple[Prescription, ...]:
        active = self.active()
        if active is None:
            return ()
        current = active.state.current(active.program)
        return lighter_session(current) if lighter else current

    # writing

    def start_program(self, start: StoredAssessment, training_days: Sequence[int]) -> ActiveProgram:
        """A new program from a stored first assessment, starting today."""
        from ledhalsa_desktop.storage import program_repository as repo

        program = build_program(program_inputs(start.assessment, self._today(), training_days), self._catalogue())
        first = initial_state(program)
        repo.create_program(
            self._database(),
            start.id,
            program.start_date,
            program.training_days,
            program.exercises,
            first.changes,
            self._now(),
        )
        self.forget()
        active = self.active()
        assert active is not None
        return active

    def set_training_days(self, training_days: Sequence[int]) -> None:
        from ledhalsa_desktop.storage import program_repository as repo

        active = self._require()
        program_inputs(active.start.assessment, active.program.start_date, training_days)  # checks the days
        repo.set_training_days(self._database(), active.id, training_days)
        self.forget()

    def begin_session(self, *, lighter: bool = False) -> SessionPlan:
        """Decides any earlier session still waiting (an unanswered next day counts as unknown), then starts one."""
        from ledhalsa_desktop.storage import program_repository as repo

        active = self._require()
        for item in active.sessions:
            if item.finished_utc is None:
                repo.finish_session(
                    self._database(),
                    item.id,
                    completion=_completion_of(item),
                    pain_during=None,
                    effort=None,
                    hurt_note="",
                    now=self._now(),
                )
        self.forget()
        self._decide_waiting()
        active = self._require()
        day = self._today()
        prescriptions = self.todays_prescriptions(lighter=lighter)
        session_id = repo.begin_session(
            self._database(),
            active.id,
            day,
            max(1, active.program.week_of(day)),
            prescriptions,
            lighter=lighter,
            now=self._now(),
        )
        self.forget()
        return SessionPlan(session_id, prescriptions, lighter)

    def exercise_done(
        self, session_id: int, exercise_id: str, *, sets_done: int, completed: bool, too_painful: bool = False
    ) -> None:
        from ledhalsa_desktop.storage import program_repository as repo

        repo.record_exercise(
            self._database(),
            session_id,
            exercise_id,
            sets_done=sets_done,
            completed=completed,
            too_painful=too_painful,
        )
        self.forget()

    def took_easier_level(self, session_id: int, prescription: Prescription) -> None:
        from ledhalsa_desktop.storage import program_repository as repo

        repo.change_exercise_level(self._database(), session_id, prescription.exercise_id, prescription)
        self.forget()

    def finish_session(
        self, session_id: int, *, pain_during: int | None, effort: Effort | None, hurt_note: str = ""
    ) -> tuple[Change, ...]:
        """Stores the answers after a session and returns what the next session will change if tomorrow is usual."""
        from ledhalsa_desktop.storage import program_repository as repo

        session = self._session(session_id)
        repo.finish_session(
            self._database(),
            session_id,
            completion=_completion_of(session),
            pain_during=pain_during,
            effort=effort,
            hurt_note=hurt_note,
            now=self._now(),
        )
        self.forget()
        active = self._require()
        finished = self._session(session_id)
        flare = active.flare_on(finished.day) is not None
        return preview_after_session(active.program, active.state, report_of(finished), self._catalogue(), flare=flare)

    def answer_next_day(self, session_id: int, next_day: NextDay) -> tuple[Change, ...]:
        """The person said how it felt the day after; the rules decide that session now. Returns the changes."""
        from ledhalsa_desktop.storage import program_repository as repo

        repo.answer_next_day(self._database(), session_id, next_day, self._now())
        self.forget()
        return self._decide_waiting()

    def _decide_waiting(self) -> tuple[Change, ...]:
        from ledhalsa_desktop.storage import program_repository as repo

        made: list[Change] = []
        while True:
            active = self._require()
            waiting = next(
                (item for item in active.sessions if item.finished_utc is not None and not item.decided), None
            )
            if waiting is None:
                return tuple(made)
            flare = active.flare_on(waiting.day) is not None
            _, changes = decide(active.program, active.state, report_of(waiting), self._catalogue(), flare=flare)
            repo.store_decision(self._database(), active.id, waiting.id, changes, self._now())
            made.extend(changes)
            self.forget()

    def mark_flare(self) -> None:
        from ledhalsa_desktop.storage import program_repository as repo

        repo.add_flare(self._database(), self._today(), self._now())
        self.forget()

    def end_flare(self) -> None:
        from ledhalsa_desktop.storage import program_repository as repo

        active = self._require()
        flare = active.flare_on(self._today())
        if flare is not None:
            repo.end_flare(self._database(), flare.id, self._today())
            self.forget()

    def acknowledge_advice(self) -> None:
        from ledhalsa_desktop.storage import program_repository as repo

        repo.acknowledge_advice(self._database(), self._require().id, self._now())
        self.forget()

    def _require(self) -> ActiveProgram:
        active = self.active()
        if active is None:
            raise RuntimeError("there is no program yet")
        return active

    def _session(self, session_id: int) -> StoredSession:
        for item in self._require().sessions:
            if item.id == session_id:
                return item
        raise KeyError(f"no session {session_id} in the program")


def _completion_of(session: StoredSession) -> Completion:
    done = sum(1 for item in session.exercises if item.completed)
    if done == len(session.exercises) and done > 0:
        return Completion.ALL
    started = any(item.sets_done > 0 or item.completed for item in session.exercises)
    return Completion.PARTIAL if started else Completion.NONE

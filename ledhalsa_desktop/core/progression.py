"""Automatic progression: after each session, each exercise steps up, steps back or stays, by the pain rules.

`decide` applies one session's report. For every exercise in the program:

Step back (regress) when the person pressed "too painful" for it, or when it was done (the session was not
`none` and the exercise is not in `not_done`) and pain during the session was above 5, or the next day was
worse or much worse than usual. The step back undoes the exercise's last change when that was a step up
(for a change of level: back to the level below at the dose done there); otherwise it is one step down
(see `dose_steps`). Steps back are never held back by the one-change-a-week rule; one per session at most.

Step up (progress) only when all of these hold: the session was done in full and the exercise is not in
`not_done` or `too_painful`; pain during was known and at most 4; the next day was `usual` (unknown is not
enough); the effort was not `too_hard` (an unanswered effort does not block); no flare; and the exercise
has not changed yet in this program week. One step: more repetitions, a longer hold, or at the top of the
level's range the next level at its starting dose.

Otherwise nothing changes (pain exactly 5, partial sessions, effort too hard, next day unknown, a flare).
Progression goes on the same way after week 12 (maintenance) until the top of the last level.

When a session has a reason to step back and an earlier one had too, within the last 14 days or in one of
the two sessions before, `advise_physio` is set; it stays set until `acknowledge_advice`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from ledhalsa_desktop.core.catalogue import Catalogue
from ledhalsa_desktop.core.dose_steps import Step, step_down, step_up
from ledhalsa_desktop.core.prescription import Prescription, percent_of
from ledhalsa_desktop.core.program import Program

__all__ = [
    "Change",
    "ChangeKind",
    "Completion",
    "Effort",
    "InvalidReport",
    "NextDay",
    "ProgressionState",
    "Reason",
    "SessionReport",
    "Step",
    "acknowledge_advice",
    "decide",
    "effort_from_score",
    "initial_state",
    "lighter_session",
    "preview_after_session",
    "replay",
]

PAIN_RANGE = (0, 10)
MAX_PAIN_TO_PROGRESS = 4
MAX_PAIN_TO_KEEP = 5  # above this, step back
TROUBLE_WINDOW_DAYS = 14
TROUBLE_WINDOW_SESSIONS = 2
KEPT_TRIGGERS = 3
LIGHTER_REPS_PERCENT = 70


class Effort(StrEnum):
    LIGHT = "light"
    JUST_RIGHT = "just_right"
    HARD = "hard"
    TOO_HARD = "too_hard"


# the highest score (0–10) that still counts as each effort
_EFFORT_BANDS: tuple[tuple[int, Effort], ...] = (
    (3, Effort.LIGHT),
    (6, Effort.JUST_RIGHT),
    (8, Effort.HARD),
    (10, Effort.TOO_HARD),
)


def _on_scale(value: object) -> bool:
    """A whole number on the 0–10 scale (pain and effort use the same one)."""
    low, high = PAIN_RANGE
    return not isinstance(value, bool) and isinstance(value, int) and low <= value <= high


def effort_from_score(score: int) -> Effort:
    if not _on_scale(score):
        raise ValueError(f"an effort score is a whole number from 0 to 10, not {score!r}")
    return next(effort for highest, effort in _EFFORT_BANDS if score <= highest)


class Completion(StrEnum):
    ALL = "all"
    PARTIAL = "partial"
    NONE = "none"


class NextDay(StrEnum):
    USUAL = "usual"
    WORSE = "worse"
    MUCH_WORSE = "much_worse"


class ChangeKind(StrEnum):
    START = "start"
    PROGRESS = "progress"
    REGRESS = "regress"


class Reason(StrEnum):
    """Why a change was made; the UI writes one sentence for each."""

    START = "start"
    ALL_WELL = "all_well"  # a step up within the level
    TOP_OF_RANGE_NEXT_LEVEL = "top_of_range_next_level"
    PAIN_DURING_HIGH = "pain_during_high"
    NEXT_DAY_WORSE = "next_day_worse"
    NEXT_DAY_MUCH_WORSE = "next_day_much_worse"
    TOO_PAINFUL = "too_painful"


class InvalidReport(ValueError):
    pass


@dataclass(frozen=True)
class SessionReport:
    day: date
    week: int  # the program week of `day`
    pain_during: int | None  # 0–10, None = not answered
    effort: Effort | None
    completion: Completion
    too_painful: frozenset[str] = frozenset()  # exercise ids
    not_done: frozenset[str] = frozenset()  # exercise ids skipped or stopped before the end
    next_day: NextDay | None = None  # None = not answered (yet)

    def __post_init__(self) -> None:
        if type(self.day) is not date:
            raise InvalidReport(f"day must be a date, is {self.day!r}")
        if isinstance(self.week, bool) or not isinstance(self.week, int) or self.week < 0:
            raise InvalidReport(f"week must be a whole number from 0, is {self.week!r}")
        if self.pain_during is not None and not _on_scale(self.pain_during):
            raise InvalidReport(f"pain_during must be a whole number from 0 to 10 or None, is {self.pain_during!r}")
        object.__setattr__(self, "effort", None if self.effort is None else Effort(self.effort))
        object.__setattr__(self, "completion", Completion(self.completion))
        object.__setattr__(self, "next_day", None if self.next_day is None else NextDay(self.next_day))
        object.__setattr__(self, "too_painful", frozenset(self.too_painful))
        object.__setattr__(self, "not_done", frozenset(self.not_done))
        if self.completion is Completion.ALL and self.not_done:
            raise InvalidReport(f"a session done in full has nothing in not_done, has {sorted(self.not_done)}")

    def was_done(self, exercise_id: str) -> bool:
        return self.completion is not Completion.NONE and exercise_id not in self.not_done

    def was_done_in_full(self, exercise_id: str) -> bool:
        return (
            self.completion is Completion.ALL
            and exercise_id not in self.not_done
            and exercise_id not in self.too_painful
        )


@dataclass(frozen=True)
class Change:
    day: date
    week: int
    exercise_id: str
    kind: ChangeKind
    step: Step | None  # None for the start
    before: Prescription | None  # None for the start
    after: Prescription
    reason: Reason


@dataclass(frozen=True)
class ProgressionState:
    prescriptions: Mapping[str, Prescription]  # the current dose of each exercise
    changes: tuple[Change, ...] = ()  # every change so far, oldest first
    recent_triggers: tuple[date, ...] = ()  # days of the latest sessions that had a reason to step back
    recent_sessions: tuple[date, ...] = ()  # days of the latest sessions
    advise_physio: bool = False
    advice_raised: date | None = None  # the session day that last set advise_physio

    def __post_init__(self) -> None:
        object.__setattr__(self, "prescriptions", MappingProxyType(dict(self.prescriptions)))

    def current(self, program: Program) -> tuple[Prescription, ...]:
        """Today's doses in session order."""
        return tuple(self.prescriptions[exercise_id] for exercise_id in program.exercise_ids)

    def history(self, exercise_id: str) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.exercise_id == exercise_id)

    def last_change(self, exercise_id: str) -> Change | None:
        return next((change for change in reversed(self.changes) if change.exercise_id == exercise_id), None)

    def changed_in_week(self, exercise_id: str, week: int) -> bool:
        # changes are kept in the order they were made, so weeks never go down: look back only through this week
        for change in reversed(self.changes):
            if change.week < week:
                return False
            if change.exercise_id == exercise_id and change.week == week and change.kind is not ChangeKind.START:
                return True
        return False


def initial_state(program: Program) -> ProgressionState:
    start = program.start_date
    return ProgressionState(
        prescriptions={item.exercise_id: item.start for item in program.exercises},
        changes=tuple(
            Change(start, 1, item.exercise_id, ChangeKind.START, None, None, item.start, Reason.START)
            for item in program.exercises
        ),
    )


def decide(
    program: Program, state: ProgressionState, report: SessionReport, catalogue: Catalogue, *, flare: bool = False
) -> tuple[ProgressionState, tuple[Change, ...]]:
    """Apply one session's report: the new state, and the changes it made (in session order)."""
    changes: list[Change] = []
    triggered = False
    for exercise_id in program.exercise_ids:
        step_back = _reason_to_step_back(report, exercise_id)
        triggered = triggered or step_back is not None
        if step_back is not None:
            change = _regress(state, report, catalogue, exercise_id, step_back)
        elif _may_progress(state, report, exercise_id, flare=flare):
            change = _progress(state, report, catalogue, exercise_id)
        else:
            change = None
        if change is not None:
            changes.append(change)
    advise, raised, triggers = state.advise_physio, state.advice_raised, state.recent_triggers
    if triggered:
        if _trouble_before(state, report.day):
            advise, raised = True, report.day
        triggers = (*triggers, report.day)[-KEPT_TRIGGERS:]
    new_state = ProgressionState(
        prescriptions={**state.prescriptions, **{change.exercise_id: change.after for change in changes}},
        changes=state.changes + tuple(changes),
        recent_triggers=triggers,
        recent_sessions=(*state.recent_sessions, report.day)[-TROUBLE_WINDOW_SESSIONS:],
        advise_physio=advise,
        advice_raised=raised,
    )
    return new_state, tuple(changes)


def preview_after_session(
    program: Program, state: ProgressionState, report: SessionReport, catalogue: Catalogue, *, flare: bool = False
) -> tuple[Change, ...]:
    """The changes the next session will bring if the pain is back to usual tomorrow."""
    return decide(program, state, replace(report, next_day=NextDay.USUAL), catalogue, flare=flare)[1]


def replay(
    program: Program,
    reports_with_flags: Iterable[tuple[SessionReport, bool]],
    catalogue: Catalogue,
    *,
    acknowledged_through: date | None = None,
) -> ProgressionState:
    """The state after deciding on each (report, flare) in the order given.

    `acknowledged_through` is the day the person last acknowledged the advice to contact a physiotherapist:
    advice raised by a session on or before it stays cleared.
    """
    state = initial_state(program)
    for report, flare in reports_with_flags:
        state, _ = decide(program, state, report, catalogue, flare=flare)
    raised = state.advice_raised
    if acknowledged_through is not None and raised is not None and raised <= acknowledged_through:
        state = acknowledge_advice(state)
    return state


def acknowledge_advice(state: ProgressionState) -> ProgressionState:
    return replace(state, advise_physio=False, advice_raised=None)


def lighter_session(prescriptions: Iterable[Prescription]) -> tuple[Prescription, ...]:
    """A lighter dose for one session during a flare: one set fewer, or with one set 70 % of the repetitions."""
    return tuple(
        replace(p, sets=p.sets - 1) if p.sets > 1 else replace(p, reps=max(1, percent_of(p.reps, LIGHTER_REPS_PERCENT)))
        for p in prescriptions
    )


def _reason_to_step_back(report: SessionReport, exercise_id: str) -> Reason | None:
    if exercise_id in report.too_painful:
        return Reason.TOO_PAINFUL
    if not report.was_done(exercise_id):
        return None
    if report.pain_during is not None and report.pain_during > MAX_PAIN_TO_KEEP:
        return Reason.PAIN_DURING_HIGH
    if report.next_day is NextDay.MUCH_WORSE:
        return Reason.NEXT_DAY_MUCH_WORSE
    if report.next_day is NextDay.WORSE:
        return Reason.NEXT_DAY_WORSE
    return None


def _may_progress(state: ProgressionState, report: SessionReport, exercise_id: str, *, flare: bool) -> bool:
    return (
        not flare
        and report.was_done_in_full(exercise_id)
        and report.pain_during is not None
        and report.pain_during <= MAX_PAIN_TO_PROGRESS
        and report.next_day is NextDay.USUAL
        and report.effort is not Effort.TOO_HARD
        and not state.changed_in_week(exercise_id, report.week)
    )


def _progress(state: ProgressionState, report: SessionReport, catalogue: Catalogue, exercise_id: str) -> Change | None:
    current = state.prescriptions[exercise_id]
    stepped = step_up(current, catalogue.by_id[exercise_id])
    if stepped is None:
        return None
    after, step = stepped
    reason = Reason.TOP_OF_RANGE_NEXT_LEVEL if step is Step.LEVEL else Reason.ALL_WELL
    return Change(report.day, report.week, exercise_id, ChangeKind.PROGRESS, step, current, after, reason)


def _regress(
    state: ProgressionState, report: SessionReport, catalogue: Catalogue, exercise_id: str, reason: Reason
) -> Change | None:
    current = state.prescriptions[exercise_id]
    last = state.last_change(exercise_id)
    if last is not None and last.kind is ChangeKind.PROGRESS and last.before is not None and last.after == current:
        after, step = last.before, last.step
    else:
        stepped = step_down(current, catalogue.by_id[exercise_id])
        if stepped is None:
            return None
        after, step = stepped
    return Change(report.day, report.week, exercise_id, ChangeKind.REGRESS, step, current, after, reason)


def _trouble_before(state: ProgressionState, day: date) -> bool:
    """Whether an earlier session had a reason to step back, recently enough to call it repeated trouble."""
    if not state.recent_triggers:
        return False
    last = state.recent_triggers[-1]
    return (day - last).days <= TROUBLE_WINDOW_DAYS or last in state.recent_sessions[-TROUBLE_WINDOW_SESSIONS:]

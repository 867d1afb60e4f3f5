"""When to remind: the reminder moment on a training day in the user's own time zone, whether one is due now,
and which missed training day to mention.

Plain Python over aware datetimes. The reminder time is a wall-clock time in the user's zone: on the night
the clocks go forward a time that does not exist moves to the first minute that does; on the night they go
back a time that happens twice is the first of the two. Moments are returned and compared in UTC: Python
compares two times of one zone by their wall clocks, which is wrong in the hour that happens twice.

A training day is a planned day of the program's calendar (core.schedule) with no session yet, in a week
whose sessions are not all done.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from ledhalsa_desktop.core import schedule

LOOK_AHEAD_DAYS = 21  # the next reminder is searched this far ahead (every week has a planned day)
MISSED_LOOK_BACK_DAYS = 7  # a missed day older than this is not mentioned
LONGEST_GAP_MINUTES = 48 * 60  # a zone once skipped a whole day (Samoa, 2011)


@dataclass(frozen=True)
class Plan:
    """What the reminders need to know about the program: its calendar and the days with a finished session."""

    start: date
    training_days: tuple[int, ...]
    done: frozenset[date] = frozenset()


def exists(naive: datetime, zone: tzinfo) -> bool:
    """Whether the wall time happens in the zone (not skipped by the clocks going forward)."""
    placed = naive.replace(tzinfo=zone, fold=0)
    return placed.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


def local_moment(day: date, at: time, zone: tzinfo) -> datetime:
    """`at` on `day` on the wall clock of `zone`, in UTC: a skipped time moves to the first minute after it
    that exists; a time that happens twice is the first of the two."""
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    candidate = naive
    for _ in range(LONGEST_GAP_MINUTES):
        if exists(candidate, zone):
            return candidate.replace(tzinfo=zone, fold=0).astimezone(UTC)
        candidate = (candidate + timedelta(minutes=1)).replace(second=0, microsecond=0)
    raise ValueError(f"no wall time after {naive} exists in {zone}")


def is_training_day(plan: Plan | None, day: date) -> bool:
    """A planned day of its week with no session yet, while the week still has a session to do."""
    if plan is None or not plan.training_days:
        return False
    week = schedule.week_of(plan.start, day)
    if day in plan.done or day not in schedule.planned_dates(plan.start, plan.training_days, week):
        return False
    done_in_week = sum(1 for done in plan.done if schedule.week_of(plan.start, done) == week)
    return done_in_week < schedule.sessions_planned(week, plan.training_days)


def next_reminder(now: datetime, plan: Plan | None, at: time, zone: tzinfo) -> datetime | None:
    """The first reminder moment strictly after `now`; None without a program or training days."""
    now = now.astimezone(UTC)
    today = now.astimezone(zone).date()
    for offset in range(LOOK_AHEAD_DAYS):
        day = today + timedelta(days=offset)
        if not is_training_day(plan, day):
            continue
        moment = local_moment(day, at, zone)
        if moment > now:
            return moment
    return None


def reminder_due(now: datetime, plan: Plan | None, at: time, zone: tzinfo, shown: Collection[date] = ()) -> date | None:
    """Today's date when its reminder should show now: a training day, at or after its time, not yet shown."""
    now = now.astimezone(UTC)
    today = now.astimezone(zone).date()
    if today in shown or not is_training_day(plan, today):
        return None
    return today if now >= local_moment(today, at, zone) else None


def missed_day(
    today: date, plan: Plan | None, mentioned: Collection[date] = (), look_back: int = MISSED_LOOK_BACK_DAYS
) -> date | None:
    """The most recent training day before today with no session, after the last session (none today) and
    within `look_back` days, unless it has been mentioned already (an older one is then not brought up)."""
    if plan is None or not plan.training_days:
        return None
    last_done = max((day for day in plan.done if day <= today), default=None)
    for back in range(1, look_back + 1):
        day = today - timedelta(days=back)
        if day < plan.start or (last_done is not None and day <= last_done):
            return None
        if is_training_day(plan, day):
            return None if day in mentioned else day
    return None

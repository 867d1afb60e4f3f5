"""Reminders with a fake clock: training days, the reminder time across daylight-saving changes and time zones,
the day boundary, and which missed training day is mentioned."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from ledhalsa_desktop.core.reminders import (
    Plan,
    exists,
    is_training_day,
    local_moment,
    missed_day,
    next_reminder,
    reminder_due,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
SPRING_FORWARD = date(2026, 3, 29)  # last Sunday of March: 02:00 becomes 03:00 in Stockholm
FALL_BACK = date(2026, 10, 25)  # last Sunday of October: 03:00 becomes 02:00 again
MONDAY = date(2026, 11, 2)
TEN = time(10, 0)
EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)


def at(zone: ZoneInfo, day: date, hour: int, minute: int = 0) -> datetime:
    """A wall time in the zone, as UTC (the first of the two in the hour that happens twice)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(UTC)


def monday_plan(days: tuple[int, ...] = (0, 2, 4), done: tuple[date, ...] = ()) -> Plan:
    """A program started on a Monday three weeks earlier: three sessions a week, on its first training days."""
    return Plan(MONDAY - timedelta(weeks=3), days, frozenset(done))


# the calendar


def test_training_days_are_the_planned_days_without_a_session() -> None:
    plan = monday_plan(done=(MONDAY,))
    wednesday, thursday, friday = (MONDAY + timedelta(days=n) for n in (2, 3, 4))
    assert not is_training_day(plan, MONDAY)  # done
    assert is_training_day(plan, wednesday)
    assert not is_training_day(plan, thursday)  # a rest day
    assert is_training_day(plan, friday)


def test_the_first_weeks_plan_two_sessions_on_the_first_two_training_days() -> None:
    plan = Plan(MONDAY, (0, 2, 4))
    assert [is_training_day(plan, MONDAY + timedelta(days=n)) for n in (0, 2, 4)] == [True, True, False]


def test_a_week_whose_sessions_are_all_done_has_no_training_day_left() -> None:
    extra = MONDAY + timedelta(days=1)  # an extra session on Tuesday
    plan = monday_plan(done=(MONDAY, extra, MONDAY + timedelta(days=2)))
    assert not is_training_day(plan, MONDAY + timedelta(days=4))


def test_no_program_or_no_training_days_never_reminds() -> None:
    now = at(STOCKHOLM, MONDAY, 12)
    for plan in (None, Plan(MONDAY - timedelta(weeks=3), ())):
        assert next_reminder(now, plan, TEN, STOCKHOLM) is None
        assert reminder_due(now, plan, TEN, STOCKHOLM) is None
        assert missed_day(MONDAY, plan) is None


def test_days_before_the_program_starts_are_not_training_days() -> None:
    plan = Plan(MONDAY, EVERY_DAY)
    assert not is_training_day(plan, MONDAY - timedelta(days=1))
    assert next_reminder(at(STOCKHOLM, MONDAY - timedelta(days=3), 12), plan, TEN, STOCKHOLM) == at(
        STOCKHOLM, MONDAY, 10
    )


# the next reminder


def test_before_the_time_on_a_training_day_the_reminder_is_today() -> None:
    assert next_reminder(at(STOCKHOLM, MONDAY, 8), monday_plan(), TEN, STOCKHOLM) == at(STOCKHOLM, MONDAY, 10)


def test_after_the_time_the_next_reminder_is_the_next_training_day() -> None:
    wednesday = MONDAY + timedelta(days=2)
    assert next_reminder(at(STOCKHOLM, MONDAY, 10), monday_plan(), TEN, STOCKHOLM) == at(STOCKHOLM, wednesday, 10)


def test_a_session_done_today_moves_the_reminder_to_the_next_training_day() -> None:
    plan = monday_plan(done=(MONDAY,))
    wednesday = MONDAY + timedelta(days=2)
    assert next_reminder(at(STOCKHOLM, MONDAY, 7), plan, TEN, STOCKHOLM) == at(STOCKHOLM, wednesday, 10)


def test_friday_evening_reminds_next_monday() -> None:
    friday = MONDAY + timedelta(days=4)
    next_monday = MONDAY + timedelta(weeks=1)
    assert next_reminder(at(STOCKHOLM, friday, 20), monday_plan(), TEN, STOCKHOLM) == at(STOCKHOLM, next_monday, 10)


def test_the_day_boundary_is_the_users_midnight_not_utc() -> None:
    # 00:30 on Monday in Stockholm is still Sunday in UTC: the reminder is Monday's
    sunday = MONDAY - timedelta(days=1)
    just_after_midnight = at(STOCKHOLM, MONDAY, 0, 30)
    assert just_after_midnight.astimezone(UTC).date() == sunday
    assert reminder_due(just_after_midnight, monday_plan(), time(0, 15), STOCKHOLM) == MONDAY
    assert next_reminder(at(STOCKHOLM, sunday, 23, 59), monday_plan(), time(0, 0), STOCKHOLM) == at(
        STOCKHOLM, MONDAY, 0
    )


# daylight saving


def test_a_time_skipped_in_spring_moves_to_the_first_minute_that_exists() -> None:
    assert not exists(datetime(2026, 3, 29, 2, 30), STOCKHOLM)
    moment = local_moment(SPRING_FORWARD, time(2, 30), STOCKHOLM)
    assert moment == at(STOCKHOLM, SPRING_FORWARD, 3, 0)
    assert moment.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_a_time_that_happens_twice_in_autumn_is_the_first() -> None:
    moment = local_moment(FALL_BACK, time(2, 30), STOCKHOLM)
    assert moment.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # still summer time (+2)


def test_the_reminder_keeps_its_wall_time_across_the_spring_change() -> None:
    plan = Plan(SPRING_FORWARD, (6, 0))  # Sunday and Monday
    saturday_night = at(STOCKHOLM, SPRING_FORWARD - timedelta(days=1), 22)
    moment = next_reminder(saturday_night, plan, TEN, STOCKHOLM)
    assert moment is not None
    assert moment.astimezone(STOCKHOLM).hour == 10
    assert moment.astimezone(UTC) == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    assert moment - saturday_night.astimezone(UTC) == timedelta(hours=11)  # a night one hour shorter


def test_a_skipped_reminder_time_fires_once_at_three_on_the_spring_night() -> None:
    plan = Plan(SPRING_FORWARD, (6, 0))
    before = datetime(2026, 3, 29, 0, 59, tzinfo=UTC)  # 01:59 winter time
    moment = next_reminder(before, plan, time(2, 15), STOCKHOLM)
    assert moment == at(STOCKHOLM, SPRING_FORWARD, 3, 0)
    assert reminder_due(before, plan, time(2, 15), STOCKHOLM) is None
    assert reminder_due(moment, plan, time(2, 15), STOCKHOLM) == SPRING_FORWARD
    assert reminder_due(moment, plan, time(2, 15), STOCKHOLM, shown={SPRING_FORWARD}) is None


def test_a_repeated_reminder_time_fires_once_on_the_autumn_night() -> None:
    plan = Plan(FALL_BACK, (6, 0))
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 summer time
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 winter time
    assert next_reminder(first - timedelta(minutes=1), plan, time(2, 30), STOCKHOLM) == first
    assert reminder_due(first, plan, time(2, 30), STOCKHOLM) == FALL_BACK
    shown = {FALL_BACK}
    assert reminder_due(second, plan, time(2, 30), STOCKHOLM, shown) is None
    for later in (first, second - timedelta(minutes=15)):  # 02:30 summer time and 02:15 winter time are past it
        after = next_reminder(later, plan, time(2, 30), STOCKHOLM)
        assert after is not None and after.astimezone(STOCKHOLM).date() == FALL_BACK + timedelta(days=1)


def test_the_reminder_keeps_its_wall_time_across_the_autumn_change() -> None:
    plan = Plan(FALL_BACK, (6, 0))
    moment = next_reminder(at(STOCKHOLM, FALL_BACK - timedelta(days=1), 22), plan, TEN, STOCKHOLM)
    assert moment is not None and moment.astimezone(UTC) == datetime(2026, 10, 25, 9, 0, tzinfo=UTC)


def test_other_zones_new_york_with_its_own_change_and_tokyo_without() -> None:
    change = date(2026, 3, 8)  # second Sunday of March
    plan = Plan(change, (6, 0))
    moment = next_reminder(datetime(2026, 3, 8, 5, 0, tzinfo=UTC), plan, time(2, 30), NEW_YORK)
    assert moment == at(NEW_YORK, change, 3, 0)
    tokyo = next_reminder(datetime(2026, 3, 7, 12, 0, tzinfo=UTC), plan, TEN, TOKYO)
    assert tokyo is not None and tokyo.astimezone(UTC) == datetime(2026, 3, 8, 1, 0, tzinfo=UTC)


def test_the_same_moment_is_a_different_day_in_another_zone() -> None:
    plan = Plan(MONDAY - timedelta(weeks=3), EVERY_DAY)  # the first three days of each week: Mon, Tue, Wed
    now = datetime(2026, 11, 2, 20, 0, tzinfo=UTC)  # Monday evening in Europe, Tuesday morning in Tokyo
    assert reminder_due(now, plan, time(4, 0), TOKYO) == MONDAY + timedelta(days=1)
    assert reminder_due(now, plan, time(4, 0), STOCKHOLM) == MONDAY


# due now


def test_due_at_or_after_the_time_until_shown_or_done() -> None:
    plan = monday_plan()
    assert reminder_due(at(STOCKHOLM, MONDAY, 9, 59), plan, TEN, STOCKHOLM) is None
    assert reminder_due(at(STOCKHOLM, MONDAY, 10), plan, TEN, STOCKHOLM) == MONDAY
    assert reminder_due(at(STOCKHOLM, MONDAY, 15), plan, TEN, STOCKHOLM) == MONDAY
    assert reminder_due(at(STOCKHOLM, MONDAY, 15), plan, TEN, STOCKHOLM, shown={MONDAY}) is None
    assert reminder_due(at(STOCKHOLM, MONDAY, 15), monday_plan(done=(MONDAY,)), TEN, STOCKHOLM) is None
    assert reminder_due(at(STOCKHOLM, MONDAY + timedelta(days=1), 15), plan, TEN, STOCKHOLM) is None  # rest day


# missed days


def test_a_missed_training_day_is_mentioned_once() -> None:
    plan = monday_plan()  # Monday not done
    tuesday = MONDAY + timedelta(days=1)
    assert missed_day(tuesday, plan) == MONDAY
    assert missed_day(tuesday, plan, mentioned={MONDAY}) is None


def test_only_the_most_recent_missed_day_and_never_an_older_one_after_it() -> None:
    plan = monday_plan()  # Monday and Wednesday missed
    thursday = MONDAY + timedelta(days=3)
    assert missed_day(thursday, plan) == MONDAY + timedelta(days=2)
    assert missed_day(thursday, plan, mentioned={MONDAY + timedelta(days=2)}) is None


def test_nothing_is_missed_before_a_session_done_since_or_today() -> None:
    tuesday, wednesday = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)
    assert missed_day(wednesday, monday_plan(done=(tuesday,))) is None  # an extra session on Tuesday
    assert missed_day(tuesday, monday_plan(done=(tuesday,))) is None  # done today already


def test_nothing_is_missed_before_the_start_or_longer_ago_than_a_week() -> None:
    assert missed_day(MONDAY + timedelta(days=1), Plan(MONDAY + timedelta(days=1), (0, 2, 4))) is None
    far = MONDAY + timedelta(days=11)  # Friday of the next week, whose Monday and Wednesday were missed
    plan = Plan(MONDAY - timedelta(weeks=3), (0, 2))
    assert missed_day(far, plan) == MONDAY + timedelta(days=9)
    assert missed_day(far, plan, look_back=1) is None


# rules with ranges

ZONES = st.sampled_from([STOCKHOLM, NEW_YORK, TOKYO, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("UTC")])
TIMES = st.builds(time, st.integers(0, 23), st.integers(0, 59))
DAYS = st.dates(date(2025, 1, 1), date(2028, 12, 31))
WEEKDAY_SETS = st.sets(st.integers(0, 6), min_size=2).map(lambda days: tuple(sorted(days)))


@settings(max_examples=150, deadline=None)
@given(day=DAYS, wanted=TIMES, zone=ZONES)
def test_the_moment_is_the_wall_time_or_the_first_that_exists_after_it(day: date, wanted: time, zone: ZoneInfo) -> None:
    moment = local_moment(day, wanted, zone)
    wall = moment.astimezone(zone).replace(tzinfo=None)
    asked = datetime.combine(day, wanted)
    assert exists(wall, zone)
    assert wall >= asked
    if wall != asked:  # moved forward out of a gap, to the minute the clocks jumped to
        assert not exists(asked, zone)
        assert not exists(wall - timedelta(minutes=1), zone)


@settings(max_examples=150, deadline=None)
@given(start=DAYS, days=WEEKDAY_SETS, offset=st.integers(0, 200), minute=st.integers(0, 24 * 60 - 1),
       wanted=TIMES, zone=ZONES)  # fmt: skip
def test_the_next_reminder_is_after_now_on_a_training_day_at_its_time(
    start: date, days: tuple[int, ...], offset: int, minute: int, wanted: time, zone: ZoneInfo
) -> None:
    plan = Plan(start, days)
    now = at(zone, start + timedelta(days=offset), 0) + timedelta(minutes=minute)  # real minutes, in UTC
    moment = next_reminder(now, plan, wanted, zone)
    assert moment is not None and moment > now
    day = moment.astimezone(zone).date()
    assert is_training_day(plan, day)
    assert moment == local_moment(day, wanted, zone)
    assert reminder_due(moment, plan, wanted, zone) == day
    assert reminder_due(moment - timedelta(minutes=1), plan, wanted, zone) in (None, now.astimezone(zone).date())

"""The pain diary's rules: what an entry may hold, and the numbers behind the chart, the summary and the list."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.diary import (
    EARLIEST_DAY,
    MAX_MEDICINE_NOTE_LENGTH,
    MAX_NOTE_LENGTH,
    PROBLEM_FIELD,
    ChartRange,
    DiaryEntry,
    Granularity,
    InvalidEntry,
    JointSummary,
    Medicine,
    PainMean,
    Problem,
    Stiffness,
    StoredEntry,
    chart_period,
    check_entry,
    checked_entry,
    daily_means,
    granularity_for,
    group_by_week,
    period_means,
    period_start,
    rounded,
    summary_numbers,
    tidy_note,
    week_of,
)

TODAY = date(2027, 11, 25)  # a Thursday


def an_entry(**changes: object) -> DiaryEntry:
    values: dict[str, object] = {"day": TODAY, "time": time(9, 30), "pains": {Joint.KNEE: 4}}
    values.update(changes)
    return DiaryEntry(**values)  # type: ignore[arg-type]


def test_a_plain_entry_is_fine_and_has_sensible_defaults() -> None:
    entry = an_entry()
    assert check_entry(entry, TODAY) == ()
    assert (entry.stiffness, entry.sleep_disturbed, entry.medicine, entry.flare, entry.note) == (
        None,
        None,
        Medicine.NONE,
        False,
        "",
    )
    assert checked_entry(entry, TODAY) == entry


def test_every_problem_belongs_to_a_field() -> None:
    assert set(PROBLEM_FIELD) == set(Problem)


@given(offset=st.integers(-5000, 5000))
def test_any_day_up_to_today_is_fine_and_never_a_later_one(offset: int) -> None:
    day = TODAY + timedelta(days=offset)
    problems = check_entry(an_entry(day=day), TODAY)
    if day > TODAY:
        assert problems == (Problem.FUTURE_DAY,)
    elif day < EARLIEST_DAY:
        assert problems == (Problem.DAY_TOO_EARLY,)
    else:
        assert problems == ()


@given(pain=st.integers(-20, 30), joint=st.sampled_from(list(Joint)))
def test_pain_is_0_to_10(pain: int, joint: Joint) -> None:
    problems = check_entry(an_entry(pains={Joint.HAND: 3, joint: pain}), TODAY)
    assert (problems == ()) == (0 <= pain <= 10)
    assert problems in ((), (Problem.PAIN_OUT_OF_RANGE,))


@pytest.mark.parametrize("pains", [{Joint.KNEE: 4.5}, {Joint.KNEE: True}, {"elbow": 4}, {Joint.KNEE: "4"}])
def test_pain_is_a_whole_number_for_a_known_joint(pains: dict[object, object]) -> None:
    assert check_entry(an_entry(pains=pains), TODAY) == (Problem.PAIN_OUT_OF_RANGE,)


def test_at_least_one_joint() -> None:
    assert check_entry(an_entry(pains={}), TODAY) == (Problem.NO_PAIN,)


@given(length=st.integers(0, 1300), padding=st.integers(0, 5))
def test_the_note_is_at_most_1000_characters_after_tidying(length: int, padding: int) -> None:
    note = " " * padding + "a" * length + "\n" * padding
    problems = check_entry(an_entry(note=note), TODAY)
    assert (problems == ()) == (length <= MAX_NOTE_LENGTH)


@given(length=st.integers(0, 300))
def test_the_medicine_note_is_at_most_200_characters(length: int) -> None:
    problems = check_entry(an_entry(medicine=Medicine.OTHER, medicine_note="b" * length), TODAY)
    assert (problems == ()) == (length <= MAX_MEDICINE_NOTE_LENGTH)


@pytest.mark.parametrize("medicine", [Medicine.NONE, Medicine.PARACETAMOL, Medicine.ANTI_INFLAMMATORY])
def test_the_medicine_note_goes_only_with_other(medicine: Medicine) -> None:
    assert check_entry(an_entry(medicine=medicine, medicine_note="Alvedon"), TODAY) == (
        Problem.MEDICINE_NOTE_WITHOUT_OTHER,
    )
    assert check_entry(an_entry(medicine=medicine, medicine_note="   "), TODAY) == ()  # only spaces: nothing


def test_every_problem_is_told_at_once() -> None:
    entry = an_entry(
        day=TODAY + timedelta(days=1), pains={}, medicine_note="x" * 201, note="y" * 1001, medicine=Medicine.NONE
    )
    with pytest.raises(InvalidEntry) as raised:
        checked_entry(entry, TODAY)
    assert raised.value.problems == (
        Problem.FUTURE_DAY,
        Problem.NO_PAIN,
        Problem.MEDICINE_NOTE_WITHOUT_OTHER,
        Problem.MEDICINE_NOTE_TOO_LONG,
        Problem.NOTE_TOO_LONG,
    )


def test_tidying_keeps_paragraphs_and_drops_seconds() -> None:
    entry = checked_entry(
        an_entry(
            time=time(21, 5, 59, 1234),
            pains={Joint.HAND: 2, Joint.KNEE: 6},
            medicine=Medicine.OTHER,
            medicine_note="  Voltaren\n  gel ",
            note="  Ont  i  trappan.  \r\n\r\n\r\n\r\nBättre   på kvällen. ",
            stiffness=Stiffness.SEVERE,
        ),
        TODAY,
    )
    assert entry.time == time(21, 5)
    assert list(entry.pains) == [Joint.KNEE, Joint.HAND]
    assert entry.medicine_note == "Voltaren gel"
    assert entry.note == "Ont i trappan.\n\nBättre på kvällen."
    assert tidy_note("a\nb") == "a\nb"


# The chart


def test_ranges_end_today_and_pick_how_finely_they_are_drawn() -> None:
    four = chart_period(ChartRange.FOUR_WEEKS, TODAY, None)
    assert (four.start, four.end, four.granularity) == (TODAY - timedelta(days=27), TODAY, Granularity.DAY)
    twelve = chart_period(ChartRange.TWELVE_WEEKS, TODAY, None)
    assert (twelve.start, twelve.granularity) == (TODAY - timedelta(days=83), Granularity.WEEK)
    assert chart_period(ChartRange.ALL, TODAY, TODAY - timedelta(days=400)).granularity is Granularity.WEEK
    ten_years = chart_period(ChartRange.ALL, TODAY, date(2017, 11, 1))
    assert (ten_years.start, ten_years.granularity) == (date(2017, 11, 1), Granularity.MONTH)
    # all of a new diary still shows four weeks
    assert chart_period(ChartRange.ALL, TODAY, TODAY - timedelta(days=3)).start == four.start
    assert chart_period(ChartRange.ALL, TODAY, None).start == four.start
    assert [granularity_for(days) for days in (1, 42, 43, 730, 731)] == [
        Granularity.DAY,
        Granularity.DAY,
        Granularity.WEEK,
        Granularity.WEEK,
        Granularity.MONTH,
    ]


@given(day=st.dates(date(2000, 1, 1), date(2100, 12, 31)))
def test_periods_start_on_monday_and_on_the_first(day: date) -> None:
    monday = period_start(day, Granularity.WEEK)
    assert monday.weekday() == 0 and 0 <= (day - monday).days < 7
    first = period_start(day, Granularity.MONTH)
    assert first.day == 1 and (first.year, first.month) == (day.year, day.month)
    assert period_start(day, Granularity.DAY) == day


def test_a_day_with_many_entries_counts_once_in_its_week() -> None:
    monday = date(2027, 11, 22)
    entries = [
        an_entry(day=monday, pains={Joint.KNEE: 8}),
        an_entry(day=monday, pains={Joint.KNEE: 6, Joint.HIP: 3}),
        an_entry(day=monday, pains={Joint.KNEE: 4}),
        an_entry(day=monday + timedelta(days=2), pains={Joint.KNEE: 2}),
    ]
    daily = daily_means(entries)
    assert daily == [
        PainMean(monday, Joint.KNEE, 6.0),
        PainMean(monday, Joint.HIP, 3.0),
        PainMean(monday + timedelta(days=2), Joint.KNEE, 2.0),
    ]
    assert period_means(daily, Granularity.WEEK) == [
        PainMean(monday, Joint.KNEE, 4.0, 2),
        PainMean(monday, Joint.HIP, 3.0, 1),
    ]
    assert period_means(daily, Granularity.DAY) == daily


def test_rounding_is_half_up() -> None:
    assert [rounded(value) for value in (4.5, 5.5, 4.49, 0.0, 9.5)] == [5, 6, 4, 0, 10]


def test_the_summary_compares_the_first_week_with_the_last() -> None:
    start = TODAY - timedelta(days=27)
    daily = [PainMean(start + timedelta(days=offset), Joint.KNEE, 6.0) for offset in range(7)]
    daily += [PainMean(start + timedelta(days=offset), Joint.KNEE, 5.0) for offset in range(7, 21)]
    daily += [PainMean(TODAY - timedelta(days=offset), Joint.KNEE, 4.0) for offset in range(7)]
    daily += [PainMean(TODAY - timedelta(days=1), Joint.HAND, 3.0), PainMean(TODAY, Joint.HAND, 2.0)]
    summary = summary_numbers(daily, [Joint.HAND, Joint.KNEE])
    assert summary == [JointSummary(Joint.HAND, 2.5, 2.5, compared=False), JointSummary(Joint.KNEE, 6.0, 4.0)]
    assert (summary[0].last_rounded, summary[1].first_rounded, summary[1].last_rounded) == (3, 6, 4)
    assert summary_numbers([]) == []


@given(days=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 10)), min_size=1, max_size=40))
def test_the_summary_means_stay_within_the_pains_given(days: list[tuple[int, int]]) -> None:
    daily = [PainMean(TODAY - timedelta(days=offset), Joint.HIP, float(pain)) for offset, pain in dict(days).items()]
    (summary,) = summary_numbers(daily)
    pains = [row.mean for row in daily]
    assert min(pains) <= summary.first <= max(pains) and min(pains) <= summary.last <= max(pains)
    span = max(offset for offset, _ in days) - min(offset for offset, _ in days)
    assert summary.compared == (span >= 7)


# The list


def test_weeks_run_monday_to_sunday_newest_first() -> None:
    def stored(entry_id: int, day: date, hour: int) -> StoredEntry:
        return StoredEntry(entry_id, an_entry(day=day, time=time(hour, 0)))

    sunday, monday = date(2027, 11, 28), date(2027, 11, 29)
    groups = group_by_week(
        [stored(1, sunday, 8), stored(2, monday, 9), stored(3, sunday, 20), stored(4, date(2027, 11, 22), 7)]
    )
    assert [(week.number, week.monday, week.sunday) for week, _ in groups] == [
        (48, monday, date(2027, 12, 5)),
        (47, date(2027, 11, 22), sunday),
    ]
    assert [[item.id for item in items] for _, items in groups] == [[2], [3, 1, 4]]
    assert week_of(date(2027, 1, 1)).number == 53 and week_of(date(2027, 1, 1)).year == 2026

"""Progress and the report in the user's language: pain against the start and in context, chair stands against
the norm, sessions done against planned, flares and red flags, the CSV columns, and the disclaimer.

The progress view and the PDF report say the same things with these functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ledhalsa_desktop.core.assessment import AssessmentKind, JointChoice
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.csv_export import (
    NO,
    YES,
    completion_key,
    effort_key,
    medicine_key,
    next_day_key,
    pain_column_key,
    stiffness_key,
)
from ledhalsa_desktop.core.diary import Medicine, Stiffness
from ledhalsa_desktop.core.norms import CERTAIN_CHANGE_STANDS, Change, NormRange
from ledhalsa_desktop.core.progress import (
    BlockKind,
    ChairStandResult,
    PainChange,
    PainSource,
    PainTrend,
    SessionBlock,
    SessionTotals,
)
from ledhalsa_desktop.core.progression import Completion, Effort, NextDay
from ledhalsa_desktop.core.report import FlarePeriod
from ledhalsa_desktop.ui.assessment_texts import grade_name, side_text

EARLY_WEEKS = 8  # before this week, say that most people notice a difference after 6–8 weeks


def number(value: int) -> str:
    return QLocale().toString(value)


def decimal(value: float) -> str:
    """One decimal in the user's language (3,4 or 3.4); a whole number without one (3)."""
    rounded = round(float(value), 1)
    if rounded == int(rounded):
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", 1)


def long_date(day: date) -> str:
    """For example '4 januari 2027' or '4 January 2027'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_date(day: date) -> str:
    """For example '4 jan.' or '4 Jan'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# pain


def pain_start_sentence(change: PainChange) -> str:
    return (
        QCoreApplication.translate("ProgressTexts", "Before you started, on %1, your pain was usually %2 out of 10.")
        .replace("%1", long_date(change.start_day))
        .replace("%2", number(change.start))
    )


def pain_now_sentence(change: PainChange) -> str:
    now = change.now
    if now is None:
        return QCoreApplication.translate(
            "ProgressTexts",
            "There is nothing to compare with yet. Write in your diary how much it hurts, and you will see "
            "here how your pain changes.",
        )
    if now.source is PainSource.RETEST:
        return (
            QCoreApplication.translate("ProgressTexts", "At your retest on %1 it was usually %2 out of 10.")
            .replace("%1", long_date(now.last_day))
            .replace("%2", number(round(now.value)))
        )
    if now.window_days is not None and now.window_days <= 7:
        text = QCoreApplication.translate(
            "ProgressTexts", "In your diary for the last 7 days it is %1 out of 10 on average."
        )
    else:
        text = QCoreApplication.translate(
            "ProgressTexts", "In your diary for the last 4 weeks it is %1 out of 10 on average."
        )
    return text.replace("%1", decimal(now.value))


def pain_change_sentence(change: PainChange) -> str:
    drop, percent, trend = change.drop, change.percent, change.trend
    if drop is None or trend is None:
        return ""
    if trend is PainTrend.ABOUT_THE_SAME:
        return QCoreApplication.translate("ProgressTexts", "That is about the same as when you started.")
    points = decimal(abs(drop))
    if trend is PainTrend.LESS:
        if percent is None:
            return QCoreApplication.translate("ProgressTexts", "That is %1 points less.").replace("%1", points)
        return (
            QCoreApplication.translate("ProgressTexts", "That is %1 points less, or %2 % lower.")
            .replace("%1", points)
            .replace("%2", number(percent))
        )
    return QCoreApplication.translate("ProgressTexts", "That is %1 points more than when you started.").replace(
        "%1", points
    )


def pain_summary(change: PainChange) -> str:
    """The three sentences together: the start, now, and the change."""
    parts = (pain_start_sentence(change), pain_now_sentence(change), pain_change_sentence(change))
    return " ".join(part for part in parts if part)


def pain_headline(change: PainChange) -> str:
    """Short, for the big line: '5 → 3,4'."""
    if change.now is None:
        return number(change.start)
    now = change.now.value
    shown = number(round(now)) if change.now.source is PainSource.RETEST else decimal(now)
    return f"{number(change.start)} → {shown}"


def context_sentence(change: PainChange, joints: Sequence[Joint], week: int) -> str:
    """The result next to what structured exercise programs have shown, in calm words and without promises."""
    if joints and all(joint is Joint.HAND for joint in joints):
        study = QCoreApplication.translate(
            "ProgressTexts",
            "In studies of exercise for osteoarthritis, pain goes down a little on average over a few months, and "
            "grip and movement often get easier.",
        )
    else:
        study = QCoreApplication.translate(
            "ProgressTexts",
            "For comparison: in GLA:D, a Danish program of education and exercise for knee and hip "
            "osteoarthritis, pain went down on average by about 1 point out of 10 (12 out of 100) after 3 months. "
            "Other reports speak of about a third less pain and a quarter better function.",
        )
    parts = [
        study,
        QCoreApplication.translate("ProgressTexts", "Everyone is different, and the effect comes gradually."),
    ]
    if week < EARLY_WEEKS:
        parts.append(
            QCoreApplication.translate(
                "ProgressTexts", "Most people notice a difference after 6 to 8 weeks of regular exercise."
            )
        )
    if change.trend is PainTrend.MORE:
        parts.append(
            QCoreApplication.translate(
                "ProgressTexts",
                "Pain goes up and down. If it has been worse for several weeks, talk to a physiotherapist or your "
                "health centre.",
            )
        )
    return " ".join(parts)


# tests


def test_name(kind: AssessmentKind) -> str:
    return {
        AssessmentKind.START: QCoreApplication.translate("ProgressTexts", "Start"),
        AssessmentKind.WEEK_6: QCoreApplication.translate("ProgressTexts", "Retest, week 6"),
        AssessmentKind.WEEK_12: QCoreApplication.translate("ProgressTexts", "Retest, week 12"),
    }[kind]


def stands_text(result: ChairStandResult) -> str:
    if result.score is None:
        return QCoreApplication.translate("ProgressTexts", "skipped")
    if result.used_arms:
        return QCoreApplication.translate("ProgressTexts", "0 (needed the arms)")
    return number(result.score)


def norm_text(norm: NormRange | None) -> str:
    if norm is None:
        return "–"
    return f"{number(norm.low)}–{number(norm.high)}"


def grade_text(result: ChairStandResult) -> str:
    return grade_name(result.grade) if result.grade is not None else "–"


def stand_change_text(result: ChairStandResult) -> str:
    """The change against the start, with its verdict: '+4: better', '+2: no certain change'."""
    if result.kind is AssessmentKind.START:
        return "–"
    if result.change is None or result.difference is None:
        return QCoreApplication.translate("ProgressTexts", "cannot be compared")
    sign = "+" if result.difference > 0 else ("−" if result.difference < 0 else "±")
    figure = f"{sign}{number(abs(result.difference))}"
    verdict = {
        Change.BETTER: QCoreApplication.translate("ProgressTexts", "better"),
        Change.NO_CERTAIN_CHANGE: QCoreApplication.translate("ProgressTexts", "no certain change"),
        Change.WORSE: QCoreApplication.translate("ProgressTexts", "fewer"),
    }[result.change]
    return f"{figure} ({verdict})"


def stands_rule_sentence() -> str:
    return QCoreApplication.translate(
        "ProgressTexts",
        "The test counts how many times you stand up from a chair in 30 seconds. A change of fewer than %1 "
        "stands can be chance, so it is no certain change.",
    ).replace("%1", number(CERTAIN_CHANGE_STANDS))


# sessions


def done_of_planned(done: int, planned: int) -> str:
    return (
        QCoreApplication.translate("ProgressTexts", "%1 of %2")
        .replace("%1", number(done))
        .replace("%2", number(planned))
    )


def week_name(week: int) -> str:
    return QCoreApplication.translate("ProgressTexts", "Week %1").replace("%1", number(week))


def week_dates(first: date, last: date) -> str:
    return f"{short_date(first)}–{short_date(last)}"


def block_name(block: SessionBlock) -> str:
    weeks = (
        QCoreApplication.translate("ProgressTexts", "weeks %1–%2")
        .replace("%1", number(block.first_week))
        .replace("%2", number(block.last_week))
        if block.first_week != block.last_week
        else QCoreApplication.translate("ProgressTexts", "week %1").replace("%1", number(block.first_week))
    )
    lead = {
        BlockKind.FIRST_HALF: QCoreApplication.translate("ProgressTexts", "The program, %1"),
        BlockKind.SECOND_HALF: QCoreApplication.translate("ProgressTexts", "The program, %1"),
        BlockKind.MAINTENANCE: QCoreApplication.translate("ProgressTexts", "Keeping it going, %1"),
        BlockKind.LAST_FOUR_WEEKS: QCoreApplication.translate("ProgressTexts", "The last four weeks, %1"),
    }[block.kind]
    return lead.replace("%1", weeks)


def totals_sentence(total: SessionTotals) -> str:
    if total.planned == 0:
        return QCoreApplication.translate("ProgressTexts", "No sessions were planned yet.")
    return (
        QCoreApplication.translate(
            "ProgressTexts", "Since the start you have done %1 of the %2 sessions planned so far (%3 %)."
        )
        .replace("%1", number(total.done))
        .replace("%2", number(total.planned))
        .replace("%3", number(total.percent or 0))
    )


# events


def joints_text(joints: Sequence[JointChoice]) -> str:
    """For example 'Höger knä och höger höft': the first with a capital letter, the rest in lower case."""
    names = [side_text(choice.joint, choice.side) for choice in joints]
    names = names[:1] + [name[:1].lower() + name[1:] for name in names[1:]]
    return QLocale().createSeparatedList(names)


def flare_text(flare: FlarePeriod) -> str:
    if flare.ended_on is None:
        return QCoreApplication.translate("ProgressTexts", "From %1, not marked as over").replace(
            "%1", long_date(flare.started_on)
        )
    if flare.ended_on == flare.started_on:
        return long_date(flare.started_on)
    return f"{long_date(flare.started_on)} – {long_date(flare.ended_on)}"


def disclaimer() -> str:
    return QCoreApplication.translate(
        "ProgressTexts",
        "Ledhälsa is not a medical product and does not replace an examination. With serious or worsening "
        "symptoms, contact healthcare: in Sweden, call 1177.",
    )


# the CSV files


def csv_words() -> dict[str, str]:
    """Every word the CSV export needs (core.csv_export's keys), in the user's language."""
    words = {
        "column.date": QCoreApplication.translate("ProgressTexts", "Date"),
        "column.time": QCoreApplication.translate("ProgressTexts", "Time"),
        "column.week": QCoreApplication.translate("ProgressTexts", "Program week"),
        "column.completed": QCoreApplication.translate("ProgressTexts", "Done"),
        "column.pain_during": QCoreApplication.translate("ProgressTexts", "Pain during (0–10)"),
        "column.effort": QCoreApplication.translate("ProgressTexts", "Effort"),
        "column.exercises_done": QCoreApplication.translate("ProgressTexts", "Exercises done"),
        "column.exercises_in_session": QCoreApplication.translate("ProgressTexts", "Exercises in the session"),
        "column.lighter": QCoreApplication.translate("ProgressTexts", "Lighter session"),
        "column.next_day": QCoreApplication.translate("ProgressTexts", "The day after"),
        "column.note": QCoreApplication.translate("ProgressTexts", "Note"),
        completion_key(Completion.ALL): QCoreApplication.translate("ProgressTexts", "all"),
        completion_key(Completion.PARTIAL): QCoreApplication.translate("ProgressTexts", "partly"),
        completion_key(Completion.NONE): QCoreApplication.translate("ProgressTexts", "not done"),
        effort_key(Effort.LIGHT): QCoreApplication.translate("ProgressTexts", "light"),
        effort_key(Effort.JUST_RIGHT): QCoreApplication.translate("ProgressTexts", "just right"),
        effort_key(Effort.HARD): QCoreApplication.translate("ProgressTexts", "hard"),
        effort_key(Effort.TOO_HARD): QCoreApplication.translate("ProgressTexts", "too hard"),
        next_day_key(NextDay.USUAL): QCoreApplication.translate("ProgressTexts", "as usual"),
        next_day_key(NextDay.WORSE): QCoreApplication.translate("ProgressTexts", "worse"),
        next_day_key(NextDay.MUCH_WORSE): QCoreApplication.translate("ProgressTexts", "much worse"),
        pain_column_key(Joint.KNEE): QCoreApplication.translate("ProgressTexts", "Pain, knee (0–10)"),
        pain_column_key(Joint.HIP): QCoreApplication.translate("ProgressTexts", "Pain, hip (0–10)"),
        pain_column_key(Joint.HAND): QCoreApplication.translate("ProgressTexts", "Pain, hand (0–10)"),
        "column.stiffness": QCoreApplication.translate("ProgressTexts", "Stiffness"),
        "column.sleep_disturbed": QCoreApplication.translate("ProgressTexts", "Sleep disturbed by pain"),
        "column.medicine": QCoreApplication.translate("ProgressTexts", "Pain medicine"),
        "column.medicine_note": QCoreApplication.translate("ProgressTexts", "Which medicine"),
        "column.flare": QCoreApplication.translate("ProgressTexts", "Flare"),
        stiffness_key(Stiffness.NONE): QCoreApplication.translate("ProgressTexts", "none"),
        stiffness_key(Stiffness.MILD): QCoreApplication.translate("ProgressTexts", "mild"),
        stiffness_key(Stiffness.MODERATE): QCoreApplication.translate("ProgressTexts", "moderate"),
        stiffness_key(Stiffness.SEVERE): QCoreApplication.translate("ProgressTexts", "severe"),
        medicine_key(Medicine.NONE): QCoreApplication.translate("ProgressTexts", "none"),
        medicine_key(Medicine.PARACETAMOL): QCoreApplication.translate("ProgressTexts", "paracetamol"),
        medicine_key(Medicine.ANTI_INFLAMMATORY): QCoreApplication.translate("ProgressTexts", "anti-inflammatory"),
        medicine_key(Medicine.OTHER): QCoreApplication.translate("ProgressTexts", "other"),
        YES: QCoreApplication.translate("ProgressTexts", "yes"),
        NO: QCoreApplication.translate("ProgressTexts", "no"),
    }
    return words

"""The pain diary's words in the user's language: joints, answers, problems, week headings and the summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.diary import (
    MAX_MEDICINE_NOTE_LENGTH,
    MAX_NOTE_LENGTH,
    ChartRange,
    DiaryEntry,
    Granularity,
    JointSummary,
    Medicine,
    Problem,
    Stiffness,
    Week,
)


def number(value: int | float) -> str:
    return QLocale().toString(value)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def joint_name(joint: Joint) -> str:
    """The joint on a button or in a list: 'Knä', 'Knee'."""
    return {
        Joint.KNEE: QCoreApplication.translate("DiaryTexts", "Knee"),
        Joint.HIP: QCoreApplication.translate("DiaryTexts", "Hip"),
        Joint.HAND: QCoreApplication.translate("DiaryTexts", "Hand"),
    }[joint]


def joint_in_sentence(joint: Joint) -> str:
    """The joint after 'in' in a sentence: 'knät', 'your knee'."""
    return {
        Joint.KNEE: QCoreApplication.translate("DiaryTexts", "your knee"),
        Joint.HIP: QCoreApplication.translate("DiaryTexts", "your hip"),
        Joint.HAND: QCoreApplication.translate("DiaryTexts", "your hand"),
    }[joint]


def pain_question(joint: Joint) -> str:
    return {
        Joint.KNEE: QCoreApplication.translate("DiaryTexts", "How much does your knee hurt?"),
        Joint.HIP: QCoreApplication.translate("DiaryTexts", "How much does your hip hurt?"),
        Joint.HAND: QCoreApplication.translate("DiaryTexts", "How much does your hand hurt?"),
    }[joint]


def pain_missing(joint: Joint) -> str:
    return {
        Joint.KNEE: QCoreApplication.translate("DiaryTexts", "Choose how much your knee hurts, from 0 to 10."),
        Joint.HIP: QCoreApplication.translate("DiaryTexts", "Choose how much your hip hurts, from 0 to 10."),
        Joint.HAND: QCoreApplication.translate("DiaryTexts", "Choose how much your hand hurts, from 0 to 10."),
    }[joint]


def stiffness_name(stiffness: Stiffness) -> str:
    return {
        Stiffness.NONE: QCoreApplication.translate("DiaryTexts", "Not stiff"),
        Stiffness.MILD: QCoreApplication.translate("DiaryTexts", "A little stiff"),
        Stiffness.MODERATE: QCoreApplication.translate("DiaryTexts", "Quite stiff"),
        Stiffness.SEVERE: QCoreApplication.translate("DiaryTexts", "Very stiff"),
    }[stiffness]


def medicine_choice(medicine: Medicine) -> str:
    """The answer on its button."""
    return {
        Medicine.NONE: QCoreApplication.translate("DiaryTexts", "No"),
        Medicine.PARACETAMOL: QCoreApplication.translate("DiaryTexts", "Paracetamol"),
        Medicine.ANTI_INFLAMMATORY: QCoreApplication.translate("DiaryTexts", "Anti-inflammatory"),
        Medicine.OTHER: QCoreApplication.translate("DiaryTexts", "Something else"),
    }[medicine]


def medicine_hint() -> str:
    """Which common medicines the answers mean (the buttons stay short enough for large text)."""
    return QCoreApplication.translate(
        "DiaryTexts", "Paracetamol is for example Alvedon. Anti-inflammatory is for example Ipren or Voltaren."
    )


def medicine_sentence(medicine: Medicine, note: str) -> str:
    """What was taken, as the list says it; empty for none."""
    if medicine is Medicine.PARACETAMOL:
        return QCoreApplication.translate("DiaryTexts", "Took paracetamol.")
    if medicine is Medicine.ANTI_INFLAMMATORY:
        return QCoreApplication.translate("DiaryTexts", "Took an anti-inflammatory.")
    if medicine is Medicine.OTHER:
        return (
            QCoreApplication.translate("DiaryTexts", "Took: %1.").replace("%1", note)
            if note
            else QCoreApplication.translate("DiaryTexts", "Took something else for the pain.")
        )
    return ""


def problem_text(problem: Problem, *, note_length: int = 0, today: date | None = None) -> str:
    """What is wrong and what to do, to show next to the field."""
    if problem is Problem.FUTURE_DAY:
        return QCoreApplication.translate("DiaryTexts", "That day has not come yet. Choose today or an earlier day.")
    if problem is Problem.DAY_TOO_EARLY:
        return QCoreApplication.translate("DiaryTexts", "Choose a day in the year 2000 or later.")
    if problem is Problem.NO_PAIN:
        return QCoreApplication.translate("DiaryTexts", "Choose at least one joint and how much it hurts.")
    if problem is Problem.PAIN_OUT_OF_RANGE:
        return QCoreApplication.translate("DiaryTexts", "Choose the pain from 0 to 10.")
    if problem is Problem.MEDICINE_NOTE_TOO_LONG:
        return QCoreApplication.translate("DiaryTexts", "Write at most %1 characters about the medicine.").replace(
            "%1", number(MAX_MEDICINE_NOTE_LENGTH)
        )
    if problem is Problem.MEDICINE_NOTE_WITHOUT_OTHER:
        return QCoreApplication.translate("DiaryTexts", "Choose “Something else” to write what you took.")
    return (
        QCoreApplication.translate(
            "DiaryTexts", "The note can be at most %1 characters. It is %2 now: shorten it a little."
        )
        .replace("%1", number(MAX_NOTE_LENGTH))
        .replace("%2", number(note_length))
    )


def date_field_text(day: date) -> str:
    """The date as it is typed in the date field: '2027-11-25' in Swedish, '25/11/2027' in English."""
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def parse_date(text: str) -> date | None:
    """A typed date in the user's short format, or as 2027-11-25; None when it is not a date."""
    cleaned = text.strip()
    locale = QLocale()
    formats = [locale.dateFormat(QLocale.FormatType.ShortFormat), "yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy"]
    for pattern in formats:
        parsed = QDate.fromString(cleaned, pattern)
        if not parsed.isValid() and "yy" in pattern and "yyyy" not in pattern:
            parsed = QDate.fromString(cleaned, pattern.replace("yy", "yyyy"))
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    return None


def parse_time(text: str) -> time | None:
    """'8:30', '08.30' or '0830' as 08:30; None when it is not a time of day."""
    cleaned = text.strip().replace(".", ":").replace(" ", "")
    if cleaned.isdigit() and len(cleaned) in (3, 4):
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}"
    elif cleaned.isdigit() and len(cleaned) in (1, 2):
        cleaned = f"{cleaned}:00"
    parts = cleaned.split(":")
    if len(parts) != 2 or not all(part.isdigit() for part in parts) or len(parts[1]) != 2:
        return None
    hour, minute = int(parts[0]), int(parts[1])
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def time_text(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def day_with_weekday(day: date) -> str:
    """'torsdag 25 november', 'Thursday 25 November'."""
    return QLocale().toString(qdate(day), "dddd d MMMM")


def relative_day(day: date, today: date, *, in_sentence: bool = False) -> str:
    """'Today, Thursday 25 November', 'Yesterday, …', or the day (with its year when another year).

    in_sentence gives the form inside a sentence: 'today, torsdag 25 november', 'today, Thursday 25 November'.
    """
    if day == today:
        text = (
            QCoreApplication.translate("DiaryTexts", "today, %1")
            if in_sentence
            else QCoreApplication.translate("DiaryTexts", "Today, %1")
        )
        return text.replace("%1", day_with_weekday(day))
    if (today - day).days == 1:
        text = (
            QCoreApplication.translate("DiaryTexts", "yesterday, %1")
            if in_sentence
            else QCoreApplication.translate("DiaryTexts", "Yesterday, %1")
        )
        return text.replace("%1", day_with_weekday(day))
    text = QLocale().toString(qdate(day), "dddd d MMMM yyyy") if day.year != today.year else day_with_weekday(day)
    return text if in_sentence else capitalised(text)


def entry_when(entry: DiaryEntry, today: date, *, in_sentence: bool = False) -> str:
    """'Torsdag 25 november kl. 08:30', 'Thursday 25 November at 08:30' (in a sentence: 'torsdag …')."""
    if entry.day.year != today.year:
        day = QLocale().toString(qdate(entry.day), "dddd d MMMM yyyy")
    else:
        day = day_with_weekday(entry.day)
    text = QCoreApplication.translate("DiaryTexts", "%1 at %2").replace("%1", day).replace("%2", time_text(entry.time))
    return text if in_sentence else capitalised(text)


def pains_text(entry: DiaryEntry) -> str:
    """'Smärta: knä 5, hand 2'."""
    parts = [f"{joint_name(joint).lower()} {number(entry.pains[joint])}" for joint in entry.joints]
    return QCoreApplication.translate("DiaryTexts", "Pain: %1").replace("%1", ", ".join(parts))


def details_text(entry: DiaryEntry) -> str:
    """Stiffness, sleep, medicine and flare, in short sentences; empty when none were answered."""
    parts: list[str] = []
    if entry.flare:
        parts.append(QCoreApplication.translate("DiaryTexts", "A flare."))
    if entry.stiffness is not None:
        parts.append(f"{stiffness_name(entry.stiffness)}.")
    if entry.sleep_disturbed is True:
        parts.append(QCoreApplication.translate("DiaryTexts", "The pain disturbed my sleep."))
    elif entry.sleep_disturbed is False:
        parts.append(QCoreApplication.translate("DiaryTexts", "The pain did not disturb my sleep."))
    medicine = medicine_sentence(entry.medicine, entry.medicine_note)
    if medicine:
        parts.append(medicine)
    return " ".join(parts)


def week_heading(week: Week, today: date) -> str:
    """'Vecka 48, 23–29 november', 'Week 1, 29 December – 4 January 2027'."""
    locale = QLocale()
    monday, sunday = week.monday, week.sunday
    with_year = sunday.year != today.year or monday.year != today.year
    last = locale.toString(qdate(sunday), "d MMMM yyyy" if with_year else "d MMMM")
    if monday.month == sunday.month:
        days = f"{locale.toString(monday.day)}–{last}"
    elif monday.year == sunday.year or not with_year:
        days = f"{locale.toString(qdate(monday), 'd MMMM')} – {last}"
    else:
        days = f"{locale.toString(qdate(monday), 'd MMMM yyyy')} – {last}"
    return (
        QCoreApplication.translate("DiaryTexts", "Week %1, %2")
        .replace("%1", locale.toString(week.number))
        .replace("%2", days)
    )


def range_name(chart_range: ChartRange) -> str:
    return {
        ChartRange.FOUR_WEEKS: QCoreApplication.translate("DiaryTexts", "4 weeks"),
        ChartRange.TWELVE_WEEKS: QCoreApplication.translate("DiaryTexts", "12 weeks"),
        ChartRange.ALL: QCoreApplication.translate("DiaryTexts", "All"),
    }[chart_range]


def range_button_name(chart_range: ChartRange) -> str:
    """What a screen reader says for a range button."""
    return {
        ChartRange.FOUR_WEEKS: QCoreApplication.translate("DiaryTexts", "Show the last 4 weeks"),
        ChartRange.TWELVE_WEEKS: QCoreApplication.translate("DiaryTexts", "Show the last 12 weeks"),
        ChartRange.ALL: QCoreApplication.translate("DiaryTexts", "Show everything"),
    }[chart_range]


def range_phrase(chart_range: ChartRange, start: date) -> str:
    """How the summary sentence ends: 'de senaste 4 veckorna', 'sedan 4 januari 2027'."""
    if chart_range is ChartRange.FOUR_WEEKS:
        return QCoreApplication.translate("DiaryTexts", "over the last 4 weeks")
    if chart_range is ChartRange.TWELVE_WEEKS:
        return QCoreApplication.translate("DiaryTexts", "over the last 12 weeks")
    return QCoreApplication.translate("DiaryTexts", "since %1").replace(
        "%1", QLocale().toString(qdate(start), "d MMMM yyyy")
    )


def summary_sentence(summaries: Sequence[JointSummary], chart_range: ChartRange, start: date) -> str:
    """One sentence per joint: 'Din smärta i knät har gått från i snitt 6 till 4 de senaste 4 veckorna.'"""
    phrase = range_phrase(chart_range, start)
    if not summaries:
        return QCoreApplication.translate("DiaryTexts", "You have no diary entries %1.").replace("%1", phrase)
    sentences = []
    for item in summaries:
        joint = joint_in_sentence(item.joint)
        if not item.compared:
            text = QCoreApplication.translate("DiaryTexts", "The pain in %1 has averaged %2 %3.").replace(
                "%2", number(item.last_rounded)
            )
            text = text.replace("%3", phrase)
        elif item.first_rounded == item.last_rounded:
            text = QCoreApplication.translate(
                "DiaryTexts", "The pain in %1 has stayed at an average of %2 %3."
            ).replace("%2", number(item.last_rounded))
            text = text.replace("%3", phrase)
        else:
            text = (
                QCoreApplication.translate("DiaryTexts", "The pain in %1 has gone from an average of %2 to %3 %4.")
                .replace("%2", number(item.first_rounded))
                .replace("%3", number(item.last_rounded))
                .replace("%4", phrase)
            )
        sentences.append(capitalised(text.replace("%1", joint)))
    return " ".join(sentences)


def granularity_caption(granularity: Granularity) -> str:
    return {
        Granularity.DAY: QCoreApplication.translate(
            "DiaryTexts", "Each point is a day (the average, if you wrote more than once)."
        ),
        Granularity.WEEK: QCoreApplication.translate("DiaryTexts", "Each point is the average of a week."),
        Granularity.MONTH: QCoreApplication.translate("DiaryTexts", "Each point is the average of a month."),
    }[granularity]

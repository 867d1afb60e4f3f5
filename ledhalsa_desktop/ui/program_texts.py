"""The program's codes in the user's language: why an exercise is there, and each change in one sentence."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ledhalsa_desktop import content
from ledhalsa_desktop.core.dose_steps import Step
from ledhalsa_desktop.core.prescription import Prescription
from ledhalsa_desktop.core.progression import Change, ChangeKind, Reason
from ledhalsa_desktop.ui.exercise_texts import dose_text


def exercise_name(exercise_id: str, language: str) -> str:
    exercise = content.catalogue().by_id.get(exercise_id)
    return exercise.name.get(language) if exercise is not None else exercise_id


def level_name(prescription: Prescription, language: str) -> str:
    exercise = content.catalogue().by_id.get(prescription.exercise_id)
    if exercise is None:
        return prescription.exercise_id
    return exercise.level(prescription.level).name.get(language)


def prescription_text(prescription: Prescription) -> str:
    """The dose in words; a program often starts with one set, which reads "1 set", not "1 sets"."""
    if prescription.sets != 1:
        return dose_text(prescription.sets, prescription.reps, prescription.hold_seconds)
    locale = QLocale()
    if prescription.hold_seconds:
        text = QCoreApplication.translate("ProgramTexts", "1 set of %1 holds, %2 seconds each")
        return text.replace("%1", locale.toString(prescription.reps)).replace(
            "%2", locale.toString(prescription.hold_seconds)
        )
    text = QCoreApplication.translate("ProgramTexts", "1 set of %1 repetitions")
    return text.replace("%1", locale.toString(prescription.reps))


def why_sentence(why: str) -> str:
    return {
        "warm_up": QCoreApplication.translate(
            "ProgramTexts", "Warms up the joints and muscles so the rest of the session feels easier."
        ),
        "core_stability": QCoreApplication.translate(
            "ProgramTexts", "Strengthens your back, stomach and buttocks, which carry and steady the legs."
        ),
        "postural_orientation": QCoreApplication.translate(
            "ProgramTexts", "Teaches the knee to stay over the foot, which spreads the load evenly in the joint."
        ),
        "strength": QCoreApplication.translate(
            "ProgramTexts", "Builds the thigh and hip muscles that absorb the shocks the joint would otherwise take."
        ),
        "functional": QCoreApplication.translate(
            "ProgramTexts", "Practises everyday movements and balance, so stairs and walking feel safer."
        ),
        "hand_mobility": QCoreApplication.translate(
            "ProgramTexts", "Keeps the finger joints moving, which eases stiffness and feeds the cartilage."
        ),
        "grip_strength": QCoreApplication.translate(
            "ProgramTexts", "Strengthens your grip for jars, bags and door handles."
        ),
        "thumb": QCoreApplication.translate(
            "ProgramTexts", "Keeps the thumb strong and mobile, which protects its sensitive base joint."
        ),
        "fine_motor": QCoreApplication.translate(
            "ProgramTexts", "Trains fine control of each finger for buttons, writing and small things."
        ),
    }.get(why, "")


def _step_part(change: Change, language: str) -> str:
    before, after = change.before, change.after
    locale = QLocale()
    if change.step is Step.LEVEL:
        text = QCoreApplication.translate("ProgramTexts", "the level changes to “%1” with %2")
        return text.replace("%1", level_name(after, language)).replace("%2", prescription_text(after))
    if change.step is Step.HOLD and before is not None:
        text = QCoreApplication.translate("ProgramTexts", "each hold is %1 seconds instead of %2")
        return text.replace("%1", locale.toString(after.hold_seconds)).replace(
            "%2", locale.toString(before.hold_seconds)
        )
    if before is not None:
        text = QCoreApplication.translate("ProgramTexts", "%1 repetitions a set instead of %2")
        return text.replace("%1", locale.toString(after.reps)).replace("%2", locale.toString(before.reps))
    return prescription_text(after)


def reason_text(reason: Reason) -> str:
    return {
        Reason.START: QCoreApplication.translate("ProgramTexts", "this is where you start, lower than you may think"),
        Reason.ALL_WELL: QCoreApplication.translate(
            "ProgramTexts",
            "the last session went well: you did it all, the pain stayed at 4 or lower and was back "
            "to usual the next day",
        ),
        Reason.TOP_OF_RANGE_NEXT_LEVEL: QCoreApplication.translate(
            "ProgramTexts", "you have reached the top of this level and the last session went well"
        ),
        Reason.PAIN_DURING_HIGH: QCoreApplication.translate(
            "ProgramTexts", "the pain during the last session was above 5"
        ),
        Reason.NEXT_DAY_WORSE: QCoreApplication.translate(
            "ProgramTexts", "the pain was not back to usual the day after"
        ),
        Reason.NEXT_DAY_MUCH_WORSE: QCoreApplication.translate(
            "ProgramTexts", "the pain was much worse than usual the day after"
        ),
        Reason.TOO_PAINFUL: QCoreApplication.translate("ProgramTexts", "you said it hurt too much"),
    }[reason]


def change_sentence(change: Change, language: str) -> str:
    """One plain sentence: what changed in which exercise, and why."""
    name = exercise_name(change.exercise_id, language)
    if change.kind is ChangeKind.START:
        text = QCoreApplication.translate("ProgramTexts", "%1: %2, because %3.")
    elif change.kind is ChangeKind.PROGRESS:
        text = QCoreApplication.translate("ProgramTexts", "%1 gets a little harder: %2, because %3.")
    else:
        text = QCoreApplication.translate("ProgramTexts", "%1 gets a little easier: %2, because %3.")
    return (
        text.replace("%1", name).replace("%2", _step_part(change, language)).replace("%3", reason_text(change.reason))
    )


def day_text(day: date, *, with_weekday: bool = True) -> str:
    """For example 'onsdag 6 januari' or 'Wednesday 6 January'."""
    pattern = "dddd d MMMM" if with_weekday else "d MMMM"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def relative_day_text(day: date, today: date) -> str:
    if day == today:
        return QCoreApplication.translate("ProgramTexts", "today")
    if (day - today).days == 1:
        return QCoreApplication.translate("ProgramTexts", "tomorrow")
    return day_text(day)


def weekday_name(weekday: int) -> str:
    """The full name of a weekday, 0 = Monday."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def grouped_changes(changes: Iterable[Change], language: str) -> list[tuple[str, list[str]]]:
    """Changes told briefly: (sentence, lines) pairs, the changes with the same kind and reason sharing one.

    A single change is its own sentence with no lines; a group reads as, for example,
    "These get a little harder, because …:" with one "exercise: what changes" line each.
    """
    groups: dict[tuple[ChangeKind, Reason], list[Change]] = {}
    for change in changes:
        if change.kind is not ChangeKind.START:
            groups.setdefault((change.kind, change.reason), []).append(change)
    told: list[tuple[str, list[str]]] = []
    for (kind, reason), members in groups.items():
        if len(members) == 1:
            told.append((change_sentence(members[0], language), []))
            continue
        if kind is ChangeKind.PROGRESS:
            lead = QCoreApplication.translate("ProgramTexts", "These get a little harder, because %1:")
        else:
            lead = QCoreApplication.translate("ProgramTexts", "These get a little easier, because %1:")
        lines = [f"{exercise_name(item.exercise_id, language)}: {_step_part(item, language)}" for item in members]
        told.append((lead.replace("%1", reason_text(reason)), lines))
    return told


def changes_text(changes: Iterable[Change], language: str) -> str:
    """The grouped changes as plain text, with a bullet before each line of a group."""
    return "\n\n".join(
        "\n".join([sentence, *(f"• {line}" for line in lines)])
        for sentence, lines in grouped_changes(changes, language)
    )

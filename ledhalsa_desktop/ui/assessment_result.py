"""The page after the assessment: a plain summary, the chair stands against the norm, the starting level and
why, what happens next and the training days. After a retest: the comparison with the start instead."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from ledhalsa_desktop import content
from ledhalsa_desktop.core.assessment import Assessment, compare
from ledhalsa_desktop.core.norms import CERTAIN_CHANGE_STANDS, Change, NormGrade, balance_mean_seconds, chair_stand_norm
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.core.program import (
    DEFAULT_TRAINING_DAYS,
    LEVEL_TWO_CHAIR_STAND,
    LEVEL_TWO_MAX_PAIN,
    LEVEL_TWO_MIN_FUNCTION,
    ProgramInputs,
    build_program,
)
from ledhalsa_desktop.core.schedule import TRAINING_DAYS_RANGE
from ledhalsa_desktop.ui.assessment_steps import Step
from ledhalsa_desktop.ui.assessment_texts import day_name, grade_name, number
from ledhalsa_desktop.ui.flow_layout import FlowLayout
from ledhalsa_desktop.ui.widgets import button, card, text_label

DAYS = tuple(range(7))  # 0 = Monday, as date.weekday()


# the sentences
def pain_sentence(assessment: Assessment) -> str:
    return (
        QCoreApplication.translate(
            "AssessmentResult", "Your pain right now is %1 out of 10, and during the last week it was usually %2."
        )
        .replace("%1", number(assessment.pain_now))
        .replace("%2", number(assessment.pain_last_week))
    )


def function_words(score: int) -> str:
    if score >= 90:
        return QCoreApplication.translate("AssessmentResult", "Everyday things are hardly ever difficult for you.")
    if score >= 70:
        return QCoreApplication.translate("AssessmentResult", "Some everyday things are a little difficult for you.")
    if score >= 50:
        return QCoreApplication.translate("AssessmentResult", "Several everyday things are quite difficult for you.")
    if score >= 25:
        return QCoreApplication.translate("AssessmentResult", "Many everyday things are very difficult for you.")
    return QCoreApplication.translate("AssessmentResult", "Most everyday things are very hard for you right now.")


def function_sentence(score: int) -> str:
    text = QCoreApplication.translate(
        "AssessmentResult",
        "Your function score is %1 out of 100. It is the program's own measure: 100 means that nothing is difficult.",
    )
    return text.replace("%1", number(score)) + " " + function_words(score)


def norm_group(sex: Sex | None) -> str:
    if sex is Sex.FEMALE:
        return QCoreApplication.translate("AssessmentResult", "women")
    if sex is Sex.MALE:
        return QCoreApplication.translate("AssessmentResult", "men")
    return QCoreApplication.translate("AssessmentResult", "women and men")


def chair_stand_sentence(assessment: Assessment) -> str:
    """What the chair stands were, and how they compare with the normal range for the age and sex."""
    result = assessment.chair_stand
    if result is None:
        return QCoreApplication.translate(
            "AssessmentResult", "You skipped the chair stand test. You can do it at the retest in week 6."
        )
    if result.used_arms:
        done = QCoreApplication.translate(
            "AssessmentResult", "You needed your arms to stand up, so the test counts as 0."
        )
    else:
        done = QCoreApplication.translate("AssessmentResult", "You stood up %1 times in 30 seconds.").replace(
            "%1", number(result.stands)
        )
    grade, age = assessment.chair_stand_grade, assessment.age
    if grade is None or age is None:
        return done
    norm = chair_stand_norm(age, assessment.sex)
    normal = (
        QCoreApplication.translate("AssessmentResult", "For %1 aged %2–%3, the normal range is %4–%5 times.")
        .replace("%1", norm_group(assessment.sex))
        .replace("%2", number(norm.first_age))
        .replace("%3", number(norm.last_age))
        .replace("%4", number(norm.low))
        .replace("%5", number(norm.high))
    )
    verdict = QCoreApplication.translate("AssessmentResult", "Your result is %1.").replace("%1", grade_name(grade))
    comfort = {
        NormGrade.BELOW: QCoreApplication.translate(
            "AssessmentResult", "That is common with osteoarthritis, and it is just what the exercises train."
        ),
        NormGrade.WITHIN: QCoreApplication.translate("AssessmentResult", "The exercises help you keep it that way."),
        NormGrade.ABOVE: QCoreApplication.translate("AssessmentResult", "Well done!"),
    }[grade]
    return " ".join((done, normal, verdict, comfort))


def balance_sentence(assessment: Assessment) -> str:
    if assessment.balance_seconds is None:
        return QCoreApplication.translate("AssessmentResult", "You skipped the balance test.")
    text = QCoreApplication.translate("AssessmentResult", "You stood on one leg for %1 seconds.").replace(
        "%1", number(assessment.balance_seconds)
    )
    if assessment.age is None:
        return text
    mean = QCoreApplication.translate(
        "AssessmentResult", "On average, people of your age manage about %1 seconds."
    ).replace("%1", number(balance_mean_seconds(assessment.age)))
    if assessment.balance_seconds >= balance_mean_seconds(assessment.age):
        return f"{text} {mean}"
    practice = QCoreApplication.translate(
        "AssessmentResult", "Balance gets better with practice, and the exercises train it."
    )
    return f"{text} {mean} {practice}"


def program_grade(assessment: Assessment) -> NormGrade | None:
    """The chair-stand grade as the program builder takes it: None when skipped or the arms were needed."""
    if assessment.chair_stand is None or assessment.chair_stand.used_arms:
        return None
    return assessment.chair_stand_grade


def starting_level(assessment: Assessment, training_days: Sequence[int] = DEFAULT_TRAINING_DAYS) -> int:
    """The level the program starts at, from the program builder itself."""
    inputs = ProgramInputs(
        joints=assessment.affected_joints,
        function_score=assessment.function_score,
        chair_stand=program_grade(assessment),
        pain_now=assessment.pain_now,
        start_date=assessment.taken_on,
        training_days=tuple(training_days),
    )
    program = build_program(inputs, content.catalogue())
    return max(item.start.level for item in program.exercises)


def level_reasons(assessment: Assessment) -> list[str]:
    """Why the start is at level 1 (empty when nothing holds it back)."""
    reasons = []
    if assessment.function_score < LEVEL_TWO_MIN_FUNCTION:
        reasons.append(
            QCoreApplication.translate("AssessmentResult", "everyday things are fairly difficult for you just now")
        )
    grade = program_grade(assessment)
    if assessment.chair_stand is None:
        reasons.append(QCoreApplication.translate("AssessmentResult", "you skipped the chair stand test"))
    elif assessment.chair_stand.used_arms:
        reasons.append(QCoreApplication.translate("AssessmentResult", "you needed your arms to stand up"))
    elif grade not in LEVEL_TWO_CHAIR_STAND:
        reasons.append(
            QCoreApplication.translate("AssessmentResult", "your chair stand result is below the normal range")
        )
    if assessment.pain_now > LEVEL_TWO_MAX_PAIN:
        reasons.append(
            QCoreApplication.translate("AssessmentResult", "your pain right now is above %1").replace(
                "%1", number(LEVEL_TWO_MAX_PAIN)
            )
        )
    return reasons


def level_sentence(assessment: Assessment, level: int) -> str:
    if level > 1:
        return QCoreApplication.translate(
            "AssessmentResult",
            "You start at level %1 of the exercises, because everyday things are fairly easy for you, your "
            "chair stand result is within or above the normal range, and your pain is low right now.",
        ).replace("%1", number(level))
    text = QCoreApplication.translate(
        "AssessmentResult",
        "You start at level 1, the gentlest level of each exercise. Starting gently is safe, and the program "
        "makes the exercises harder step by step as you get stronger.",
    )
    reasons = level_reasons(assessment)
    if not reasons:
        return text
    why = QCoreApplication.translate("AssessmentResult", "Why level 1:")
    return text + "\n" + why + "\n" + "\n".join(f"• {reason}" for reason in reasons)


def next_steps_text() -> str:
    return QCoreApplication.translate(
        "AssessmentResult",
        "• Weeks 1 and 2: two sessions a week, about 15–20 minutes each.\n"
        "• From week 3: three sessions a week.\n"
        "• In weeks 6 and 12 you do a short retest, to see how far you have come.\n"
        "• The program makes the exercises a little harder, one thing at a time, when they feel easy and "
        "your pain allows it.",
    )


def _change_words(difference: int, more: str, less: str, same: str) -> str:
    if difference > 0:
        return more.replace("%1", number(difference))
    if difference < 0:
        return less.replace("%1", number(-difference))
    return same


def comparison_sentences(start: Assessment, retest: Assessment) -> list[str]:
    """Pain, function and chair stands now against the start, one sentence each."""
    comparison = compare(start, retest)
    same = QCoreApplication.translate("AssessmentResult", "That is the same as at the start.")
    pain = (
        QCoreApplication.translate(
            "AssessmentResult", "Your usual pain during the last week was %1 at the start and is %2 now."
        )
        .replace("%1", number(start.pain_last_week))
        .replace("%2", number(retest.pain_last_week))
    )
    if comparison.pain_drop > 0 and comparison.pain_drop_percent is not None:
        pain_change = (
            QCoreApplication.translate("AssessmentResult", "That is %1 points less, %2 per cent lower. Good!")
            .replace("%1", number(comparison.pain_drop))
            .replace("%2", number(comparison.pain_drop_percent))
        )
    else:
        pain_change = _change_words(
            -comparison.pain_drop,
            QCoreApplication.translate("AssessmentResult", "That is %1 points more than at the start."),
            QCoreApplication.translate("AssessmentResult", "That is %1 points less."),
            same,
        )
    function = (
        QCoreApplication.translate("AssessmentResult", "Your function score was %1 at the start and is %2 now.")
        .replace("%1", number(start.function_score))
        .replace("%2", number(retest.function_score))
    )
    function_change = _change_words(
        comparison.function_gain,
        QCoreApplication.translate("AssessmentResult", "That is %1 points better."),
        QCoreApplication.translate("AssessmentResult", "That is %1 points lower."),
        same,
    )
    sentences = [f"{pain} {pain_change}", f"{function} {function_change}"]
    if comparison.chair_stand_change is None or comparison.chair_stand_difference is None:
        sentences.append(
            QCoreApplication.translate(
                "AssessmentResult",
                "The chair stand test cannot be compared this time, because it was skipped at the start or now.",
            )
        )
        return sentences
    stands = (
        QCoreApplication.translate("AssessmentResult", "You stood up %1 times at the start and %2 times now.")
        .replace("%1", number(start.chair_stand.score))
        .replace("%2", number(retest.chair_stand.score))
    )
    difference = abs(comparison.chair_stand_difference)
    verdict = {
        Change.BETTER: QCoreApplication.translate(
            "AssessmentResult", "That is %1 more: a real improvement. Well done!"
        ).replace("%1", number(difference)),
        Change.NO_CERTAIN_CHANGE: QCoreApplication.translate(
            "AssessmentResult",
            "A change of fewer than %1 stands can be chance, so there is no certain change yet.",
        ).replace("%1", number(CERTAIN_CHANGE_STANDS)),
        Change.WORSE: QCoreApplication.translate(
            "AssessmentResult",
            "That is %1 fewer. It may have been a tiring day; if it worries you, talk to a physiotherapist.",
        ).replace("%1", number(difference)),
    }[comparison.chair_stand_change]
    sentences.append(f"{stands} {verdict}")
    return sentences


# the pages
class Section(QWidget):
    """A card with a heading and a text."""

    def __init__(self) -> None:
        super().__init__()
        self.frame, layout = card()
        self.heading = text_label("heading")
        self.text = text_label()
        layout.addWidget(self.heading)
        layout.addWidget(self.text)

    def set(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)


class DayChoice(QWidget):
    """Seven checkable day buttons, Monday first; any number may be on."""

    def __init__(self) -> None:
        super().__init__()
        layout = FlowLayout(self, spacing=10)
        self.buttons: list[QPushButton] = []
        for _ in DAYS:
            day = button()
            day.setCheckable(True)
            layout.addWidget(day)
            self.buttons.append(day)
        self.set_days(DEFAULT_TRAINING_DAYS)

    def days(self) -> tuple[int, ...]:
        return tuple(day for day in DAYS if self.buttons[day].isChecked())

    def set_days(self, days: Sequence[int]) -> None:
        for day in DAYS:
            self.buttons[day].setChecked(day in days)

    def retranslate(self, description: str) -> None:
        for day in DAYS:
            self.buttons[day].setText(day_name(day))
            self.buttons[day].setAccessibleName(day_name(day))
            self.buttons[day].setAccessibleDescription(description)


class ResultPage(Step):
    """After a first assessment: the summary, where the program starts, what comes next, and the days."""

    def __init__(self) -> None:
        super().__init__()
        self.assessment: Assessment | None = None
        self.level = 1
        self.pain, self.function, self.chair, self.balance = Section(), Section(), Section(), Section()
        self.start, self.next_steps = Section(), Section()
        for section in (self.pain, self.function, self.chair, self.balance, self.start, self.next_steps):
            self.add(section.frame)
        self.days_heading = text_label("heading")
        self.days_hint = text_label()
        self.days = DayChoice()
        self.days_error = self.error_label()
        for day in self.days.buttons:
            day.toggled.connect(self._days_changed)
        self.add(self.days_heading, self.days_hint, self.days, self.days_error)
        self.column.addStretch(1)

    def show_assessment(self, assessment: Assessment) -> None:
        self.assessment = assessment
        self.level = starting_level(assessment, self.days.days() if self._days_ok() else DEFAULT_TRAINING_DAYS)
        self.retranslate()

    def training_days(self) -> tuple[int, ...]:
        return self.days.days()

    def _days_ok(self) -> bool:
        low, high = TRAINING_DAYS_RANGE
        return low <= len(self.days.days()) <= high

    def _days_changed(self) -> None:
        if self._days_ok():
            self.days_error.hide()

    def check(self) -> bool:
        self.clear_errors()
        if not self._days_ok():
            self.problem(
                self.days_error,
                self.days.buttons[0],
                self.tr("Choose at least %1 days a week to exercise.").replace("%1", number(TRAINING_DAYS_RANGE[0])),
            )
        return self.checked()

    def first_focus(self) -> QWidget:
        return self.days.buttons[0]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your result"))
        self.intro.setText(
            self.tr("Thank you! Here is what your answers and tests show, and how your program will start.")
        )
        assessment = self.assessment
        if assessment is not None:
            self.pain.set(self.tr("Pain"), pain_sentence(assessment))
            self.function.set(self.tr("Everyday activities"), function_sentence(assessment.function_score))
            self.chair.set(self.tr("Standing up from a chair"), chair_stand_sentence(assessment))
            self.balance.set(self.tr("Balance"), balance_sentence(assessment))
            self.start.set(self.tr("Where you start"), level_sentence(assessment, self.level))
        self.next_steps.set(self.tr("What happens next"), next_steps_text())
        self.days_heading.setText(self.tr("Which days do you want to exercise?"))
        self.days_hint.setText(
            self.tr(
                "Choose at least 2 days. Three days with a rest day between them is best, for example Monday, "
                "Wednesday and Friday. In weeks 1 and 2 you exercise on two of them."
            )
        )
        self.days.retranslate(self.tr("Which days do you want to exercise?"))


class RetestResultPage(Step):
    """After a retest: pain, function and chair stands now against the first assessment."""

    def __init__(self) -> None:
        super().__init__()
        self.start_assessment: Assessment | None = None
        self.assessment: Assessment | None = None
        self.pain, self.function, self.chair = Section(), Section(), Section()
        self.norm = text_label()
        self.keep_going = text_label()
        for section in (self.pain, self.function, self.chair):
            self.add(section.frame)
        self.chair.frame.layout().addWidget(self.norm)
        self.add(self.keep_going)
        self.column.addStretch(1)

    def show_comparison(self, start: Assessment, retest: Assessment) -> None:
        self.start_assessment, self.assessment = start, retest
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your retest"))
        self.intro.setText(self.tr("Here is how you are doing now, compared with when you started."))
        if self.start_assessment is not None and self.assessment is not None:
            pain, function, chair = comparison_sentences(self.start_assessment, self.assessment)
            self.pain.set(self.tr("Pain"), pain)
            self.function.set(self.tr("Everyday activities"), function)
            self.chair.set(self.tr("Standing up from a chair"), chair)
            self.norm.setText(chair_stand_sentence(self.assessment))
        self.keep_going.setText(
            self.tr("Keep going: exercising regularly is what makes the difference, and it keeps helping.")
        )

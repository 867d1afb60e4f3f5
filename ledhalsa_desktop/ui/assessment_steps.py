"""The question steps of the assessment: about you, joints, red flags (and their stop page), pain, function,
activity and goal. Each step checks its own answers and shows what is missing next to the field."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ledhalsa_desktop.core.assessment import (
    MAX_GOAL_LENGTH,
    RED_FLAGS,
    Activity,
    Difficulty,
    FunctionQuestion,
    JointChoice,
    RedFlag,
    Side,
    most_urgent,
)
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.profile import OLDEST_BIRTH_YEAR, YOUNGEST_AGE, Profile, Sex
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.assessment_texts import (
    activity_name,
    difficulty_name,
    function_question,
    joint_heading,
    no_trouble_text,
    red_flag_question,
    red_flag_short,
    sex_name,
    side_text,
    urgency_advice,
    urgency_title,
)
from ledhalsa_desktop.ui.exercise_texts import joint_name
from ledhalsa_desktop.ui.pain_scale import ChoiceButtons, PainScale
from ledhalsa_desktop.ui.theme import MIN_TARGET_PX, THEMES
from ledhalsa_desktop.ui.widgets import announce, button, card, check_box, text_label

SEXES = (Sex.FEMALE, Sex.MALE, Sex.UNSPECIFIED)
JOINTS = (Joint.KNEE, Joint.HIP, Joint.HAND)
SIDES = (Side.LEFT, Side.RIGHT, Side.BOTH)
NO_TROUBLE = "no"
PAGE_MARGINS = (56, 40, 56, 24)


class Step(QWidget):
    """One screen of the assessment: a title, a short text, the fields, and a message under each field.

    `check()` shows every problem next to its field, moves the focus to the first and says it aloud;
    it returns True when the person may go on.
    """

    def __init__(self) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(*PAGE_MARGINS)
        self.column.setSpacing(20)
        self.title = text_label("title")
        self.intro = text_label()
        self.column.addWidget(self.title)
        self.column.addWidget(self.intro)
        self.errors: list[QLabel] = []
        self._first_problem: tuple[QWidget, str, QLabel] | None = None

    def add(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.column.addWidget(widget)

    def group(self, *widgets: QWidget) -> QWidget:
        """A question with its answers and message, kept close together (the steps are spaced wider)."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in widgets:
            layout.addWidget(widget)
        self.column.addWidget(box)
        return box

    def error_label(self) -> QLabel:
        label = text_label("error")
        label.hide()
        self.errors.append(label)
        return label

    def clear_errors(self) -> None:
        for label in self.errors:
            label.hide()
        self._first_problem = None

    def problem(self, label: QLabel, field: QWidget, message: str) -> None:
        label.setText(message)
        label.show()
        if self._first_problem is None:
            self._first_problem = (field, message, label)

    def checked(self) -> bool:
        """After the problems are shown: move to the first one; True when there was none."""
        if self._first_problem is None:
            return True
        field, message, label = self._first_problem
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reveal(label, field)
        announce(field, message)
        return False

    def reveal(self, *widgets: QWidget) -> None:
        """Scroll the page (once laid out) so that the widgets are in sight, the last one surely."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None:
            return

        def scroll() -> None:
            for widget in widgets:
                area.ensureWidgetVisible(widget, 0, 0)

        QTimer.singleShot(0, area, scroll)

    def check(self) -> bool:
        return True

    def first_focus(self) -> QWidget | None:
        """Where the focus goes when the step is shown."""
        return None

    def leave(self) -> None:
        """The step is being left (Back or Next): stop anything that runs."""

    def retranslate(self) -> None:
        """Set every text in the current language."""


def hide_when_answered(choices: ChoiceButtons, label: QLabel) -> None:
    choices.valueChanged.connect(lambda value: value is not None and label.hide())


def parse_year_or_age(text: str, this_year: int) -> tuple[int | None, str | None]:
    """The birth year from a year ("1952") or an age ("73"), or what is wrong: empty, not_a_number,
    too_early (before 1900, or too old an age) or too_late (younger than 18)."""
    text = text.strip()
    if not text:
        return None, "empty"
    if not (text.isascii() and text.isdigit() and len(text) <= 4):
        return None, "not_a_number"
    value = int(text)
    year = value if len(text) == 4 else this_year - value
    if year < OLDEST_BIRTH_YEAR:
        return None, "too_early"
    if year > this_year - YOUNGEST_AGE:
        return None, "too_late"
    return year, None


class AboutYouStep(Step):
    def __init__(self, profile: Profile, today: date) -> None:
        super().__init__()
        self.today = today
        self.year_label = text_label("heading")
        self.year_edit = QLineEdit()
        self.year_edit.setMaxLength(4)
        self.year_edit.setProperty("length", "short")
        self.year_label.setBuddy(self.year_edit)
        self.year_hint = text_label("muted")
        self.year_error = self.error_label()
        self.year_edit.textEdited.connect(lambda _text: self._mark_year(False))
        self.sex_label = text_label("heading")
        self.sex = ChoiceButtons(SEXES)
        self.sex_error = self.error_label()
        hide_when_answered(self.sex, self.sex_error)
        self.why = text_label("muted")
        self.group(self.year_label, self.year_hint, self.year_edit, self.year_error)
        self.group(self.sex_label, self.sex, self.sex_error, self.why)
        self.column.addStretch(1)
        if profile.birth_year is not None:
            self.year_edit.setText(str(profile.birth_year))
        if profile.sex in SEXES:
            self.sex.set_value(profile.sex)

    def birth_year(self) -> int | None:
        return parse_year_or_age(self.year_edit.text(), self.today.year)[0]

    def chosen_sex(self) -> Sex | None:
        value = self.sex.value()
        return None if value is None else Sex(value)

    def _mark_year(self, invalid: bool) -> None:
        self.year_edit.setProperty("invalid", invalid)
        self.year_edit.style().unpolish(self.year_edit)
        self.year_edit.style().polish(self.year_edit)
        if not invalid:
            self.year_error.hide()

    def year_problem_text(self, problem: str) -> str:
        if problem == "empty":
            return self.tr("Write your year of birth, for example 1952, or your age, for example 73.")
        if problem == "not_a_number":
            return self.tr("Write only digits: your year of birth, for example 1952, or your age, for example 73.")
        if problem == "too_early":
            return self.tr("Check the number: write a year from 1900 onwards, or your age in years.")
        return self.tr("The program is for adults. Write a year no later than %1, or an age of 18 or more.").replace(
            "%1", str(self.today.year - YOUNGEST_AGE)
        )

    def check(self) -> bool:
        self.clear_errors()
        _year, problem = parse_year_or_age(self.year_edit.text(), self.today.year)
        self._mark_year(problem is not None)
        if problem is not None:
            self.problem(self.year_error, self.year_edit, self.year_problem_text(problem))
        if self.sex.value() is None:
            self.problem(
                self.sex_error,
                self.sex.focus_button(),
                self.tr("Choose one of the three answers. If you would rather not say, choose “Prefer not to say”."),
            )
        return self.checked()

    def first_focus(self) -> QWidget:
        return self.year_edit

    def retranslate(self) -> None:
        self.title.setText(self.tr("About you"))
        self.intro.setText(
            self.tr(
                "First a few questions about you and your joints. It takes about three minutes, and you can "
                "go back at any time to change an answer."
            )
        )
        self.year_label.setText(self.tr("Your year of birth or your age"))
        self.year_hint.setText(self.tr("For example 1952, or 73."))
        self.year_edit.setAccessibleName(self.tr("Your year of birth or your age"))
        self.year_edit.setAccessibleDescription(self.tr("For example 1952, or 73."))
        self.sex_label.setText(self.tr("Are you a woman or a man?"))
        self.sex.set_texts([sex_name(sex) for sex in SEXES], description=self.tr("Are you a woman or a man?"))
        self.why.setText(
            self.tr(
                "Age and sex are used only to compare your test results with other people of your age. "
                "If you prefer not to say, the comparison covers both women and men."
            )
        )


class JointsStep(Step):
    """For each of knee, hip and hand: no trouble, left, right or both; then which bothers most."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: dict[Joint, QLabel] = {}
        self.sides: dict[Joint, ChoiceButtons] = {}
        for joint in JOINTS:
            self.headings[joint] = text_label("heading")
            self.sides[joint] = ChoiceButtons((NO_TROUBLE, *SIDES))
            self.sides[joint].set_value(NO_TROUBLE)
            self.sides[joint].valueChanged.connect(self._update_most)
            box = self.group(self.headings[joint], self.sides[joint])
        self.joints_error = self.error_label()
        box.layout().addWidget(self.joints_error)
        self.most_label = text_label("heading")
        self.most = ChoiceButtons(JOINTS)
        self.most_error = self.error_label()
        hide_when_answered(self.most, self.most_error)
        self.most_box = self.group(self.most_label, self.most, self.most_error)
        self.column.addStretch(1)
        self._update_most()

    def chosen(self) -> tuple[Joint, ...]:
        return tuple(joint for joint in JOINTS if self.sides[joint].value() not in (None, NO_TROUBLE))

    def joint_choices(self) -> tuple[JointChoice, ...]:
        """The joints chosen, the one that bothers most first."""
        chosen = self.chosen()
        most = self.most.value() if len(chosen) > 1 else None
        ordered = sorted(chosen, key=lambda joint: joint != most)
        return tuple(JointChoice(joint, Side(self.sides[joint].value())) for joint in ordered)

    def _update_most(self, _value: object = None) -> None:
        chosen = self.chosen()
        if chosen:
            self.joints_error.hide()
        self.most.set_shown(chosen)
        several = len(chosen) > 1
        self.most_box.setVisible(several)
        if not several:
            self.most_error.hide()

    def check(self) -> bool:
        self.clear_errors()
        chosen = self.chosen()
        if not chosen:
            self.problem(
                self.joints_error,
                self.sides[JOINTS[0]].focus_button(),
                self.tr("Choose at least one joint that bothers you: a knee, a hip or a hand."),
            )
        elif len(chosen) > 1 and self.most.value() is None:
            self.problem(
                self.most_error,
                self.most.focus_button(),
                self.tr("Choose the joint that bothers you most. The program starts with that one."),
            )
        return self.checked()

    def first_focus(self) -> QWidget:
        return self.sides[JOINTS[0]]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your joints"))
        self.intro.setText(self.tr("Which joints bother you? Choose for each of them."))
        for joint in JOINTS:
            self.headings[joint].setText(joint_heading(joint))
            texts = [no_trouble_text(joint), *(side_text(joint, side) for side in SIDES)]
            self.sides[joint].set_texts(texts, description=joint_heading(joint))
        self.most_label.setText(self.tr("Which joint bothers you most?"))
        self.most.set_texts(
            [joint_name(joint) for joint in JOINTS], description=self.tr("Which joint bothers you most?")
        )


class RedFlagsStep(Step):
    """One yes/no question for each red flag, in the order of core.assessment.RED_FLAGS."""

    def __init__(self) -> None:
        super().__init__()
        self.questions: dict[RedFlag, QLabel] = {}
        self.answers: dict[RedFlag, ChoiceButtons] = {}
        self.flag_errors: dict[RedFlag, QLabel] = {}
        for flag in RED_FLAGS:
            frame, layout = card()
            self.questions[flag] = text_label()
            self.answers[flag] = ChoiceButtons((True, False))
            self.flag_errors[flag] = self.error_label()
            hide_when_answered(self.answers[flag], self.flag_errors[flag])
            layout.addWidget(self.questions[flag])
            layout.addWidget(self.answers[flag])
            layout.addWidget(self.flag_errors[flag])
            self.add(frame)
        self.column.addStretch(1)

    def answered(self) -> dict[RedFlag, bool]:
        return {flag: bool(choices.value()) for flag, choices in self.answers.items() if choices.value() is not None}

    def found(self) -> tuple[RedFlag, ...]:
        return tuple(flag for flag, yes in self.answered().items() if yes)

    def check(self) -> bool:
        self.clear_errors()
        for flag, choices in self.answers.items():
            if choices.value() is None:
                self.problem(
                    self.flag_errors[flag], choices.focus_button(), self.tr("Answer yes or no to this question.")
                )
        return self.checked()

    def first_focus(self) -> QWidget:
        return self.answers[RED_FLAGS[0]]

    def retranslate(self) -> None:
        self.title.setText(self.tr("A few health questions"))
        self.intro.setText(
            self.tr(
                "Some signs mean that a doctor should look at you before you start exercising on your own. "
                "Answer yes or no to each question."
            )
        )
        for flag in RED_FLAGS:
            self.questions[flag].setText(red_flag_question(flag))
            self.answers[flag].set_texts([self.tr("Yes"), self.tr("No")], description=red_flag_question(flag))


class RedFlagStopPage(Step):
    """What to do when a red flag was answered yes; the person goes on only with a clinician's approval."""

    close_requested = Signal()
    open_lesson = Signal(str)  # slug

    def __init__(self) -> None:
        super().__init__()
        self.flags: tuple[RedFlag, ...] = ()
        self.answered_label = text_label("heading")
        self.answered_list = text_label()
        self.close_button = button("primary")
        self.close_button.clicked.connect(self.close_requested)
        self.close_note = text_label("muted")
        frame, layout = card()
        self.approval_heading = text_label("heading")
        self.approval_text = text_label()
        self.approved = check_box()
        self.approved_error = self.error_label()
        self.approved.toggled.connect(lambda on: on and self.approved_error.hide())
        for widget in (self.approval_heading, self.approval_text, self.approved, self.approved_error):
            layout.addWidget(widget)
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_button)
        close_row.addStretch(1)
        self.group(self.answered_label, self.answered_list)
        self.column.addLayout(close_row)
        self.lesson_button = button()
        self.lesson_button.clicked.connect(lambda: self.open_lesson.emit("when-to-contact-healthcare"))
        lesson_row = QHBoxLayout()
        lesson_row.addWidget(self.lesson_button)
        lesson_row.addStretch(1)
        self.column.addLayout(lesson_row)
        self.add(self.close_note, frame)
        self.column.addStretch(1)

    def set_flags(self, flags: Sequence[RedFlag]) -> None:
        self.flags = tuple(flags)
        self.retranslate()

    def check(self) -> bool:
        self.clear_errors()
        if not self.approved.isChecked():
            self.problem(
                self.approved_error,
                self.approved,
                self.tr(
                    "Tick the box only if a doctor or physiotherapist has said you may exercise. Otherwise, "
                    "close the assessment and contact healthcare first."
                ),
            )
        return self.checked()

    def first_focus(self) -> QWidget:
        return self.close_button

    def retranslate(self) -> None:
        urgency = most_urgent(self.flags)
        if urgency is not None:
            self.title.setText(urgency_title(urgency))
            self.intro.setText(urgency_advice(urgency))
        self.answered_label.setText(self.tr("You answered yes to questions about"))
        self.answered_list.setText("\n".join(f"• {red_flag_short(flag)}" for flag in self.flags))
        self.close_button.setText(self.tr("Close the assessment"))
        self.close_note.setText(self.tr("You can do the assessment again later, once healthcare has checked you."))
        self.lesson_button.setText(self.tr("Read the lesson: When to contact healthcare"))
        self.approval_heading.setText(self.tr("Has healthcare already said yes?"))
        self.approval_text.setText(
            self.tr(
                "If a doctor or physiotherapist knows about this and has said that you may exercise, you can go "
                "on with the assessment."
            )
        )
        # short, as a check box's text does not wrap at large text sizes; the sentence above says who
        self.approved.setText(self.tr("Healthcare has said I may exercise"))
        self.approved.setAccessibleDescription(self.tr("A doctor or physiotherapist has said that I may exercise"))


class PainStep(Step):
    def __init__(self) -> None:
        super().__init__()
        self.pain_now = PainScale()
        self.pain_week = PainScale()
        self.errors += [self.pain_now.error, self.pain_week.error]
        self.add(self.pain_now, self.pain_week)
        self.column.addStretch(1)

    def check(self) -> bool:
        self.clear_errors()
        for scale in (self.pain_now, self.pain_week):
            if scale.value() is None:
                self.problem(
                    scale.error,
                    scale.choices.focus_button(),
                    self.tr("Choose a number from 0 to 10 for this question."),
                )
        return self.checked()

    def first_focus(self) -> QWidget:
        return self.pain_now

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your pain"))
        self.intro.setText(
            self.tr("Choose a number from 0 to 10. 0 means no pain at all and 10 the worst pain you can imagine.")
        )
        self.pain_now.set_question(self.tr("How much pain do you have in your joints right now?"))
        self.pain_week.set_question(self.tr("How much pain have you usually had during the last week?"))


class FunctionStep(Step):
    """The function questions for the chosen joints, each with five answers from no difficulty to cannot."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: tuple[FunctionQuestion, ...] = ()
        self.frames: dict[FunctionQuestion, QWidget] = {}
        self.labels: dict[FunctionQuestion, QLabel] = {}
        self.choices: dict[FunctionQuestion, ChoiceButtons] = {}
        self.question_errors: dict[FunctionQuestion, QLabel] = {}
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(16)
        for question in FunctionQuestion:
            frame, layout = card()
            self.labels[question] = text_label("heading")
            self.choices[question] = ChoiceButtons(tuple(Difficulty))
            self.question_errors[question] = self.error_label()
            hide_when_answered(self.choices[question], self.question_errors[question])
            for widget in (self.labels[question], self.choices[question], self.question_errors[question]):
                layout.addWidget(widget)
            frame.hide()
            self.frames[question] = frame
        self.column.addLayout(self.list_layout)
        self.column.addStretch(1)

    def set_questions(self, questions: Sequence[FunctionQuestion]) -> None:
        """Show these questions in this order; answers to the others are kept in case they come back."""
        self.shown = tuple(questions)
        for frame in self.frames.values():
            self.list_layout.removeWidget(frame)
            frame.hide()
        for question in self.shown:
            self.list_layout.addWidget(self.frames[question])
            self.frames[question].show()

    def answers(self) -> dict[FunctionQuestion, Difficulty]:
        return {
            question: Difficulty(self.choices[question].value())
            for question in self.shown
            if self.choices[question].value() is not None
        }

    def check(self) -> bool:
        self.clear_errors()
        for question in self.shown:
            if self.choices[question].value() is None:
                self.problem(
                    self.question_errors[question],
                    self.choices[question].focus_button(),
                    self.tr("Choose how difficult this is for you."),
                )
        return self.checked()

    def first_focus(self) -> QWidget | None:
        return self.choices[self.shown[0]] if self.shown else None

    def retranslate(self) -> None:
        self.title.setText(self.tr("Everyday activities"))
        self.intro.setText(
            self.tr("How difficult has it been during the last week to do these things, because of your joints?")
        )
        texts = [difficulty_name(difficulty) for difficulty in Difficulty]
        for question in FunctionQuestion:
            self.labels[question].setText(function_question(question))
            self.choices[question].set_texts(texts, description=function_question(question))


class ActivityStep(Step):
    """How active the person is, and a goal in their own words (optional)."""

    def __init__(self, appearance: Appearance) -> None:
        super().__init__()
        self.appearance = appearance
        self.activity_label = text_label("heading")
        self.activity = ChoiceButtons(tuple(Activity))
        self.activity_error = self.error_label()
        hide_when_answered(self.activity, self.activity_error)
        self.goal_label = text_label("heading")
        self.goal_hint = text_label("muted")
        self.goal = QPlainTextEdit()
        self.goal.setTabChangesFocus(True)
        self.goal_label.setBuddy(self.goal)
        self.goal.textChanged.connect(self._count)
        self.counter = text_label("muted")
        self.goal_error = self.error_label()
        self.group(self.activity_label, self.activity, self.activity_error)
        self.group(self.goal_label, self.goal_hint, self.goal, self.counter, self.goal_error)
        self.column.addStretch(1)
        appearance.changed.connect(self.restyle)
        self.restyle()

    def goal_text(self) -> str:
        return " ".join(self.goal.toPlainText().split())

    def chosen_activity(self) -> Activity | None:
        value = self.activity.value()
        return None if value is None else Activity(value)

    def restyle(self) -> None:
        """The theme has no rule for a text box of several lines: give it the same border and focus ring."""
        settings = self.appearance.state.settings
        colors = THEMES[settings.theme]
        self.goal.setStyleSheet(
            f"QPlainTextEdit {{ background: {colors.surface}; color: {colors.text}; border: 2px solid "
            f"{colors.border}; border-radius: 8px; padding: 6px; selection-background-color: {colors.selected}; "
            f"selection-color: {colors.selected_text}; }}"
            f"QPlainTextEdit:focus {{ border: 4px solid {colors.focus}; }}"
        )
        self.goal.setFixedHeight(max(MIN_TARGET_PX * 2, round(130 * settings.text_scale / 100)))

    def _count(self) -> None:
        length = len(self.goal_text())
        self.counter.setText(
            self.tr("%1 of at most %2 characters").replace("%1", str(length)).replace("%2", str(MAX_GOAL_LENGTH))
        )
        over = length > MAX_GOAL_LENGTH
        if self.counter.property("role") != ("error" if over else "muted"):
            self.counter.setProperty("role", "error" if over else "muted")
            self.counter.style().unpolish(self.counter)
            self.counter.style().polish(self.counter)
        if not over:
            self.goal_error.hide()

    def check(self) -> bool:
        self.clear_errors()
        if self.activity.value() is None:
            self.problem(
                self.activity_error, self.activity.focus_button(), self.tr("Choose the answer closest to how you live.")
            )
        length = len(self.goal_text())
        if length > MAX_GOAL_LENGTH:
            self.problem(
                self.goal_error,
                self.goal,
                self.tr("Your goal is %1 characters too long. Shorten it to at most %2 characters.")
                .replace("%1", str(length - MAX_GOAL_LENGTH))
                .replace("%2", str(MAX_GOAL_LENGTH)),
            )
        return self.checked()

    def first_focus(self) -> QWidget:
        return self.activity

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.restyle()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Activity and your goal"))
        self.intro.setText(self.tr("Exercise works best when it leads somewhere you want to go."))
        question = self.tr(
            "On how many days a week are you active for at least half an hour, for example walking, "
            "gardening or cycling?"
        )
        self.activity_label.setText(question)
        self.activity.set_texts([activity_name(activity) for activity in Activity], description=question)
        self.goal_label.setText(self.tr("Your goal (optional)"))
        self.goal_hint.setText(
            self.tr(
                "What would you like to manage better? For example: walk to the shop, play with the "
                "grandchildren, or garden without pain."
            )
        )
        self.goal.setAccessibleName(self.tr("Your goal (optional)"))
        self.goal.setAccessibleDescription(self.goal_hint.text())
        self._count()

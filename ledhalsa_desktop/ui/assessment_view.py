"""The function assessment, one thing per step ("Step 3 of 8"), and the result page after it.

    view = AssessmentView(appearance, voice)                      # the first assessment, 8 steps
    view = AssessmentView(appearance, voice, retest_of=first, kind=AssessmentKind.WEEK_6)   # 3 steps
    view.finished.connect(...)   # an AssessmentOutcome: the checked Assessment and the training days
    view.cancelled.connect(...)  # the person closed the assessment

Back always works and keeps every answer; Next checks the step and shows what is missing next to the field.
A yes to any red-flag question leads to a stop page, and the person may go on only after confirming that a
doctor or physiotherapist has approved exercise. Nothing is saved here: the receiver of `finished` saves.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ledhalsa_desktop.core.assessment import (
    Assessment,
    AssessmentKind,
    InvalidAssessment,
    Problem,
    RedFlag,
    check_assessment,
    questions_for,
)
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.assessment_result import ResultPage, RetestResultPage
from ledhalsa_desktop.ui.assessment_steps import (
    AboutYouStep,
    ActivityStep,
    FunctionStep,
    JointsStep,
    PainStep,
    RedFlagsStep,
    RedFlagStopPage,
    Step,
)
from ledhalsa_desktop.ui.balance_test import BalanceStep
from ledhalsa_desktop.ui.chair_stand_test import ChairStandStep
from ledhalsa_desktop.ui.message_dialog import MessageDialog
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import Page, announce, button, scrolling, text_label

START_SCREENS = (
    "about",
    "joints",
    "red_flags",
    "stop",
    "pain",
    "function",
    "activity",
    "chair_stand",
    "balance",
    "result",
)
RETEST_SCREENS = ("pain", "function", "chair_stand", "result")
NOT_COUNTED = ("stop", "result")  # the stop page belongs to the red-flag step; the result is not a step

SCREEN_OF_PROBLEM: dict[Problem, str] = {
    Problem.NO_JOINT: "joints",
    Problem.JOINT_TWICE: "joints",
    Problem.BIRTH_YEAR_OUT_OF_RANGE: "about",
    Problem.RED_FLAG_UNANSWERED: "red_flags",
    Problem.RED_FLAG_NOT_CLEARED: "stop",
    Problem.PAIN_OUT_OF_RANGE: "pain",
    Problem.QUESTION_UNANSWERED: "function",
    Problem.GOAL_TOO_LONG: "activity",
    Problem.CHAIR_STANDS_OUT_OF_RANGE: "chair_stand",
    Problem.BALANCE_OUT_OF_RANGE: "balance",
}


@dataclass(frozen=True)
class AssessmentOutcome:
    """What the assessment hands on: the checked assessment, and the weekdays chosen (0 = Monday).

    After a retest there is no choice of days, and `training_days` is empty.
    """

    assessment: Assessment
    training_days: tuple[int, ...]


class AssessmentView(Page):
    finished = Signal(object)  # AssessmentOutcome
    cancelled = Signal()
    red_flags_stopped = Signal(object)  # the RedFlags answered yes, when the stop page is shown for them

    def __init__(
        self,
        appearance: Appearance,
        voice: Voice,
        *,
        retest_of: Assessment | None = None,
        kind: AssessmentKind = AssessmentKind.START,
        clock: Callable[[], float] = time.monotonic,
        today: date | None = None,
    ) -> None:
        super().__init__()
        kind = AssessmentKind(kind)
        if (kind is AssessmentKind.START) != (retest_of is None):
            raise ValueError("a retest (week 6 or 12) needs the start assessment, and only a retest takes one")
        self.appearance = appearance
        self.voice = voice
        self.kind = kind
        self.retest_of = retest_of
        self.today = today or date.today()
        self.screens = START_SCREENS if retest_of is None else RETEST_SCREENS
        self.steps_counted = tuple(name for name in self.screens if name not in NOT_COUNTED)

        self.pages: dict[str, Step] = {}
        self._stops_told: set[tuple[RedFlag, ...]] = set()
        if retest_of is None:
            self.about = AboutYouStep(appearance.state.profile, self.today)
            self.joints = JointsStep()
            self.red_flags = RedFlagsStep()
            self.stop_page = RedFlagStopPage()
            self.stop_page.close_requested.connect(self.cancelled)
            self.activity = ActivityStep(appearance)
            self.balance = BalanceStep(appearance, voice, clock)
            self.balance.skipped.connect(self.next)
            self.result_page: ResultPage | RetestResultPage = ResultPage()
            self.pages.update(about=self.about, joints=self.joints, red_flags=self.red_flags, stop=self.stop_page)
        else:
            self.result_page = RetestResultPage()
        self.pain = PainStep()
        self.function = FunctionStep()
        self.chair_stand = ChairStandStep(appearance, voice, clock)
        self.chair_stand.skipped.connect(self.next)
        self.pages.update(pain=self.pain, function=self.function, chair_stand=self.chair_stand)
        if retest_of is None:
            self.pages.update(activity=self.activity, balance=self.balance)
        else:
            self.function.set_questions(questions_for(retest_of.affected_joints))
        self.pages["result"] = self.result_page

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.stack = QStackedWidget()
        self.areas: dict[str, QScrollArea] = {}
        for name in self.screens:
            self.areas[name] = scrolling(self.pages[name])
            self.stack.addWidget(self.areas[name])
        outer.addWidget(self.stack, 1)

        footer = QWidget()
        footer.setProperty("role", "footer")
        row = QHBoxLayout(footer)
        row.setContentsMargins(56, 12, 56, 24)
        self.back_button = button()
        self.back_button.clicked.connect(self.back)
        self.progress = text_label("muted")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Short enough for one line; a wrapping label would give the view a height-for-width, and a scroll
        # area around the whole view (as in the main window) would then make it as tall as its longest step,
        # pushing Back and Next out of sight. The steps scroll by themselves instead.
        self.progress.setWordWrap(False)
        self.next_button = button("primary")
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.progress, 2)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer.addWidget(footer)
        self.furthest = 0
        self.retranslate()
        self.go_to(self.screens[0], focus=False)

    # where we are
    @property
    def screen(self) -> str:
        return self.screens[self.stack.currentIndex()]

    @property
    def current_step(self) -> Step:
        return self.pages[self.screen]

    def step_number(self, name: str | None = None) -> int | None:
        """1-based number of the step shown (the stop page counts as the red-flag step), None on the result."""
        name = name or self.screen
        if name == "stop":
            name = "red_flags"
        return self.steps_counted.index(name) + 1 if name in self.steps_counted else None

    def go_to(self, name: str, *, focus: bool = True) -> None:
        if self.stack.currentWidget() is not self.areas[name]:
            self.current_step.leave()
        self.stack.setCurrentWidget(self.areas[name])
        self.areas[name].verticalScrollBar().setValue(0)
        self.furthest = max(self.furthest, self.screens.index(name))
        self.retranslate_footer()
        if focus:
            target = self.current_step.first_focus() or self.next_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(target, f"{self.progress.text()} {self.current_step.title.text()}".strip())

    # moving on and back
    def next(self) -> None:
        name = self.screen
        step = self.current_step
        if not step.check():
            return
        if name == "result":
            self.finished.emit(self.outcome())
            return
        if name == "joints":
            self.function.set_questions(questions_for(choice.joint for choice in self.joints.joint_choices()))
        if name == "red_flags":
            found = self.red_flags.found()
            if found:
                if found not in self._stops_told:
                    self._stops_told.add(found)
                    self.red_flags_stopped.emit(found)
                self.stop_page.set_flags(found)
                self.go_to("stop")
                return
        following = self.screens[self.screens.index(name) + 1]
        if following == "stop":
            following = "pain"
        if following == "result" and not self.show_result():
            return
        self.go_to(following)

    def back(self) -> None:
        index = self.screens.index(self.screen)
        if index == 0:
            self.request_cancel()
            return
        previous = self.screens[index - 1]
        if previous == "stop" and not self.red_flags.found():
            previous = "red_flags"
        self.go_to(previous)

    def request_cancel(self) -> None:
        if self.furthest > 0 and not self.confirm_cancel():
            return
        self.current_step.leave()
        self.cancelled.emit()

    def confirm_cancel(self) -> bool:
        """Ask before leaving once answers beyond the first step would be lost."""
        dialog = MessageDialog(
            self.tr("Stop the assessment?"),
            self.tr("Your answers will not be kept. You can start the assessment again at any time."),
            [("stop", self.tr("Stop the assessment")), ("stay", self.tr("Go on with the assessment"))],
            parent=self,
        )
        return dialog.ask() == "stop"

    # the answers
    def assessment(self) -> Assessment:
        """The assessment from the answers so far, checked; InvalidAssessment names what is still wrong."""
        start = self.retest_of
        pain_now, pain_week = self.pain.pain_now.value(), self.pain.pain_week.value()
        if start is None:
            found = self.red_flags.found()
            draft = Assessment(
                kind=self.kind,
                taken_on=self.today,
                joints=self.joints.joint_choices(),
                pain_now=-1 if pain_now is None else pain_now,
                pain_last_week=-1 if pain_week is None else pain_week,
                answers=self.function.answers(),
                red_flags=self.red_flags.answered(),
                cleared_by_clinician=bool(found) and self.stop_page.approved.isChecked(),
                birth_year=self.about.birth_year(),
                sex=self.about.chosen_sex(),
                activity=self.activity.chosen_activity(),
                goal=self.activity.goal_text(),
                chair_stand=self.chair_stand.result(),
                balance_seconds=self.balance.result(),
            )
        else:
            draft = Assessment(
                kind=self.kind,
                taken_on=self.today,
                joints=start.joints,
                pain_now=-1 if pain_now is None else pain_now,
                pain_last_week=-1 if pain_week is None else pain_week,
                answers=self.function.answers(),
                birth_year=start.birth_year,
                sex=start.sex,
                chair_stand=self.chair_stand.result(),
            )
        return check_assessment(draft)

    def show_result(self) -> bool:
        """Fill in the result page; when something is still wrong, show the step where it is instead."""
        try:
            assessment = self.assessment()
        except InvalidAssessment as problems:
            screens = [SCREEN_OF_PROBLEM[problem] for problem in problems.problems]
            first = min(screens, key=lambda screen: self.screens.index(screen) if screen in self.screens else 99)
            self.go_to(first)
            self.current_step.check()
            return False
        if isinstance(self.result_page, ResultPage):
            self.result_page.show_assessment(assessment)
        else:
            self.result_page.show_comparison(self.retest_of, assessment)
        return True

    def outcome(self) -> AssessmentOutcome:
        days = self.result_page.training_days() if isinstance(self.result_page, ResultPage) else ()
        return AssessmentOutcome(self.assessment(), days)

    # texts
    def retranslate_footer(self) -> None:
        name = self.screen
        number = self.step_number()
        if number is None:
            self.progress.setText("")
        else:
            self.progress.setText(
                self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(len(self.steps_counted)))
            )
        self.back_button.setText(self.tr("Cancel") if self.screens.index(name) == 0 else self.tr("Back"))
        if name == "result":
            text = self.tr("Create my program") if self.retest_of is None else self.tr("Save the result")
        elif name == "stop":
            text = self.tr("Go on with the assessment")
        else:
            text = self.tr("Next")
        self.next_button.setText(text)
        role = "" if name == "stop" else "primary"
        if self.next_button.property("role") != role:
            self.next_button.setProperty("role", role)
            self.next_button.style().unpolish(self.next_button)
            self.next_button.style().polish(self.next_button)

    def retranslate(self) -> None:
        for page in self.pages.values():
            page.retranslate()
        if self.retest_of is not None:
            week = "6" if self.kind is AssessmentKind.WEEK_6 else "12"
            retest = self.tr(
                "Retest in week %1: the same questions and test as at the start, so that you can see how far "
                "you have come."
            ).replace("%1", week)
            self.pain.intro.setText(f"{retest}\n{self.pain.intro.text()}")
        self.retranslate_footer()

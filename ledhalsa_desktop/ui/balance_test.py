"""The optional balance test: standing on one leg next to a chair. A 3-2-1 start, then a clock that stops at
30 seconds or when the person presses Stop (or Space); or the seconds typed in; or skipped."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ledhalsa_desktop.core.norms import BALANCE_LIMIT_SECONDS
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.theme import MIN_TARGET_PX
from ledhalsa_desktop.ui.timed_test_step import NumberField, RunPhase, TestPhase, TimedTestStep
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import button, text_label

BALANCE_ANIMATION = "single_leg_stance"

BalancePhase = TestPhase


class BalanceStep(TimedTestStep):
    def __init__(self, appearance: Appearance, voice: Voice, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(appearance, voice, clock, BALANCE_LIMIT_SECONDS, BALANCE_ANIMATION)

    def _add_run_controls(self, layout: QVBoxLayout) -> None:
        self.stop_button = button("primary")
        self.stop_button.setMinimumHeight(MIN_TARGET_PX * 2 + 24)
        self.stop_button.clicked.connect(self.stop)
        self.space_hint = text_label("muted")
        self.space_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.stop_button)
        layout.addWidget(self.space_hint)

    def _build_answer(self) -> tuple[QWidget, ...]:
        self.seconds_question = text_label()
        self.seconds_field = NumberField(BALANCE_LIMIT_SECONDS, self.appearance)
        self.seconds_question.setBuddy(self.seconds_field.spin)
        return (self.seconds_question, self.seconds_field)

    @property
    def answer_field(self) -> NumberField:
        return self.seconds_field

    @property
    def big_button(self) -> QPushButton:
        return self.stop_button

    def result(self) -> int | None:
        """Seconds on one leg, or None when the test was skipped or not done."""
        return self.seconds_field.value() if self.phase is TestPhase.DONE else None

    def _go_words(self) -> str:
        return self.tr("Lift one foot now.")

    def _end_words(self) -> str:
        return self.tr("30 seconds. Put your foot down.")

    def _value_when_time_is_up(self) -> int:
        return BALANCE_LIMIT_SECONDS

    def on_space(self) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop: during the countdown back to the start, while standing the seconds so far are the result."""
        if self.phase is TestPhase.COUNTDOWN:
            self.run.stop()
            self.timer.stop()
            self.show_phase(TestPhase.INTRO, focus=self.start_button)
        elif self.phase is TestPhase.RUNNING:
            self.finish(min(BALANCE_LIMIT_SECONDS, math.floor(self.run.stop())))

    def leave(self) -> None:
        if self.busy:
            self._stop_run()
            self.show_phase(TestPhase.INTRO)
        self.driver.pause()

    def refresh_run(self) -> None:
        if self.run.phase is RunPhase.COUNTDOWN:
            self.run_status.setText(self.tr("Get ready: stand next to the chair"))
            self.time_label.setText(QLocale().toString(self.run.count_shown()))
            self.time_caption.setText(self.tr("Lift your foot when the count reaches zero"))
        else:
            self.run_status.setText(self.tr("Stand on one leg"))
            self.time_label.setText(QLocale().toString(math.floor(self.run.running_seconds())))
            self.time_caption.setText(self.tr("seconds"))

    def check(self) -> bool:
        self.clear_errors()
        if self.busy:
            self.problem(
                self.run_error,
                self.stop_button,
                self.tr("The clock is still running. Press Stop when you put your foot down."),
            )
        return self.checked()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Test: stand on one leg (optional)"))
        self.intro.setText(
            self.tr(
                "This test shows how good your balance is. You can skip it if you feel unsteady, or if you "
                "would rather not."
            )
        )
        self.how_heading.setText(self.tr("How to do the test"))
        self.how_text.setText(
            self.tr(
                "1. Stand next to a sturdy chair or a kitchen counter, close enough to hold on at once.\n"
                "2. Keep a hand just above the back of the chair, without touching it.\n"
                "3. When the count reaches zero, lift one foot a little off the floor.\n"
                "4. Press Stop, or the Space bar, when you put the foot down or hold on. The clock stops by "
                "itself at 30 seconds."
            )
        )
        self.canvas.setAccessibleName(self.tr("A person stands on one leg next to a chair"))
        self.canvas.setAccessibleDescription(self.tr("Shows how to do the balance test"))
        self.safety.setText(self.tr("Hold on to the chair at once if you start to lose your balance."))
        self.start_button.setText(self.tr("Start the clock"))
        self.start_button.setAccessibleDescription(self.tr("A count of 3, 2, 1, then at most 30 seconds"))
        self.manual_button.setText(self.tr("Type in the seconds"))
        self.skip_button.setText(self.tr("Skip this test"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleDescription(self.tr("Space bar"))
        self.space_hint.setText(self.tr("You can also press the Space bar."))
        self.done_heading.setText(self.tr("Your result"))
        self.seconds_question.setText(self.tr("How many seconds did you stand on one leg?"))
        self.seconds_field.set_names(
            self.tr("Seconds on one leg"), self.tr("One second less"), self.tr("One second more")
        )
        self.again_button.setText(self.tr("Do the test again"))
        self.skipped_text.setText(self.tr("You skipped the balance test. That is fine."))
        self.unskip_button.setText(self.tr("Do the test after all"))
        self.refresh_run()

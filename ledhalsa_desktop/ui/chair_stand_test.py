"""The 30-second chair stand test: how to do it, a 3-2-1 start, a big countdown, a big button (or Space) per
stand, and then the count to check or type in, with "I needed my arms" (which scores 0). It can be skipped.

Nothing here runs out on its own except the 30 seconds of the test itself, which can be stopped and started
again. The clock is passed in, so tests move time on without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ledhalsa_desktop.core.assessment import ChairStand
from ledhalsa_desktop.core.norms import CHAIR_STAND_SECONDS, MAX_CHAIR_STANDS
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.theme import MIN_TARGET_PX
from ledhalsa_desktop.ui.timed_test_step import NumberField, TestPhase, TimedTestStep
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import announce, button, check_box, text_label

CHAIR_STAND_ANIMATION = "sit_to_stand_arms_crossed"

StandPhase = TestPhase


def centered_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(24)
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class ChairStandStep(TimedTestStep):
    def __init__(self, appearance: Appearance, voice: Voice, clock: Callable[[], float] = time.monotonic) -> None:
        self.stands = 0  # before the set-up, which already shows the count
        super().__init__(appearance, voice, clock, CHAIR_STAND_SECONDS, CHAIR_STAND_ANIMATION)

    # building
    def _intro_notes(self) -> tuple[QWidget, ...]:
        self.stopped_note = text_label("muted")
        self.stopped_note.hide()
        return (self.stopped_note,)

    def _intro_below_buttons(self) -> tuple[QWidget, ...]:
        self.intro_error = self.error_label()
        return (self.intro_error,)

    def _add_run_controls(self, layout: QVBoxLayout) -> None:
        self.count_label = text_label("heading")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_button = button("primary")
        self.count_button.setMinimumHeight(MIN_TARGET_PX * 2 + 24)
        keep_place = self.count_button.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # hidden during the 3-2-1, without the layout jumping
        self.count_button.setSizePolicy(keep_place)
        self.count_button.clicked.connect(self.count_stand)
        self.space_hint = text_label("muted")
        self.stop_button = button()
        self.stop_button.clicked.connect(self.stop)
        layout.addLayout(centered_row(self.count_label, self.count_button))
        layout.addLayout(centered_row(self.stop_button, self.space_hint))

    def _build_answer(self) -> tuple[QWidget, ...]:
        self.count_question = text_label()
        self.count_field = NumberField(MAX_CHAIR_STANDS, self.appearance)
        self.count_question.setBuddy(self.count_field.spin)
        self.arms = check_box()
        self.arms_note = text_label("muted")
        self.arms.toggled.connect(self.arms_note.setVisible)
        self.arms_note.hide()
        return (self.count_question, self.count_field, self.arms, self.arms_note)

    @property
    def answer_field(self) -> NumberField:
        return self.count_field

    @property
    def big_button(self) -> QPushButton:
        return self.count_button

    # the answer
    def result(self) -> ChairStand | None:
        """The test's result, or None when skipped (or not done)."""
        if self.phase is not TestPhase.DONE:
            return None
        return ChairStand(self.count_field.value(), self.arms.isChecked())

    # what the person does
    def start(self) -> None:
        self.stands = 0
        self.stopped_note.hide()
        super().start()

    def _go_words(self) -> str:
        return self.tr("Start! Stand up and sit down.")

    def _end_words(self) -> str:
        return self.tr("Stop. Sit down and rest.")

    def _value_when_time_is_up(self) -> int:
        return self.stands

    def on_space(self) -> None:
        self.count_stand()

    def count_stand(self) -> None:
        if self.phase is TestPhase.RUNNING:
            self.stands += 1
            self.refresh_run()

    def stop(self) -> None:
        """Stop the test before the time is up: nothing is kept, and it can be started again."""
        if not self.busy:
            return
        self._stop_run()
        self.show_phase(TestPhase.INTRO, focus=self.start_button)
        self.stopped_note.show()
        announce(self.start_button, self.stopped_note.text())

    def leave(self) -> None:
        if self.busy:
            self.stop()
        self.driver.pause()

    # showing it
    def _show_run_controls(self, phase: TestPhase) -> None:
        self.count_button.setVisible(phase is TestPhase.RUNNING)

    def refresh_run(self) -> None:
        if self.phase is TestPhase.COUNTDOWN:
            self.run_status.setText(self.tr("Get ready: sit down with your arms crossed"))
            self.time_label.setText(QLocale().toString(self.run.count_shown()))
            self.time_caption.setText(self.tr("The test starts soon"))
        else:
            self.run_status.setText(self.tr("Stand up and sit down"))
            self.time_label.setText(QLocale().toString(self.run.remaining()))
            self.time_caption.setText(self.tr("seconds left"))
        self.count_label.setText(self.tr("Stands: %1").replace("%1", QLocale().toString(self.stands)))

    def check(self) -> bool:
        self.clear_errors()
        if self.phase is TestPhase.INTRO:
            self.problem(
                self.intro_error,
                self.start_button,
                self.tr("Start the test, type in a result you already have, or choose “Skip this test”."),
            )
        elif self.busy:
            self.problem(
                self.run_error,
                self.stop_button,
                self.tr("The test is still running. Wait until the time is up, or stop the test."),
            )
        return self.checked()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Test: stand up from a chair"))
        self.intro.setText(
            self.tr(
                "This test, the chair stand test, shows how strong your legs are today. You count how many "
                "times you can stand up and sit down in 30 seconds. It is fine if it is only a few times."
            )
        )
        self.how_heading.setText(self.tr("How to do the test"))
        self.how_text.setText(
            self.tr(
                "1. Put a sturdy chair without wheels against a wall, so that it cannot slide.\n"
                "2. Sit in the middle of the seat with your feet flat on the floor.\n"
                "3. Cross your arms over your chest.\n"
                "4. When the test starts, stand up straight and sit down again, as many times as you safely "
                "can in 30 seconds.\n"
                "5. Count aloud. Someone with you can press the big button each time you stand up, or you "
                "type in the number afterwards."
            )
        )
        self.canvas.setAccessibleName(self.tr("A person stands up from a chair and sits down, arms crossed"))
        self.canvas.setAccessibleDescription(self.tr("Shows how to do the chair stand test"))
        self.safety.setText(
            self.tr(
                "Stop at once if you get chest pain, feel dizzy or get a sharp pain. If you need your arms to "
                "get up, stop the test and tick “I needed my arms”."
            )
        )
        self.stopped_note.setText(self.tr("You stopped the test. Start it again when you are ready."))
        self.start_button.setText(self.tr("Start the test"))
        self.start_button.setAccessibleDescription(self.tr("A count of 3, 2, 1, then 30 seconds"))
        self.manual_button.setText(self.tr("Type in a result"))
        self.skip_button.setText(self.tr("Skip this test"))
        self.count_button.setText(self.tr("I stood up (+1)"))
        self.count_button.setAccessibleDescription(self.tr("Space bar"))
        self.space_hint.setText(self.tr("You can also press the Space bar each time."))
        self.stop_button.setText(self.tr("Stop the test"))
        self.done_heading.setText(self.tr("Your result"))
        self.count_question.setText(self.tr("How many times did you stand up in 30 seconds?"))
        self.count_field.set_names(self.tr("Number of times you stood up"), self.tr("One fewer"), self.tr("One more"))
        self.arms.setText(self.tr("I needed my arms to stand up"))
        self.arms_note.setText(
            self.tr("Then the test counts as 0. That is all right: the program starts at a level that suits you.")
        )
        self.again_button.setText(self.tr("Do the test again"))
        self.skipped_text.setText(
            self.tr("You skipped the test. That is fine: the program then starts at the gentlest level.")
        )
        self.unskip_button.setText(self.tr("Do the test after all"))
        self.refresh_run()

"""The optional balance test: standing on one leg next to a chair. A 3-2-1 start, then a clock that stops at
30 seconds or when the person presses Stop (or Space); or the seconds typed in; or skipped."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from ledhalsa_desktop import content
from ledhalsa_desktop.core.norms import BALANCE_LIMIT_SECONDS
from ledhalsa_desktop.ui.animation_driver import AnimationDriver
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.assessment_steps import Step
from ledhalsa_desktop.ui.chair_stand_test import TICK_MS, NumberField, RunPhase, TimedRun, make_huge
from ledhalsa_desktop.ui.figure_canvas import FigureCanvas
from ledhalsa_desktop.ui.flow_layout import FlowLayout
from ledhalsa_desktop.ui.theme import MIN_TARGET_PX
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import announce, button, card, text_label

BALANCE_ANIMATION = "single_leg_stance"


class BalancePhase(StrEnum):
    INTRO = "intro"
    COUNTDOWN = "countdown"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"


class BalanceStep(Step):
    skipped = Signal()

    def __init__(self, appearance: Appearance, voice: Voice, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.appearance = appearance
        self.voice = voice
        self.phase = BalancePhase.INTRO
        self.run = TimedRun(clock, BALANCE_LIMIT_SECONDS)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._stopped_while_hidden = False
        self.add(self._build_intro(), self._build_run(), self._build_done(), self._build_skipped())
        self.column.addStretch(1)
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.space.activated.connect(self.stop)
        appearance.changed.connect(self.restyle)
        self.restyle()
        self.show_phase(BalancePhase.INTRO)

    def _build_intro(self) -> QWidget:
        self.intro_panel = QWidget()
        layout = QVBoxLayout(self.intro_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.how_heading = text_label("heading")
        self.how_text = text_label()
        self.canvas = FigureCanvas()
        self.canvas.setMinimumHeight(240)
        self.canvas.setMaximumHeight(340)
        self.canvas.set_animation(content.animations()[BALANCE_ANIMATION])
        self.driver = AnimationDriver(self, content.animations()[BALANCE_ANIMATION])
        self.driver.time_changed.connect(self.canvas.set_time)
        self.safety = text_label("muted")
        row = FlowLayout(spacing=12)
        self.start_button = button("primary")
        self.start_button.clicked.connect(self.start)
        self.manual_button = button()
        self.manual_button.clicked.connect(self.type_result)
        self.skip_button = button()
        self.skip_button.clicked.connect(self.skip)
        for widget in (self.start_button, self.manual_button, self.skip_button):
            row.addWidget(widget)
        for widget in (self.how_heading, self.how_text, self.canvas, self.safety):
            layout.addWidget(widget)
        layout.addLayout(row)
        return self.intro_panel

    def _build_run(self) -> QWidget:
        self.run_panel, layout = card()
        self.run_status = text_label("heading")
        self.run_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label = text_label()
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_caption = text_label("muted")
        self.time_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stop_button = button("primary")
        self.stop_button.setMinimumHeight(MIN_TARGET_PX * 2 + 24)
        self.stop_button.clicked.connect(self.stop)
        self.space_hint = text_label("muted")
        self.space_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.run_error = self.error_label()
        for widget in (self.run_status, self.time_label, self.time_caption, self.stop_button, self.space_hint):
            layout.addWidget(widget)
        layout.addWidget(self.run_error)
        return self.run_panel

    def _build_done(self) -> QWidget:
        self.done_panel, layout = card()
        self.done_heading = text_label("heading")
        self.seconds_question = text_label()
        self.seconds_field = NumberField(BALANCE_LIMIT_SECONDS, self.appearance)
        self.seconds_question.setBuddy(self.seconds_field.spin)
        row = QHBoxLayout()
        self.again_button = button()
        self.again_button.clicked.connect(lambda: self.show_phase(BalancePhase.INTRO, focus=self.start_button))
        row.addWidget(self.again_button)
        row.addStretch(1)
        for widget in (self.done_heading, self.seconds_question, self.seconds_field):
            layout.addWidget(widget)
        layout.addLayout(row)
        return self.done_panel

    def _build_skipped(self) -> QWidget:
        self.skipped_panel, layout = card()
        self.skipped_text = text_label()
        row = QHBoxLayout()
        self.unskip_button = button()
        self.unskip_button.clicked.connect(lambda: self.show_phase(BalancePhase.INTRO, focus=self.start_button))
        row.addWidget(self.unskip_button)
        row.addStretch(1)
        layout.addWidget(self.skipped_text)
        layout.addLayout(row)
        return self.skipped_panel

    def result(self) -> int | None:
        """Seconds on one leg, or None when the test was skipped or not done."""
        return self.seconds_field.value() if self.phase is BalancePhase.DONE else None

    @property
    def busy(self) -> bool:
        return self.phase in (BalancePhase.COUNTDOWN, BalancePhase.RUNNING)

    def start(self) -> None:
        settings = self.appearance.state.settings
        self.voice.configure(settings.language, settings.voice_enabled, settings.voice_speed)
        self.clear_errors()
        self.show_phase(BalancePhase.COUNTDOWN, focus=self.stop_button)
        self.handle(self.run.start())
        self.timer.start()

    def tick(self) -> None:
        if self.busy:
            self.handle(self.run.update())

    def handle(self, events: list[tuple[str, int]]) -> None:
        for kind, value in events:
            if kind == "count":
                self.voice.say(QLocale().toString(value))
            elif kind == "go":
                QApplication.beep()
                self.voice.say(self.tr("Lift one foot now."))
                self.show_phase(BalancePhase.RUNNING, focus=self.stop_button)
            elif kind == "end":
                QApplication.beep()
                self.voice.say(self.tr("30 seconds. Put your foot down."))
                self.finish(BALANCE_LIMIT_SECONDS)
        self.refresh_run()

    def stop(self) -> None:
        """Stop: during the countdown back to the start, while standing the seconds so far are the result."""
        if self.phase is BalancePhase.COUNTDOWN:
            self.run.stop()
            self.timer.stop()
            self.show_phase(BalancePhase.INTRO, focus=self.start_button)
        elif self.phase is BalancePhase.RUNNING:
            self.finish(math.floor(self.run.stop()))

    def finish(self, seconds: int) -> None:
        self.timer.stop()
        self.seconds_field.set_value(min(BALANCE_LIMIT_SECONDS, seconds))
        self.show_phase(BalancePhase.DONE, focus=self.seconds_field)
        announce(self.seconds_field.spin, self.done_heading.text())

    def type_result(self) -> None:
        self.show_phase(BalancePhase.DONE, focus=self.seconds_field)

    def skip(self) -> None:
        self.show_phase(BalancePhase.SKIPPED, focus=self.unskip_button)
        self.skipped.emit()

    def leave(self) -> None:
        if self.busy:
            self.run.stop()
            self.timer.stop()
            self.voice.stop()
            self.show_phase(BalancePhase.INTRO)
        self.driver.pause()

    def show_phase(self, phase: BalancePhase, focus: QWidget | None = None) -> None:
        self.phase = phase
        self.intro_panel.setVisible(phase is BalancePhase.INTRO)
        self.run_panel.setVisible(phase in (BalancePhase.COUNTDOWN, BalancePhase.RUNNING))
        self.done_panel.setVisible(phase is BalancePhase.DONE)
        self.skipped_panel.setVisible(phase is BalancePhase.SKIPPED)
        self.space.setEnabled(phase is BalancePhase.RUNNING)
        self.title.setVisible(not self.busy)
        self.intro.setVisible(not self.busy)
        if phase is BalancePhase.INTRO and self.isVisible():
            self.driver.play()
        else:
            self.driver.pause()
        self.refresh_run()
        if phase is BalancePhase.COUNTDOWN:
            self.reveal(self.run_panel)
        elif phase in (BalancePhase.DONE, BalancePhase.SKIPPED):
            self.reveal(self.done_panel if phase is BalancePhase.DONE else self.skipped_panel)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_run(self) -> None:
        if self.run.phase is RunPhase.COUNTDOWN:
            self.run_status.setText(self.tr("Get ready: stand next to the chair"))
            self.time_label.setText(QLocale().toString(self.run.count_shown()))
            self.time_caption.setText(self.tr("Lift your foot when the count reaches zero"))
        else:
            self.run_status.setText(self.tr("Stand on one leg"))
            self.time_label.setText(QLocale().toString(math.floor(self.run.running_seconds())))
            self.time_caption.setText(self.tr("seconds"))

    def restyle(self) -> None:
        settings = self.appearance.state.settings
        make_huge(self.time_label, settings.text_scale)
        self.seconds_field.restyle()
        self.canvas.set_theme(settings.theme)
        self.stop_button.setMinimumWidth(round(240 * settings.text_scale / 100))

    def check(self) -> bool:
        self.clear_errors()
        if self.busy:
            self.problem(
                self.run_error,
                self.stop_button,
                self.tr("The clock is still running. Press Stop when you put your foot down."),
            )
        return self.checked()

    def first_focus(self) -> QWidget:
        return {
            BalancePhase.INTRO: self.start_button,
            BalancePhase.DONE: self.seconds_field,
            BalancePhase.SKIPPED: self.unskip_button,
        }.get(self.phase, self.stop_button)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.restyle()
        if self._stopped_while_hidden:
            self._stopped_while_hidden = False
            self.show_phase(BalancePhase.INTRO)
        if self.phase is BalancePhase.INTRO:
            self.driver.play()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # Hidden (another view, or the window closing): stop a running test, but leave the widgets alone,
        # which may be on their way out; the next showEvent shows the start again.
        self.driver.pause()
        if self.busy:
            self.run.stop()
            self.timer.stop()
            self.voice.stop()
            self.phase = BalancePhase.INTRO
            self._stopped_while_hidden = True
        super().hideEvent(event)

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

"""The 30-second chair stand test: how to do it, a 3-2-1 start, a big countdown, a big button (or Space) per
stand, and then the count to check or type in, with "I needed my arms" (which scores 0). It can be skipped.

Nothing here runs out on its own except the 30 seconds of the test itself, which can be stopped and started
again. The clock is passed in, so tests move time on without waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ledhalsa_desktop import content
from ledhalsa_desktop.core.assessment import ChairStand
from ledhalsa_desktop.core.norms import CHAIR_STAND_SECONDS, MAX_CHAIR_STANDS
from ledhalsa_desktop.ui.animation_driver import AnimationDriver
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.assessment_steps import Step
from ledhalsa_desktop.ui.figure_canvas import FigureCanvas
from ledhalsa_desktop.ui.flow_layout import FlowLayout
from ledhalsa_desktop.ui.theme import MAIN_ACTION_PX, MIN_TARGET_PX, THEMES, point_size
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import announce, button, card, check_box, text_label

CHAIR_STAND_ANIMATION = "sit_to_stand_arms_crossed"
COUNTDOWN_SECONDS = 3
TICK_MS = 100
HUGE_FACTOR = 3.5  # the countdown's size, times the body text


class RunPhase(StrEnum):
    IDLE = "idle"
    COUNTDOWN = "countdown"
    RUNNING = "running"
    DONE = "done"


class TimedRun:
    """A 3-2-1 start, then at most `limit` seconds; `update()` reports what happened since the last look.

    Events: ("count", n) as the start counts down, ("go", 0) when the time starts, ("end", 0) when it is up.
    """

    def __init__(self, clock: Callable[[], float], limit: float, countdown: int = COUNTDOWN_SECONDS) -> None:
        self.clock = clock
        self.limit = limit
        self.countdown = countdown
        self.phase = RunPhase.IDLE
        self.started_at = 0.0
        self.stopped_after = 0.0  # seconds of the run itself when it was stopped or ran out
        self._shown_count = countdown

    def start(self) -> list[tuple[str, int]]:
        self.started_at = self.clock()
        self.phase = RunPhase.COUNTDOWN
        self._shown_count = self.countdown
        self.stopped_after = 0.0
        return [("count", self.countdown)] if self.countdown else self.update()

    def since_start(self) -> float:
        return max(0.0, self.clock() - self.started_at)

    def running_seconds(self) -> float:
        """Seconds of the run itself (after the countdown), at most the limit."""
        if self.phase is RunPhase.DONE:
            return self.stopped_after
        return min(self.limit, max(0.0, self.since_start() - self.countdown))

    def remaining(self) -> int:
        """Whole seconds left, rounded up: 30 just after the start, 1 in the last second."""
        return math.ceil(self.limit - self.running_seconds() - 1e-9)

    def count_shown(self) -> int:
        return self._shown_count

    def update(self) -> list[tuple[str, int]]:
        events: list[tuple[str, int]] = []
        passed = self.since_start()
        if self.phase is RunPhase.COUNTDOWN:
            left = self.countdown - math.floor(passed)
            while self._shown_count > max(left, 1):
                self._shown_count -= 1
                events.append(("count", self._shown_count))
            if passed >= self.countdown:
                self.phase = RunPhase.RUNNING
                events.append(("go", 0))
        if self.phase is RunPhase.RUNNING and passed - self.countdown >= self.limit:
            self.phase = RunPhase.DONE
            self.stopped_after = self.limit
            events.append(("end", 0))
        return events

    def stop(self) -> float:
        """Stop now; returns the seconds of the run itself."""
        seconds = self.running_seconds() if self.phase is RunPhase.RUNNING else 0.0
        self.phase = RunPhase.DONE
        self.stopped_after = seconds
        return seconds

    @property
    def busy(self) -> bool:
        return self.phase in (RunPhase.COUNTDOWN, RunPhase.RUNNING)


def make_huge(label: QLabel, scale: int) -> None:
    label.setStyleSheet(f"font-size: {point_size(scale, HUGE_FACTOR)}pt; font-weight: 700;")


def styled_spin_box(spin: QSpinBox, appearance: Appearance) -> None:
    """The theme styles line edits but not spin boxes: the same border, size and focus ring."""
    settings = appearance.state.settings
    colors = THEMES[settings.theme]
    spin.setStyleSheet(
        f"QSpinBox {{ background: {colors.surface}; color: {colors.text}; border: 2px solid {colors.border}; "
        f"border-radius: 8px; padding: 4px 10px; min-height: {MAIN_ACTION_PX - 8}px; "
        f"font-size: {point_size(settings.text_scale, 1.6)}pt; font-weight: 700; "
        f"selection-background-color: {colors.selected}; selection-color: {colors.selected_text}; }}"
        f"QSpinBox:focus {{ border: 4px solid {colors.focus}; }}"
        # the theme's rule for line edits would otherwise squeeze the spin box's own text field out of sight
        "QSpinBox QLineEdit, QSpinBox QLineEdit:focus { border: none; padding: 0px; min-height: 0px; "
        "background: transparent; }"
        # its own arrows are too small to hit: the − and + buttons beside it do their work (NoButtons would
        # leave the text field 1 px wide under a style sheet)
        "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
    )
    spin.setMinimumWidth(round(110 * settings.text_scale / 100))


class NumberField(QWidget):
    """A number typed in, with large − and + buttons beside it (the spin box's own arrows are too small)."""

    def __init__(self, maximum: int, appearance: Appearance) -> None:
        super().__init__()
        self.appearance = appearance
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.minus = button()
        self.minus.setText("−")
        self.minus.setMinimumSize(MAIN_ACTION_PX, MAIN_ACTION_PX)
        self.spin = QSpinBox()
        self.spin.setRange(0, maximum)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plus = button()
        self.plus.setText("+")
        self.plus.setMinimumSize(MAIN_ACTION_PX, MAIN_ACTION_PX)
        self.minus.clicked.connect(self.spin.stepDown)
        self.plus.clicked.connect(self.spin.stepUp)
        row.addWidget(self.minus)
        row.addWidget(self.spin)
        row.addWidget(self.plus)
        row.addStretch(1)
        self.setFocusProxy(self.spin)
        self.restyle()

    def restyle(self) -> None:
        styled_spin_box(self.spin, self.appearance)
        size = point_size(self.appearance.state.settings.text_scale, 1.6)
        for sign in (self.minus, self.plus):
            sign.setStyleSheet(f"QPushButton {{ font-size: {size}pt; font-weight: 700; padding: 0px 12px; }}")

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: int) -> None:
        self.spin.setValue(value)

    def set_names(self, name: str, fewer: str, more: str) -> None:
        self.spin.setAccessibleName(name)
        self.spin.lineEdit().setAccessibleName(name)
        self.minus.setAccessibleName(fewer)
        self.plus.setAccessibleName(more)


class StandPhase(StrEnum):
    INTRO = "intro"
    COUNTDOWN = "countdown"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"


class ChairStandStep(Step):
    skipped = Signal()  # the person chose to skip: the view goes on to the next step

    def __init__(self, appearance: Appearance, voice: Voice, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.appearance = appearance
        self.voice = voice
        self.clock = clock
        self.phase = StandPhase.INTRO
        self.stands = 0
        self.run = TimedRun(clock, CHAIR_STAND_SECONDS)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._stopped_while_hidden = False
        self.add(self._build_intro(), self._build_run(), self._build_done(), self._build_skipped())
        self.column.addStretch(1)
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.space.activated.connect(self.count_stand)
        appearance.changed.connect(self.restyle)
        self.restyle()
        self.show_phase(StandPhase.INTRO)

    # building
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
        self.canvas.set_animation(content.animations()[CHAIR_STAND_ANIMATION])
        self.driver = AnimationDriver(self, content.animations()[CHAIR_STAND_ANIMATION])
        self.driver.time_changed.connect(self.canvas.set_time)
        self.safety = text_label("muted")
        self.stopped_note = text_label("muted")
        self.stopped_note.hide()
        row = FlowLayout(spacing=12)
        self.start_button = button("primary")
        self.start_button.clicked.connect(self.start)
        self.manual_button = button()
        self.manual_button.clicked.connect(self.type_result)
        self.skip_button = button()
        self.skip_button.clicked.connect(self.skip)
        for widget in (self.start_button, self.manual_button, self.skip_button):
            row.addWidget(widget)
        self.intro_error = self.error_label()
        for widget in (self.how_heading, self.how_text, self.canvas, self.safety, self.stopped_note):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.intro_error)
        return self.intro_panel

    def _build_run(self) -> QWidget:
        self.run_panel, layout = card()
        self.run_status = text_label("heading")
        self.run_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label = text_label()
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_caption = text_label("muted")
        self.time_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        self.run_error = self.error_label()
        for widget in (self.run_status, self.time_label, self.time_caption):
            layout.addWidget(widget)
        count_row = QHBoxLayout()
        count_row.setSpacing(24)
        count_row.addStretch(1)
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.count_button)
        count_row.addStretch(1)
        layout.addLayout(count_row)
        stop_row = QHBoxLayout()
        stop_row.setSpacing(24)
        stop_row.addStretch(1)
        stop_row.addWidget(self.stop_button)
        stop_row.addWidget(self.space_hint)
        stop_row.addStretch(1)
        layout.addLayout(stop_row)
        layout.addWidget(self.run_error)
        return self.run_panel

    def _build_done(self) -> QWidget:
        self.done_panel, layout = card()
        self.done_heading = text_label("heading")
        self.count_question = text_label()
        self.count_field = NumberField(MAX_CHAIR_STANDS, self.appearance)
        self.count_question.setBuddy(self.count_field.spin)
        self.arms = check_box()
        self.arms_note = text_label("muted")
        self.arms.toggled.connect(self.arms_note.setVisible)
        self.arms_note.hide()
        again_row = QHBoxLayout()
        self.again_button = button()
        self.again_button.clicked.connect(lambda: self.show_phase(StandPhase.INTRO, focus=self.start_button))
        again_row.addWidget(self.again_button)
        again_row.addStretch(1)
        for widget in (self.done_heading, self.count_question, self.count_field, self.arms, self.arms_note):
            layout.addWidget(widget)
        layout.addLayout(again_row)
        return self.done_panel

    def _build_skipped(self) -> QWidget:
        self.skipped_panel, layout = card()
        self.skipped_text = text_label()
        row = QHBoxLayout()
        self.unskip_button = button()
        self.unskip_button.clicked.connect(lambda: self.show_phase(StandPhase.INTRO, focus=self.start_button))
        row.addWidget(self.unskip_button)
        row.addStretch(1)
        layout.addWidget(self.skipped_text)
        layout.addLayout(row)
        return self.skipped_panel

    # the answer
    def result(self) -> ChairStand | None:
        """The test's result, or None when skipped (or not done)."""
        if self.phase is not StandPhase.DONE:
            return None
        return ChairStand(self.count_field.value(), self.arms.isChecked())

    @property
    def busy(self) -> bool:
        return self.phase in (StandPhase.COUNTDOWN, StandPhase.RUNNING)

    # what the person does
    def start(self) -> None:
        settings = self.appearance.state.settings
        self.voice.configure(settings.language, settings.voice_enabled, settings.voice_speed)
        self.stands = 0
        self.clear_errors()
        self.stopped_note.hide()
        self.show_phase(StandPhase.COUNTDOWN, focus=self.stop_button)
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
                self.voice.say(self.tr("Start! Stand up and sit down."))
                self.show_phase(StandPhase.RUNNING, focus=self.count_button)
            elif kind == "end":
                QApplication.beep()
                self.voice.say(self.tr("Stop. Sit down and rest."))
                self.timer.stop()
                self.count_field.set_value(self.stands)
                self.show_phase(StandPhase.DONE, focus=self.count_field)
                announce(self.count_field.spin, self.done_heading.text())
        self.refresh_run()

    def count_stand(self) -> None:
        if self.phase is StandPhase.RUNNING:
            self.stands += 1
            self.refresh_run()

    def stop(self) -> None:
        """Stop the test before the time is up: nothing is kept, and it can be started again."""
        if not self.busy:
            return
        self.run.stop()
        self.timer.stop()
        self.voice.stop()
        self.show_phase(StandPhase.INTRO, focus=self.start_button)
        self.stopped_note.show()
        announce(self.start_button, self.stopped_note.text())

    def type_result(self) -> None:
        self.clear_errors()
        self.show_phase(StandPhase.DONE, focus=self.count_field)

    def skip(self) -> None:
        self.clear_errors()
        self.show_phase(StandPhase.SKIPPED, focus=self.unskip_button)
        self.skipped.emit()

    def leave(self) -> None:
        if self.busy:
            self.stop()
        self.driver.pause()

    # showing it
    def show_phase(self, phase: StandPhase, focus: QWidget | None = None) -> None:
        self.phase = phase
        self.intro_panel.setVisible(phase is StandPhase.INTRO)
        self.run_panel.setVisible(phase in (StandPhase.COUNTDOWN, StandPhase.RUNNING))
        self.done_panel.setVisible(phase is StandPhase.DONE)
        self.skipped_panel.setVisible(phase is StandPhase.SKIPPED)
        self.count_button.setVisible(phase is StandPhase.RUNNING)
        self.title.setVisible(not self.busy)
        self.intro.setVisible(not self.busy)
        self.space.setEnabled(phase is StandPhase.RUNNING)
        if phase is StandPhase.INTRO and self.isVisible():
            self.driver.play()
        else:
            self.driver.pause()
        self.refresh_run()
        if phase is StandPhase.COUNTDOWN:
            self.reveal(self.run_panel)
        elif phase in (StandPhase.DONE, StandPhase.SKIPPED):
            self.reveal(self.done_panel if phase is StandPhase.DONE else self.skipped_panel)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_run(self) -> None:
        if self.phase is StandPhase.COUNTDOWN:
            self.run_status.setText(self.tr("Get ready: sit down with your arms crossed"))
            self.time_label.setText(QLocale().toString(self.run.count_shown()))
            self.time_caption.setText(self.tr("The test starts soon"))
        else:
            self.run_status.setText(self.tr("Stand up and sit down"))
            self.time_label.setText(QLocale().toString(self.run.remaining()))
            self.time_caption.setText(self.tr("seconds left"))
        self.count_label.setText(self.tr("Stands: %1").replace("%1", QLocale().toString(self.stands)))

    def restyle(self) -> None:
        settings = self.appearance.state.settings
        make_huge(self.time_label, settings.text_scale)
        self.count_field.restyle()
        self.canvas.set_theme(settings.theme)
        self.count_button.setMinimumWidth(round(240 * settings.text_scale / 100))

    def check(self) -> bool:
        self.clear_errors()
        if self.phase is StandPhase.INTRO:
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

    def first_focus(self) -> QWidget:
        return {
            StandPhase.INTRO: self.start_button,
            StandPhase.DONE: self.count_field,
            StandPhase.SKIPPED: self.unskip_button,
        }.get(self.phase, self.stop_button)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.restyle()
        if self._stopped_while_hidden:
            self._stopped_while_hidden = False
            self.show_phase(StandPhase.INTRO)
        if self.phase is StandPhase.INTRO:
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
            self.phase = StandPhase.INTRO
            self._stopped_while_hidden = True
        super().hideEvent(event)

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

"""What the timed tests of the assessment share (the chair stand test and the balance test): a clock with a
3-2-1 start, a number field with large − and + buttons, and a step that goes from how to do the test to the
running clock, to the result to check or type in, or to "skipped".

Nothing here runs out on its own except the seconds of the test itself. The clock is passed in, so tests move
time on without waiting.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ledhalsa_desktop import content
from ledhalsa_desktop.ui.animation_driver import AnimationDriver
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.assessment_steps import Step
from ledhalsa_desktop.ui.figure_canvas import FigureCanvas
from ledhalsa_desktop.ui.flow_layout import FlowLayout
from ledhalsa_desktop.ui.theme import MAIN_ACTION_PX, THEMES, point_size
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import announce, button, card, text_label

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


class TestPhase(StrEnum):
    INTRO = "intro"
    COUNTDOWN = "countdown"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"


class TimedTestStep(Step):
    """A timed test: how to do it (with a moving figure), a 3-2-1 start and the clock, the result, or skipped.

    Each test sets its texts itself, in `retranslate()` and `refresh_run()`, so that they keep the test's
    translation context.
    """

    skipped = Signal()  # the person chose to skip: the view goes on to the next step

    def __init__(
        self, appearance: Appearance, voice: Voice, clock: Callable[[], float], limit: int, animation: str
    ) -> None:
        super().__init__()
        self.appearance = appearance
        self.voice = voice
        self.clock = clock
        self.phase = TestPhase.INTRO
        self.run = TimedRun(clock, limit)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._stopped_while_hidden = False
        self.add(self._build_intro(animation), self._build_run(), self._build_done(), self._build_skipped())
        self.column.addStretch(1)
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.space.activated.connect(self.on_space)
        appearance.changed.connect(self.restyle)
        self.restyle()
        self.show_phase(TestPhase.INTRO)

    # building
    def _build_intro(self, animation: str) -> QWidget:
        self.intro_panel = QWidget()
        layout = QVBoxLayout(self.intro_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.how_heading = text_label("heading")
        self.how_text = text_label()
        self.canvas = FigureCanvas()
        self.canvas.setMinimumHeight(240)
        self.canvas.setMaximumHeight(340)
        self.canvas.set_animation(content.animations()[animation])
        self.driver = AnimationDriver(self, content.animations()[animation])
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
        for widget in (self.how_heading, self.how_text, self.canvas, self.safety, *self._intro_notes()):
            layout.addWidget(widget)
        layout.addLayout(row)
        for widget in self._intro_below_buttons():
            layout.addWidget(widget)
        return self.intro_panel

    def _intro_notes(self) -> tuple[QWidget, ...]:
        """Widgets under the safety text, above the buttons."""
        return ()

    def _intro_below_buttons(self) -> tuple[QWidget, ...]:
        return ()

    def _build_run(self) -> QWidget:
        self.run_panel, layout = card()
        self.run_status = text_label("heading")
        self.run_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label = text_label()
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_caption = text_label("muted")
        self.time_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.run_status, self.time_label, self.time_caption):
            layout.addWidget(widget)
        self._add_run_controls(layout)
        self.run_error = self.error_label()
        layout.addWidget(self.run_error)
        return self.run_panel

    def _add_run_controls(self, layout: QVBoxLayout) -> None:
        """The buttons under the clock: `stop_button`, the `big_button` and `space_hint`."""
        raise NotImplementedError

    def _build_done(self) -> QWidget:
        self.done_panel, layout = card()
        self.done_heading = text_label("heading")
        answer = self._build_answer()
        row = QHBoxLayout()
        self.again_button = button()
        self.again_button.clicked.connect(lambda: self.show_phase(TestPhase.INTRO, focus=self.start_button))
        row.addWidget(self.again_button)
        row.addStretch(1)
        for widget in (self.done_heading, *answer):
            layout.addWidget(widget)
        layout.addLayout(row)
        return self.done_panel

    def _build_answer(self) -> tuple[QWidget, ...]:
        """The question under "Your result", with the `answer_field` for the number."""
        raise NotImplementedError

    def _build_skipped(self) -> QWidget:
        self.skipped_panel, layout = card()
        self.skipped_text = text_label()
        row = QHBoxLayout()
        self.unskip_button = button()
        self.unskip_button.clicked.connect(lambda: self.show_phase(TestPhase.INTRO, focus=self.start_button))
        row.addWidget(self.unskip_button)
        row.addStretch(1)
        layout.addWidget(self.skipped_text)
        layout.addLayout(row)
        return self.skipped_panel

    # what differs between the tests
    @property
    def answer_field(self) -> NumberField:
        raise NotImplementedError

    @property
    def big_button(self) -> QPushButton:
        """The large button of the running test, which has the focus while the time runs."""
        raise NotImplementedError

    def on_space(self) -> None:
        raise NotImplementedError

    def _go_words(self) -> str:
        raise NotImplementedError

    def _end_words(self) -> str:
        raise NotImplementedError

    def _value_when_time_is_up(self) -> int:
        raise NotImplementedError

    def _show_run_controls(self, phase: TestPhase) -> None:
        """Show or hide the test's own controls for the phase."""

    def refresh_run(self) -> None:
        raise NotImplementedError

    @property
    def busy(self) -> bool:
        return self.phase in (TestPhase.COUNTDOWN, TestPhase.RUNNING)

    # what the person does
    def start(self) -> None:
        settings = self.appearance.state.settings
        self.voice.configure(settings.language, settings.voice_enabled, settings.voice_speed)
        self.clear_errors()
        self.show_phase(TestPhase.COUNTDOWN, focus=self.stop_button)
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
                self.voice.say(self._go_words())
                self.show_phase(TestPhase.RUNNING, focus=self.big_button)
            elif kind == "end":
                QApplication.beep()
                self.voice.say(self._end_words())
                self.finish(self._value_when_time_is_up())
        self.refresh_run()

    def _stop_run(self) -> None:
        self.run.stop()
        self.timer.stop()
        self.voice.stop()

    def finish(self, value: int) -> None:
        self.timer.stop()
        self.answer_field.set_value(value)
        self.show_phase(TestPhase.DONE, focus=self.answer_field)
        announce(self.answer_field.spin, self.done_heading.text())

    def type_result(self) -> None:
        self.clear_errors()
        self.show_phase(TestPhase.DONE, focus=self.answer_field)

    def skip(self) -> None:
        self.clear_errors()
        self.show_phase(TestPhase.SKIPPED, focus=self.unskip_button)
        self.skipped.emit()

    # showing it
    def show_phase(self, phase: TestPhase, focus: QWidget | None = None) -> None:
        self.phase = phase
        self.intro_panel.setVisible(phase is TestPhase.INTRO)
        self.run_panel.setVisible(phase in (TestPhase.COUNTDOWN, TestPhase.RUNNING))
        self.done_panel.setVisible(phase is TestPhase.DONE)
        self.skipped_panel.setVisible(phase is TestPhase.SKIPPED)
        self._show_run_controls(phase)
        self.title.setVisible(not self.busy)
        self.intro.setVisible(not self.busy)
        self.space.setEnabled(phase is TestPhase.RUNNING)
        if phase is TestPhase.INTRO and self.isVisible():
            self.driver.play()
        else:
            self.driver.pause()
        self.refresh_run()
        if phase is TestPhase.COUNTDOWN:
            self.reveal(self.run_panel)
        elif phase in (TestPhase.DONE, TestPhase.SKIPPED):
            self.reveal(self.done_panel if phase is TestPhase.DONE else self.skipped_panel)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def restyle(self) -> None:
        settings = self.appearance.state.settings
        make_huge(self.time_label, settings.text_scale)
        self.answer_field.restyle()
        self.canvas.set_theme(settings.theme)
        self.big_button.setMinimumWidth(round(240 * settings.text_scale / 100))

    def first_focus(self) -> QWidget:
        return {
            TestPhase.INTRO: self.start_button,
            TestPhase.DONE: self.answer_field,
            TestPhase.SKIPPED: self.unskip_button,
        }.get(self.phase, self.stop_button)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.restyle()
        if self._stopped_while_hidden:
            self._stopped_while_hidden = False
            self.show_phase(TestPhase.INTRO)
        if self.phase is TestPhase.INTRO:
            self.driver.play()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # Hidden (another view, or the window closing): stop a running test, but leave the widgets alone,
        # which may be on their way out; the next showEvent shows the start again.
        self.driver.pause()
        if self.busy:
            self._stop_run()
            self.phase = TestPhase.INTRO
            self._stopped_while_hidden = True
        super().hideEvent(event)

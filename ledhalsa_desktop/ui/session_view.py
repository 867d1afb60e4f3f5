"""The guided exercise player: the figure large, big counters, a timer for holds and rests, and voice.

The state lives in core.session_player; this view only shows it and passes the person's choices on.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ledhalsa_desktop import content
from ledhalsa_desktop.core.prescription import starting_prescription
from ledhalsa_desktop.core.progression import Effort
from ledhalsa_desktop.core.session_player import Phase, PlayerItem, SessionPlayer, Side
from ledhalsa_desktop.training import SessionPlan
from ledhalsa_desktop.ui import program_texts
from ledhalsa_desktop.ui.after_session import AfterSessionQuestions, SessionSummary
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.figure_canvas import FigureCanvas
from ledhalsa_desktop.ui.flow_layout import FlowLayout
from ledhalsa_desktop.ui.guidance import cue_word, spoken_text
from ledhalsa_desktop.ui.message_dialog import MessageDialog
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import Page, button, card, text_label

FRAME_MS = 16
COUNTDOWN_MS = 100
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5)
SIDE_BY_SIDE_MAX_SCALE = 125  # above this text size the counters go below the figure
INTRO, PLAYER, FINISH, QUESTIONS, SUMMARY = range(5)


class SessionView(Page):
    """The player; with a program it runs today's session and asks the questions after it."""

    go_home = Signal()
    program_changed = Signal()

    def __init__(self, appearance: Appearance, voice: Voice, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.appearance = appearance
        self.voice = voice
        self.clock = clock
        self.player: SessionPlayer | None = None
        self.plan: SessionPlan | None = None
        self._recorded: dict[int, tuple[int, bool]] = {}
        self.mirrored = False
        self.status_cue = ""
        self._shown: tuple[object, ...] = ()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._build_intro())
        self.pages.addWidget(self._build_player())
        self.pages.addWidget(self._build_finish())
        self.questions = AfterSessionQuestions()
        self.questions.answered.connect(self.save_answers)
        self.pages.addWidget(self.questions)
        self.summary = SessionSummary()
        self.summary.go_home.connect(self.go_home)
        self.pages.addWidget(self.summary)
        for key, action in (
            (Qt.Key.Key_Space, self.main_or_pause),
            (Qt.Key.Key_Left, self.previous_exercise),
            (Qt.Key.Key_Right, self.next_exercise),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self.retranslate()

    # building
    def _build_intro(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        self.intro_title = text_label("title")
        self.intro_text = text_label()
        self.intro_list = text_label()
        self.intro_start = button("primary")
        self.intro_start.clicked.connect(self.start_from_intro)
        self.intro_lighter = button()
        self.intro_lighter.clicked.connect(lambda: self.start_program_session(lighter=True))
        self.intro_sample = button()
        self.intro_sample.clicked.connect(self.start_sample)
        row = FlowLayout()
        for widget in (self.intro_start, self.intro_lighter, self.intro_sample):
            row.addWidget(widget)
        for widget in (self.intro_title, self.intro_text, self.intro_list):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_player(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        self.exercise_title = text_label("title")
        self.exercise_info = text_label("muted")
        layout.addWidget(self.exercise_title)
        layout.addWidget(self.exercise_info)

        middle = QBoxLayout(self.middle_direction())
        middle.setSpacing(20)
        self.middle = middle
        self.canvas = FigureCanvas()
        self.canvas.setMinimumSize(320, 260)
        middle.addWidget(self.canvas, 3)
        panel, panel_layout = card()
        self.set_caption, self.set_value = text_label("muted"), text_label("big")
        self.rep_caption, self.rep_value = text_label("muted"), text_label("big")
        self.side_label = text_label("heading")
        self.status = text_label("big")
        self.main_button = button("primary")
        self.main_button.clicked.connect(self.main_action)
        self.hurts_button = button("warning")
        self.hurts_button.clicked.connect(self.too_painful)
        for widget in (
            self.set_caption,
            self.set_value,
            self.rep_caption,
            self.rep_value,
            self.side_label,
            self.status,
            self.main_button,
        ):
            panel_layout.addWidget(widget)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.hurts_button)
        middle.addWidget(panel, 2)
        layout.addLayout(middle, 1)

        controls = FlowLayout()
        self.previous_button = button()
        self.pause_button = button()
        self.next_button = button()
        self.slower_button = button()
        self.speed_label = text_label()
        self.speed_label.setWordWrap(False)
        self.speed_label.setMinimumHeight(44)
        self.faster_button = button()
        self.mirror_button = button()
        self.mirror_button.setCheckable(True)
        self.previous_button.clicked.connect(self.previous_exercise)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.next_exercise)
        self.slower_button.clicked.connect(lambda: self.change_speed(-1))
        self.faster_button.clicked.connect(lambda: self.change_speed(+1))
        self.mirror_button.toggled.connect(self.set_mirrored)
        self.end_button = button()
        self.end_button.clicked.connect(self.end_session)
        for widget in (
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.slower_button,
            self.speed_label,
            self.faster_button,
            self.mirror_button,
            self.end_button,
        ):
            controls.addWidget(widget)
        layout.addLayout(controls)
        steps, steps_layout = card()
        self.steps_heading = text_label("heading")
        self.step_text = text_label()
        steps_layout.addWidget(self.steps_heading)
        steps_layout.addWidget(self.step_text)
        layout.addWidget(steps)
        return page

    def _build_finish(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        self.finish_title = text_label("title")
        self.finish_text = text_label()
        self.home_button = button("primary")
        self.home_button.clicked.connect(self.go_home)
        self.again_button = button()
        self.again_button.clicked.connect(self.start_sample)
        row = FlowLayout()
        row.addWidget(self.home_button)
        row.addWidget(self.again_button)
        layout.addWidget(self.finish_title)
        layout.addWidget(self.finish_text)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # what the person does
    def has_program(self) -> bool:
        return self.appearance.state.training.active() is not None

    def start_from_intro(self) -> None:
        if self.has_program():
            self.start_program_session()
        else:
            self.start_sample()

    def start_sample(self) -> None:
        self.play(content.sample_session())

    def start_program_session(self, *, lighter: bool = False) -> None:
        """Today's session of the program, at today's doses (lighter ones during a flare, if chosen)."""
        plan = self.appearance.state.training.begin_session(lighter=lighter)
        self.program_changed.emit()
        self.play([content.program_item(item) for item in plan.prescriptions], plan=plan)

    def program_session_under_way(self) -> bool:
        return self.plan is not None and self.player is not None and self.player.phase is not Phase.FINISHED

    def show_intro(self) -> None:
        """Back to the start page, unless a session is under way."""
        if self.player is None or self.player.phase is Phase.FINISHED or self.pages.currentIndex() == SUMMARY:
            self.player = None
            self.plan = None
            self.pages.setCurrentIndex(INTRO)
            self.retranslate()

    def play(self, items: list[PlayerItem], *, plan: SessionPlan | None = None) -> None:
        self.plan = plan
        self._recorded = {}
        self.summary.too_painful_pressed = False
        self.player = SessionPlayer(items, self.clock())
        self.pages.setCurrentIndex(PLAYER)
        self.handle_events()
        self.refresh()
        self.main_button.setFocus()

    def main_action(self) -> None:
        player = self.player
        if player is None:
            return
        if player.phase is Phase.READY:
            if player.state.paused:
                player.resume(self.clock())
            player.start()
        elif player.phase in (Phase.RESTING, Phase.SWITCHING):
            player.skip_countdown()
        elif player.phase is Phase.EXERCISE_DONE:
            player.go_on()
        self.after_command()

    def main_or_pause(self) -> None:
        if self.player is None or self.pages.currentIndex() != PLAYER:
            return
        if self.player.phase in (Phase.READY, Phase.EXERCISE_DONE) and not self.player.state.paused:
            self.main_action()
        else:
            self.toggle_pause()

    def toggle_pause(self) -> None:
        if self.player is not None:
            self.player.toggle_pause(self.clock())
            self.after_command()

    def previous_exercise(self) -> None:
        if self.player is not None and self.pages.currentIndex() == PLAYER:
            self.player.previous_exercise()
            self.after_command()

    def next_exercise(self) -> None:
        if self.player is not None and self.pages.currentIndex() == PLAYER:
            self.player.next_exercise()
            self.after_command()

    def change_speed(self, steps: int) -> None:
        if self.player is None:
            return
        index = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - self.player.speed))
        self.player.set_speed(SPEEDS[max(0, min(len(SPEEDS) - 1, index + steps))])
        self.refresh()

    def set_mirrored(self, mirrored: bool) -> None:
        self.mirrored = mirrored
        self.refresh()

    def too_painful(self) -> None:
        player = self.player
        if player is None:
            return
        player.pause()
        self.refresh()
        self.summary.too_painful_pressed = True
        exercise = content.catalogue().by_id[player.item.exercise_id]
        easier = exercise.easier(player.item.level)
        choices = [("easier", self.tr("Change to an easier level"))] if easier is not None else []
        choices += [("skip", self.tr("Skip this exercise today")), ("continue", self.tr("Carry on"))]
        question = MessageDialog(
            self.tr("Good that you said so"),
            self.tr(
                "Stop for a moment. Pain up to 4 out of 10 is fine if it settles by the next day; sharp or "
                "increasing pain is a sign to do less. What would you like to do?"
            ),
            choices,
            parent=self,
        )
        answer = question.ask()
        switched = easier.number if answer == "easier" and easier is not None else None
        self.appearance.state.record_exercise_feedback(player.item.exercise_id, player.item.level, switched)
        self.record_progress(too_painful=True)
        if answer == "easier" and easier is not None and self.plan is not None:
            prescription = starting_prescription(exercise, easier.number)
            self.appearance.state.training.took_easier_level(self.plan.session_id, prescription)
            player.replace_item(content.program_item(prescription))
        elif answer == "easier" and easier is not None:
            player.replace_item(content.player_item(exercise.id, easier))
        elif answer == "skip":
            player.next_exercise()
        else:
            player.resume(self.clock())
        self.after_command()

    def end_session(self) -> None:
        player = self.player
        if player is None:
            return
        player.pause()
        self.refresh()
        question = MessageDialog(
            self.tr("End the session now?"),
            self.tr("What you have done so far is kept. Then come three short questions about how it went."),
            [("end", self.tr("End the session")), ("continue", self.tr("Carry on"))],
            parent=self,
        )
        if question.ask() == "end":
            self.record_progress()
            player.stop()
        else:
            player.resume(self.clock())
        self.after_command()

    def record_progress(self, *, too_painful: bool = False) -> None:
        """Save what is done of the current exercise, so a session stopped halfway keeps it."""
        player, plan = self.player, self.plan
        if player is None or plan is None:
            return
        index = player.state.item_index
        before_sets, before_done = self._recorded.get(index, (0, False))
        sets_done = max(before_sets, player.sets_done(index))
        completed = before_done or index in player.state.done_items
        if (sets_done, completed) == (before_sets, before_done) and not too_painful:
            return
        self._recorded[index] = (sets_done, completed)
        self.appearance.state.training.exercise_done(
            plan.session_id,
            player.item.exercise_id,
            sets_done=min(sets_done, player.item.sets),
            completed=completed,
            too_painful=too_painful,
        )

    def save_answers(self, pain: int, effort: Effort, note: str) -> None:
        player, plan = self.player, self.plan
        if player is None or plan is None:
            return
        changes = self.appearance.state.training.finish_session(
            plan.session_id, pain_during=pain, effort=effort, hurt_note=note
        )
        language = self.appearance.state.settings.language
        done = [item.exercise_id for index, item in enumerate(player.items) if index in player.state.done_items]
        skipped = [item.exercise_id for index, item in enumerate(player.items) if index not in player.state.done_items]
        self.summary.show_result(done, skipped, changes, pain, language)
        self.pages.setCurrentIndex(SUMMARY)
        self.summary.home_button.setFocus()
        self.program_changed.emit()

    # showing the state
    def after_command(self) -> None:
        self.handle_events()
        self.refresh()

    def tick(self) -> None:
        player = self.player
        if player is None:
            return
        player.update(self.clock())
        shown = (player.phase, player.state.rep, player.countdown_seconds)
        if self.handle_events() or shown != self._shown:
            self._shown = shown
            self.refresh()
        else:  # most frames: only the figure moves
            self.canvas.set_time(player.state.animation_time)

    def handle_events(self) -> bool:
        """Speak and show what happened since the last look; True when anything did."""
        if self.player is None:
            return False
        events = self.player.drain_events()
        name = self.exercise_name(self.player.item) if events else ""
        if any(event.kind in ("rest", "switch_side", "exercise_done") for event in events):
            self.record_progress()
        for event in events:
            if event.kind == "cue":
                self.status_cue = cue_word(str(event.value))
            elif event.kind in ("exercise", "rest", "switch_side"):
                self.status_cue = ""
            self.voice.say(spoken_text(event, name))
        return bool(events)

    def exercise_name(self, item: PlayerItem) -> str:
        language = self.appearance.state.settings.language
        return content.catalogue().by_id[item.exercise_id].name.get(language)

    def refresh(self) -> None:
        player = self.player
        if player is None:
            self.timer.stop()
            return
        if player.phase is Phase.FINISHED:
            self.timer.stop()
            if self.plan is None:
                self.pages.setCurrentIndex(FINISH)
                self.retranslate_finish()
            elif self.pages.currentIndex() == PLAYER:
                self.questions.clear()
                self.pages.setCurrentIndex(QUESTIONS)
                self.questions.pain.setFocus()
            return
        language = self.appearance.state.settings.language
        item = player.item
        exercise = content.catalogue().by_id[item.exercise_id]
        level = exercise.level(item.level)
        if self.canvas.animation is None or self.canvas.animation.name != level.animation:
            self.canvas.set_animation(content.animations()[level.animation])
        self.canvas.set_theme(self.appearance.state.settings.theme)
        self.canvas.set_mirrored(self.mirrored != (player.side is Side.LEFT))
        self.canvas.set_speed(player.speed)
        self.canvas.set_time(player.state.animation_time)
        self.canvas.setAccessibleName(exercise.name.get(language))
        self.canvas.setAccessibleDescription(level.purpose.get(language))

        self.exercise_title.setText(exercise.name.get(language))
        self.exercise_info.setText(
            self.tr("Exercise %1 of %2 · level %3: %4")
            .replace("%1", str(player.state.item_index + 1))
            .replace("%2", str(len(player.items)))
            .replace("%3", str(level.number))
            .replace("%4", level.name.get(language))
        )
        self.set_caption.setText(self.tr("Set"))
        self.rep_caption.setText(self.tr("Repetition"))
        self.set_value.setText(self.tr("%1 of %2").replace("%1", str(player.set_number)).replace("%2", str(item.sets)))
        self.rep_value.setText(self.tr("%1 of %2").replace("%1", str(player.state.rep)).replace("%2", str(item.reps)))
        self.side_label.setText(self.side_text(player.side, exercise.joints))
        self.status.setText(self.status_text(player))
        self.main_button.setText(self.main_button_text(player.phase))
        self.main_button.setVisible(player.phase in (Phase.READY, Phase.RESTING, Phase.SWITCHING, Phase.EXERCISE_DONE))
        steps = level.steps.get(language)
        self.step_text.setText("\n".join(f"{number}. {step}" for number, step in enumerate(steps, start=1)))
        self.pause_button.setText(self.tr("Continue") if player.state.paused else self.tr("Pause"))
        self.end_button.setVisible(self.plan is not None)
        self.speed_label.setText(self.tr("Speed %1×").replace("%1", QLocale().toString(player.speed, "g", 3)))
        self.slower_button.setEnabled(player.speed > SPEEDS[0])
        self.faster_button.setEnabled(player.speed < SPEEDS[-1])
        running = not player.state.paused and player.phase in (
            Phase.MOVING,
            Phase.HOLDING,
            Phase.RESTING,
            Phase.SWITCHING,
        )
        if running and not self.timer.isActive():
            self.timer.start(FRAME_MS if player.phase is Phase.MOVING else COUNTDOWN_MS)
        elif running:
            self.timer.setInterval(FRAME_MS if player.phase is Phase.MOVING else COUNTDOWN_MS)
        else:
            self.timer.stop()

    def side_text(self, side: Side, joints: tuple[str, ...]) -> str:
        if side is Side.BOTH:
            return ""
        hand = joints == ("hand",)
        if side is Side.RIGHT:
            return self.tr("Right hand") if hand else self.tr("Right leg")
        return self.tr("Left hand") if hand else self.tr("Left leg")

    def status_text(self, player: SessionPlayer) -> str:
        phase = player.phase
        if player.state.paused:
            return self.tr("Paused")
        if phase is Phase.READY:
            return self.tr("Get ready")
        if phase is Phase.HOLDING:
            return self.tr("Hold %1").replace("%1", str(player.countdown_seconds))
        if phase is Phase.RESTING:
            return self.tr("Rest %1").replace("%1", str(player.countdown_seconds))
        if phase is Phase.SWITCHING:
            return self.tr("Change sides %1").replace("%1", str(player.countdown_seconds))
        if phase is Phase.EXERCISE_DONE:
            return self.tr("Well done!")
        return self.status_cue

    def main_button_text(self, phase: Phase) -> str:
        if phase is Phase.READY:
            return self.tr("Start the exercise")
        if phase in (Phase.RESTING, Phase.SWITCHING):
            return self.tr("Skip the rest")
        return self.tr("Next exercise")

    def retranslate_intro(self) -> None:
        language = self.appearance.state.settings.language
        training = self.appearance.state.training
        today = training.today()
        self.intro_sample.setText(self.tr("Try the short sample session instead"))
        if today is None:
            self.intro_title.setText(self.tr("Try a short session"))
            self.intro_text.setText(
                self.tr(
                    "See how exercising with Ledhälsa works: four calm exercises, about ten minutes. The figure "
                    "shows you how, and you set the pace. Have a sturdy chair without wheels ready."
                )
            )
            names = [
                content.catalogue().by_id[exercise_id].name.get(language) for exercise_id, _ in content.SAMPLE_SESSION
            ]
            self.intro_list.setText("\n".join(f"• {name}" for name in names))
            self.intro_start.setText(self.tr("Start the short session"))
            self.intro_lighter.hide()
            self.intro_sample.hide()
            return
        self.intro_title.setText(self.tr("Today's session"))
        text = self.tr("About %1 minutes. The figure shows you each exercise, and you set the pace.").replace(
            "%1", str(today.minutes)
        )
        if today.flare is not None:
            text += " " + self.tr(
                "You have marked a flare: you can choose a lighter session today, and nothing gets harder "
                "until the flare is over."
            )
        self.intro_text.setText(text)
        lines = [
            f"• {program_texts.exercise_name(item.exercise_id, language)}: {program_texts.prescription_text(item)}"
            for item in training.todays_prescriptions(lighter=today.flare is not None)
        ]
        self.intro_list.setText("\n".join(lines))
        self.intro_start.setText(self.tr("Start today's session"))
        self.intro_lighter.setText(self.tr("Start a lighter session"))
        self.intro_lighter.setVisible(today.flare is not None)
        self.intro_start.setVisible(today.flare is None)
        self.intro_sample.show()

    def retranslate_finish(self) -> None:
        done = len(self.player.state.done_items) if self.player else 0
        total = len(self.player.items) if self.player else 0
        self.finish_title.setText(self.tr("The session is over"))
        if done == 0:
            text = self.tr("You skipped the exercises this time. That is all right: try again when it suits you.")
        elif total == 1:
            text = self.tr("You did the exercise. Well done! Regular exercise is what makes the difference.")
        else:
            text = self.tr("You did %1 of %2 exercises. Well done! Regular exercise is what makes the difference.")
        self.finish_text.setText(text.replace("%1", str(done)).replace("%2", str(total)))
        self.home_button.setText(self.tr("Back to Home"))
        self.again_button.setText(self.tr("Do the session again"))

    def retranslate(self) -> None:
        self.retranslate_intro()
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.slower_button.setText(self.tr("Slower"))
        self.faster_button.setText(self.tr("Faster"))
        self.mirror_button.setText(self.tr("Mirror"))
        self.mirror_button.setAccessibleDescription(self.tr("Show the figure from the other side"))
        self.hurts_button.setText(self.tr("Too painful / too hard"))
        self.steps_heading.setText(QCoreApplication.translate("LibraryView", "How to do it"))
        self.previous_button.setAccessibleDescription(self.tr("Left arrow key"))
        self.next_button.setAccessibleDescription(self.tr("Right arrow key"))
        self.pause_button.setAccessibleDescription(self.tr("Space bar"))
        settings = self.appearance.state.settings
        self.voice.configure(settings.language, settings.voice_enabled, settings.voice_speed)
        self.refresh()
        self.end_button.setText(self.tr("End the session"))
        if self.pages.currentIndex() == FINISH:
            self.retranslate_finish()

    def middle_direction(self) -> QBoxLayout.Direction:
        side_by_side = self.appearance.state.settings.text_scale <= SIDE_BY_SIDE_MAX_SCALE
        return QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom

    def showEvent(self, event: QShowEvent) -> None:
        self.show_intro()
        self.middle.setDirection(self.middle_direction())
        self.retranslate()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.player is not None and not self.player.state.paused and self.player.phase is not Phase.FINISHED:
            self.player.pause()
            self.refresh()
        self.voice.stop()
        super().hideEvent(event)

"""Exercises ("Övningar"): browse by joint and category; each exercise with its figure, steps, safety and levels."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QStackedWidget, QVBoxLayout, QWidget

from ledhalsa_desktop import content
from ledhalsa_desktop.core.catalogue import Exercise
from ledhalsa_desktop.ui.animation_driver import AnimationDriver
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.exercise_texts import category_name, dose_text, equipment_text, joint_name, side_text
from ledhalsa_desktop.ui.figure_canvas import FigureCanvas
from ledhalsa_desktop.ui.flow_layout import FlowLayout
from ledhalsa_desktop.ui.widgets import Page, button, card, text_label

JOINTS = ("knee", "hip", "hand")
STEP_FRAMES = 6  # a fifth of a second of the figure per press when stepping


class LibraryView(Page):
    try_exercise = Signal(str, int)

    def __init__(self, appearance: Appearance) -> None:
        super().__init__()
        self.appearance = appearance
        self.joint = "knee"
        self.exercise: Exercise | None = None
        self.level_number = 1
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._build_list())
        self.pages.addWidget(self._build_detail())
        self.retranslate()

    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        self.title = text_label("title")
        self.intro = text_label()
        self.joint_group = QButtonGroup(self)
        joint_row = QHBoxLayout()
        self.joint_buttons: list[QRadioButton] = []
        for index, _ in enumerate(JOINTS):
            radio = QRadioButton()
            self.joint_group.addButton(radio, index)
            joint_row.addWidget(radio)
            self.joint_buttons.append(radio)
        joint_row.addStretch(1)
        self.joint_buttons[0].setChecked(True)
        self.joint_group.idToggled.connect(lambda index, on: on and self.show_joint(JOINTS[index]))
        self.list_area = QVBoxLayout()
        self.list_area.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(joint_row)
        layout.addLayout(self.list_area)
        layout.addStretch(1)
        return page

    def _build_detail(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        top = QHBoxLayout()
        self.back_button = button()
        self.back_button.clicked.connect(self.show_list)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.name = text_label("title")
        self.why = text_label()
        layout.addWidget(self.name)
        layout.addWidget(self.why)
        self.canvas = FigureCanvas()
        self.canvas.setMinimumHeight(300)
        self.driver = AnimationDriver(self)
        self.driver.time_changed.connect(self.canvas.set_time)
        layout.addWidget(self.canvas)
        play_row = FlowLayout()
        self.play_button = button()
        self.play_button.clicked.connect(self.toggle_play)
        self.try_button = button("primary")
        self.try_button.clicked.connect(lambda: self.try_exercise.emit(self.exercise.id, self.level_number))
        self.step_back_button = button()
        self.step_back_button.clicked.connect(lambda: self.driver.step(-STEP_FRAMES))
        self.step_forward_button = button()
        self.step_forward_button.clicked.connect(lambda: self.driver.step(STEP_FRAMES))
        for widget in (self.try_button, self.play_button, self.step_back_button, self.step_forward_button):
            play_row.addWidget(widget)
        layout.addLayout(play_row)
        self.levels_heading = text_label("heading")
        self.level_group = QButtonGroup(self)
        self.level_group.idToggled.connect(lambda index, on: on and self.show_level(index + 1))
        self.level_box = QVBoxLayout()
        layout.addWidget(self.levels_heading)
        layout.addLayout(self.level_box)
        details, details_layout = card()
        self.purpose = text_label()
        self.steps_heading = text_label("heading")
        self.steps = text_label()
        self.safety_heading = text_label("heading")
        self.safety = text_label()
        self.equipment = text_label()
        self.dose = text_label()
        self.side = text_label()
        self.progression_heading = text_label("heading")
        self.progression = text_label()
        for widget in (
            self.purpose,
            self.steps_heading,
            self.steps,
            self.safety_heading,
            self.safety,
            self.equipment,
            self.dose,
            self.side,
            self.progression_heading,
            self.progression,
        ):
            details_layout.addWidget(widget)
        layout.addWidget(details)
        layout.addStretch(1)
        return page

    @property
    def language(self) -> str:
        return self.appearance.state.settings.language

    def show_joint(self, joint: str) -> None:
        self.joint = joint
        while self.list_area.count():
            old = self.list_area.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        catalogue = content.catalogue()
        for category in catalogue.categories_for(joint):
            exercises = [e for e in catalogue.for_joint(joint) if e.category == category]
            if not exercises:
                continue
            section = QWidget()
            section_layout = QVBoxLayout(section)
            section_layout.setContentsMargins(0, 0, 0, 0)
            heading = text_label("heading")
            heading.setText(category_name(category))
            section_layout.addWidget(heading)
            for exercise in exercises:
                choice = button("choice")
                choice.setText(exercise.name.get(self.language))
                choice.setAccessibleDescription(exercise.why.get(self.language))
                choice.clicked.connect(lambda _=False, e=exercise: self.show_exercise(e))
                section_layout.addWidget(choice)
            self.list_area.addWidget(section)

    def show_list(self) -> None:
        self.driver.pause()
        self.pages.setCurrentIndex(0)

    def show_exercise(self, exercise: Exercise, level: int = 1) -> None:
        self.exercise = exercise
        for radio in self.level_group.buttons():
            self.level_group.removeButton(radio)
            radio.hide()
            radio.deleteLater()
        for number, item in enumerate(exercise.levels, start=1):
            radio = QRadioButton()
            self.level_group.addButton(radio, number - 1)
            self.level_box.addWidget(radio)
            radio.setText(
                self.tr("Level %1: %2").replace("%1", str(number)).replace("%2", item.name.get(self.language))
            )
        self.pages.setCurrentIndex(1)
        self.level_group.button(level - 1).setChecked(True)
        self.show_level(level)
        self.back_button.setFocus()

    def show_level(self, number: int) -> None:
        if self.exercise is None:
            return
        self.level_number = number
        exercise, language = self.exercise, self.language
        level = exercise.level(number)
        self.name.setText(exercise.name.get(language))
        self.why.setText(exercise.why.get(language))
        self.canvas.set_theme(self.appearance.state.settings.theme)
        self.canvas.set_animation(content.animations()[level.animation])
        self.canvas.setAccessibleName(level.name.get(language))
        self.canvas.setAccessibleDescription(level.purpose.get(language))
        self.driver.set_animation(content.animations()[level.animation])
        self.driver.play()
        self.purpose.setText(level.purpose.get(language))
        self.steps.setText("\n".join(f"{n}. {step}" for n, step in enumerate(level.steps.get(language), start=1)))
        self.safety.setText(level.safety.get(language))
        self.equipment.setText(equipment_text(level.equipment))
        self.dose.setText(
            self.tr("To start with: %1.").replace(
                "%1", dose_text(level.dose.sets, level.dose.reps, level.dose.hold_seconds)
            )
        )
        self.side.setText(side_text(level.side))
        self.side.setVisible(bool(self.side.text()))
        self.progression.setText("\n".join(f"• {step}" for step in level.progression.get(language)))
        self.retranslate_buttons()

    def toggle_play(self) -> None:
        if self.driver.is_playing:
            self.driver.pause()
        else:
            self.driver.play()
        self.retranslate_buttons()

    def retranslate_buttons(self) -> None:
        playing = self.driver.is_playing
        self.play_button.setText(self.tr("Pause the figure") if playing else self.tr("Play the figure"))
        self.step_back_button.setText(self.tr("A little back"))
        self.step_forward_button.setText(self.tr("A little forward"))
        self.step_back_button.setVisible(not playing)
        self.step_forward_button.setVisible(not playing)
        self.try_button.setText(self.tr("Try it in the player"))
        self.back_button.setText(self.tr("Back to the exercises"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Exercises"))
        self.intro.setText(
            self.tr("Choose a joint, then an exercise, to see how it is done. You can try any exercise in the player.")
        )
        for joint, radio in zip(JOINTS, self.joint_buttons, strict=True):
            radio.setText(joint_name(joint))
        self.levels_heading.setText(self.tr("Levels"))
        self.steps_heading.setText(self.tr("How to do it"))
        self.safety_heading.setText(self.tr("Take care"))
        self.progression_heading.setText(self.tr("When it feels easy"))
        self.show_joint(self.joint)
        if self.exercise is not None:
            self.show_exercise(self.exercise, self.level_number)
            if self.pages.currentIndex() == 0:
                self.driver.pause()
        self.retranslate_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        if self.pages.currentIndex() == 1:
            self.driver.play()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.driver.pause()
        super().hideEvent(event)

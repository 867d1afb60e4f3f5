"""Settings' voice section: reading aloud on or off, how fast, a sample, and why there is no voice when there isn't."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.core.settings import VoiceSpeed
from ledhalsa_desktop.ui.voice import Voice, VoiceProblem
from ledhalsa_desktop.ui.widgets import button, show_status, text_label

SPEEDS = (VoiceSpeed.SLOW, VoiceSpeed.NORMAL, VoiceSpeed.FAST)


class VoiceSettings(QWidget):
    def __init__(self, state: AppState, voice: Voice) -> None:
        super().__init__()
        self.state = state
        self.voice = voice
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        # two radio buttons rather than a check box: Qt makes only a check box's small label area clickable
        self.on_off_group = QButtonGroup(self)
        self.on_button, self.off_button = QRadioButton(), QRadioButton()
        self.on_off_group.addButton(self.on_button, 1)
        self.on_off_group.addButton(self.off_button, 0)
        self.on_off_group.idToggled.connect(lambda index, on: on and self.set_enabled(bool(index)))
        self.speed_group = QButtonGroup(self)
        self.speed_buttons = [QRadioButton() for _ in SPEEDS]
        speed_row = QVBoxLayout()
        speed_row.setSpacing(4)
        for index, radio in enumerate(self.speed_buttons):
            self.speed_group.addButton(radio, index)
            speed_row.addWidget(radio)
        self.speed_group.idToggled.connect(lambda index, on: on and self.set_speed(SPEEDS[index]))
        self.sample = button()
        self.sample.clicked.connect(self.say_sample)
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample)
        sample_row.addStretch(1)
        self.problem = text_label("muted")
        layout.addWidget(self.on_button)
        layout.addWidget(self.off_button)
        self.speed_heading = text_label()
        layout.addWidget(self.speed_heading)
        layout.addLayout(speed_row)
        layout.addLayout(sample_row)
        layout.addWidget(self.problem)

    def sync(self) -> None:
        settings = self.state.settings
        (self.on_button if settings.voice_enabled else self.off_button).setChecked(True)
        self.speed_buttons[SPEEDS.index(settings.voice_speed)].setChecked(True)
        self.voice.configure(settings.language, settings.voice_enabled, settings.voice_speed)
        self.retranslate()

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.state.settings.voice_enabled:
            self.state.change_settings(voice_enabled=enabled)
            self.sync()

    def set_speed(self, speed: VoiceSpeed) -> None:
        if speed != self.state.settings.voice_speed:
            self.state.change_settings(voice_speed=speed)
            self.sync()

    def say_sample(self) -> None:
        self.voice.say(self.tr("Up. Down. Hold. Well done!"))

    def problem_text(self) -> str:
        problem = self.voice.problem if not self.voice.available else None
        if problem is None:
            return ""
        if problem is VoiceProblem.NO_VOICE_FOR_LANGUAGE:
            text = self.tr("This computer has no voice for the language you have chosen, so nothing is read aloud.")
        else:
            text = self.tr("This computer has no voice for reading aloud, so nothing is read aloud.")
        return text + " " + self.how_to_get_a_voice() + " " + self.tr("Everything else works as usual.")

    def how_to_get_a_voice(self) -> str:
        if sys.platform.startswith("win"):
            return self.tr("In Windows, add a voice under Settings › Time & language › Speech.")
        if sys.platform == "darwin":
            return self.tr("On a Mac, add a voice under System Settings › Accessibility › Spoken Content.")
        return self.tr("On Linux, install the packages speech-dispatcher and espeak-ng, then restart Ledhälsa.")

    def retranslate(self) -> None:
        self.on_button.setText(self.tr("Read instructions aloud"))
        self.off_button.setText(self.tr("No reading aloud"))
        self.speed_heading.setText(self.tr("Reading speed"))
        texts = {
            VoiceSpeed.SLOW: self.tr("Slow"),
            VoiceSpeed.NORMAL: self.tr("Normal"),
            VoiceSpeed.FAST: self.tr("Fast"),
        }
        for speed, radio in zip(SPEEDS, self.speed_buttons, strict=True):
            radio.setText(texts[speed])
            radio.setAccessibleName(self.tr("Reading speed: %1").replace("%1", texts[speed]))
        self.sample.setText(self.tr("Listen to a sample"))
        available = self.voice.available
        self.sample.setEnabled(available and self.state.settings.voice_enabled)
        for radio in self.speed_buttons:
            radio.setEnabled(available and self.state.settings.voice_enabled)
        show_status(self.problem, self.problem_text(), "muted")

"""Settings' reminders section: a reminder on training days on or off, its time with large buttons, and starting
Ledhälsa when the computer starts (the entry is written or removed at once)."""

from __future__ import annotations

import logging
from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.autostart import Autostart, launch_command
from ledhalsa_desktop.ui.flow_layout import FlowLayout, wrapping_row
from ledhalsa_desktop.ui.widgets import CheckButton, announce, button, check_box, show_status, text_label

log = logging.getLogger("ledhalsa")
STEP_MINUTES = 15
QUICK_TIMES = (time(8, 0), time(10, 0), time(13, 0), time(16, 0), time(19, 0))
MINUTES_A_DAY = 24 * 60
LONG_TEXT_SCALE = 150  # from this text size a check button's text goes on two lines


def time_text(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def two_lines(text: str) -> str:
    """The text broken at the space nearest its middle: a check button cannot wrap, and at large text a long
    one would need sideways scrolling."""
    spaces = [index for index, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda index: abs(index - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1 :]


def stepped(moment: time, minutes: int) -> time:
    total = (moment.hour * 60 + moment.minute + minutes) % MINUTES_A_DAY
    return time(total // 60, total % 60)


class ReminderSettings(QWidget):
    changed = Signal()  # reminders on or off, or their time

    def __init__(self, state: AppState, autostart: Autostart | None = None) -> None:
        super().__init__()
        self.state = state
        self.autostart = autostart or Autostart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.on_button = check_box()
        self.on_button.toggled.connect(self.set_on)
        self.explain = text_label()
        self.time_heading = text_label()
        self.time_value = text_label("big")
        self.earlier = button()
        self.earlier.clicked.connect(lambda: self.set_time(stepped(self.state.settings.reminder_time, -STEP_MINUTES)))
        self.later = button()
        self.later.clicked.connect(lambda: self.set_time(stepped(self.state.settings.reminder_time, STEP_MINUTES)))
        self.time_box = QWidget()
        time_column = QVBoxLayout(self.time_box)
        time_column.setContentsMargins(0, 0, 0, 0)
        time_column.setSpacing(6)
        time_column.addWidget(self.time_value)
        time_column.addLayout(wrapping_row(self.earlier, self.later))
        self.quick_heading = text_label()
        self.quick_box = QWidget()
        quick = FlowLayout(self.quick_box, spacing=10)
        self.quick_buttons = []
        for moment in QUICK_TIMES:
            quick_button = button()
            quick_button.setCheckable(True)
            quick_button.clicked.connect(lambda _=False, moment=moment: self.set_time(moment))
            quick.addWidget(quick_button)
            self.quick_buttons.append(quick_button)
        for label in (self.time_heading, self.quick_heading):
            label.setStyleSheet("font-weight: 700;")
        self.status = text_label("success")
        self.status.hide()

        self.computer_button = check_box()
        self.computer_button.toggled.connect(self.set_start_with_computer)
        self.computer_explain = text_label()
        self.computer_error = text_label("error")
        self.computer_error.hide()
        self.computer_status = text_label("success")
        self.computer_status.hide()

        layout.addWidget(self.on_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.explain)
        layout.addWidget(self.time_heading)
        layout.addWidget(self.time_box)
        layout.addWidget(self.quick_heading)
        layout.addWidget(self.quick_box)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addWidget(self.computer_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.computer_explain)
        layout.addWidget(self.computer_error)
        layout.addWidget(self.computer_status)
        self._syncing = False

    def sync(self) -> None:
        self._syncing = True
        try:
            self.on_button.setChecked(self.state.settings.reminders_on)
            self.computer_button.setChecked(self.autostart.is_enabled())
        finally:
            self._syncing = False
        self.retranslate()

    # saving

    def set_on(self, on: bool) -> None:
        if self._syncing or on == self.state.settings.reminders_on:
            return
        self.state.change_settings(reminders_on=on)
        self._saved(self.status)
        self.retranslate()
        self.changed.emit()

    def set_time(self, moment: time) -> None:
        if moment != self.state.settings.reminder_time:
            self.state.change_settings(reminder_time=moment)
            self.changed.emit()
        self.retranslate()
        self._saved(self.status, self.tr("Saved: reminder at %1").replace("%1", time_text(moment)))

    def set_start_with_computer(self, on: bool) -> None:
        if self._syncing:
            return
        show_status(self.computer_status, "")
        self.computer_error.hide()
        try:
            if on:
                self.autostart.enable(launch_command(self.state.data_dir))
            else:
                self.autostart.disable()
            self.state.change_settings(start_with_computer=on)
        except OSError as error:
            log.warning("starting with the computer could not be changed: %s", error)
            self._computer_problem(on)
            return
        self._saved(self.computer_status)
        self.retranslate()

    def _computer_problem(self, wanted_on: bool) -> None:
        message = (
            self.tr(
                "Ledhälsa could not be set to start with the computer: this computer did not let it write to %1. "
                "Everything else works as usual; you can start Ledhälsa yourself."
            )
            if wanted_on
            else self.tr("Ledhälsa could not stop starting with the computer: %1 could not be removed.")
        ).replace("%1", self.autostart.where())
        self._syncing = True
        self.computer_button.setChecked(self.autostart.is_enabled())
        self._syncing = False
        self.computer_error.setText(message)
        self.computer_error.show()
        self.computer_button.setAccessibleDescription(message)
        self.computer_button.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.computer_button, message)

    def _saved(self, label: object, text: str = "") -> None:
        show_status(label, text or self.tr("Saved"))  # type: ignore[arg-type]

    # texts

    def _check_text(self, check: CheckButton, text: str) -> None:
        check.setText(two_lines(text) if self.state.settings.text_scale >= LONG_TEXT_SCALE else text)
        check.setAccessibleName(text)

    def retranslate(self) -> None:
        settings = self.state.settings
        on = settings.reminders_on
        self._check_text(self.on_button, self.tr("Remind me on my training days"))
        if on:
            self.explain.setText(
                self.tr(
                    "While Ledhälsa is running, a small message by the clock reminds you at the time below on the "
                    "days you have chosen to exercise. Click it to begin."
                )
            )
        else:
            self.explain.setText(self.tr("No reminders. Home still shows when it is a training day."))
        self.time_heading.setText(self.tr("Time of the reminder"))
        self.time_value.setText(time_text(settings.reminder_time))
        self.time_value.setAccessibleName(self.tr("Reminder at %1").replace("%1", time_text(settings.reminder_time)))
        self.earlier.setText(self.tr("− 15 min"))
        self.earlier.setAccessibleName(self.tr("15 minutes earlier"))
        self.later.setText(self.tr("+ 15 min"))
        self.later.setAccessibleName(self.tr("15 minutes later"))
        self.quick_heading.setText(self.tr("Or choose a time:"))
        for moment, quick_button in zip(QUICK_TIMES, self.quick_buttons, strict=True):
            quick_button.setText(time_text(moment))
            quick_button.setAccessibleName(self.tr("Reminder at %1").replace("%1", time_text(moment)))
            quick_button.setChecked(moment == settings.reminder_time)
        for widget in (self.time_heading, self.time_box, self.quick_heading, self.quick_box):
            widget.setVisible(on)
        self._check_text(self.computer_button, self.tr("Start Ledhälsa when the computer starts"))
        if self.computer_button.isChecked():
            self.computer_explain.setText(
                self.tr(
                    "When you start the computer, Ledhälsa starts quietly as a small icon by the clock, without "
                    "opening its window, so that the reminders come. Click the icon to open Ledhälsa."
                )
            )
        else:
            self.computer_explain.setText(
                self.tr(
                    "Reminders come only while Ledhälsa is running. Tick this, and Ledhälsa starts quietly as a small "
                    "icon by the clock when you start the computer."
                )
            )
        if self.computer_status.isVisible():
            self.computer_status.setText(self.tr("Saved"))

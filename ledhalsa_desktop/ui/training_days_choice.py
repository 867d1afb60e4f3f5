"""Seven large on/off day buttons, Monday first, for choosing the training days; they wrap at large text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ledhalsa_desktop.ui.flow_layout import FlowLayout
from ledhalsa_desktop.ui.program_texts import weekday_name
from ledhalsa_desktop.ui.widgets import button

WEEKDAYS = tuple(range(7))  # 0 = Monday, as date.weekday()


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class TrainingDaysChoice(QWidget):
    """Any number of days may be on; `changed` tells when the person turns one on or off (not `set_days`)."""

    changed = Signal(object)  # the chosen weekdays as a sorted tuple

    def __init__(self) -> None:
        super().__init__()
        layout = FlowLayout(self, spacing=10)
        self.buttons: list[QPushButton] = []
        self._setting = False
        self.last_toggled: QPushButton | None = None
        for weekday in WEEKDAYS:
            day = button()
            day.setCheckable(True)
            # toggled, not clicked: a screen reader's "press" toggles a checkable button without a click
            day.toggled.connect(lambda _on, weekday=weekday: self._toggled(weekday))
            layout.addWidget(day)
            self.buttons.append(day)

    def days(self) -> tuple[int, ...]:
        return tuple(weekday for weekday in WEEKDAYS if self.buttons[weekday].isChecked())

    def set_days(self, days: Sequence[int]) -> None:
        self._setting = True
        try:
            for weekday in WEEKDAYS:
                self.buttons[weekday].setChecked(weekday in days)
        finally:
            self._setting = False

    def set_description(self, description: str) -> None:
        for day in self.buttons:
            day.setAccessibleDescription(description)

    def retranslate(self) -> None:
        for weekday in WEEKDAYS:
            self.buttons[weekday].setAccessibleName(capitalised(weekday_name(weekday)))
            self._show_mark(weekday)

    def _show_mark(self, weekday: int) -> None:
        """A chosen day shows a tick as well as its colour; a screen reader says "checked" instead."""
        day = self.buttons[weekday]
        name = capitalised(weekday_name(weekday))
        day.setText(f"\u2713 {name}" if day.isChecked() else name)

    def _toggled(self, weekday: int) -> None:
        self._show_mark(weekday)
        if not self._setting:
            self.last_toggled = self.buttons[weekday]
            self.changed.emit(self.days())

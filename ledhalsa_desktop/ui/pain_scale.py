"""Picking one answer with large buttons: a row of choices, and the 0–10 pain scale built on it.

Both take one Tab stop: the arrow keys move between the buttons, Space or Enter picks the one in focus,
and a click picks at once. The row wraps onto more lines when the window is narrow or the text is large.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ledhalsa_desktop.core.assessment import PAIN_RANGE
from ledhalsa_desktop.ui.flow_layout import FlowLayout
from ledhalsa_desktop.ui.theme import MAIN_ACTION_PX
from ledhalsa_desktop.ui.widgets import announce, button, text_label

PAIN_BUTTON_PX = 64
PAIN_VALUES = tuple(range(PAIN_RANGE[0], PAIN_RANGE[1] + 1))
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
ON_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PICK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChoiceButtons(QWidget):
    """Large checkable buttons of which one may be picked (or none yet); `values` are what they stand for.

    valueChanged(value) follows every change, the value being None when the choice is cleared.
    """

    valueChanged = Signal(object)  # noqa: N815 (Qt's naming)

    def __init__(self, values: Sequence[object], *, square: bool = False, spacing: int = 10) -> None:
        super().__init__()
        self.values = list(values)
        self.spacing = spacing
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        layout = FlowLayout(self, spacing=spacing)
        for index, _ in enumerate(self.values):
            choice = button()
            choice.setCheckable(True)
            if square:
                # a number needs little room: narrow padding keeps all eleven on one line at large text
                choice.setMinimumSize(PAIN_BUTTON_PX, PAIN_BUTTON_PX)
                choice.setStyleSheet("QPushButton { padding: 4px 6px; }")
            choice.installEventFilter(self)
            self.group.addButton(choice, index)
            layout.addWidget(choice)
            self.buttons.append(choice)
        self._tab_stop = 0
        self._focus_on(0, move_focus=False)
        self.group.idToggled.connect(self._toggled)

    # the answer
    def value(self) -> object | None:
        index = self.group.checkedId()
        return None if index < 0 else self.values[index]

    def set_value(self, value: object | None) -> None:
        if value is None:
            if self.group.checkedButton() is not None:
                self.group.setExclusive(False)
                self.group.checkedButton().setChecked(False)
                self.group.setExclusive(True)
                self.valueChanged.emit(None)
            return
        self.buttons[self.values.index(value)].setChecked(True)

    def set_texts(self, texts: Sequence[str], names: Sequence[str] | None = None, description: str = "") -> None:
        """The words on the buttons; `names` (for screen readers) when the words alone would not say enough."""
        for index, choice in enumerate(self.buttons):
            choice.setText(texts[index])
            choice.setAccessibleName(names[index] if names else texts[index])
            choice.setAccessibleDescription(description)

    def set_shown(self, values: Sequence[object]) -> None:
        """Show only the buttons for these values; a hidden choice that was picked is cleared."""
        if self.value() is not None and self.value() not in values:
            self.set_value(None)
        for value, choice in zip(self.values, self.buttons, strict=True):
            choice.setVisible(value in values)
        if not self.buttons[self._tab_stop].isVisibleTo(self):
            shown = [i for i, choice in enumerate(self.buttons) if choice.isVisibleTo(self)]
            if shown:
                self._focus_on(shown[0], move_focus=False)

    def one_line_width(self) -> int:
        """The width the shown buttons take side by side on one line."""
        shown = [choice for choice in self.buttons if not choice.isHidden()]
        widths = [choice.sizeHint().expandedTo(choice.minimumSize()).width() for choice in shown]
        return sum(widths) + self.spacing * max(0, len(shown) - 1)

    # focus and keys
    def focus_button(self) -> QPushButton:
        """The button that takes the focus when the row is tabbed to: the one picked, or the first."""
        return self.buttons[self._tab_stop]

    def _focus_on(self, index: int, *, move_focus: bool) -> None:
        self._tab_stop = index
        for position, choice in enumerate(self.buttons):
            choice.setFocusPolicy(Qt.FocusPolicy.StrongFocus if position == index else Qt.FocusPolicy.ClickFocus)
        self.setFocusProxy(self.buttons[index])
        if move_focus:
            self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self._focus_on(index, move_focus=self.focus_button().hasFocus())
            self.valueChanged.emit(self.values[index])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn and watched in self.buttons:
            self._focus_on(self.buttons.index(watched), move_focus=False)
        elif event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            key = event.key()
            if key in BACK_KEYS + ON_KEYS:
                self._step(self.buttons.index(watched), -1 if key in BACK_KEYS else 1)
                return True
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
                shown = [i for i, choice in enumerate(self.buttons) if choice.isVisibleTo(self)]
                self._focus_on(shown[0] if key == Qt.Key.Key_Home else shown[-1], move_focus=True)
                return True
            if key in PICK_KEYS:
                watched.click()
                return True
        return super().eventFilter(watched, event)

    def _step(self, start: int, direction: int) -> None:
        index = start + direction
        while 0 <= index < len(self.buttons):
            if self.buttons[index].isVisibleTo(self):
                self._focus_on(index, move_focus=True)
                return
            index += direction


class PainScale(QWidget):
    """The question, eleven large buttons 0–10, the words at the ends, and room for a message under them."""

    valueChanged = Signal(object)  # noqa: N815 (Qt's naming): the number picked, or None when cleared

    def __init__(self, question: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.question = text_label("heading")
        self.choices = ChoiceButtons(PAIN_VALUES, square=True, spacing=8)
        self.choices.valueChanged.connect(self.valueChanged)
        self.choices.valueChanged.connect(lambda _value: self.clear_error())
        # the buttons and the words at their ends, no wider than the buttons on one line
        self.scale_box = QWidget()
        box = QVBoxLayout(self.scale_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        ends = QHBoxLayout()
        ends.setSpacing(24)
        self.low_word = text_label("muted")
        self.high_word = text_label("muted")
        self.high_word.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        ends.addWidget(self.low_word)
        ends.addWidget(self.high_word)
        box.addWidget(self.choices)
        box.addLayout(ends)
        self.error = text_label("error")
        self.error.hide()
        layout.addWidget(self.question)
        # in a row of its own, so that the layout asks its height at the width it really gets
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scale_box, 1)
        row.addStretch(0)  # takes only what the box, at its widest, leaves
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.choices)
        self._question = question
        self.retranslate()

    @property
    def buttons(self) -> list[QPushButton]:
        return self.choices.buttons

    def value(self) -> int | None:
        value = self.choices.value()
        return None if value is None else int(value)

    def set_value(self, value: int | None) -> None:
        self.choices.set_value(value)

    def set_question(self, text: str) -> None:
        self._question = text
        self.retranslate()

    def show_error(self, message: str) -> None:
        """Say what is missing under the buttons and move the focus to them."""
        self.error.setText(message)
        self.error.show()
        self.choices.focus_button().setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.choices.focus_button(), message)

    def clear_error(self) -> None:
        self.error.hide()

    def fit_width(self) -> None:
        for choice in self.buttons:
            choice.ensurePolished()
        self.scale_box.setMaximumWidth(max(self.choices.one_line_width(), 2 * MAIN_ACTION_PX))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self.fit_width)  # once the buttons have their new size
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.fit_width()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.question.setText(self._question)
        self.question.setVisible(bool(self._question))
        no_pain, worst = self.tr("no pain"), self.tr("worst imaginable")
        self.low_word.setText(self.tr("0 = no pain"))
        self.high_word.setText(self.tr("10 = worst imaginable"))
        names = [str(value) for value in PAIN_VALUES]
        names[0] = f"0, {no_pain}"
        names[-1] = f"10, {worst}"
        self.choices.set_texts([str(value) for value in PAIN_VALUES], names, self._question)

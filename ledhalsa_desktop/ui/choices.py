"""The language, text-size and theme choices, shared by the welcome and Settings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from ledhalsa_desktop.core.settings import TEXT_SCALES, Theme
from ledhalsa_desktop.ui.appearance import Appearance


class _Choice(QWidget):
    """A row (or column) of large radio buttons; picking one applies it at once."""

    def __init__(self, values: Sequence[object], on_pick: Callable[[object], None], vertical: bool) -> None:
        super().__init__()
        self._values = list(values)
        self._on_pick = on_pick
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6 if vertical else 16)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for index, _ in enumerate(self._values):
            radio = QRadioButton()
            self.group.addButton(radio, index)
            layout.addWidget(radio)
            self.buttons.append(radio)
        if not vertical:
            layout.addStretch(1)
        # toggled, not clicked: a screen reader's "press" on a radio button toggles it without a click
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self._on_pick(self._values[index])

    def show_value(self, value: object) -> None:
        if value in self._values:
            self.buttons[self._values.index(value)].setChecked(True)


class LanguageChoice(_Choice):
    def __init__(self, appearance: Appearance) -> None:
        super().__init__(["sv", "en"], appearance.set_language, vertical=False)
        self.buttons[0].setText("Svenska")
        self.buttons[1].setText("English")
        self.appearance = appearance

    def sync(self) -> None:
        self.show_value(self.appearance.state.settings.language)


class TextSizeChoice(_Choice):
    def __init__(self, appearance: Appearance) -> None:
        super().__init__(list(TEXT_SCALES), appearance.set_text_scale, vertical=True)
        self.appearance = appearance

    def retranslate(self) -> None:
        for scale, radio in zip(TEXT_SCALES, self.buttons, strict=True):
            radio.setText(self.tr("%1 %").replace("%1", str(scale)))
            radio.setAccessibleName(self.tr("Text size %1 per cent").replace("%1", str(scale)))

    def sync(self) -> None:
        self.show_value(self.appearance.state.settings.text_scale)


class ThemeChoice(_Choice):
    def __init__(self, appearance: Appearance) -> None:
        super().__init__([Theme.NORMAL, Theme.HIGH_CONTRAST], appearance.set_theme, vertical=True)
        self.appearance = appearance

    def retranslate(self) -> None:
        self.buttons[0].setText(self.tr("Normal colours"))
        self.buttons[0].setAccessibleDescription(self.tr("Dark text on a light background"))
        self.buttons[1].setAccessibleDescription(self.tr("White text on a black background"))
        self.buttons[1].setText(self.tr("High contrast"))

    def sync(self) -> None:
        self.show_value(self.appearance.state.settings.theme)

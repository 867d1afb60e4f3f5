"""Language, text size and theme: saved through the app state and applied to the whole program at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.ui.i18n import Translations
from ledhalsa_desktop.ui.theme import apply_theme


class Appearance(QObject):
    changed = Signal()

    def __init__(self, state: AppState, translations: Translations | None = None) -> None:
        super().__init__()
        self.state = state
        self.translations = translations or Translations()

    def apply(self) -> None:
        settings = self.state.settings
        if self.translations.language != settings.language:
            self.translations.use(settings.language)
        apply_theme(QApplication.instance(), settings.theme, settings.text_scale)
        self.changed.emit()

    def set_language(self, language: str) -> None:
        if language != self.state.settings.language:
            self.state.change_settings(language=language)
            self.apply()

    def set_text_scale(self, scale: int) -> None:
        if scale != self.state.settings.text_scale:
            self.state.change_settings(text_scale=scale)
            self.apply()

    def set_theme(self, theme: Theme) -> None:
        if theme != self.state.settings.theme:
            self.state.change_settings(theme=theme)
            self.apply()

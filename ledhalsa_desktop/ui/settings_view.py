"""Settings: language, text size, theme, about you, the data folder, backups, and about the program."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ledhalsa_desktop import __version__
from ledhalsa_desktop.ui.about import about_text, licences_text, sources_text
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.backups_panel import BackupsPanel
from ledhalsa_desktop.ui.choices import LanguageChoice, TextSizeChoice, ThemeChoice
from ledhalsa_desktop.ui.profile_form import ProfileForm
from ledhalsa_desktop.ui.reminder_settings import ReminderSettings
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.voice_settings import VoiceSettings
from ledhalsa_desktop.ui.widgets import Page, breakable_path, button, card, text_label


class SettingsView(Page):
    def __init__(self, appearance: Appearance, voice: Voice) -> None:
        super().__init__()
        self.appearance = appearance
        state = appearance.state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        self.title = text_label("title")
        layout.addWidget(self.title)

        self.language = LanguageChoice(appearance)
        self.language_heading = self._section(layout, self.language)
        self.text_size = TextSizeChoice(appearance)
        self.preview = text_label()
        self.text_size_heading = self._section(layout, self.text_size, self.preview)
        self.theme = ThemeChoice(appearance)
        self.theme_note = text_label("muted")
        self.theme_heading = self._section(layout, self.theme, self.theme_note)
        self.voice = VoiceSettings(state, voice)
        self.voice_heading = self._section(layout, self.voice)
        self.reminders = ReminderSettings(state)
        self.reminders_heading = self._section(layout, self.reminders)
        self.profile = ProfileForm(state)
        self.profile_heading = self._section(layout, self.profile)

        self.folder_text = text_label()
        self.folder_path = text_label("muted", selectable=True)
        self.folder_path.setText(breakable_path(state.data_dir))
        self.folder_path.setAccessibleName(str(state.data_dir))
        self.open_folder = button()
        self.open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder)
        folder_row.addStretch(1)
        self.folder_heading = self._section(layout, self.folder_text, self.folder_path, folder_row)

        self.backups = BackupsPanel(state)
        self.backups.restored.connect(self.after_restore)
        self.backups_heading = self._section(layout, self.backups)

        self.about_version = text_label()
        self.about_text = text_label()
        self.licences_heading = text_label("heading")
        self.licences = text_label()
        self.sources_heading = text_label("heading")
        self.sources = text_label()
        self.about_heading = self._section(
            layout,
            self.about_version,
            self.about_text,
            self.licences_heading,
            self.licences,
            self.sources_heading,
            self.sources,
        )
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _section(layout: QVBoxLayout, *items: object) -> object:
        frame, inner = card()
        heading = text_label("heading")
        inner.addWidget(heading)
        for item in items:
            if isinstance(item, QHBoxLayout):
                inner.addLayout(item)
            else:
                inner.addWidget(item)
        layout.addWidget(frame)
        return heading

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_heading.setText(self.tr("Language"))
        self.text_size_heading.setText(self.tr("Text size"))
        self.text_size.retranslate()
        self.preview.setText(self.tr("This is how large the text is. Choose the size that is easiest for you to read."))
        self.theme_heading.setText(self.tr("Colours"))
        self.theme.retranslate()
        self.theme_note.setText(self.tr("High contrast shows white text on a black background."))
        self.voice_heading.setText(self.tr("Voice"))
        self.voice.retranslate()
        self.reminders_heading.setText(self.tr("Reminders"))
        self.reminders.retranslate()
        self.profile_heading.setText(self.tr("About you"))
        self.profile.retranslate()
        self.folder_heading.setText(self.tr("Your data"))
        self.folder_text.setText(
            self.tr("Everything you enter is kept in this folder on your computer, and nowhere else:")
        )
        self.open_folder.setText(self.tr("Open the folder"))
        self.backups_heading.setText(self.tr("Backups"))
        self.backups.retranslate()
        self.about_heading.setText(self.tr("About Ledhälsa"))
        self.about_version.setText(self.tr("Ledhälsa version %1").replace("%1", __version__))
        self.about_text.setText(about_text())
        self.licences_heading.setText(self.tr("Software we build on"))
        self.licences.setText(licences_text())
        self.sources_heading.setText(self.tr("Sources"))
        self.sources.setText(sources_text())

    def sync(self) -> None:
        self.language.sync()
        self.text_size.sync()
        self.theme.sync()
        self.voice.sync()
        self.reminders.sync()
        self.profile.sync()
        self.backups.refresh()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.appearance.state.data_dir)))

    def after_restore(self) -> None:
        self.appearance.apply()
        self.sync()

    def showEvent(self, event: QShowEvent) -> None:
        self.sync()
        super().showEvent(event)

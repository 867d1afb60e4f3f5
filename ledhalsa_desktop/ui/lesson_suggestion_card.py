"""Home's "Lesson of the week": the next unread lesson, offered in each ISO week until opened or put off."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame

from ledhalsa_desktop.appstate import AppState, utc_now
from ledhalsa_desktop.core.lessons import Lesson, bundled_lessons, next_unread
from ledhalsa_desktop.ui.flow_layout import wrapping_row
from ledhalsa_desktop.ui.widgets import button, make_card, text_label

KIND = "lesson_suggestion"
log = logging.getLogger("ledhalsa")


def week_key(day: date) -> str:
    """The ISO week a day is in, as '2026-W48'."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class LessonSuggestionCard(QFrame):
    open_lesson = Signal(str)  # slug

    def __init__(self, state: AppState, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.state = state
        self.today = today
        self.lesson: Lesson | None = None
        self.week = ""
        layout = make_card(self)
        self.heading = text_label("heading")
        self.lesson_title = text_label()
        self.minutes = text_label("muted")
        self.read_button = button()
        self.read_button.clicked.connect(self.read)
        self.later_button = button()
        self.later_button.clicked.connect(self.put_off)
        buttons = wrapping_row(self.read_button, self.later_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.lesson_title)
        layout.addWidget(self.minutes)
        layout.addLayout(buttons)
        self.hide()

    def refresh(self) -> None:
        """Shown when this week's suggestion is neither opened nor put off and a lesson is still unread."""
        from ledhalsa_desktop.paths import lessons_dir
        from ledhalsa_desktop.storage.notice_records import shown_and_read

        self.week = week_key(self.today())
        try:
            shown, read = shown_and_read(self.state.db_path, KIND, self.week)
            lessons = bundled_lessons(lessons_dir(), self.state.settings.language)
            self.lesson = None if shown else next_unread(lessons, read)
        except Exception:  # a suggestion is not worth a failed Home
            log.exception("the lesson of the week could not be chosen")
            self.lesson = None
        self.retranslate()
        self.setVisible(self.lesson is not None)

    def _record(self) -> None:
        from ledhalsa_desktop.storage.notices import record_shown

        record_shown(self.state.database(), KIND, self.week, utc_now())
        self.hide()

    def read(self) -> None:
        if self.lesson is not None:
            slug = self.lesson.slug
            self._record()
            self.open_lesson.emit(slug)

    def put_off(self) -> None:
        self._record()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Lesson of the week"))
        self.read_button.setText(self.tr("Read the lesson"))
        self.later_button.setText(self.tr("Not now"))
        self.later_button.setAccessibleDescription(self.tr("A new lesson is suggested next week"))
        if self.lesson is not None:
            self.lesson_title.setText(self.lesson.title)
            minutes = str(self.lesson.reading_minutes)
            self.minutes.setText(self.tr("About %1 minutes to read.").replace("%1", minutes))
            self.read_button.setAccessibleDescription(self.lesson.title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.refresh()
        super().changeEvent(event)

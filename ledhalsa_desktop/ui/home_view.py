"""Home: a greeting by name, what to do first, and where the user's data is kept."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.ui.formatting import local_datetime_text
from ledhalsa_desktop.ui.lesson_suggestion_card import LessonSuggestionCard
from ledhalsa_desktop.ui.missed_day_card import MissedDayCard
from ledhalsa_desktop.ui.today_card import NextDayCard, TodayCard
from ledhalsa_desktop.ui.widgets import Page, button, card, text_label


class HomeView(Page):
    open_settings = Signal()
    open_exercises = Signal()
    start_sample = Signal()
    start_assessment = Signal()
    start_session = Signal()
    open_program = Signal()
    open_diary_entry = Signal()
    open_lesson = Signal(str)  # slug

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        self.greeting = text_label("title")
        self.intro = text_label()
        layout.addWidget(self.greeting)
        layout.addWidget(self.intro)

        self.next_day = NextDayCard(state)
        self.next_day.answered.connect(lambda: self.refresh_program(keep_answer=True))
        self.today = TodayCard(state)
        self.today.start_session.connect(self.start_session)
        self.today.start_assessment.connect(self.start_assessment)
        self.today.open_program.connect(self.open_program)
        self.today.changed.connect(self.refresh_program)
        self.missed_day = MissedDayCard(state)
        layout.addWidget(self.missed_day)
        layout.addWidget(self.next_day)
        layout.addWidget(self.today)
        diary_row = QHBoxLayout()
        self.diary_question = text_label("heading")
        self.diary_button = button()
        self.diary_button.clicked.connect(self.open_diary_entry)
        diary_row.addWidget(self.diary_question, 1)
        diary_row.addWidget(self.diary_button)
        layout.addLayout(diary_row)
        self.lesson_card = LessonSuggestionCard(state)
        self.lesson_card.open_lesson.connect(self.open_lesson)
        layout.addWidget(self.lesson_card)

        first, first_layout = card()
        self.first_card = first
        self.first_heading = text_label("heading")
        self.first_text = text_label()
        self.assessment_button = button("primary")
        self.assessment_button.clicked.connect(self.start_assessment)
        self.sample_button = button()
        self.sample_button.clicked.connect(self.start_sample)
        self.exercises_button = button()
        self.exercises_button.clicked.connect(self.open_exercises)
        first_layout.addWidget(self.first_heading)
        first_layout.addWidget(self.first_text)
        for action in (self.assessment_button, self.sample_button, self.exercises_button):
            row = QHBoxLayout()
            row.addWidget(action)
            row.addStretch(1)
            first_layout.addLayout(row)
        layout.addWidget(first)

        reading, reading_layout = card()
        self.reading_heading = text_label("heading")
        self.reading_text = text_label()
        self.settings_button = button()
        self.settings_button.clicked.connect(self.open_settings)
        reading_row = QHBoxLayout()
        reading_row.addWidget(self.settings_button)
        reading_row.addStretch(1)
        reading_layout.addWidget(self.reading_heading)
        reading_layout.addWidget(self.reading_text)
        reading_layout.addLayout(reading_row)
        layout.addWidget(reading)

        safety, safety_layout = card()
        self.safety_heading = text_label("heading")
        self.safety_text = text_label()
        safety_layout.addWidget(self.safety_heading)
        safety_layout.addWidget(self.safety_text)
        layout.addWidget(safety)

        data, data_layout = card()
        self.data_heading = text_label("heading")
        self.data_text = text_label()
        self.backup_text = text_label("muted")
        data_layout.addWidget(self.data_heading)
        data_layout.addWidget(self.data_text)
        data_layout.addWidget(self.backup_text)
        layout.addWidget(data)
        layout.addStretch(1)
        self.retranslate()

    def greeting_text(self, now: datetime | None = None) -> str:
        hour = (now or datetime.now()).hour
        name = self.state.profile.display_name
        if 5 <= hour < 10:
            return self.tr("Good morning, %1!").replace("%1", name) if name else self.tr("Good morning!")
        if hour >= 18 or hour < 5:
            return self.tr("Good evening, %1!").replace("%1", name) if name else self.tr("Good evening!")
        return self.tr("Hello, %1!").replace("%1", name) if name else self.tr("Hello!")

    def retranslate(self) -> None:
        self.greeting.setText(self.greeting_text())
        self.intro.setText(
            self.tr(
                "Ledhälsa helps you exercise at home when you have osteoarthritis in a knee, a hip or a hand. "
                "Regular, well-dosed exercise eases pain and makes everyday life easier."
            )
        )
        self.first_heading.setText(self.tr("Start here"))
        self.first_text.setText(
            self.tr(
                "Answer a few questions and do a short chair test, about three minutes in all. Then you get "
                "your own 12-week exercise program that starts gently and grows with you. You can also try a "
                "short session first, or look at all the exercises."
            )
        )
        self.assessment_button.setText(self.tr("Start the assessment"))
        self.diary_question.setText(self.tr("How much does it hurt today?"))
        self.diary_button.setText(self.tr("Write in the pain diary"))
        self.sample_button.setText(self.tr("Try a short session"))
        self.exercises_button.setText(self.tr("Look at the exercises"))
        self.reading_heading.setText(self.tr("Easy to read"))
        self.reading_text.setText(
            self.tr("Choose a text size and colours that suit your eyes. You can change them at any time.")
        )
        self.settings_button.setText(self.tr("Choose text size and colours"))
        self.safety_heading.setText(self.tr("Exercise safely"))
        self.safety_text.setText(
            self.tr(
                "Some pain while exercising is normal and harmless, as long as it settles by the next day. "
                "If you have severe or worsening symptoms, contact your health centre or call 1177."
            )
        )
        self.data_heading.setText(self.tr("Your data stays on this computer"))
        self.data_text.setText(
            self.tr(
                "Ledhälsa works without the internet and without an account. Everything you enter is "
                "saved on this computer only, and a backup copy is made automatically."
            )
        )
        self.refresh_backup_line()
        self.refresh_program()
        self.lesson_card.refresh()

    def refresh_program(self, *, keep_answer: bool = False) -> None:
        """The program's cards when there is a program; the way to start one when there is not."""
        today = self.state.training.today()
        self.first_card.setVisible(today is None)
        self.today.setVisible(today is not None)
        if today is not None:
            self.today.show_today(today)
        self.next_day.show_question(today, keep_answer=keep_answer)

    def refresh_backup_line(self) -> None:
        backups = self.state.list_backups()
        if backups:
            when = local_datetime_text(backups[0].created_utc)
            self.backup_text.setText(self.tr("Latest backup: %1.").replace("%1", when))
        else:
            self.backup_text.setText(self.tr("No backup has been made yet. The first one is made automatically."))

    def showEvent(self, event: QShowEvent) -> None:
        self.retranslate()
        super().showEvent(event)

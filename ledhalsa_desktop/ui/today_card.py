"""Home's cards for the program: today's session, the question the day after, a flare, and advice to see a physio."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.core.progression import NextDay
from ledhalsa_desktop.training import Today
from ledhalsa_desktop.ui.flow_layout import wrapping_row
from ledhalsa_desktop.ui.pain_scale import ChoiceButtons
from ledhalsa_desktop.ui.program_texts import changes_text, day_text, relative_day_text
from ledhalsa_desktop.ui.widgets import announce, button, card, make_card, text_label

NEXT_DAY_ANSWERS = (NextDay.USUAL, NextDay.WORSE, NextDay.MUCH_WORSE)


class NextDayCard(QFrame):
    """ "How does it feel after the last session?" — the answer feeds the rules, and what changed is shown."""

    answered = Signal()

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        layout = make_card(self)
        self.heading = text_label("heading")
        self.text = text_label()
        self.choices = ChoiceButtons(NEXT_DAY_ANSWERS)
        self.choices.valueChanged.connect(self.answer)
        self.result = text_label()
        self.result.hide()
        for widget in (self.heading, self.text, self.choices, self.result):
            layout.addWidget(widget)
        self.session_id: int | None = None
        self.session_day = None

    def show_question(self, today: Today | None, *, keep_answer: bool = False) -> None:
        """Ask about the last session when it waits for an answer; else hide (or keep showing the answer)."""
        question = today.next_day_question if today is not None else None
        if question is None:
            if not (keep_answer and not self.result.isHidden()):
                self.result.hide()
                self.hide()
            return
        self.session_id, self.session_day = question.id, question.day
        self.choices.set_value(None)
        self.choices.show()
        self.result.hide()
        self.retranslate()
        self.show()

    def answer(self, value: object) -> None:
        if value is None or self.session_id is None:
            return
        changes = self.state.training.answer_next_day(self.session_id, NextDay(str(value)))
        language = self.state.settings.language
        told = changes_text(changes, language) or self.tr("Next time you do the same as last time.")
        lines = [self.tr("Thank you. Your program is updated."), told]
        self.choices.hide()
        self.result.setText("\n\n".join(lines))
        self.result.show()
        self.result.setFocus()
        announce(self.result, lines[0])
        self.session_id = None
        self.answered.emit()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("How does it feel after your last session?"))
        if self.session_day is not None:
            self.text.setText(
                self.tr("You exercised on %1. Compared with how it usually feels:").replace(
                    "%1", day_text(self.session_day)
                )
            )
        texts = [self.tr("Back to usual"), self.tr("Still worse than usual"), self.tr("Much worse")]
        self.choices.set_texts(texts, texts, self.tr("How does it feel after your last session?"))


class TodayCard(QFrame):
    """Today's session, the week so far, a due retest, a flare, and the advice after repeated trouble."""

    start_session = Signal()
    start_assessment = Signal()
    open_program = Signal()
    changed = Signal()

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        layout = make_card(self)
        self.heading = text_label("heading")
        self.week = text_label("muted")
        self.text = text_label()
        self.start_button = button("primary")
        self.start_button.clicked.connect(self.start_session)
        self.program_button = button()
        self.program_button.clicked.connect(self.open_program)
        self.retest_text = text_label()
        self.retest_button = button()
        self.retest_button.clicked.connect(self.start_assessment)
        self.flare_text = text_label()
        self.flare_button = button()
        self.flare_button.clicked.connect(self.toggle_flare)
        for widget in (self.heading, self.week, self.text):
            layout.addWidget(widget)
        layout.addLayout(wrapping_row(self.start_button, self.program_button))
        layout.addWidget(self.retest_text)
        layout.addLayout(wrapping_row(self.retest_button))
        layout.addWidget(self.flare_text)
        layout.addLayout(wrapping_row(self.flare_button))
        self.advice, advice_layout = card()
        self.advice.setProperty("role", "warning-card")
        self.advice_heading = text_label("heading")
        self.advice_text = text_label()
        self.advice_button = button()
        self.advice_button.clicked.connect(self.acknowledge)
        for widget in (self.advice_heading, self.advice_text):
            advice_layout.addWidget(widget)
        advice_layout.addLayout(wrapping_row(self.advice_button))
        layout.addWidget(self.advice)
        self.today: Today | None = None

    def show_today(self, today: Today) -> None:
        self.today = today
        self.retranslate()

    def toggle_flare(self) -> None:
        if self.today is not None and self.today.flare is not None:
            self.state.training.end_flare()
        else:
            self.state.training.mark_flare()
        self.changed.emit()
        self.flare_button.setFocus()

    def acknowledge(self) -> None:
        self.state.training.acknowledge_advice()
        self.changed.emit()

    def retranslate(self) -> None:
        today = self.today
        if today is None:
            return
        self.heading.setText(self.tr("Today"))
        if today.maintenance:
            self.week.setText(self.tr("Keeping it up: week %1 since you started").replace("%1", str(today.week)))
        else:
            self.week.setText(self.tr("Week %1 of 12").replace("%1", str(today.week)))
        week_line = (
            self.tr("This week: %1 of %2 sessions done.")
            .replace("%1", str(today.done_this_week))
            .replace("%2", str(today.planned_this_week))
        )
        next_day = relative_day_text(today.next_date, today.day)
        if today.done_today:
            lead = self.tr("You have exercised today. Well done!")
            lead += " " + self.tr("Next session: %1.").replace("%1", next_day)
            self.start_button.setText(self.tr("Exercise again today"))
            self.start_button.setProperty("role", "")
        elif today.training_day:
            lead = self.tr("Today is a training day: about %1 minutes.").replace("%1", str(today.minutes))
            self.start_button.setText(self.tr("Start today's session"))
            self.start_button.setProperty("role", "primary")
        else:
            lead = self.tr("Next session: %1. Rest days are part of the program.").replace("%1", next_day)
            self.start_button.setText(self.tr("Exercise today anyway"))
            self.start_button.setProperty("role", "")
        self.start_button.style().unpolish(self.start_button)
        self.start_button.style().polish(self.start_button)
        self.text.setText(f"{lead}\n{week_line}")
        self.program_button.setText(self.tr("See my program"))

        due = today.retest_due
        self.retest_text.setVisible(due is not None)
        self.retest_button.setVisible(due is not None)
        if due is not None:
            self.retest_text.setText(
                self.tr(
                    "It is week %1: time for a short check of pain, daily activities and the chair test, "
                    "to see what has changed since you started."
                ).replace("%1", str(due))
            )
            self.retest_button.setText(self.tr("Do the week %1 check").replace("%1", str(due)))

        if today.flare is not None:
            self.flare_text.setText(
                self.tr(
                    "You marked a flare on %1. Nothing gets harder until it is over, and you can choose a "
                    "lighter session. A short rest is fine; gentle movement usually helps."
                ).replace("%1", day_text(today.flare.started_on))
            )
            self.flare_text.show()
            self.flare_button.setText(self.tr("The flare is over"))
        else:
            self.flare_text.hide()
            self.flare_button.setText(self.tr("I have a flare"))
        self.flare_button.setAccessibleDescription(
            self.tr("A flare is a period of more pain and swelling than usual. The program then holds back.")
        )

        self.advice.setVisible(today.advise_physio)
        self.advice_heading.setText(self.tr("Talk to a physiotherapist"))
        self.advice_text.setText(
            self.tr(
                "The pain has gone up after exercising more than once lately. The program has made the "
                "exercises easier. Please talk to a physiotherapist about how to go on; in Sweden you can "
                "call 1177 for advice."
            )
        )
        self.advice_button.setText(self.tr("I understand"))

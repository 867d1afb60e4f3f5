"""My program ("Mitt program"): where you are, today's exercises and why, your training days, and what has changed.

Without a program yet it explains the assessment and offers to start it. Everything is read from
`state.training` again each time the page is shown (and on `refresh()`); the training days save at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ledhalsa_desktop.core.progression import Change, ChangeKind
from ledhalsa_desktop.core.schedule import PROGRAM_WEEKS, TRAINING_DAYS_RANGE
from ledhalsa_desktop.training import ActiveProgram, Today
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.program_texts import (
    day_text,
    exercise_name,
    grouped_changes,
    level_name,
    prescription_text,
    relative_day_text,
    weekday_name,
    why_sentence,
)
from ledhalsa_desktop.ui.training_days_choice import TrainingDaysChoice, capitalised
from ledhalsa_desktop.ui.weekly_plan_card import WeeklyPlanCard
from ledhalsa_desktop.ui.widgets import Page, announce, button, card, show_status, text_label

NEXT_SESSIONS = 3
RECENT_CHANGE_DAYS = 2  # sessions whose changes show before "Show all changes"


def next_sessions(active: ActiveProgram, today: Today, count: int = NEXT_SESSIONS) -> tuple[date, ...]:
    """The next planned dates without a session, as `Training.today` counts them (a full week moves on)."""
    program = active.program
    done = {item.day for item in active.sessions if item.finished_utc is not None}
    found: list[date] = []
    week = today.week
    while len(found) < count and week <= today.week + count + 1:
        allowed = program.sessions_planned(week) - (today.done_this_week if week == today.week else 0)
        free = [day for day in program.planned_dates(week) if day >= today.day and day not in done]
        found.extend(free[: max(0, allowed)])
        week += 1
    return tuple(found[:count])


def changes_by_session(changes: Sequence[Change]) -> list[tuple[date, list[Change]]]:
    """The changes after the start, grouped by the session they came from, newest first."""
    groups: dict[date, list[Change]] = defaultdict(list)
    for change in changes:
        if change.kind is not ChangeKind.START:
            groups[change.day].append(change)
    return sorted(groups.items(), reverse=True)


def _list_box(spacing: int) -> tuple[QWidget, QVBoxLayout]:
    """A box for rows made later: a screen reader reads them where the box is, not after everything else."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return box, layout


def _bullet(text: str) -> QWidget:
    """A bullet point whose wrapped lines line up under the text, not under the bullet."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    mark = text_label()
    mark.setText("\u2022")
    label = text_label()
    label.setText(text)
    layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row


def _bold(label: QLabel) -> QLabel:
    label.setStyleSheet("font-weight: 700;")
    return label


class ProgramView(Page):
    start_assessment = Signal()
    start_session = Signal()

    def __init__(self, appearance: Appearance) -> None:
        super().__init__()
        self.appearance = appearance
        self.state = appearance.state
        self.active: ActiveProgram | None = None
        self.today: Today | None = None
        self.show_all_changes = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        self.title = text_label("title")
        layout.addWidget(self.title)

        # no program yet
        self.empty_card, empty = card()
        self.empty_heading = text_label("heading")
        self.empty_text = text_label()
        self.assessment_button = button("primary")
        self.assessment_button.clicked.connect(self.start_assessment)
        empty.addWidget(self.empty_heading)
        empty.addWidget(self.empty_text)
        empty.addLayout(self._row(self.assessment_button))
        layout.addWidget(self.empty_card)

        # with a program
        self.program_box = QWidget()
        program = QVBoxLayout(self.program_box)
        program.setContentsMargins(0, 0, 0, 0)
        program.setSpacing(20)
        layout.addWidget(self.program_box)

        self.where_card, where = card()
        self.week_heading = text_label("heading")
        self.week_text = text_label()
        self.sessions_text = text_label()
        self.minutes_text = text_label()
        self.next_text = text_label()
        self.start_button = button("primary")
        self.start_button.clicked.connect(self.start_session)
        for widget in (self.week_heading, self.week_text, self.sessions_text, self.minutes_text, self.next_text):
            where.addWidget(widget)
        where.addLayout(self._row(self.start_button))
        program.addWidget(self.where_card)

        self.exercises_heading = text_label("heading")
        self.exercises_intro = text_label()
        self.exercise_box, self.exercise_list = _list_box(12)
        program.addWidget(self.exercises_heading)
        program.addWidget(self.exercises_intro)
        program.addWidget(self.exercise_box)

        self.days_card, days = card()
        self.days_heading = text_label("heading")
        self.days_hint = text_label()
        self.days = TrainingDaysChoice()
        self.days.changed.connect(self.change_days)
        self.days_error = text_label("error")
        self.days_error.hide()
        self.days_status = text_label("success")
        self.days_status.hide()
        self.next_heading = _bold(text_label())
        self.next_list = text_label()
        for widget in (
            self.days_heading,
            self.days_hint,
            self.days,
            self.days_error,
            self.days_status,
            self.next_heading,
            self.next_list,
        ):
            days.addWidget(widget)
        program.addWidget(self.days_card)
        self.plan_card = WeeklyPlanCard(self.state)
        program.addWidget(self.plan_card)

        self.changes_card, changes = card()
        self.changes_heading = text_label("heading")
        self.changes_intro = text_label()
        self.changes_empty = text_label()
        self.change_box, self.change_list = _list_box(12)
        self.more_changes = button()
        self.more_changes.clicked.connect(self.toggle_all_changes)
        self.started_text = text_label()
        changes.addWidget(self.changes_heading)
        changes.addWidget(self.changes_intro)
        changes.addWidget(self.changes_empty)
        changes.addWidget(self.change_box)
        changes.addLayout(self._row(self.more_changes))
        changes.addWidget(self.started_text)
        program.addWidget(self.changes_card)

        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _row(widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        return row

    @property
    def language(self) -> str:
        return self.state.settings.language

    # reading

    def refresh(self) -> None:
        """Read the program again (after a session, an assessment or a restore) and show it."""
        training = self.state.training
        self.active = training.active()
        self.today = training.today() if self.active is not None else None
        self.days_error.hide()
        self.days.set_description("")
        if self.active is not None:
            self.days.set_days(self.active.program.training_days)
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        show_status(self.days_status, "")
        self.refresh()
        super().showEvent(event)

    # writing

    def change_days(self, days: tuple[int, ...]) -> None:
        if self.active is None:
            return
        fewest = TRAINING_DAYS_RANGE[0]
        if len(days) < fewest:
            self._days_problem(
                self.tr("Choose at least %1 days. Until then your training days stay as they were: %2.")
                .replace("%1", QLocale().toString(fewest))
                .replace("%2", self._day_list(self.active.program.training_days))
            )
            return
        try:
            self.state.training.set_training_days(days)
        except ValueError:
            self._days_problem(self.tr("These days could not be saved. Choose the days again, at least two."))
            return
        self.days_error.hide()
        self.days.set_description("")
        self.active = self.state.training.active()
        self.today = self.state.training.today()
        self._fill_where()
        self._fill_next_sessions()
        show_status(self.days_status, self.tr("Saved"))

    def _days_problem(self, message: str) -> None:
        show_status(self.days_status, "")
        self.days_error.setText(message)
        self.days_error.show()
        self.days.set_description(message)
        focus = self.days.last_toggled or self.days.buttons[0]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(focus, message)

    def toggle_all_changes(self) -> None:
        self.show_all_changes = not self.show_all_changes
        self._fill_changes()
        self.more_changes.setFocus()

    # showing

    def retranslate(self) -> None:
        self.title.setText(self.tr("My program"))
        self.empty_heading.setText(self.tr("You have no program yet"))
        self.empty_text.setText(
            self.tr(
                "Your program is made from a short assessment of about 3 minutes: a few questions about your "
                "joints and your pain, and a simple test of getting up from a chair. Then you get exercises "
                "that suit you, and the program grows with you, at a safe pace."
            )
        )
        self.assessment_button.setText(self.tr("Start the assessment"))
        self.assessment_button.setAccessibleName(self.assessment_button.text())
        self.start_button.setText(self.tr("Start today's session"))
        self.start_button.setAccessibleName(self.start_button.text())
        self.exercises_heading.setText(self.tr("Your exercises"))
        self.exercises_intro.setText(
            self.tr("In the order of a session, with how much you do today and why each exercise is there.")
        )
        self.days_heading.setText(self.tr("Your training days"))
        self.days_hint.setText(
            self.tr(
                "Choose the days you want to exercise, at least 2. A rest day between sessions is good. "
                "A change is saved at once."
            )
        )
        self.days.retranslate()
        self.next_heading.setText(self.tr("Your next sessions"))
        self.changes_heading.setText(self.tr("What has changed and why"))
        self.changes_intro.setText(
            self.tr(
                "After each session the program adjusts itself, by how the session went and how you felt "
                "the day after. Here is each change and the reason for it, newest first."
            )
        )
        self.changes_empty.setText(
            self.tr("Nothing has changed yet. After your first sessions, each change is shown here with its reason.")
        )
        if self.days_status.isVisible():
            self.days_status.setText(self.tr("Saved"))
        self._fill()

    def _fill(self) -> None:
        has_program = self.active is not None
        self.empty_card.setVisible(not has_program)
        self.program_box.setVisible(has_program)
        if has_program:
            self._fill_where()
            self._fill_exercises()
            self._fill_next_sessions()
            self._fill_changes()

    def _fill_where(self) -> None:
        today = self.today
        if today is None:
            return
        if today.maintenance:
            self.week_heading.setText(self.tr("Keeping it going"))
            self.week_text.setText(
                self.tr(
                    "You have done the 12 weeks of the program. Now you keep what you have built up, with "
                    "2 sessions a week."
                )
            )
        else:
            self.week_heading.setText(
                self.tr("Week %1 of %2")
                .replace("%1", QLocale().toString(today.week))
                .replace("%2", QLocale().toString(PROGRAM_WEEKS))
            )
            self.week_text.setText(
                self.tr("The first 2 weeks are a gentle start, with 2 sessions a week.") if today.week <= 2 else ""
            )
        self.week_text.setVisible(bool(self.week_text.text()))
        if today.done_this_week >= today.planned_this_week:
            sessions = self.tr("You have done all %1 sessions this week. Well done!").replace(
                "%1", QLocale().toString(today.planned_this_week)
            )
        else:
            sessions = (
                self.tr("This week you have done %1 of %2 sessions.")
                .replace("%1", QLocale().toString(today.done_this_week))
                .replace("%2", QLocale().toString(today.planned_this_week))
            )
        self.sessions_text.setText(sessions)
        self.minutes_text.setText(
            self.tr("A session takes about %1 minutes.").replace("%1", QLocale().toString(today.minutes))
        )
        self.start_button.setVisible(not today.done_today)
        if today.done_today:
            self.next_text.setText(
                self.tr("You have exercised today. Your next session: %1.").replace(
                    "%1", relative_day_text(today.next_date, today.day)
                )
            )
        else:
            self.next_text.setText(
                self.tr("Your next session: %1.").replace("%1", relative_day_text(today.next_date, today.day))
            )

    def _fill_exercises(self) -> None:
        _clear(self.exercise_list)
        active = self.active
        if active is None:
            return
        language = self.language
        for number, (item, prescription) in enumerate(
            zip(active.program.exercises, active.state.current(active.program), strict=True), start=1
        ):
            frame, inner = card()
            name = exercise_name(item.exercise_id, language)
            frame.setAccessibleName(name)
            heading = _bold(text_label())
            heading.setText(f"{QLocale().toString(number)}. {name}")
            level = text_label()
            level.setText(
                self.tr("Level %1: %2")
                .replace("%1", QLocale().toString(prescription.level))
                .replace("%2", level_name(prescription, language))
            )
            dose = text_label()
            dose.setText(self.tr("Today: %1").replace("%1", prescription_text(prescription)))
            why = text_label("muted")
            why.setText(why_sentence(item.why))
            for widget in (heading, level, dose, why):
                inner.addWidget(widget)
            frame.setObjectName(f"exercise-{item.exercise_id}")
            self.exercise_list.addWidget(frame)

    def _fill_next_sessions(self) -> None:
        if self.active is None or self.today is None:
            return
        dates = next_sessions(self.active, self.today)
        self.next_list.setText("\n".join(f"• {capitalised(relative_day_text(day, self.today.day))}" for day in dates))

    def _fill_changes(self) -> None:
        _clear(self.change_list)
        active = self.active
        if active is None:
            return
        groups = changes_by_session(active.state.changes)
        self.changes_empty.setVisible(not groups)
        self.change_box.setVisible(bool(groups))
        shown = groups if self.show_all_changes else groups[:RECENT_CHANGE_DAYS]
        language = self.language
        for day, changes in shown:
            group = QWidget()
            inner = QVBoxLayout(group)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(8)
            when = _bold(text_label())
            when.setText(self.tr("After your session on %1:").replace("%1", day_text(day)))
            inner.addWidget(when)
            for sentence, lines in grouped_changes(changes, language):
                if not lines:
                    inner.addWidget(_bullet(sentence))
                    continue
                lead = text_label()
                lead.setText(sentence)
                inner.addWidget(lead)
                for line in lines:
                    inner.addWidget(_bullet(line))
            self.change_list.addWidget(group)
        hidden = len(groups) - RECENT_CHANGE_DAYS
        self.more_changes.setVisible(hidden > 0)
        if self.show_all_changes:
            self.more_changes.setText(self.tr("Show only the latest changes"))
        else:
            self.more_changes.setText(self.tr("Show all changes"))
        self.more_changes.setAccessibleName(self.more_changes.text())
        self.started_text.setText(
            self.tr(
                "Where you started: on %1, at doses lower than you may think, so that your body can get used "
                "to the exercises."
            ).replace("%1", day_text(active.program.start_date))
        )

    def _day_list(self, days: Sequence[int]) -> str:
        return QLocale().createSeparatedList([weekday_name(day) for day in days])


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        old = layout.takeAt(0).widget()
        if old is not None:
            old.hide()
            old.deleteLater()

"""Progress ("Din utveckling"): pain now against the start and in context, the chair stand tests against the
norm, sessions each week done against planned, the exercises now, and what has changed and why; and the
report for healthcare (PDF or printed) and the CSV files.

Everything is read again each time the page is shown (and on `refresh()`). Without a program it says how to
get one; the report and the diary's CSV can still be made.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLayout, QVBoxLayout, QWidget

from ledhalsa_desktop.core.assessment import AssessmentKind
from ledhalsa_desktop.core.progress import (
    PainChange,
    chair_stand_series,
    pain_change,
    sessions_per_week,
    totals,
)
from ledhalsa_desktop.core.progression import Change, ChangeKind
from ledhalsa_desktop.reporting import DiaryFacts, diary_facts, done_days
from ledhalsa_desktop.training import ActiveProgram
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.flow_layout import wrapping_row
from ledhalsa_desktop.ui.program_texts import (
    day_text,
    exercise_name,
    grouped_changes,
    level_name,
    prescription_text,
)
from ledhalsa_desktop.ui.progress_parts import SessionBoxes
from ledhalsa_desktop.ui.progress_texts import (
    context_sentence,
    done_of_planned,
    grade_text,
    long_date,
    norm_text,
    number,
    pain_headline,
    pain_summary,
    stand_change_text,
    stands_rule_sentence,
    stands_text,
    test_name,
    totals_sentence,
    week_dates,
    week_name,
)
from ledhalsa_desktop.ui.widgets import Page, breakable_path, button, card, show_status, text_label

WEEKS_SHOWN = 12  # the newest weeks in the sessions table
CHANGE_DAYS_STEP = 5  # sessions whose changes show at first, and how many more each "Show more" adds


def _bold(text: str = "") -> QWidget:
    label = text_label()
    label.setStyleSheet("font-weight: 700;")
    label.setText(text)
    return label


class ProgressView(Page):
    start_assessment = Signal()

    def __init__(self, appearance: Appearance) -> None:
        super().__init__()
        self.appearance = appearance
        self.state = appearance.state
        self.active: ActiveProgram | None = None
        self.diary = DiaryFacts(None, 0, None)
        self.today = date.today()
        self.change_days_shown = CHANGE_DAYS_STEP
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        self.title = text_label("title")
        self.intro = text_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        # no program yet
        self.empty_card, empty = card()
        self.empty_heading = text_label("heading")
        self.empty_text = text_label()
        self.assessment_button = button("primary")
        self.assessment_button.clicked.connect(self.start_assessment)
        empty.addWidget(self.empty_heading)
        empty.addWidget(self.empty_text)
        empty.addLayout(wrapping_row(self.assessment_button))
        layout.addWidget(self.empty_card)

        # with a program
        self.program_box = QWidget()
        program = QVBoxLayout(self.program_box)
        program.setContentsMargins(0, 0, 0, 0)
        program.setSpacing(20)
        layout.addWidget(self.program_box)

        self.pain_card, pain = card()
        self.pain_heading = text_label("heading")
        self.pain_big = text_label("big")
        self.pain_text = text_label()
        self.pain_context = text_label("muted")
        for widget in (self.pain_heading, self.pain_big, self.pain_text, self.pain_context):
            pain.addWidget(widget)
        program.addWidget(self.pain_card)

        self.chair_card, chair = card()
        self.chair_heading = text_label("heading")
        self.chair_box = QWidget()
        self.chair_list = QVBoxLayout(self.chair_box)
        self.chair_list.setContentsMargins(0, 0, 0, 0)
        self.chair_list.setSpacing(12)
        self.chair_rule = text_label("muted")
        for widget in (self.chair_heading, self.chair_box, self.chair_rule):
            chair.addWidget(widget)
        program.addWidget(self.chair_card)

        self.sessions_card, sessions = card()
        self.sessions_heading = text_label("heading")
        self.sessions_total = text_label()
        self.weeks_box = QWidget()
        self.weeks = QGridLayout(self.weeks_box)
        self.weeks.setContentsMargins(0, 0, 0, 0)
        self.weeks.setHorizontalSpacing(24)
        self.weeks.setVerticalSpacing(10)
        self.weeks.setColumnStretch(3, 1)
        self.weeks_note = text_label("muted")
        for widget in (self.sessions_heading, self.sessions_total, self.weeks_box, self.weeks_note):
            sessions.addWidget(widget)
        program.addWidget(self.sessions_card)

        # the report card goes here (below); then what the program is now and how it changed
        self.details_box = QWidget()
        details = QVBoxLayout(self.details_box)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(20)

        self.exercises_card, exercises = card()
        self.exercises_heading = text_label("heading")
        self.exercise_box = QWidget()
        self.exercise_list = QVBoxLayout(self.exercise_box)
        self.exercise_list.setContentsMargins(0, 0, 0, 0)
        self.exercise_list.setSpacing(12)
        exercises.addWidget(self.exercises_heading)
        exercises.addWidget(self.exercise_box)
        details.addWidget(self.exercises_card)

        self.changes_card, changes = card()
        self.changes_heading = text_label("heading")
        self.changes_empty = text_label()
        self.change_box = QWidget()
        self.change_list = QVBoxLayout(self.change_box)
        self.change_list.setContentsMargins(0, 0, 0, 0)
        self.change_list.setSpacing(12)
        self.more_changes = button()
        self.more_changes.clicked.connect(self.show_more_changes)
        for widget in (self.changes_heading, self.changes_empty, self.change_box):
            changes.addWidget(widget)
        changes.addLayout(wrapping_row(self.more_changes))
        details.addWidget(self.changes_card)

        # the report and the files, with or without a program
        self.report_card, report = card()
        self.report_heading = text_label("heading")
        self.report_text = text_label()
        self.save_pdf_button = button("primary")
        self.save_pdf_button.clicked.connect(self.save_report)
        self.print_button = button()
        self.print_button.clicked.connect(self.print_report)
        self.csv_text = text_label()
        self.diary_csv_button = button()
        self.diary_csv_button.clicked.connect(self.save_diary_csv)
        self.sessions_csv_button = button()
        self.sessions_csv_button.clicked.connect(self.save_sessions_csv)
        self.report_status = text_label("success", selectable=True)
        self.report_status.hide()
        report.addWidget(self.report_heading)
        report.addWidget(self.report_text)
        report.addLayout(wrapping_row(self.save_pdf_button, self.print_button))
        report.addWidget(self.csv_text)
        report.addLayout(wrapping_row(self.diary_csv_button, self.sessions_csv_button))
        report.addWidget(self.report_status)
        layout.addWidget(self.report_card)
        layout.addWidget(self.details_box)

        layout.addStretch(1)
        self.retranslate()

    @property
    def language(self) -> str:
        return self.state.settings.language

    # reading

    def refresh(self) -> None:
        """Read the program and the diary again and show them."""
        self.today = self.state.diary_today()
        self.active = self.state.training.active()
        self.diary = diary_facts(self.state.db_path, self.today)
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        show_status(self.report_status, "")
        self.refresh()
        super().showEvent(event)

    def pain(self) -> PainChange | None:
        active = self.active
        if active is None:
            return None
        return pain_change(active.start.assessment, [item.assessment for item in active.retests], self.diary.recent)

    # showing

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your progress"))
        self.intro.setText(
            self.tr("How it is going since you started: your pain, the chair stand test and your sessions.")
        )
        self.empty_heading.setText(self.tr("You have no program yet"))
        self.empty_text.setText(
            self.tr(
                "Your progress is shown here once you have done the short assessment and started exercising. "
                "The assessment takes about 3 minutes."
            )
        )
        self.assessment_button.setText(self.tr("Start the assessment"))
        self.pain_heading.setText(self.tr("Pain against the start"))
        self.chair_heading.setText(self.tr("Standing up from a chair"))
        self.sessions_heading.setText(self.tr("Sessions each week"))
        self.exercises_heading.setText(self.tr("Your exercises now"))
        self.changes_heading.setText(self.tr("What has changed and why"))
        self.changes_empty.setText(
            self.tr("Nothing has changed yet. After your first sessions, each change is shown here with its reason.")
        )
        self.more_changes.setText(self.tr("Show more changes"))
        self.report_heading.setText(self.tr("Report for healthcare"))
        self.report_text.setText(
            self.tr(
                "One or two pages to bring to your physiotherapist or doctor: your tests, your pain, your sessions "
                "and your program. Save it as a PDF file or print it."
            )
        )
        self.save_pdf_button.setText(self.tr("Save the report as PDF"))
        self.print_button.setText(self.tr("Print"))
        self.csv_text.setText(
            self.tr(
                "Your diary and your sessions can also be saved as spreadsheet files (CSV), which Excel and "
                "similar programs open."
            )
        )
        self.diary_csv_button.setText(self.tr("Save the diary as CSV"))
        self.sessions_csv_button.setText(self.tr("Save the sessions as CSV"))
        for action in (
            self.assessment_button,
            self.more_changes,
            self.save_pdf_button,
            self.print_button,
            self.diary_csv_button,
            self.sessions_csv_button,
        ):
            action.setAccessibleName(action.text())
        self._fill()

    def _fill(self) -> None:
        has_program = self.active is not None
        self.empty_card.setVisible(not has_program)
        self.program_box.setVisible(has_program)
        self.details_box.setVisible(has_program)
        # one main button on the page: the assessment without a program, the report with one
        role = "primary" if has_program else ""
        if self.save_pdf_button.property("role") != role:
            self.save_pdf_button.setProperty("role", role)
            self.save_pdf_button.style().unpolish(self.save_pdf_button)
            self.save_pdf_button.style().polish(self.save_pdf_button)
        self.sessions_csv_button.setVisible(has_program)
        if has_program:
            self._fill_pain()
            self._fill_chair()
            self._fill_sessions()
            self._fill_exercises()
            self._fill_changes()

    def _fill_pain(self) -> None:
        active, change = self.active, self.pain()
        if active is None or change is None:
            return
        self.pain_big.setText(pain_headline(change))
        self.pain_big.setAccessibleName(pain_summary(change))
        self.pain_text.setText(pain_summary(change))
        week = max(1, active.program.week_of(self.today))
        self.pain_context.setText(context_sentence(change, active.start.assessment.affected_joints, week))

    def _fill_chair(self) -> None:
        """One short block per test, oldest first: which test and when, the stands against the norm, the change."""
        _clear(self.chair_list)
        active = self.active
        if active is None:
            return
        for item in chair_stand_series(active.start.assessment, [entry.assessment for entry in active.retests]):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(_bold(f"{test_name(item.kind)}, {long_date(item.day)}"))
            lines = [self.tr("Stands in 30 seconds: %1").replace("%1", stands_text(item))]
            if item.norm is not None and item.grade is not None and item.score is not None:
                lines.append(
                    self.tr("Normal for your age: %1 stands, so your result is %2.")
                    .replace("%1", norm_text(item.norm))
                    .replace("%2", grade_text(item))
                )
            if item.kind is not AssessmentKind.START:
                lines.append(self.tr("Against the start: %1").replace("%1", stand_change_text(item)))
            detail = text_label()
            detail.setText("\n".join(lines))
            inner.addWidget(detail)
            self.chair_list.addWidget(box)
        self.chair_rule.setText(stands_rule_sentence())

    def _fill_sessions(self) -> None:
        active = self.active
        _clear(self.weeks)
        if active is None:
            return
        program = active.program
        weeks = sessions_per_week(program, done_days(active.sessions), self.today)
        self.sessions_total.setText(totals_sentence(totals(weeks)))
        shown = list(reversed(weeks[-WEEKS_SHOWN:]))
        for row, item in enumerate(shown):
            # week and dates, its boxes, and the count in words, in aligned columns
            name = week_name(item.week)
            if item.current:
                name = self.tr("%1 (this week)").replace("%1", name)
            when = text_label()
            when.setText(f"{name}\n{week_dates(item.first_day, item.last_day)}")
            boxes = SessionBoxes()
            boxes.set_counts(item.planned, item.done)
            count = text_label()
            count.setText(done_of_planned(item.done, item.planned))
            self.weeks.addWidget(when, row, 0)
            self.weeks.addWidget(boxes, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.weeks.addWidget(count, row, 2, Qt.AlignmentFlag.AlignVCenter)
        hidden = len(weeks) - len(shown)
        self.weeks_note.setVisible(hidden > 0)
        self.weeks_note.setText(
            self.tr("The newest %1 weeks, this week first. The report sums up every week since the start.").replace(
                "%1", number(WEEKS_SHOWN)
            )
        )

    def _fill_exercises(self) -> None:
        _clear(self.exercise_list)
        active = self.active
        if active is None:
            return
        language = self.language
        for prescription in active.state.current(active.program):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(_bold(exercise_name(prescription.exercise_id, language)))
            detail = text_label()
            detail.setText(
                self.tr("Level %1: %2. %3.")
                .replace("%1", number(prescription.level))
                .replace("%2", level_name(prescription, language))
                .replace("%3", prescription_text(prescription))
            )
            inner.addWidget(detail)
            self.exercise_list.addWidget(box)

    def _fill_changes(self) -> None:
        _clear(self.change_list)
        active = self.active
        if active is None:
            return
        days: dict[date, list[Change]] = {}
        for change in active.state.changes:
            if change.kind is not ChangeKind.START:
                days.setdefault(change.day, []).append(change)
        ordered = sorted(days.items(), reverse=True)
        self.changes_empty.setVisible(not ordered)
        language = self.language
        for day, changes in ordered[: self.change_days_shown]:
            group = QWidget()
            inner = QVBoxLayout(group)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(4)
            when = day_text(day) if day.year == self.today.year else long_date(day)  # the year when it is not this one
            inner.addWidget(_bold(self.tr("After your session on %1:").replace("%1", when)))
            for sentence, lines in grouped_changes(changes, language):
                label = text_label()
                label.setText("\n".join([sentence, *(f"• {line}" for line in lines)]))
                inner.addWidget(label)
            self.change_list.addWidget(group)
        self.more_changes.setVisible(len(ordered) > self.change_days_shown)

    def show_more_changes(self) -> None:
        self.change_days_shown += CHANGE_DAYS_STEP
        self._fill_changes()
        # keep the focus where the person is: on the button, or on the last change once all are shown
        if self.more_changes.isVisible():
            self.more_changes.setFocus()
        else:
            self.save_pdf_button.setFocus()

    # the report and the files

    def _source(self):  # noqa: ANN202 (ReportSource, imported when the report is made)
        from ledhalsa_desktop.ui.report_output import ReportSource

        return ReportSource(self.state.db_path, self.state.training, self.state.profile, self.today, self.language)

    def default_path(self, name: str) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / name

    def choose_file(self, title: str, default: Path, kind: str) -> Path | None:
        """The file to save to, from the system's save dialog; None when cancelled. Tests replace this."""
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(default), kind)
        return Path(chosen) if chosen else None

    def choose_printer(self):  # noqa: ANN201 (QPrinter | None; QtPrintSupport is loaded only here)
        """A printer set up in the system's print dialog; None when cancelled. Tests replace this."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ledhalsa_desktop.ui.report_pdf import prepare_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def save_report(self) -> None:
        from ledhalsa_desktop.ui.report_output import save_report
        from ledhalsa_desktop.ui.report_pdf import default_file_name

        default = self.default_path(default_file_name(self.today.isoformat()))
        path = self.choose_file(self.tr("Save the report as PDF"), default, self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_report(self._source(), path)
        except OSError:
            self._problem(
                self.tr("The report could not be saved there. Choose another folder, such as Documents."),
                self.save_pdf_button,
            )
            return
        self._saved(self.tr("The report is saved: %1").replace("%1", breakable_path(path)))

    def print_report(self) -> None:
        from ledhalsa_desktop.ui.report_output import print_report

        printer = self.choose_printer()
        if printer is None:
            return
        try:
            print_report(self._source(), printer)
        except OSError:
            self._problem(
                self.tr("The report could not be printed. Check that the printer is on, and try again."),
                self.print_button,
            )
            return
        self._saved(self.tr("The report has been sent to the printer."))

    def save_diary_csv(self) -> None:
        from ledhalsa_desktop.ui.report_output import save_diary_csv

        name = self.tr("Ledhälsa diary %1.csv").replace("%1", self.today.isoformat())
        path = self.choose_file(self.tr("Save the diary as CSV"), self.default_path(name), self.tr("CSV files (*.csv)"))
        if path is None:
            return
        try:
            save_diary_csv(self.state.db_path, self.today, self.language, path)
        except OSError:
            self._problem(
                self.tr("The file could not be saved there. Choose another folder, such as Documents."),
                self.diary_csv_button,
            )
            return
        self._saved(self.tr("The diary is saved: %1").replace("%1", breakable_path(path)))

    def save_sessions_csv(self) -> None:
        from ledhalsa_desktop.ui.report_output import save_sessions_csv

        name = self.tr("Ledhälsa sessions %1.csv").replace("%1", self.today.isoformat())
        path = self.choose_file(
            self.tr("Save the sessions as CSV"), self.default_path(name), self.tr("CSV files (*.csv)")
        )
        if path is None:
            return
        try:
            save_sessions_csv(self.state.training, self.language, path)
        except OSError:
            self._problem(
                self.tr("The file could not be saved there. Choose another folder, such as Documents."),
                self.sessions_csv_button,
            )
            return
        self._saved(self.tr("The sessions are saved: %1").replace("%1", breakable_path(path)))

    def _saved(self, message: str) -> None:
        show_status(self.report_status, message, "success")

    def _problem(self, message: str, action: QWidget) -> None:
        """Says what went wrong below the buttons and keeps the focus on the button that was used."""
        show_status(self.report_status, message, "error")
        action.setFocus()


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        old = item.widget() if item is not None else None
        if old is not None:
            old.hide()
            old.deleteLater()

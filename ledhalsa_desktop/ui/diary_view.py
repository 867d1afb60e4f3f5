"""The pain diary ("Smärtdagbok"): a quick entry, the pain chart with a one-sentence summary, and the entries.

Reading is plain sqlite3 (storage.diary_records) and only what is shown: the latest weeks of entries and
the chart's range, with long ranges as weekly or monthly means and the summary's numbers computed by
SQLite. What lies below the first screenful (the form's optional questions, the list's rows) is made just
after the first paint. The form keeps a draft of what is typed. A delete asks nothing: the entry's place
says it is deleted, with Undo, until the next action.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.diary import ChartRange, JointSummary, StoredEntry, chart_period
from ledhalsa_desktop.storage import diary_records
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.diary_entry_form import DiaryEntryForm
from ledhalsa_desktop.ui.diary_list import DiaryList
from ledhalsa_desktop.ui.diary_texts import range_button_name, range_name, summary_sentence
from ledhalsa_desktop.ui.pain_chart import PainChart, series_from
from ledhalsa_desktop.ui.pain_scale import ChoiceButtons
from ledhalsa_desktop.ui.theme import THEMES
from ledhalsa_desktop.ui.widgets import Page, announce, card, text_label

LATER_MS = 50  # what lies below the first screenful is made this long after the first paint
STACK_FROM_SCALE = 175  # from this text size, an entry's buttons go under its text
LIST_WEEKS = 4  # weeks of entries shown at first, and added by "Show older entries"
RANGES = (ChartRange.FOUR_WEEKS, ChartRange.TWELVE_WEEKS, ChartRange.ALL)


def tab_order(page: QWidget) -> list[QWidget]:
    """The controls Tab stops at on the page, in reading order: by lines from the top, each line left to right."""
    found = []
    for widget in page.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ):
            top_left = widget.mapTo(page, QPoint(0, 0))
            found.append((QRect(top_left, widget.size()), widget))
    found.sort(key=lambda item: item[0].center().y())
    lines: list[list[tuple[QRect, QWidget]]] = []
    for rect, widget in found:  # a widget whose middle lies within a line's first widget joins that line
        if lines and lines[-1][0][0].top() <= rect.center().y() <= lines[-1][0][0].bottom():
            lines[-1].append((rect, widget))
        else:
            lines.append([(rect, widget)])
    return [widget for line in lines for _, widget in sorted(line, key=lambda item: item[0].left())]


class DiaryView(Page):
    """`changed` after an entry is saved, changed, deleted or brought back (Home and Progress may refresh)."""

    changed = Signal()

    def __init__(self, appearance: Appearance) -> None:
        super().__init__()
        self.appearance = appearance
        self.state = appearance.state
        self.chart_range = ChartRange.FOUR_WEEKS
        self.list_weeks = LIST_WEEKS
        self.entries: list[StoredEntry] = []
        self.deleted: StoredEntry | None = None
        self.today = self.state.diary_today()
        self.first_day: date | None = None
        self.program: diary_records.ProgramContext | None = None
        self.summary_text = ""
        self._period_start = self.today
        self._summaries: list[JointSummary] = []
        self._loaded = False
        self._draft_checked = False
        self._painted = False
        colors = THEMES[self.state.settings.theme]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        self.title = text_label("title")
        self.intro = text_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.form_card, form_layout = card()
        self.form = DiaryEntryForm(self.state, colors)
        self.form.saved.connect(self._saved)
        self.form.acted.connect(self._acted)
        self.form.problem_shown.connect(self._scroll_to)
        form_layout.addWidget(self.form)
        layout.addWidget(self.form_card)

        self.chart_card, chart_layout = card()
        self.chart_heading = text_label("heading")
        self.ranges = ChoiceButtons(RANGES)
        self.ranges.set_value(self.chart_range)
        self.ranges.valueChanged.connect(self._range_chosen)
        self.summary = text_label()
        self.chart = PainChart(colors)
        for widget in (self.chart_heading, self.ranges, self.summary, self.chart):
            chart_layout.addWidget(widget)
        layout.addWidget(self.chart_card)

        self.list = DiaryList()
        self.list.edit_requested.connect(self.edit_entry)
        self.list.delete_requested.connect(self.delete_entry)
        self.list.undo_requested.connect(self.undo_delete)
        self.list.older_requested.connect(self.show_older)
        layout.addWidget(self.list)
        layout.addStretch(1)

        appearance.changed.connect(self._restyle)
        self.retranslate()
        self.refresh()  # before the first show: widgets made while hidden are much quicker to make
        self._fresh = True

    # reading

    def refresh(self) -> None:
        """Read what is shown again: the program's joints, the entries of the latest weeks, the chart."""
        self.today = self.state.diary_today()
        with diary_records.reading(self.state.db_path) as conn:
            program = diary_records.program_context(conn)
            latest = diary_records.latest_joints(conn)
            first_shown = self._list_start()
            self.entries = diary_records.read_entries(conn, first_shown, self.today)
            has_older = diary_records.has_entries_before(conn, first_shown)
            self.first_day = diary_records.first_day(conn)
            self._load_chart(conn, program)
            draft = None if self._draft_checked else diary_records.read_draft(conn)
            editing_id = draft.data.get("editing") if draft is not None else None
            editing = diary_records.read_entry(conn, editing_id) if isinstance(editing_id, int) else None
        self.program = program
        self.form.set_joints(program.joints if program else (), latest)
        if not self._draft_checked:
            self._draft_checked = True
            if draft is not None:
                self.form.restore_draft(draft.data, editing)
        self.form.refresh_defaults()
        self.list.stacked = self.state.settings.text_scale >= STACK_FROM_SCALE
        self.list.show_entries(self.entries, self.today, has_older=has_older, deleted=self.deleted)
        self._loaded = True

    def _list_start(self) -> date:
        monday = self.today - timedelta(days=self.today.weekday())
        return monday - timedelta(weeks=self.list_weeks - 1)

    def _load_chart(self, conn: sqlite3.Connection, program: diary_records.ProgramContext | None) -> None:
        period = chart_period(self.chart_range, self.today, self.first_day)
        rows = diary_records.pain_means(conn, period.start, period.end, period.granularity)
        joints: tuple[Joint, ...] = program.joints if program else ()
        sessions = diary_records.session_days(conn, period.start, period.end)
        self.chart.set_data(
            series_from(rows, joints),
            period.start,
            period.end,
            period.granularity,
            session_days=sessions,
            reference=program.start_pain if program else None,
        )
        self._period_start = period.start
        order = list(joints) + [joint for joint in Joint if joint not in joints]
        summaries = diary_records.summary_means(conn, period.start, period.end)
        self._summaries = sorted(summaries, key=lambda item: order.index(item.joint))
        self._show_summary()

    def _show_summary(self) -> None:
        self.summary_text = summary_sentence(self._summaries, self.chart_range, self._period_start)
        self.summary.setText(self.summary_text)
        self.chart.setAccessibleDescription(self.summary_text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._fresh:
            self._fresh = False  # just read when it was made
        else:
            self.refresh()
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(LATER_MS, self, self._below_the_fold)
        super().paintEvent(event)

    def _below_the_fold(self) -> None:
        """The form's optional questions and the list's rows, once the first screenful is on screen."""
        if self.isVisible():  # else when first needed
            self.form.build_details()
        self.list.release()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self.form.flush_draft()
        super().hideEvent(event)

    # acting

    def open_quick_entry(self) -> None:
        """Scroll to the form and put the focus on the first question (Home's "How much pain do you have today?")."""
        self._scroll_to(self.form_card)
        self.form.focus_first_question()

    def edit_entry(self, stored: StoredEntry) -> None:
        self._acted()
        self.form.edit(stored)
        self._scroll_to(self.form_card)
        self.form.day_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.form.day_edit, self.form.heading.text())

    def delete_entry(self, stored: StoredEntry) -> None:
        self._acted()
        if self.form.editing is not None and self.form.editing.id == stored.id:
            self.form.cancel_edit()  # nothing left to change
            self.form.clear_undo()
        self.state.delete_diary_entry(stored.id)
        self.deleted = stored
        self._reload_after_change()
        undo = self.list.undo_button()
        if undo is not None and self.list.deleted_row is not None:
            undo.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(undo, self.list.deleted_row.text.text())

    def undo_delete(self, stored: StoredEntry) -> None:
        self.state.undo_diary_delete(stored.id)
        self.deleted = None
        self._reload_after_change()
        self.list.build_all()
        row = self.list.rows.get(stored.id)
        if row is not None:
            row.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(row.edit_button, self.tr("The entry is back."))

    def show_older(self) -> None:
        self.list_weeks += LIST_WEEKS
        self.refresh()
        self.list.older_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, _entry_id: int) -> None:
        self._reload_after_change()

    def _acted(self) -> None:
        """Any new action ends the chance to undo a delete (its line goes away) or a cancelled change."""
        if self.deleted is not None:
            self.deleted = None
            self.list.show_entries(self.entries, self.today, has_older=self.list.has_older)
        self.form.clear_undo()

    def _reload_after_change(self) -> None:
        focus = self.focusWidget()
        self.refresh()
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _range_chosen(self, value: object) -> None:
        if not isinstance(value, ChartRange) or value is self.chart_range:
            return
        self.chart_range = value
        with diary_records.reading(self.state.db_path) as conn:
            self.first_day = diary_records.first_day(conn)
            self._load_chart(conn, diary_records.program_context(conn))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab and Shift+Tab go through the page as it reads, top to bottom and left to right.

        Qt's own order follows when widgets were made, and parts of this page are made later (the optional
        questions, a joint's pain scale, the list's rows); before the first control or after the last,
        the window carries on (to the navigation).
        """
        current = QApplication.focusWidget()
        controls = tab_order(self)
        if current not in controls:
            return super().focusNextPrevChild(next)
        index = controls.index(current) + (1 if next else -1)
        target = (
            controls[index] if 0 <= index < len(controls) else self._outside(next) or controls[index % len(controls)]
        )
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        if self.isAncestorOf(target):
            self._scroll_to(target)
        return True

    def _outside(self, next: bool) -> QWidget | None:  # noqa: A002 (as Qt names it)
        """The control Tab reaches after (or Shift+Tab before) this page in the window, such as the navigation."""
        widget = self.nextInFocusChain() if next else self.previousInFocusChain()
        for _ in range(10000):
            if widget is None or widget is self:
                return None
            if (
                not self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            ):
                return widget
            widget = widget.nextInFocusChain() if next else widget.previousInFocusChain()
        return None

    def _scroll_to(self, widget: QWidget) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 40)

    def _restyle(self) -> None:
        colors = THEMES[self.state.settings.theme]
        self.chart.set_colors(colors)
        self.form.set_colors(colors)
        self.list.set_stacked(self.state.settings.text_scale >= STACK_FROM_SCALE)

    # words

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pain diary"))
        self.intro.setText(
            self.tr(
                "Write down how your joints feel, as often as you like. Then you and your physiotherapist can "
                "see how it goes over time. Everything stays on this computer."
            )
        )
        self.chart_heading.setText(self.tr("Your pain over time"))
        self.ranges.set_texts(
            [range_name(item) for item in RANGES],
            [range_button_name(item) for item in RANGES],
            self.tr("How much time the chart shows"),
        )
        self.chart.setAccessibleName(self.tr("Pain chart"))
        if self._loaded:
            self._show_summary()

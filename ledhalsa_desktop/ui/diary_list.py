"""The diary's entries grouped by week, newest first, each with Change and Delete.

The list lies below the first screenful, so its rows are made once the diary has painted (`release`), a
week at a time, instead of holding up the first paint.

A deleted entry leaves a line in its place saying so, with Undo, until the next action. Only the weeks
the view loaded are shown; "Show older entries" asks the view for more.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ledhalsa_desktop.core.diary import StoredEntry, Week, group_by_week
from ledhalsa_desktop.ui.diary_texts import details_text, entry_when, pains_text, week_heading
from ledhalsa_desktop.ui.widgets import button, text_label


def bold(label: QLabel) -> QLabel:
    """Bold text that still follows the text size (a style sheet of its own would cost time to parse)."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class EntryRow(QFrame):
    """One entry: when (in bold), then the pains, the other answers and the note, with its two buttons beside
    (or under it, `stacked`, when large text leaves too little room beside).

    Two plain labels rather than one per line keep a long list quick to build.
    """

    def __init__(self, stored: StoredEntry, today: date, *, stacked: bool = False) -> None:
        super().__init__()
        self.stored = stored
        self.setProperty("role", "card")
        layout = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(12)
        entry = stored.entry
        self.when = entry_when(entry, today)
        self.when_in_sentence = entry_when(entry, today, in_sentence=True)
        self.when_label = bold(text_label())
        self.when_label.setText(self.when)
        self.text = text_label()
        self.text.setText("\n".join(part for part in (pains_text(entry), details_text(entry), entry.note) if part))
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(self.when_label)
        column.addWidget(self.text)
        self.edit_button = button()
        self.delete_button = button()
        layout.addLayout(column, 1)
        if stacked:
            buttons = QHBoxLayout()
            buttons.setSpacing(12)
            buttons.addWidget(self.edit_button)
            buttons.addWidget(self.delete_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        else:
            layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.when)
        self.retranslate()

    @property
    def plain_text(self) -> str:
        return f"{self.when}\n{self.text.text()}"

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Change"))
        self.edit_button.setAccessibleName(self.tr("Change the entry from %1").replace("%1", self.when_in_sentence))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the entry from %1").replace("%1", self.when_in_sentence))


class DeletedRow(QFrame):
    """Where a deleted entry was: what happened, and Undo."""

    def __init__(self, stored: StoredEntry, today: date) -> None:
        super().__init__()
        self.stored = stored
        self.setProperty("role", "card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(12)
        self.when = entry_when(stored.entry, today, in_sentence=True)
        self.text = text_label()
        self.undo_button = button()
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("The entry from %1 is deleted.").replace("%1", self.when))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: bring back the entry from %1").replace("%1", self.when))


class DiaryList(QWidget):
    """edit_requested(entry) and delete_requested(entry) from a row's buttons; undo_requested(entry) from a
    deleted row; older_requested() from "Show older entries"."""

    edit_requested = Signal(object)
    delete_requested = Signal(object)
    undo_requested = Signal(object)
    older_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[StoredEntry] = []
        self.deleted: StoredEntry | None = None
        self.today = date.today()
        self.has_older = False
        self.stacked = False
        self.rows: dict[int, EntryRow] = {}
        self.deleted_row: DeletedRow | None = None
        self._pending: list[tuple[Week, list[StoredEntry]]] = []
        self._generation = 0
        self._held = True  # no rows are made before release()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.heading = text_label("heading")
        self.empty = text_label()
        self.weeks = QWidget()
        self.week_list = QVBoxLayout(self.weeks)
        self.week_list.setContentsMargins(0, 0, 0, 0)
        self.week_list.setSpacing(20)
        self.older_button = button()
        self.older_button.clicked.connect(self.older_requested)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.weeks)
        older = QHBoxLayout()
        older.addWidget(self.older_button)
        older.addStretch(1)
        layout.addLayout(older)
        self.retranslate()

    def set_stacked(self, stacked: bool) -> None:
        """Buttons under each entry's text instead of beside it (at large text)."""
        if stacked != self.stacked:
            self.stacked = stacked
            if self.entries or self.deleted is not None:
                self._fill()

    def show_entries(
        self, entries: Sequence[StoredEntry], today: date, *, has_older: bool, deleted: StoredEntry | None = None
    ) -> None:
        """Show these entries (newest first); `deleted` is shown in its place with Undo."""
        self.entries = list(entries)
        self.today = today
        self.has_older = has_older
        self.deleted = deleted
        self._fill()

    def _fill(self) -> None:
        """Rebuild the weeks: the first at once, the rest one by one after the window has painted."""
        while self.week_list.count():
            old = self.week_list.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        self.rows = {}
        self.deleted_row = None
        shown = list(self.entries)
        if self.deleted is not None:
            shown.append(self.deleted)
        self._pending = group_by_week(shown)
        self._generation += 1
        self.empty.setVisible(not shown)
        self.weeks.setVisible(bool(shown))
        self.older_button.setVisible(self.has_older)
        if not self._held:
            self._schedule()

    def release(self) -> None:
        """Start making the rows (the diary calls this once it has painted)."""
        self._held = False
        self._schedule()

    def _schedule(self) -> None:
        if self._pending:
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._build_next(generation))

    def _build_next(self, generation: int) -> None:
        if generation != self._generation or not self._pending or not self.isVisible():
            return  # a newer fill took over, or the diary was left: showEvent picks up again
        self._add_week()
        self._schedule()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._held:
            self._schedule()  # carry on where leaving the diary stopped
        super().showEvent(event)

    def build_all(self) -> None:
        """Build the weeks still waiting now (before moving the focus into the list)."""
        while self._pending:
            self._add_week()

    def _add_week(self) -> None:
        week, items = self._pending.pop(0)
        box = self._week(week, items)
        self.week_list.addWidget(box)
        box.show()  # at once, so the focus can move into it

    def is_built(self) -> bool:
        return not self._pending

    def _week(self, week: Week, items: Sequence[StoredEntry]) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = bold(text_label())
        title.setText(week_heading(week, self.today))
        layout.addWidget(title)
        for item in items:
            if self.deleted is not None and item.id == self.deleted.id:
                row = DeletedRow(item, self.today)
                row.undo_button.clicked.connect(lambda _checked=False, s=item: self.undo_requested.emit(s))
                self.deleted_row = row
                layout.addWidget(row)
                continue
            entry_row = EntryRow(item, self.today, stacked=self.stacked)
            entry_row.edit_button.clicked.connect(lambda _checked=False, s=item: self.edit_requested.emit(s))
            entry_row.delete_button.clicked.connect(lambda _checked=False, s=item: self.delete_requested.emit(s))
            self.rows[item.id] = entry_row
            layout.addWidget(entry_row)
        return box

    def undo_button(self) -> QPushButton | None:
        self.build_all()
        return self.deleted_row.undo_button if self.deleted_row is not None else None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your entries"))
        self.empty.setText(self.tr("You have not written anything yet. What you save is shown here, newest first."))
        self.older_button.setText(self.tr("Show older entries"))
        self.older_button.setAccessibleName(self.older_button.text())
        if self.entries or self.deleted is not None:
            self._fill()  # the dates and the week headings in the new language

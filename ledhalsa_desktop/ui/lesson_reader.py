"""The reading page of one lesson: back to the list and read aloud above the text; marked as read, and the
previous and next lesson, at its end. A column about 70 characters wide, in the middle of the page.

Reading is marked with a button rather than on scrolling to the end: a button is visible, can be undone,
and does not mark a lesson only skimmed to the bottom.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics, QHideEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from ledhalsa_desktop.core.lessons import Lesson
from ledhalsa_desktop.ui.flow_layout import wrapping_row
from ledhalsa_desktop.ui.lesson_text import LessonText
from ledhalsa_desktop.ui.theme import Colors
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import announce, button, text_label

CHARACTERS_PER_LINE = 70


class LessonReader(QWidget):
    back_requested = Signal()
    open_lesson = Signal(str)  # slug
    read_changed = Signal(str, bool)  # slug, read

    def __init__(self, voice: Voice) -> None:
        super().__init__()
        self.voice = voice
        voice.reading_finished.connect(self.reading_finished)
        self.lesson: Lesson | None = None
        self.previous: Lesson | None = None
        self.next: Lesson | None = None
        self.read = False
        self.can_read_aloud = False
        self.reading_aloud = False

        self.back_button = button()
        self.back_button.clicked.connect(self.back_requested)
        self.read_aloud_button = button()
        self.read_aloud_button.clicked.connect(self.toggle_reading_aloud)
        self.text = LessonText()
        self.text.lesson_link.connect(self.open_lesson)
        self.mark_button = button("primary")
        self.mark_button.clicked.connect(self.toggle_read)
        self.previous_button = button()
        self.previous_button.clicked.connect(lambda: self.previous and self.open_lesson.emit(self.previous.slug))
        self.next_button = button()
        self.next_button.clicked.connect(lambda: self.next and self.open_lesson.emit(self.next.slug))
        self.read_note = text_label()

        self.column = QWidget()
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addLayout(wrapping_row(self.back_button, self.read_aloud_button))
        column.addWidget(self.text)
        column.addWidget(self.read_note)
        column.addLayout(wrapping_row(self.mark_button))
        column.addLayout(wrapping_row(self.previous_button, self.next_button))
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addWidget(self.column, 100)
        outer.addStretch(1)
        self.retranslate()

    # what is shown

    def show_lesson(self, lesson: Lesson, previous: Lesson | None, following: Lesson | None, read: bool) -> None:
        self.stop_reading_aloud()
        self.lesson, self.previous, self.next, self.read = lesson, previous, following, read
        self.text.show_markdown(lesson.markdown)
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
        self.retranslate()

    def set_read_aloud_available(self, available: bool) -> None:
        self.can_read_aloud = available
        self.read_aloud_button.setVisible(available)
        if not available:
            self.stop_reading_aloud()

    def restyle(self, colors: Colors) -> None:
        """The column about 70 characters of the current text size wide; the text's focus ring in the theme."""
        metrics = QFontMetrics(QApplication.font())
        margin = round(self.text.document().documentMargin())
        self.column.setMaximumWidth(metrics.averageCharWidth() * CHARACTERS_PER_LINE + 2 * margin + 8)
        self.text.setStyleSheet(
            f"QTextBrowser {{ background: {colors.surface}; border: 2px solid {colors.border}; border-radius: 12px; }}"
            f"QTextBrowser:focus {{ border: 4px solid {colors.focus}; }}"
        )

    # actions

    def toggle_read(self) -> None:
        if self.lesson is None:
            return
        self.read = not self.read
        self.read_changed.emit(self.lesson.slug, self.read)
        self.retranslate()
        announce(self.read_note, self.read_note.text())

    def toggle_reading_aloud(self) -> None:
        if self.reading_aloud:
            self.stop_reading_aloud()
            return
        self.reading_aloud = self.voice.read_aloud(self.text.plain_text())
        self.retranslate()

    def stop_reading_aloud(self) -> None:
        if self.reading_aloud:
            self.reading_aloud = False
            self.voice.stop()
            self.retranslate()

    def reading_finished(self) -> None:
        """The voice came to the end (or was stopped elsewhere)."""
        self.reading_aloud = False
        self.retranslate()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self.stop_reading_aloud()
        super().hideEvent(event)

    # texts

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to the lessons"))
        self.back_button.setAccessibleName(self.tr("Back to the lessons"))
        self.read_aloud_button.setText(self.tr("Stop reading") if self.reading_aloud else self.tr("Read aloud"))
        self.read_aloud_button.setAccessibleDescription(self.tr("Reads the lesson aloud with the computer's voice"))
        self.mark_button.setText(self.tr("Mark as unread") if self.read else self.tr("Mark as read"))
        self.mark_button.setProperty("role", "" if self.read else "primary")
        self.mark_button.style().unpolish(self.mark_button)
        self.mark_button.style().polish(self.mark_button)
        lesson = self.lesson
        if lesson is None:
            return
        self.text.setAccessibleName(self.tr("Lesson: %1").replace("%1", lesson.title))
        self.text.setAccessibleDescription(self.tr("The text of the lesson. Links open other lessons."))
        if self.read:
            self.read_note.setText(self.tr("✓ Read. You can mark it as unread if you want it suggested again."))
        else:
            self.read_note.setText(
                self.tr("When you have read the lesson, mark it as read. Home then suggests the next one.")
            )
        self.read_note.setProperty("role", "success" if self.read else "muted")
        self.read_note.style().unpolish(self.read_note)
        self.read_note.style().polish(self.read_note)
        self.previous_button.setVisible(self.previous is not None)
        self.next_button.setVisible(self.next is not None)
        self.previous_button.setText(self.tr("← Previous lesson"))
        self.next_button.setText(self.tr("Next lesson →"))
        self.previous_button.setAccessibleName(self.tr("Previous lesson"))
        self.next_button.setAccessibleName(self.tr("Next lesson"))
        if self.previous is not None:
            self.previous_button.setAccessibleDescription(self.previous.title)
        if self.next is not None:
            self.next_button.setAccessibleDescription(self.next.title)

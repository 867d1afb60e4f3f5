"""Lessons: the list of short lessons (each marked when read), and the reading page of one lesson.

    view = LessonsView(appearance, voice)
    view.open_lesson("pain-during-exercise")   # from elsewhere: straight to a lesson
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ledhalsa_desktop.appstate import utc_now
from ledhalsa_desktop.core.lessons import Lesson, bundled_lessons
from ledhalsa_desktop.paths import lessons_dir
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.lesson_reader import LessonReader
from ledhalsa_desktop.ui.lesson_row import LessonRow
from ledhalsa_desktop.ui.theme import THEMES
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import Page, text_label


class LessonsView(Page):
    def __init__(self, appearance: Appearance, voice: Voice) -> None:
        super().__init__()
        self.appearance = appearance
        self.state = appearance.state
        self.voice = voice
        self.language = ""
        self.lessons: tuple[Lesson, ...] = ()
        self.read: set[str] = set()
        self.current: str | None = None
        self.rows: list[LessonRow] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(16)
        self.title = text_label("title")
        self.intro = text_label()
        self.count_text = text_label("muted")
        for widget in (self.title, self.intro, self.count_text):
            list_layout.addWidget(widget)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(10)
        list_layout.addLayout(self.rows_layout)
        list_layout.addStretch(1)
        self.reader = LessonReader(voice)
        self.reader.back_requested.connect(self.show_list)
        self.reader.open_lesson.connect(self.open_lesson)
        self.reader.read_changed.connect(self.set_read)
        self.reader.hide()
        layout.addWidget(self.list_page)
        layout.addWidget(self.reader)
        appearance.changed.connect(self.restyle)
        self.load()
        self.restyle()
        self.retranslate()

    # the lessons and what has been read

    def load(self) -> None:
        """The lessons in the current language, and which are read; the rows made to match."""
        from ledhalsa_desktop.storage.notice_records import lessons_read

        self.language = self.state.settings.language
        self.lessons = bundled_lessons(lessons_dir(), self.language)
        self.read = lessons_read(self.state.db_path)
        while len(self.rows) < len(self.lessons):
            row = LessonRow()
            row.clicked.connect(partial(self.open_row, len(self.rows)))
            self.rows_layout.addWidget(row)
            self.rows.append(row)

    def open_row(self, index: int) -> None:
        self.open_lesson(self.lessons[index].slug)

    def set_read(self, slug: str, read: bool) -> None:
        from ledhalsa_desktop.storage.notices import mark_lesson_read, unmark_lesson_read

        if read:
            mark_lesson_read(self.state.database(), slug, utc_now())
            self.read.add(slug)
        else:
            unmark_lesson_read(self.state.database(), slug)
            self.read.discard(slug)
        self.retranslate_list()

    # moving between the list and a lesson

    def open_lesson(self, slug: str) -> None:
        index = next((i for i, lesson in enumerate(self.lessons) if lesson.slug == slug), None)
        if index is None:
            return
        self.current = slug
        previous = self.lessons[index - 1] if index > 0 else None
        following = self.lessons[index + 1] if index + 1 < len(self.lessons) else None
        self.list_page.hide()
        self.reader.show()
        self.reader.show_lesson(self.lessons[index], previous, following, slug in self.read)
        self.update_voice()
        self.scroll_to_top()
        self.reader.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        """Back to the list, with the lesson just read focused and in view."""
        slug, self.current = self.current, None
        self.reader.hide()
        self.list_page.show()
        self.retranslate_list()
        self.scroll_to_top()
        area = self.scroll_area()
        for lesson, row in zip(self.lessons, self.rows, strict=False):
            if lesson.slug == slug:
                row.setFocus(Qt.FocusReason.OtherFocusReason)
                if area is not None:  # once the list has its height again
                    QTimer.singleShot(0, row, lambda row=row: area.ensureWidgetVisible(row))

    def scroll_area(self) -> QScrollArea | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        return widget

    def scroll_to_top(self) -> None:
        area = self.scroll_area()
        if area is not None:
            area.verticalScrollBar().setValue(0)

    def update_voice(self) -> None:
        settings = self.state.settings
        self.reader.set_read_aloud_available(self.voice.ready_to_read(settings.language, settings.voice_speed))

    # looks and texts

    def restyle(self) -> None:
        self.reader.restyle(THEMES[self.state.settings.theme])
        if self.current is not None:
            self.open_lesson(self.current)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Lessons"))
        self.intro.setText(
            self.tr(
                "Short lessons about osteoarthritis and exercise, a few minutes each. Knowing why exercise helps "
                "makes it easier to keep going."
            )
        )
        if self.language and self.language != self.state.settings.language:
            self.load()
            if self.current is not None:
                self.open_lesson(self.current)
        self.retranslate_list()
        self.reader.retranslate()

    def retranslate_list(self) -> None:
        if not self.lessons:
            return
        done = sum(lesson.slug in self.read for lesson in self.lessons)
        self.count_text.setText(
            self.tr("You have read %1 of %2 lessons.").replace("%1", str(done)).replace("%2", str(len(self.lessons)))
        )
        for lesson, row in zip(self.lessons, self.rows, strict=False):
            if lesson.slug in self.read:
                status = self.tr("✓ Read")
            else:
                status = self.tr("About %1 minutes to read").replace("%1", str(lesson.reading_minutes))
            row.set_lines(f"{lesson.number}. {lesson.title}", status, self.state.settings.text_scale)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self.language != self.state.settings.language:
            self.load()
        self.retranslate_list()
        if self.current is not None:
            self.update_voice()
        super().showEvent(event)

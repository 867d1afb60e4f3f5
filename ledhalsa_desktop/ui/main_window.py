"""The main window: the welcome on first run, then a navigation column and the views.

Views are made the first time they are shown, so the first paint only pays for the view it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.icons import icon
from ledhalsa_desktop.ui.theme import THEMES, content_width, icon_size
from ledhalsa_desktop.ui.voice import Voice
from ledhalsa_desktop.ui.widgets import Page, button, scrolling
from ledhalsa_desktop.views import NAV_VIEWS, VIEWS

if TYPE_CHECKING:
    from ledhalsa_desktop.ui.assessment_view import AssessmentOutcome

log = logging.getLogger("ledhalsa")
NAV_ICONS = {name: name for name in NAV_VIEWS}


def _make_home(window: MainWindow) -> Page:
    from ledhalsa_desktop.ui.home_view import HomeView

    view = HomeView(window.state)
    view.open_settings.connect(lambda: window.show_view("settings"))
    view.open_exercises.connect(lambda: window.show_view("exercises"))
    view.start_sample.connect(window.start_sample_session)
    view.start_assessment.connect(window.start_assessment)
    view.start_session.connect(window.start_program_session)
    view.open_program.connect(lambda: window.show_view("program"))
    view.open_diary_entry.connect(window.open_diary_entry)
    view.open_lesson.connect(window.open_lesson)
    return view


def _make_diary(window: MainWindow) -> Page:
    from ledhalsa_desktop.ui.diary_view import DiaryView

    return DiaryView(window.appearance)


def _make_progress(window: MainWindow) -> Page:
    from ledhalsa_desktop.ui.progress_view import ProgressView

    view = ProgressView(window.appearance)
    view.start_assessment.connect(window.start_assessment)
    return view


def _make_program(window: MainWindow) -> Page:
    from ledhalsa_desktop.ui.program_view import ProgramView

    view = ProgramView(window.appearance)
    view.start_assessment.connect(window.start_assessment)
    view.start_session.connect(window.start_program_session)
    view.days.changed.connect(window.reminders_changed)
    return view


def _make_assessment(window: MainWindow) -> Page:
    from ledhalsa_desktop.core.assessment import AssessmentKind
    from ledhalsa_desktop.training import RETEST_KINDS
    from ledhalsa_desktop.ui.assessment_view import AssessmentView

    today = window.state.training.today()
    active = window.state.training.active()
    if today is not None and active is not None and today.retest_due is not None:
        kind = RETEST_KINDS[today.retest_due]
        view = AssessmentView(window.appearance, window.voice, retest_of=active.start.assessment, kind=kind)
    else:
        view = AssessmentView(window.appearance, window.voice, kind=AssessmentKind.START)
    view.finished.connect(window.finish_assessment)
    view.cancelled.connect(window.close_assessment)
    view.red_flags_stopped.connect(window.state.record_red_flag_stop)
    if view.kind is AssessmentKind.START:
        view.stop_page.open_lesson.connect(window.open_lesson)
    return view


def _make_exercises(window: MainWindow) -> Page:
    from ledhalsa_desktop.ui.library_view import LibraryView

    view = LibraryView(window.appearance)
    view.try_exercise.connect(window.try_exercise)
    return view


def _make_session(window: MainWindow) -> Page:
    from ledhalsa_desktop.ui.session_view import SessionView

    view = SessionView(window.appearance, window.voice)
    view.go_home.connect(lambda: window.show_view("home"))
    view.program_changed.connect(window.reminders_changed)
    view.summary.open_lesson.connect(window.open_lesson)
    return view


def _make_lessons(window: MainWindow) -> Page:
    from ledhalsa_desktop.ui.lessons_view import LessonsView

    return LessonsView(window.appearance, window.voice)


def _make_settings(window: MainWindow) -> Page:
    from ledhalsa_desktop.ui.settings_view import SettingsView

    view = SettingsView(window.appearance, window.voice)
    view.reminders.changed.connect(window.reminders_changed)
    return view


VIEW_MAKERS: dict[str, Callable[[MainWindow], Page]] = {
    "home": _make_home,
    "program": _make_program,
    "assessment": _make_assessment,
    "exercises": _make_exercises,
    "session": _make_session,
    "diary": _make_diary,
    "progress": _make_progress,
    "lessons": _make_lessons,
    "settings": _make_settings,
}


class MainWindow(QMainWindow):
    reminders_changed = Signal()  # reminder settings, training days or a session: the tray sets its timer again

    def __init__(self, appearance: Appearance, *, first_view: str | None = None) -> None:
        super().__init__()
        self.appearance = appearance
        self.state = appearance.state
        self.root = QStackedWidget()
        self.setCentralWidget(self.root)
        self._welcome: QWidget | None = None
        self._views: dict[str, Page] = {}
        self._voice: Voice | None = None

        main = QWidget()
        row = QHBoxLayout(main)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QWidget()
        nav_layout = QVBoxLayout(self.nav)
        nav_layout.setContentsMargins(16, 24, 16, 24)
        nav_layout.setSpacing(10)
        self.stack = QStackedWidget()
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[str, QPushButton] = {}
        self.areas: dict[str, QScrollArea] = {}
        for index, name in enumerate(NAV_VIEWS):
            nav_button = button("nav")
            nav_button.setCheckable(True)
            self.nav_group.addButton(nav_button, index)
            nav_layout.addWidget(nav_button)
            self.nav_buttons[name] = nav_button
        for name in VIEWS:
            self.areas[name] = scrolling(QWidget())
            self.stack.addWidget(self.areas[name])
        nav_layout.addStretch(1)
        self.nav_group.idToggled.connect(lambda index, checked: checked and self.show_view(NAV_VIEWS[index]))
        # at large text the buttons may not all fit the height: the column scrolls rather than cut one off
        self.nav_area = scrolling(self.nav)
        self.nav_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_area.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.nav_area.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        row.addWidget(self.nav_area)
        row.addWidget(self.stack, 1)
        self.root.addWidget(main)

        appearance.changed.connect(self.restyle)
        self.restyle()
        self.retranslate()
        self._size_to_screen()
        if self.state.settings.welcome_completed or first_view:
            self.show_view(first_view or "home")
        else:
            self.root.setCurrentWidget(self.welcome)

    @property
    def welcome(self) -> QWidget:
        if self._welcome is None:
            from ledhalsa_desktop.ui.welcome_view import WelcomeView

            self._welcome = WelcomeView(self.appearance)
            self._welcome.finished.connect(self.finish_welcome)
            self.root.addWidget(self._welcome)
        return self._welcome

    def view(self, name: str) -> Page:
        if name not in self._views:
            page = VIEW_MAKERS[name](self)
            page.setMaximumWidth(content_width(self.state.settings.text_scale))
            self.areas[name].setWidget(page)
            self._views[name] = page
        return self._views[name]

    def _size_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1200, 760)
            return
        available = screen.availableGeometry()
        width = min(available.width(), max(1200, int(available.width() * 0.8)), 1600)
        height = min(available.height(), max(720, int(available.height() * 0.85)), 1050)
        self.resize(width, height)

    def show_view(self, name: str) -> None:
        self.view(name)
        self.root.setCurrentIndex(0)
        self.stack.setCurrentIndex(VIEWS.index(name))
        focus_in_nav = QApplication.focusWidget() in self.nav_buttons.values()
        if name in self.nav_buttons:
            self.nav_buttons[name].setChecked(True)
            if focus_in_nav:  # the focus ring follows a view opened by a button on a page
                self.nav_buttons[name].setFocus()
        else:
            checked = self.nav_group.checkedButton()
            if checked is not None:
                self.nav_group.setExclusive(False)
                checked.setChecked(False)
                self.nav_group.setExclusive(True)

    def drop_view(self, name: str) -> None:
        """Forget a view so the next visit builds it afresh (the assessment starts over each time)."""
        page = self._views.pop(name, None)
        if page is not None:
            self.areas[name].takeWidget()
            self.areas[name].setWidget(QWidget())
            page.deleteLater()

    def start_assessment(self) -> None:
        self.drop_view("assessment")
        self.show_view("assessment")

    def finish_assessment(self, outcome: AssessmentOutcome) -> None:
        """Store the assessment; a first one builds the personal program and shows it."""
        from ledhalsa_desktop.core.assessment import AssessmentKind

        assessment = outcome.assessment
        stored = self.state.save_assessment(assessment)
        if assessment.kind is AssessmentKind.START:
            self.state.training.start_program(stored, outcome.training_days)
            self.show_view("program")
        else:
            self.show_view("home")
        self.drop_view("assessment")

    def close_assessment(self) -> None:
        self.show_view("home")
        self.drop_view("assessment")

    def open_diary_entry(self) -> None:
        self.show_view("diary")
        self.view("diary").open_quick_entry()

    def open_lesson(self, slug: str) -> None:
        self.show_view("lessons")
        self.view("lessons").open_lesson(slug)

    def start_program_session(self) -> None:
        """Today's session, or back to the one under way if the person left it for another view."""
        self.show_view("session")
        session = self.view("session")
        if not session.program_session_under_way():
            session.start_program_session()

    @property
    def voice(self) -> Voice:
        if self._voice is None:
            self._voice = Voice()
        return self._voice

    def start_sample_session(self) -> None:
        self.show_view("session")
        self.view("session").start_sample()

    def try_exercise(self, exercise_id: str, level: int) -> None:
        from ledhalsa_desktop import content

        item = content.player_item(exercise_id, content.catalogue().by_id[exercise_id].level(level))
        self.show_view("session")
        self.view("session").play([item])

    def current_view(self) -> str | None:
        if self.root.currentIndex() != 0:
            return None
        return VIEWS[self.stack.currentIndex()]

    def finish_welcome(self) -> None:
        self.show_view("home")
        self.nav_buttons["home"].setFocus()

    def restyle(self) -> None:
        settings = self.state.settings
        colors = THEMES[settings.theme]
        size = icon_size(settings.text_scale)
        for name, nav_button in self.nav_buttons.items():
            nav_button.setIcon(icon(NAV_ICONS[name], colors.nav_text, colors.selected_text))
            nav_button.setIconSize(QSize(size, size))
        for page in self._views.values():
            page.setMaximumWidth(content_width(settings.text_scale))
        self.fit_navigation()

    def fit_navigation(self) -> None:
        """The navigation column as wide as its widest button, with room for its scroll bar."""
        self.nav.adjustSize()
        bar = self.nav_area.verticalScrollBar().sizeHint().width()
        self.nav_area.setFixedWidth(self.nav.sizeHint().width() + bar)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ledhälsa"))
        texts = {
            "home": self.tr("Home"),
            "program": self.tr("My program"),
            "diary": self.tr("Pain diary"),
            "progress": self.tr("Progress"),
            "exercises": self.tr("Exercises"),
            "session": self.tr("Exercise now"),
            "lessons": self.tr("Lessons"),
            "settings": self.tr("Settings"),
        }
        for name, nav_button in self.nav_buttons.items():
            nav_button.setText(texts[name])
        self.fit_navigation()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def bring_to_front(self) -> None:
        log.info("asked to come forward by a second start")
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

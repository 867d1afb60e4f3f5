"""The icon in the system tray, and the day's reminder while the program runs.

The icon is there while reminders are on and there is a program, or when Ledhälsa was started with the
computer (`--tray`). Its menu opens the window, today's session, or quits. One timer wakes at the next
reminder moment, and at the latest every few minutes, so that a sleeping computer or a changed clock is
noticed. At the moment it shows a kind message once a day; clicking it opens today's session. While the icon
is there, closing the window hides it to the tray (the first time, a message says so); otherwise closing
quits as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from ledhalsa_desktop.appstate import AppState, utc_now
from ledhalsa_desktop.reminding import Reminding
from ledhalsa_desktop.ui.icons import icon
from ledhalsa_desktop.ui.main_window import MainWindow
from ledhalsa_desktop.ui.message_dialog import MessageDialog
from ledhalsa_desktop.ui.system_zone import system_zone
from ledhalsa_desktop.ui.theme import THEMES

log = logging.getLogger("ledhalsa")
CHECK_EVERY_MS = 5 * 60 * 1000
FIRST_CHECK_MS = 1500  # after the start, once the window has painted
HIDDEN_TO_TRAY = "hidden_to_tray"  # notice kind: the message about the window going to the tray was shown
MESSAGE_MS = 60 * 60 * 1000  # as long as the desktop allows; the icon stays either way


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def hidden_to_tray_dialog() -> MessageDialog:
    """Said the first time the window is closed while the tray icon is there, so nobody thinks it is gone."""
    return MessageDialog(
        QCoreApplication.translate("ReminderTray", "Ledhälsa is still here"),
        QCoreApplication.translate(
            "ReminderTray",
            "Ledhälsa keeps running as a small icon by the clock, so that it can remind you on your training "
            "days. Click the icon to open it again. To close it completely, click the icon and choose Quit.",
        ),
        [("ok", QCoreApplication.translate("ReminderTray", "I understand"))],
    )


class ReminderTray(QObject):
    def __init__(
        self,
        window: MainWindow,
        state: AppState,
        *,
        started_in_tray: bool = False,
        now: Callable[[], datetime] = utc_now,
        available: Callable[[], bool] = tray_available,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.started_in_tray = started_in_tray
        self.now = now
        self.available = available
        self.reminding = Reminding(state, system_zone)
        self.icon: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.last_reminded: datetime | None = None
        window.installEventFilter(self)
        window.appearance.changed.connect(self.retranslate)
        self.refresh()

    # the icon

    def wanted(self) -> bool:
        """Started with the computer, or reminders on with a program to remind of."""
        if self.started_in_tray:
            return True
        return self.state.settings.reminders_on and self.state.training.active() is not None

    def refresh(self) -> None:
        """After a change of settings: the icon there or not, and the timer set again."""
        if self.wanted() and self.available():
            if self.icon is None:
                self.icon = self._make_icon()
            self.icon.show()
        elif self.icon is not None:
            self.icon.hide()
            self.icon.deleteLater()
            self.icon = None
        QApplication.instance().setQuitOnLastWindowClosed(self.icon is None)
        self.retranslate()
        if self.timer.isActive():
            self.schedule()

    def start(self) -> None:
        """The first check, soon after the start (reading the program waits until the window is up)."""
        self.timer.start(FIRST_CHECK_MS)

    def _make_icon(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(self)
        picture = QApplication.windowIcon()
        if picture.isNull():
            colors = THEMES[self.state.settings.theme]
            picture = icon("home", colors.nav_text)
        tray.setIcon(picture)
        menu = QMenu()
        self.open_action = QAction(menu)
        self.open_action.triggered.connect(self.open_window)
        self.session_action = QAction(menu)
        self.session_action.triggered.connect(self.open_session)
        self.quit_action = QAction(menu)
        self.quit_action.triggered.connect(self.quit)
        menu.addAction(self.open_action)
        menu.addAction(self.session_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.menu = menu
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.open_session)
        return tray

    def retranslate(self) -> None:
        if self.icon is None:
            return
        self.icon.setToolTip(self.tr("Ledhälsa: your exercise program"))
        self.open_action.setText(self.tr("Open Ledhälsa"))
        self.session_action.setText(self.tr("Today's session"))
        self.quit_action.setText(self.tr("Quit"))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window()

    # the window

    def show_window_at_start(self) -> None:
        """Quietly in the tray when started with --tray; minimised where there is no tray; else as usual."""
        if not self.started_in_tray:
            self.window.show()
        elif self.icon is None:
            self.window.showMinimized()

    def open_window(self) -> None:
        self.window.bring_to_front()

    def open_session(self) -> None:
        if self.state.training.active() is None:
            self.window.show_view("home")
        else:
            self.window.start_program_session()
        self.open_window()

    def quit(self) -> None:
        QApplication.instance().quit()

    def remove_icon(self) -> None:
        """On quitting: the icon away before the process ends (Windows leaves a dead icon until it is pointed at)."""
        if self.icon is not None:
            self.icon.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.Close and self.icon is not None:
            assert isinstance(event, QCloseEvent)
            event.ignore()
            self.window.hide()
            self._say_where_it_went()
            return True
        return super().eventFilter(watched, event)

    def _say_where_it_went(self) -> None:
        from ledhalsa_desktop.storage.notices import record_shown, was_shown

        database = self.state.database()
        if was_shown(database, HIDDEN_TO_TRAY, "first"):
            return
        record_shown(database, HIDDEN_TO_TRAY, "first", self.now())
        hidden_to_tray_dialog().ask()

    # the reminder

    def schedule(self) -> None:
        now = self.now()
        moment = self.reminding.next_moment(now)
        wait = CHECK_EVERY_MS
        if moment is not None:
            wait = max(0, min(wait, int((moment - now).total_seconds() * 1000) + 1))
        self.timer.start(wait)

    def check(self) -> None:
        """Show the day's reminder if it is due, then set the timer again."""
        try:
            if self.wanted() != (self.icon is not None) and self.available():
                self.refresh()  # a program made since, for example
            now = self.now()
            day = self.reminding.due(now)
            if day is not None:
                if not self.window.isActiveWindow():  # else Home in front of the person says it already
                    self.remind()
                self.reminding.reminded(day, now)
                self.last_reminded = now
        except Exception:
            log.exception("the reminder check failed")
        self.schedule()

    def reminder_text(self) -> str:
        today = self.state.training.today()
        minutes = today.minutes if today is not None and today.minutes else 20
        return self.tr("Time for today's session – about %1 minutes. Click here to begin.").replace("%1", str(minutes))

    def remind(self) -> None:
        if self.icon is not None and self.icon.supportsMessages():
            self.icon.showMessage("Ledhälsa", self.reminder_text(), self.icon.icon(), MESSAGE_MS)
        else:
            QApplication.alert(self.window)  # no tray: the window's button in the task bar asks for attention

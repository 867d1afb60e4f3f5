"""Home's kind word about a missed training day: said once, the first time Home is seen after it, never scolding.

The day is chosen when the card is made and stays until Home is seen on another day; it is noted as
mentioned once the card has been seen, so the next start does not bring it up again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame

from ledhalsa_desktop.appstate import AppState, utc_now
from ledhalsa_desktop.reminding import Reminding
from ledhalsa_desktop.ui.system_zone import system_zone
from ledhalsa_desktop.ui.widgets import make_card, text_label

log = logging.getLogger("ledhalsa")
YESTERDAY = 1
RECORD_AFTER_MS = 1000  # noted a moment after it is seen: writing loads the database layer, which takes a while


class MissedDayCard(QFrame):
    def __init__(self, state: AppState, now: Callable[[], datetime] = utc_now) -> None:
        super().__init__()
        self.state = state
        self.now = now
        layout = make_card(self)
        self.text = text_label()
        layout.addWidget(self.text)
        self.reminding = Reminding(state, system_zone)
        self.day: date | None = None
        self.today: date | None = None
        self.mentioned = False
        self.look()

    def look(self) -> None:
        """Which day to mention, if any, as of now."""
        try:
            moment = self.now()
            self.day = self.reminding.missed_day(moment)
            self.today = moment.astimezone(self.reminding.zone()).date()
        except Exception:  # a kind word is not worth a failed start
            log.exception("the missed day could not be looked up")
            self.day = None
        self.mentioned = False
        self.setVisible(self.day is not None)
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)  # Home shown again: a new day may have begun
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and watched is self.parentWidget() and self.new_day():
            self.look()  # Home seen again on another day (the program ran on in the tray)
        return False

    def new_day(self) -> bool:
        return self.today is not None and self.now().astimezone(self.reminding.zone()).date() != self.today

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self.day is not None and not self.mentioned:
            self.mentioned = True
            QTimer.singleShot(RECORD_AFTER_MS, self, self.record)
        super().showEvent(event)

    def record(self) -> None:
        if self.day is not None:
            self.reminding.missed_day_mentioned(self.day, self.now())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def when_text(self) -> str:
        assert self.day is not None and self.today is not None
        if (self.today - self.day).days == YESTERDAY:
            return self.tr("yesterday")
        names = (
            self.tr("on Monday"),
            self.tr("on Tuesday"),
            self.tr("on Wednesday"),
            self.tr("on Thursday"),
            self.tr("on Friday"),
            self.tr("on Saturday"),
            self.tr("on Sunday"),
        )
        return names[self.day.weekday()]

    def retranslate(self) -> None:
        if self.day is None:
            return
        first = self.tr("There was no session %1.").replace("%1", self.when_text())
        today = self.state.training.today()
        if today is not None and today.training_day:
            second = self.tr("That's all right – today's session is waiting whenever you like.")
        else:
            second = self.tr("That's all right – you can exercise today anyway, or wait for your next session.")
        self.text.setText(f"{first} {second}")

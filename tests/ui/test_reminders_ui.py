"""Reminders in the window: the settings section, the tray's reminder with a fake clock, hiding to the tray, and
Home's word about a missed day."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from ledhalsa_desktop import content
from ledhalsa_desktop.autostart import Autostart
from ledhalsa_desktop.reminding import MISSED_DAY, REMINDER, Reminding
from ledhalsa_desktop.storage.notices import was_shown
from ledhalsa_desktop.training import Training
from ledhalsa_desktop.ui import missed_day_card, reminder_settings
from ledhalsa_desktop.ui.main_window import MainWindow
from ledhalsa_desktop.ui.missed_day_card import MissedDayCard
from ledhalsa_desktop.ui.tray import ReminderTray
from tests.program.test_training import MONDAY, Calendar, knee_assessment, run_session

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def with_program(window: MainWindow, calendar: Calendar) -> None:
    state = window.state
    state._training = Training(state.db_path, state.database, content.catalogue, calendar.now, calendar.today)
    stored = state.save_assessment(knee_assessment())
    state.training.start_program(stored, (0, 2, 4))


def local(day: object, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STOCKHOLM).astimezone(UTC)  # type: ignore[attr-defined]


@pytest.fixture
def temporary_autostart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Autostart:
    autostart = Autostart("linux", home=tmp_path, config_home=tmp_path / "config")
    monkeypatch.setattr(reminder_settings, "Autostart", lambda: autostart)
    return autostart


# settings


def test_reminders_turn_off_and_on_and_say_saved(make_window, temporary_autostart) -> None:  # noqa: ANN001
    window = make_window("settings", language="en")
    section = window.view("settings").reminders
    changed: list[bool] = []
    section.changed.connect(lambda: changed.append(True))
    assert section.on_button.isChecked() and window.state.settings.reminders_on
    section.on_button.click()
    assert not window.state.settings.reminders_on
    assert section.status.isVisible() and section.status.text() == "Saved"
    assert not section.time_value.isVisible()  # no time to choose without reminders
    section.on_button.click()
    assert window.state.settings.reminders_on and section.time_value.isVisible()
    assert changed == [True, True]


def test_the_time_changes_with_large_buttons(make_window, temporary_autostart) -> None:  # noqa: ANN001
    window = make_window("settings", language="en")
    section = window.view("settings").reminders
    section.later.click()
    assert window.state.settings.reminder_time == time(10, 15)
    section.earlier.click()
    section.earlier.click()
    assert window.state.settings.reminder_time == time(9, 45)
    section.quick_buttons[-1].click()
    assert window.state.settings.reminder_time == time(19, 0)
    assert section.quick_buttons[-1].isChecked() and not section.quick_buttons[1].isChecked()
    assert "19" in section.status.text()
    for control in (section.earlier, section.later, section.on_button, section.computer_button, *section.quick_buttons):
        assert control.height() >= 44 and control.width() >= 44
        assert control.accessibleName()


def test_starting_with_the_computer_writes_and_removes_the_entry(make_window, temporary_autostart) -> None:  # noqa: ANN001
    window = make_window("settings", language="sv")
    section = window.view("settings").reminders
    assert not section.computer_button.isChecked()
    section.computer_button.click()
    entry = temporary_autostart.desktop_file()
    assert entry.is_file() and "--tray" in entry.read_text(encoding="utf-8")
    assert window.state.settings.start_with_computer
    assert section.computer_status.text() == "Sparat"
    section.computer_button.click()
    assert not entry.exists() and not window.state.settings.start_with_computer


def test_an_autostart_folder_that_cannot_be_written_is_said_next_to_the_control(
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setattr(reminder_settings, "Autostart", lambda: Autostart("linux", home=tmp_path, config_home=blocked))
    window = make_window("settings", language="en")
    section = window.view("settings").reminders
    section.computer_button.click()
    assert section.computer_error.isVisible() and "could not" in section.computer_error.text()
    assert not section.computer_button.isChecked()
    assert not window.state.settings.start_with_computer
    assert section.computer_button.hasFocus()


# the tray and its reminder


@pytest.fixture
def make_tray(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., ReminderTray]]:
    from ledhalsa_desktop.ui.message_dialog import MessageDialog

    monkeypatch.setattr(MessageDialog, "ask", lambda self: "ok")  # pytest-qt closes the window before teardown
    made: list[ReminderTray] = []

    def make(window: MainWindow, clock: list[datetime], **options: object) -> ReminderTray:
        tray = ReminderTray(window, window.state, now=lambda: clock[0], **options)  # type: ignore[arg-type]
        tray.reminding = Reminding(window.state, lambda: STOCKHOLM)
        made.append(tray)
        return tray

    yield make
    for tray in made:  # the window closes for good at the end of the test
        tray.window.removeEventFilter(tray)
        tray.timer.stop()
        if tray.icon is not None:
            tray.icon.hide()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_the_reminder_shows_once_on_a_training_day_at_its_time(make_window, make_tray, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(language="sv", welcome_completed=True)
    with_program(window, Calendar(MONDAY))
    clock = [local(MONDAY, 9, 0)]
    tray = make_tray(window, clock, available=lambda: True)
    shown: list[str] = []
    monkeypatch.setattr(tray, "remind", lambda: shown.append(tray.reminder_text()))
    window.hide()  # the person is not looking at the window
    tray.check()
    assert shown == []
    assert 0 < tray.timer.remainingTime() <= 60 * 60 * 1000  # at ten, or at the next check before it
    clock[0] = local(MONDAY, 10, 0)
    tray.check()
    assert len(shown) == 1 and "minuter" in shown[0]
    assert was_shown(window.state.database(), REMINDER, MONDAY.isoformat())
    clock[0] = local(MONDAY, 10, 5)
    tray.check()
    assert len(shown) == 1  # once a day


def test_no_reminder_after_todays_session_or_with_reminders_off(make_window, make_tray, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(language="en", welcome_completed=True)
    calendar = Calendar(MONDAY)
    with_program(window, calendar)
    clock = [local(MONDAY, 11, 0)]
    tray = make_tray(window, clock, available=lambda: True)
    shown: list[bool] = []
    monkeypatch.setattr(tray, "remind", lambda: shown.append(True))
    window.hide()
    window.state.change_settings(reminders_on=False)
    tray.refresh()
    assert tray.icon is None  # no reminders and not started with the computer: no icon
    tray.check()
    window.state.change_settings(reminders_on=True)
    tray.refresh()
    run_session(window.state.training)
    tray.check()
    assert shown == []


def test_started_in_the_tray_without_a_tray_shows_the_window_minimised(make_window, make_tray) -> None:  # noqa: ANN001
    window = make_window(language="en")
    window.hide()
    tray = make_tray(window, [datetime.now(UTC)], started_in_tray=True, available=lambda: False)
    tray.show_window_at_start()
    assert window.isVisible() and window.isMinimized()
    assert QApplication.instance().quitOnLastWindowClosed()  # no tray: closing quits as before


def test_started_in_the_tray_shows_no_window(make_window, make_tray) -> None:  # noqa: ANN001
    window = make_window(language="en")
    window.hide()
    tray = make_tray(window, [datetime.now(UTC)], started_in_tray=True, available=lambda: True)
    tray.show_window_at_start()
    assert not window.isVisible()
    assert tray.icon is not None and [action.text() for action in tray.menu.actions() if action.text()] == [
        "Open Ledhälsa",
        "Today's session",
        "Quit",
    ]
    tray.open_window()
    assert window.isVisible()


def test_closing_the_window_hides_it_to_the_tray_and_says_so_once(make_window, make_tray, monkeypatch) -> None:  # noqa: ANN001
    from ledhalsa_desktop.ui.message_dialog import MessageDialog

    told: list[str] = []
    monkeypatch.setattr(MessageDialog, "ask", lambda self: told.append(self.heading.text()) or "ok")
    window = make_window(language="sv", welcome_completed=True)
    with_program(window, Calendar(MONDAY))
    tray = make_tray(window, [datetime.now(UTC)], available=lambda: True)
    window.close()
    assert not window.isVisible() and told == ["Ledhälsa finns kvar"]
    tray.open_window()
    window.close()
    assert not window.isVisible() and len(told) == 1


def test_without_a_program_there_is_no_icon_and_closing_quits_as_before(make_window, make_tray) -> None:  # noqa: ANN001
    window = make_window(language="en")
    tray = make_tray(window, [datetime.now(UTC)], available=lambda: True)
    assert tray.icon is None and QApplication.instance().quitOnLastWindowClosed()
    window.close()
    assert not window.isVisible()
    with_program(window, Calendar(MONDAY))
    tray.check()  # a program made since: the icon comes
    assert tray.icon is not None


def test_todays_session_from_the_tray_opens_the_player(make_window, make_tray) -> None:  # noqa: ANN001
    window = make_window(language="en", welcome_completed=True)
    with_program(window, Calendar(MONDAY))
    tray = make_tray(window, [local(MONDAY, 10)], available=lambda: False)
    tray.open_session()
    assert window.current_view() == "session"


# a missed day on Home


def test_a_missed_day_is_mentioned_kindly_once(make_window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(missed_day_card, "RECORD_AFTER_MS", 0)
    window = make_window(language="sv", welcome_completed=True)
    calendar = Calendar(MONDAY)
    with_program(window, calendar)
    wednesday = MONDAY + timedelta(days=2)  # Monday's session was missed
    calendar.day = wednesday
    window.state.training.forget()
    card = MissedDayCard(window.state, now=lambda: local(wednesday, 12))
    card.reminding = Reminding(window.state, lambda: STOCKHOLM)
    qtbot.addWidget(card)
    text = card.text.text()
    assert text.startswith("Det blev ingen träning i måndags.")
    assert "Det gör inget – dagens pass väntar när du vill." in text
    card.show()
    qtbot.waitUntil(lambda: was_shown(window.state.database(), MISSED_DAY, MONDAY.isoformat()), timeout=3000)
    again = MissedDayCard(window.state, now=lambda: local(wednesday, 12))
    assert again.day is None and again.isHidden()


def test_a_missed_day_yesterday_in_english(make_window) -> None:  # noqa: ANN001
    window = make_window(language="en", welcome_completed=True)
    calendar = Calendar(MONDAY)
    with_program(window, calendar)
    tuesday = MONDAY + timedelta(days=1)
    calendar.day = tuesday
    window.state.training.forget()
    card = MissedDayCard(window.state, now=lambda: local(tuesday, 12))
    assert card.text.text().startswith("There was no session yesterday. That's all right")
    card.deleteLater()


def test_home_seen_again_on_another_day_looks_again(make_window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    window = make_window(language="en", welcome_completed=True)
    calendar = Calendar(MONDAY)
    with_program(window, calendar)
    clock = [local(MONDAY, 12)]
    home = QWidget()
    qtbot.addWidget(home)
    card = MissedDayCard(window.state, now=lambda: clock[0])
    card.setParent(home)
    home.show()
    assert card.isHidden()  # nothing missed on the first day
    home.hide()
    tuesday = MONDAY + timedelta(days=1)
    calendar.day, clock[0] = tuesday, local(tuesday, 9)
    window.state.training.forget()
    home.show()
    assert card.isVisibleTo(home) and "yesterday" in card.text.text()

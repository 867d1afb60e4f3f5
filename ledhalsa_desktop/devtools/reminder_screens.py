"""Render the reminder screens to PNG: Settings' reminders, Home with a missed training day, My program's weekly
plan card and the weekly plan's pages, in Swedish and English, at 100 % and 200 % text.

    python -m ledhalsa_desktop.devtools.reminder_screens OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from ledhalsa_desktop.core.profile import Profile, Sex
from ledhalsa_desktop.devtools.program_history import first_assessment

LANGUAGES = ("sv", "en")
SCALES = (100, 200)
WINDOW_SIZE = (1280, 720)
PROGRAM_DAYS_AGO = 12  # a program under way, whose latest training day was missed


def render(outdir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ledhalsa_desktop import content
    from ledhalsa_desktop.app import make_application
    from ledhalsa_desktop.appstate import AppState, utc_now
    from ledhalsa_desktop.devtools.fake_calendar import FixedCalendar
    from ledhalsa_desktop.opening import open_database
    from ledhalsa_desktop.paths import backup_dir, database_path
    from ledhalsa_desktop.training import Training
    from ledhalsa_desktop.ui.appearance import Appearance
    from ledhalsa_desktop.ui.i18n import Translations
    from ledhalsa_desktop.ui.main_window import MainWindow
    from ledhalsa_desktop.ui.startup_dialogs import PrintingAsker
    from ledhalsa_desktop.ui.tray import hidden_to_tray_dialog
    from ledhalsa_desktop.ui.weekly_plan_pdf import plan_images, weekly_plan

    make_application()
    outdir.mkdir(parents=True, exist_ok=True)
    translations = Translations()
    written: list[Path] = []
    today = date.today()
    for language in LANGUAGES:
        for scale in SCALES:
            with tempfile.TemporaryDirectory(prefix="ledhalsa-reminder-screens-") as temp:
                data_dir = Path(temp)
                opened = open_database(database_path(data_dir), backup_dir(data_dir), utc_now(), PrintingAsker())
                state = AppState(data_dir, opened.snapshot.settings, opened.snapshot.profile)
                state.change_settings(language=language, text_scale=scale, welcome_completed=True)
                state.change_profile(Profile(name="Anna", birth_year=1951, sex=Sex.FEMALE))
                calendar = FixedCalendar(today - timedelta(days=PROGRAM_DAYS_AGO))
                state._training = Training(
                    state.db_path, state.database, content.catalogue, calendar.now, calendar.today
                )
                _start_program(state)
                calendar.day = today
                state.training.forget()
                appearance = Appearance(state, translations)
                appearance.apply()
                window = MainWindow(appearance)
                window.resize(*WINDOW_SIZE)
                window.show()
                tag = f"{language}-{scale}"

                def save(name: str, widget: object, tag: str = tag) -> None:
                    for _ in range(3):  # rows made on showing are laid out by queued calls
                        QApplication.processEvents()
                    path = outdir / f"{name}-{tag}.png"
                    widget.grab().save(str(path))
                    written.append(path)

                save("home-missed-day-window", window)
                window.show_view("settings")
                section = window.view("settings").reminders
                window.areas["settings"].ensureWidgetVisible(section.parentWidget(), 0, 0)
                save("settings-reminders-window", window)
                save("settings-reminders-card", section.parentWidget())
                window.show_view("program")
                program = window.view("program")
                for _ in range(3):
                    QApplication.processEvents()
                window.areas["program"].ensureWidgetVisible(program.plan_card, 0, 0)
                save("program-weekly-plan-window", window)
                dialog = hidden_to_tray_dialog()
                dialog.show()
                save("dialog-hidden-to-tray", dialog)
                dialog.close()
                dialog.deleteLater()
                if scale == SCALES[0]:
                    plan = weekly_plan(state.training, "Anna Andersson", today, language)
                    for index, image in enumerate(plan_images(plan) if plan else [], start=1):
                        path = outdir / f"weekly-plan-{language}-{index}.png"
                        image.save(str(path))
                        written.append(path)
                window.close()
                window.deleteLater()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                state.close()
    return written


def _start_program(state: object) -> None:
    day = state.training._today()  # type: ignore[attr-defined]
    stored = state.save_assessment(first_assessment(day))  # type: ignore[attr-defined]
    state.training.start_program(stored, (0, 2, 4))  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m ledhalsa_desktop.devtools.reminder_screens OUTDIR", file=sys.stderr)
        return 2
    written = render(Path(argv[0]))
    print(f"reminder screens: {len(written)} pictures in {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

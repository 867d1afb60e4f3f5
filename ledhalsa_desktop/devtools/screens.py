"""Render every view and every welcome step to PNG, in both languages, at 100 % and 200 % text, in both themes.

    python -m ledhalsa_desktop.devtools.screens OUTDIR

Each view is saved as the window shows it at 1280×720 (`…-window.png`) and as the whole scrolling page
(`…-page.png`), so that nothing below the fold goes unseen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from ledhalsa_desktop.core.profile import Profile, Sex
from ledhalsa_desktop.core.settings import Settings, Theme

LANGUAGES = ("sv", "en")
SCALES = (100, 200)
WINDOW_SIZE = (1280, 720)


def startup_dialogs(data_dir: Path) -> list[tuple[str, object]]:
    """The questions a start may ask, and the error dialog, as the user would see them."""
    from datetime import timedelta

    from ledhalsa_desktop.appstate import utc_now
    from ledhalsa_desktop.storage.backup import BackupInfo, BackupReason
    from ledhalsa_desktop.ui.error_dialog import ErrorDialog
    from ledhalsa_desktop.ui.startup_dialogs import DialogAsker

    asker = DialogAsker()
    backup = BackupInfo(data_dir / "backup.db", utc_now() - timedelta(days=1), BackupReason.START, 40960)
    moved = data_dir / "ledhalsa.damaged-2026-11-28_093000.db"
    return [
        ("dialog-newer", asker.newer_dialog("2.4.0")),
        ("dialog-damaged-with-backup", asker.damaged_dialog("database disk image is malformed", backup)),
        ("dialog-damaged-without-backup", asker.damaged_dialog("not an SQLite database", None)),
        ("dialog-recovered", asker.recovered_dialog(moved, backup)),
        ("dialog-error", ErrorDialog("Traceback …", data_dir / "logs" / "ledhalsa.log")),
    ]


def inner_screens(window: object) -> list[tuple[str, object]]:
    """Screens inside the views: an exercise's page, the player while exercising, and the end of a session."""
    from ledhalsa_desktop import content

    library = window.view("exercises")
    session = window.view("session")

    def exercise_page() -> None:
        window.show_view("exercises")
        library.show_exercise(content.catalogue().by_id["sit_to_stand"], level=2)
        library.driver.pause()
        library.canvas.set_time(1.6)

    def exercising() -> None:
        window.show_view("session")
        session.start_sample()
        session.main_action()
        session.player.update(session.clock() + 1.2)
        session.handle_events()
        session.refresh()
        session.toggle_pause()

    def hand_exercise() -> None:
        window.show_view("session")
        session.play([content.player_item("finger_fan", content.catalogue().by_id["finger_fan"].level(2))])
        session.main_action()
        session.player.update(session.clock() + 1.8)
        session.handle_events()
        session.refresh()

    def finished() -> None:
        window.show_view("session")
        for _ in content.SAMPLE_SESSION:
            session.next_exercise()

    def lesson() -> None:
        window.open_lesson("pain-during-exercise")

    return [
        ("exercises-detail", exercise_page),
        ("session-exercising", exercising),
        ("session-hand", hand_exercise),
        ("session-finished", finished),
        ("lessons-reading", lesson),
    ]


def render_all(outdir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ledhalsa_desktop.app import make_application
    from ledhalsa_desktop.appstate import AppState, utc_now
    from ledhalsa_desktop.opening import open_database
    from ledhalsa_desktop.paths import backup_dir, database_path
    from ledhalsa_desktop.ui.appearance import Appearance
    from ledhalsa_desktop.ui.i18n import Translations
    from ledhalsa_desktop.ui.main_window import MainWindow
    from ledhalsa_desktop.ui.startup_dialogs import PrintingAsker
    from ledhalsa_desktop.ui.welcome_view import STEPS
    from ledhalsa_desktop.views import VIEWS

    make_application()
    outdir.mkdir(parents=True, exist_ok=True)
    translations = Translations()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ledhalsa-screens-") as temp:
        data_dir = Path(temp)
        open_database(database_path(data_dir), backup_dir(data_dir), utc_now(), PrintingAsker())
        profile = Profile(name="Anna", birth_year=1951, sex=Sex.FEMALE)
        for theme in Theme:
            for language in LANGUAGES:
                for scale in SCALES:
                    settings = Settings(language=language, text_scale=scale, theme=theme)
                    appearance = Appearance(AppState(data_dir, settings, profile), translations)
                    appearance.apply()
                    window = MainWindow(appearance)
                    window.resize(*WINDOW_SIZE)
                    window.show()
                    tag = f"{language}-{scale}-{theme.value}"

                    def save(name: str, widget: object, tag: str = tag) -> None:
                        QApplication.processEvents()
                        path = outdir / f"{name}-{tag}.png"
                        widget.grab().save(str(path))
                        written.append(path)

                    for index, step in enumerate(STEPS):
                        window.welcome.go_to(index)
                        save(f"welcome-{index + 1}-{step}", window)
                    for view in VIEWS:
                        window.show_view(view)
                        save(f"{view}-window", window)
                        save(f"{view}-page", window.view(view))
                    for name, show in inner_screens(window):
                        show()
                        save(f"{name}-window", window)
                    for name, dialog in startup_dialogs(data_dir):
                        dialog.show()
                        save(name, dialog)
                        dialog.close()
                        dialog.deleteLater()
                    window.close()
                    window.deleteLater()
                    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    from ledhalsa_desktop.devtools.reminder_screens import render as reminder_screens

    written += reminder_screens(outdir)  # with a program under way: a missed day, the weekly plan
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m ledhalsa_desktop.devtools.screens OUTDIR", file=sys.stderr)
        return 2
    written = render_all(Path(argv[0]))
    print(f"screens: {len(written)} pictures in {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

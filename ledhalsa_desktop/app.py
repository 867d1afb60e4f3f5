"""Start-up of the window program: one copy per data folder, open the data, show the window."""

from __future__ import annotations

import logging
import os
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ledhalsa_desktop import __version__
from ledhalsa_desktop.appstate import AppState, utc_now
from ledhalsa_desktop.cli import EXIT_FAILED, EXIT_NEEDS_ANSWER, EXIT_OK, Options
from ledhalsa_desktop.log import log_file, setup_logging
from ledhalsa_desktop.opening import NeedsAnswer, NewerDatabase, open_database
from ledhalsa_desktop.paths import backup_dir, database_path
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.exception_hook import ExceptionHook
from ledhalsa_desktop.ui.i18n import Translations
from ledhalsa_desktop.ui.icons import app_icon
from ledhalsa_desktop.ui.main_window import MainWindow
from ledhalsa_desktop.ui.single_instance import SingleInstance, ask_running_copy_to_come_forward
from ledhalsa_desktop.ui.startup_dialogs import DialogAsker, PrintingAsker, StartupMessages
from ledhalsa_desktop.ui.tray import ReminderTray

log = logging.getLogger("ledhalsa")
AFTER_START_DELAY_MS = 400


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ledhalsa")
    app.setApplicationDisplayName("Ledhälsa")
    app.setOrganizationName("Ledhalsa")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ledhalsa")
    app.setWindowIcon(app_icon())
    return app


def language_before_data(options: Options) -> str:
    """The language for anything said before the saved settings can be read."""
    if options.language:
        return options.language
    return "en" if QLocale.system().language() == QLocale.Language.English else "sv"


class FirstPaint(QObject):
    """For --smoke: print the time to the first painted view, then quit."""

    def __init__(self, started: float) -> None:
        super().__init__()
        self.started = started
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        elapsed = (time.perf_counter() - self.started) * 1000
        print(f"smoke: ready in {elapsed:.0f} ms", flush=True)
        QApplication.exit(EXIT_OK)


def run(options: Options) -> int:
    app = make_application()
    data_dir = options.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    translations = Translations()
    translations.use(language_before_data(options))

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if options.smoke:
            print(StartupMessages().already_running(), flush=True)
            return EXIT_NEEDS_ANSWER
        if not ask_running_copy_to_come_forward(data_dir):
            QMessageBox.information(None, "Ledhälsa", StartupMessages().already_running())
        return EXIT_OK

    if not options.smoke:
        setup_logging(data_dir)
    hook = ExceptionHook(log_file(data_dir), interactive=not options.smoke)
    hook.install()
    asker = PrintingAsker() if options.smoke else DialogAsker()
    try:
        opened = open_database(database_path(data_dir), backup_dir(data_dir), utc_now(), asker)
    except NeedsAnswer as question:
        print(question, flush=True)
        instance.release()
        return EXIT_NEEDS_ANSWER
    except NewerDatabase:
        instance.release()
        return EXIT_FAILED
    if options.smoke:
        setup_logging(data_dir)
    log.info("Ledhälsa %s started with %s", __version__, data_dir)

    state = AppState(
        data_dir,
        opened.snapshot.settings,
        opened.snapshot.profile,
        language_override=options.language,
        text_scale_override=options.text_scale,
    )
    appearance = Appearance(state, translations)
    appearance.apply()

    window = MainWindow(appearance, first_view=options.view)
    tray = ReminderTray(window, state, started_in_tray=options.tray and not options.smoke)
    window.reminders_changed.connect(tray.refresh)
    instance.raise_requested.connect(window.bring_to_front)
    app.aboutToQuit.connect(state.close)
    app.aboutToQuit.connect(instance.release)
    app.aboutToQuit.connect(tray.remove_icon)
    if options.smoke:
        first_paint = FirstPaint(options.started)
        app.installEventFilter(first_paint)
    else:
        QTimer.singleShot(AFTER_START_DELAY_MS, lambda: after_start(state, window))
        tray.start()
    tray.show_window_at_start()
    return app.exec()


def after_start(state: AppState, window: MainWindow) -> None:
    """Work that can wait until the window is up: the start backup, and loading the database layer."""
    try:
        made = state.backup_if_changed()
    except Exception:
        log.exception("the start-up backup failed")
        made = None
    if made is not None:
        log.info("backup made: %s", made.path.name)
        if window.current_view() == "home":
            window.view("home").refresh_backup_line()
    state.warm_up()


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _output_folder_problem(path: Path) -> str | None:
    if not path.parent.is_dir():
        return QCoreApplication.translate("CommandLine", "The folder %1 does not exist.").replace(
            "%1", str(path.parent)
        )
    return None


def run_outputs(options: Options) -> int:
    """`--report` and `--export-csv`: the files from the data, without a window; 0 when every file was written.

    The data is opened as at a normal start, except that nothing is asked: a database from a newer version
    or a damaged one is refused with the reason and exit code 3, before anything is changed; an older one is
    backed up and migrated. A data folder without a database is an error (nothing is created there). No
    program yet is not an error: the report says so.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: no display needed
    make_application()
    translations = Translations()
    translations.use(language_before_data(options))
    from ledhalsa_desktop.opening import bring_to_head
    from ledhalsa_desktop.storage.inspect import DatabaseKind, inspect_database
    from ledhalsa_desktop.storage.startup import read_snapshot

    db_path = database_path(options.data_dir)
    state = inspect_database(db_path)
    messages = StartupMessages()
    if state.kind is DatabaseKind.MISSING:
        _say(
            QCoreApplication.translate("CommandLine", "There is no Ledhälsa data in %1.").replace(
                "%1", str(options.data_dir)
            )
        )
        return EXIT_FAILED
    if state.kind is DatabaseKind.NEWER:
        _say(messages.newer(state.written_by))
        return EXIT_NEEDS_ANSWER
    if state.kind is DatabaseKind.DAMAGED:
        _say(
            QCoreApplication.translate(
                "CommandLine",
                "Your data file could not be read: it is damaged. Nothing has been changed. Start Ledhälsa as "
                "usual to deal with it.",
            )
            + " "
            + messages.reason(state.detail or "")
        )
        return EXIT_NEEDS_ANSWER
    bring_to_head(db_path, backup_dir(options.data_dir), utc_now(), state.kind)
    snapshot = read_snapshot(db_path)
    language = options.language or snapshot.settings.language
    translations.use(language)

    from ledhalsa_desktop import content
    from ledhalsa_desktop.core.csv_export import sessions_file_for
    from ledhalsa_desktop.training import Training
    from ledhalsa_desktop.ui.report_output import ReportSource, save_diary_csv, save_report, save_sessions_csv

    def read_only() -> object:
        raise RuntimeError("making the report and the files never writes the data")

    today = date.today()
    training = Training(db_path, read_only, content.catalogue, utc_now)  # type: ignore[arg-type]
    outputs: list[Path] = [path for path in (options.report, options.export_csv) if path is not None]
    if options.export_csv is not None:
        outputs.append(sessions_file_for(options.export_csv))
    for path in outputs:
        problem = _output_folder_problem(path)
        if problem:
            _say(problem)
            return EXIT_FAILED
    try:
        if options.report is not None:
            pages = save_report(ReportSource(db_path, training, snapshot.profile, today, language), options.report)
            print(f"report: {options.report} ({pages} pages)", flush=True)
        if options.export_csv is not None:
            entries = save_diary_csv(db_path, today, language, options.export_csv)
            print(f"diary: {options.export_csv} ({entries} entries)", flush=True)
            sessions_file = sessions_file_for(options.export_csv)
            sessions = save_sessions_csv(training, language, sessions_file)
            print(f"sessions: {sessions_file} ({sessions} sessions)", flush=True)
    except OSError as error:
        _say(
            QCoreApplication.translate("CommandLine", "The file could not be written: %1").replace(
                "%1", error.strerror or str(error)
            )
        )
        return EXIT_FAILED
    return EXIT_OK

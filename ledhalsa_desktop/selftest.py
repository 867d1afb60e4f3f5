"""`ledhalsa --self-test`: checks that an installed copy works, in a temporary folder, off screen."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ledhalsa_desktop.cli import EXIT_FAILED, EXIT_OK

Check = Callable[[Path], str]
QT_OWN_TEXT = ("QPlatformTheme", "Cancel")  # a text from Qt's own catalogue, kept out of ours


def check_translations(_: Path) -> str:
    from PySide6.QtCore import QCoreApplication

    from ledhalsa_desktop.ui.i18n import Translations

    translations = Translations()
    ours, qts = {}, {}
    for language in ("sv", "en"):
        translations.use(language)
        ours[language] = QCoreApplication.translate("MainWindow", "Settings")
        qts[language] = QCoreApplication.translate(*QT_OWN_TEXT)
    if ours["sv"] == ours["en"]:
        raise RuntimeError("the program's Swedish translation is not in effect")
    if qts["sv"] == qts["en"]:
        raise RuntimeError("Qt's own Swedish translation (qtbase_sv) is not in effect")
    return "translations: sv, en (with Qt's own)"


def check_database(folder: Path) -> str:
    from ledhalsa_desktop.appstate import AppState, utc_now
    from ledhalsa_desktop.core.profile import Profile
    from ledhalsa_desktop.opening import open_database
    from ledhalsa_desktop.paths import backup_dir, database_path
    from ledhalsa_desktop.storage.backup import make_backup
    from ledhalsa_desktop.storage.sqlite_file import quick_check
    from ledhalsa_desktop.storage.startup import read_snapshot
    from ledhalsa_desktop.ui.startup_dialogs import PrintingAsker

    db_path = database_path(folder)
    opened = open_database(db_path, backup_dir(folder), utc_now(), PrintingAsker())
    state = AppState(folder, opened.snapshot.settings, opened.snapshot.profile)
    state.change_settings(text_scale=150, language="en")
    state.change_profile(replace(Profile(), name="Test"))
    state.close()
    snapshot = read_snapshot(db_path)
    if snapshot.settings.text_scale != 150 or snapshot.profile.name != "Test":
        raise RuntimeError("what was written could not be read back")
    problem = quick_check(db_path)
    if problem:
        raise RuntimeError(f"integrity check failed: {problem}")
    make_backup(db_path, backup_dir(folder), "manual", utc_now())
    return "database: created, migrated, written, read back, integrity ok, backup checked"


def check_views(folder: Path) -> str:
    from ledhalsa_desktop.appstate import AppState
    from ledhalsa_desktop.paths import database_path
    from ledhalsa_desktop.storage.startup import read_snapshot
    from ledhalsa_desktop.ui.appearance import Appearance
    from ledhalsa_desktop.ui.main_window import MainWindow
    from ledhalsa_desktop.views import VIEWS

    snapshot = read_snapshot(database_path(folder))
    state = AppState(folder, replace(snapshot.settings, welcome_completed=True), snapshot.profile)
    appearance = Appearance(state)
    appearance.apply()
    window = MainWindow(appearance)
    window.resize(1280, 720)
    for name in VIEWS:
        window.show_view(name)
        if window.grab().isNull():
            raise RuntimeError(f"the view {name} could not be drawn")
    window.close()
    return f"views rendered: {len(VIEWS)}"


def check_exercises(_: Path) -> str:
    from ledhalsa_desktop import content
    from ledhalsa_desktop.core.catalogue import check_catalogue
    from ledhalsa_desktop.ui.figure_canvas import FigureCanvas

    catalogue = content.catalogue()
    animations = content.animations()
    missing = check_catalogue(catalogue, set(animations))
    if missing:
        raise RuntimeError("; ".join(missing))
    canvas = FigureCanvas()
    canvas.resize(640, 400)
    for animation in animations.values():
        canvas.set_animation(animation)
        canvas.set_time(animation.duration / 3)
        if canvas.grab().isNull():
            raise RuntimeError(f"the animation {animation.name} could not be drawn")
    counts = {joint: len(catalogue.for_joint(joint)) for joint in ("knee", "hip", "hand")}
    return (
        f"exercises: {counts['knee']} knee, {counts['hip']} hip, {counts['hand']} hand; "
        f"levels: {catalogue.levels_count}; animations rendered: {len(animations)}"
    )


def check_lessons(_: Path) -> str:
    from PySide6.QtGui import QTextDocument

    from ledhalsa_desktop import content
    from ledhalsa_desktop.core.lessons import broken_links, differences, slug_of_url
    from ledhalsa_desktop.ui.lesson_text import lesson_links, render_markdown

    lessons = {language: content.lessons(language) for language in ("sv", "en")}
    problems = differences(lessons["sv"], lessons["en"])
    for language, some in lessons.items():
        problems += broken_links(some)
        slugs = {lesson.slug for lesson in some}
        for lesson in some:
            document = QTextDocument()
            render_markdown(document, lesson.markdown)
            if not document.toPlainText().startswith(lesson.title):
                problems.append(f"{language}/{lesson.file_name} could not be drawn")
            links = lesson_links(document)
            problems += [f"{language}/{lesson.file_name}: {url}" for url in links if slug_of_url(url) not in slugs]
    if problems:
        raise RuntimeError("; ".join(problems))
    return f"lessons: {len(lessons['sv'])} sv, {len(lessons['en'])} en"


CHECKS: tuple[Check, ...] = (check_translations, check_database, check_views, check_exercises, check_lessons)


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ledhalsa_desktop.app import make_application

    make_application()
    failed = False
    with tempfile.TemporaryDirectory(prefix="ledhalsa-self-test-") as temp:
        for check in CHECKS:
            try:
                print(check(Path(temp)), flush=True)
            except Exception as error:  # every failure is reported, then the next check runs
                failed = True
                print(f"FAILED {check.__name__}: {error}", flush=True)
    print("self-test: failed" if failed else "self-test: ok", flush=True)
    return EXIT_FAILED if failed else EXIT_OK


if __name__ == "__main__":
    sys.exit(run_self_test())

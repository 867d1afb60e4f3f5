from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ledhalsa_desktop.app import make_application
from ledhalsa_desktop.appstate import AppState, utc_now
from ledhalsa_desktop.opening import open_database
from ledhalsa_desktop.paths import backup_dir, database_path
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.main_window import MainWindow
from ledhalsa_desktop.ui.startup_dialogs import PrintingAsker


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    return make_application()


@pytest.fixture
def make_state(data_dir: Path) -> Callable[..., AppState]:
    def make(**settings: object) -> AppState:
        opened = open_database(database_path(data_dir), backup_dir(data_dir), utc_now(), PrintingAsker())
        state = AppState(data_dir, opened.snapshot.settings, opened.snapshot.profile)
        if settings:
            state.change_settings(**settings)
        return state

    return make


@pytest.fixture
def make_window(qtbot, make_state) -> Iterator[Callable[..., MainWindow]]:  # noqa: ANN001
    made: list[tuple[MainWindow, AppState]] = []

    def make(first_view: str | None = None, **settings: object) -> MainWindow:
        state = make_state(**settings)
        appearance = Appearance(state)
        appearance.apply()
        window = MainWindow(appearance, first_view=first_view)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        made.append((window, state))
        return window

    yield make
    for _, state in made:
        state.close()

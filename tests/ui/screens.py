"""Walk every screen of the window (each welcome step and each view) for checks that apply to all of them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication

from ledhalsa_desktop.ui.main_window import MainWindow
from ledhalsa_desktop.ui.welcome_view import STEPS
from ledhalsa_desktop.views import VIEWS


def every_screen(window: MainWindow) -> Iterator[str]:
    for index, step in enumerate(STEPS):
        window.root.setCurrentWidget(window.welcome)
        window.welcome.go_to(index)
        QApplication.processEvents()
        yield f"welcome step {step}"
    for view in VIEWS:
        window.show_view(view)
        QApplication.processEvents()
        yield f"view {view}"

"""One global hook for uncaught errors: logged always, shown kindly, never a raw traceback in a dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

log = logging.getLogger("ledhalsa")


class ExceptionHook:
    """Logs every uncaught error and shows it kindly; in a start that may not wait, it exits instead."""

    def __init__(self, log_path: Path, *, interactive: bool) -> None:
        self.log_path = log_path
        self.interactive = interactive
        self.showing = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("uncaught error\n%s", details)
        if not self.interactive:
            print(f"error: {error}", file=sys.stderr)
            QApplication.exit(1)
            return
        if self.showing:
            return
        self.showing = True
        try:
            from ledhalsa_desktop.ui.error_dialog import ErrorDialog

            ErrorDialog(details, self.log_path).exec()
        finally:
            self.showing = False

"""The one place an unexpected error reaches the user: a short message, where the log is, and 'copy details'."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from ledhalsa_desktop.ui.message_dialog import MessageDialog
from ledhalsa_desktop.ui.widgets import breakable_path, button, show_status, text_label


class ErrorDialog(MessageDialog):
    def __init__(self, details: str, log_path: Path) -> None:
        message = QCoreApplication.translate(
            "ErrorDialog",
            "Ledhälsa ran into an unexpected problem. What you had saved is safe. You can go on, or close "
            "the program and start it again.",
        )
        where = QCoreApplication.translate("ErrorDialog", "The details are written in the log file:\n%1")
        super().__init__(
            QCoreApplication.translate("ErrorDialog", "Something went wrong"),
            message,
            [("close", QCoreApplication.translate("ErrorDialog", "Close"))],
            details=where.replace("%1", breakable_path(log_path)),
        )
        self.traceback_text = details
        self.copied = text_label("success")
        self.copied.hide()
        self.body.insertWidget(self.body.count() - 1, self.copied)
        copy = button()
        copy.setText(QCoreApplication.translate("ErrorDialog", "Copy details"))
        copy.clicked.connect(self.copy_details)
        self.button_row.insertWidget(len(self.buttons), copy)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.traceback_text)
        show_status(
            self.copied,
            QCoreApplication.translate("ErrorDialog", "The details are copied. You can paste them into an e-mail."),
        )

"""The one place an unexpected error reaches the user: a short message, where the log is, and 'copy details'."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout

from ledhalsa_desktop.ui.widgets import announce, button, text_label


class ErrorDialog(QDialog):
    def __init__(self, details: str, log_path: Path) -> None:
        super().__init__()
        self.details = details
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        title = text_label("heading")
        title.setText(self.tr("Something went wrong"))
        message = text_label()
        message.setText(
            self.tr(
                "Ledhälsa ran into an unexpected problem. What you had saved is safe. You can go on, or close "
                "the program and start it again."
            )
        )
        where = text_label("muted", selectable=True)
        where.setText(self.tr("The details are written in the log file:\n%1").replace("%1", str(log_path)))
        self.copied = text_label("success")
        copy = button()
        copy.setText(self.tr("Copy details"))
        copy.clicked.connect(self.copy_details)
        close = button("primary")
        close.setText(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addStretch(1)
        row.addWidget(close)
        for widget in (title, message, where, self.copied):
            layout.addWidget(widget)
        layout.addLayout(row)
        close.setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(self.tr("The details are copied. You can paste them into an e-mail."))
        announce(self.copied, self.copied.text())

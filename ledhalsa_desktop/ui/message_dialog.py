"""A plain question or message in a window of its own: a heading, a few sentences, and large buttons.

Used instead of QMessageBox so that long sentences at 200 % text wrap instead of being cut off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QDialog, QVBoxLayout

from ledhalsa_desktop.ui.widgets import button, text_label

BASE_WIDTH_PX = 620


class MessageDialog(QDialog):
    def __init__(
        self,
        title: str,
        text: str,
        buttons: list[tuple[str, str]],
        *,
        details: str = "",
        parent: object = None,
    ) -> None:
        """buttons: (key, label) pairs; the first is the main action. ask() returns the key chosen."""
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        self.heading = text_label("heading")
        self.heading.setText(title)
        self.text = text_label()
        self.text.setText(text)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        if details:
            self.details = text_label("muted", selectable=True)
            self.details.setText(details)
            layout.addWidget(self.details)
        self.body = layout
        row = QBoxLayout(QBoxLayout.Direction.RightToLeft)
        row.setSpacing(12)
        self.button_row = row
        self.buttons = {}
        for index, (key, label) in enumerate(buttons):
            widget = button("primary" if index == 0 else "")
            widget.setText(label)
            widget.clicked.connect(lambda _=False, k=key: self._choose(k))
            row.addWidget(widget)
            self.buttons[key] = widget
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons[buttons[0][0]].setDefault(True)
        self.buttons[buttons[0][0]].setFocus()

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        scale = QApplication.font().pointSizeF() / 14
        width = round(BASE_WIDTH_PX * max(1.0, scale))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width() - 40)
        margins = self.body.contentsMargins()
        buttons_width = sum(b.sizeHint().width() for b in self.buttons.values()) + 12 * len(self.buttons)
        stacked = buttons_width > width - margins.left() - margins.right()
        self.button_row.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.RightToLeft)
        self.setFixedWidth(width)
        # a top-level window does not grow for wrapped text by itself: ask the layout how tall it must be
        self.body.activate()
        height = self.body.totalHeightForWidth(width) if self.body.hasHeightForWidth() else self.sizeHint().height()
        self.setFixedHeight(max(height, self.body.totalMinimumSize().height()))
        super().showEvent(event)

    def ask(self) -> str | None:
        self.exec()
        return self.choice

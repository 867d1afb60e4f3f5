"""One lesson in the list: a large button with the number and title, and under it whether it is read.

The two lines are word-wrapped labels inside the button, so a long title wraps at 200 % text instead of
making the page wider than the window (a QPushButton's own text never wraps).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ledhalsa_desktop.ui.theme import MIN_TARGET_PX


def _line(bold: bool) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.setStyleSheet("background: transparent; font-weight: 700;" if bold else "background: transparent;")
    return label


class LessonRow(QPushButton):
    def __init__(self) -> None:
        super().__init__()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.title = _line(bold=True)
        self.status = _line(bold=False)
        self.lines = QVBoxLayout(self)
        self.lines.setSpacing(4)
        self.lines.addWidget(self.title)
        self.lines.addWidget(self.status)

    def set_lines(self, title: str, status: str, scale: int) -> None:
        self.title.setText(title)
        self.status.setText(status)
        padding = max(8, round(10 * scale / 100))  # as theme.style_sheet pads a button, inside its 2 px border
        self.lines.setContentsMargins(2 * padding + 2, padding + 2, 2 * padding + 2, padding + 2)
        self.setAccessibleName(f"{title} {status}")
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return max(MIN_TARGET_PX, self.lines.totalHeightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self.lines.totalMinimumSize().width()
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSizeHint()

"""A part of the progress view: the row of session boxes for a week."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class SessionBoxes(QWidget):
    """One box for each session planned in a week, filled for each session done (extra ones added at the end).

    Drawn with the palette's text colour (outline) and highlight colour (filled), so it follows the theme;
    the count is also written beside it in words, so nothing depends on the picture alone.
    """

    def __init__(self) -> None:
        super().__init__()
        self.planned = 0
        self.done = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_counts(self, planned: int, done: int) -> None:
        self.planned, self.done = planned, done
        self.updateGeometry()
        self.update()

    def _box(self) -> int:
        return max(16, round(self.fontMetrics().height() * 0.9))

    def sizeHint(self) -> QSize:
        box = self._box()
        count = max(self.planned, self.done, 1)
        return QSize(count * box + (count - 1) * box // 3 + 4, box + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self._box()
        gap = box // 3
        palette = self.palette()
        outline = palette.color(QPalette.ColorRole.WindowText)
        fill = palette.color(QPalette.ColorRole.Highlight)
        for index in range(max(self.planned, self.done)):
            rect = QRectF(2 + index * (box + gap), 2, box, box)
            done = index < self.done
            painter.setPen(QPen(fill if done else outline, 2))
            painter.setBrush(fill if done else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()

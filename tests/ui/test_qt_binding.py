"""Guards the Qt binding we pin: PySide6 6.12 on Python 3.11 takes a reference from None on every call of a
Qt method that returns nothing, and the program aborts after a few hundred painted frames."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget


def test_qt_calls_leave_the_reference_count_of_none_alone(qapp) -> None:
    widget = QWidget()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None), sys.getrefcount(True)
    painter = QPainter(image)
    for _ in range(2000):
        painter.drawLine(0, 0, 10, 10)
        widget.update()
        widget.setEnabled(True)
    painter.end()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert abs(after[0] - before[0]) < 100
    assert abs(after[1] - before[1]) < 100

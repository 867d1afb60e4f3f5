"""Small building blocks every view uses: labelled text roles, buttons, cards and the page base class."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def text_label(role: str = "", *, selectable: bool = False) -> QLabel:
    """A word-wrapped label; role is one of title, heading, muted, error, success (or plain)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def button(role: str = "") -> QPushButton:
    widget = QPushButton()
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    # never narrower than its text: a layout short of room scrolls instead of cutting the words off
    widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    widget.setAutoDefault(False)
    if role:
        widget.setProperty("role", role)
    return widget


class CheckButton(QPushButton):
    """A large button that is ticked on and off, shown with a box before its text.

    Used instead of QCheckBox, whose click area (and the size a screen reader is told) is only the small
    box and its text line, about 28 px tall, whatever size the widget itself has.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(False)
        self.setProperty("role", "choice")
        self._text = ""
        self.toggled.connect(lambda _checked: self._show())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._text = text
        self.setAccessibleName(text)
        self._show()

    def plain_text(self) -> str:
        return self._text

    def _show(self) -> None:
        super().setText(f"{'☑' if self.isChecked() else '☐'}  {self._text}")


def check_box() -> CheckButton:
    return CheckButton()


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    return frame, make_card(frame)


def make_card(frame: QFrame) -> QVBoxLayout:
    """Give a frame the card look, and the column its contents go in."""
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(12)
    return layout


def scrolling(inner: QWidget) -> QScrollArea:
    """Wrap a page so that nothing is cut off at large text: it scrolls instead."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area


def breakable_path(path: Path) -> str:
    """The path with invisible break points after each separator, so a long one wraps instead of widening."""
    return re.sub(r"([/\\\\])", "\\1\u200b", str(path))


def show_status(label: QLabel, message: str, role: str = "success") -> None:
    """Show a short status line (hidden while empty) and read it out to a screen reader."""
    label.setProperty("role", role)
    label.setText(message)
    label.setVisible(bool(message))
    label.style().unpolish(label)
    label.style().polish(label)
    if message:
        announce(label, message)


def announce(widget: QWidget, message: str) -> None:
    """Tell a screen reader something that happened, such as 'Saved'."""
    event = QAccessibleAnnouncementEvent(widget, message)
    QAccessible.updateAccessibility(event)


class Page(QWidget):
    """A view: builds its widgets once, and sets every text in `retranslate`, again on a language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text of the page in the current language; each page overrides this."""

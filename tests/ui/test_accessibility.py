"""UX.md's measurable rules on every screen: names, target sizes, contrast, and nothing cut off at 200 %."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QWidget,
)

from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.ui.contrast import contrast_ratio
from ledhalsa_desktop.ui.theme import THEMES
from tests.ui.screens import every_screen

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider)
MIN_TARGET = 44
BODY_CONTRAST = 7.0


def shown_interactive(window: QWidget) -> list[QWidget]:
    """Buttons, choices and fields; scroll bars are left out (the wheel and keys scroll too)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar) and w.isVisible()
    ]


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def text_contrast(image: QImage, rect: QRect) -> float:
    """Contrast between the commonest colour in rect (the background) and the colour furthest from it."""
    crop = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    counts = Counter(memoryview(crop.constBits()).cast("I"))
    background = counts.most_common(1)[0][0]

    def rgb(pixel: int) -> tuple[int, int, int]:
        return (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255

    inked = [pixel for pixel, count in counts.items() if count >= 3 and pixel != background]
    if not inked:
        return 21.0
    return max(contrast_ratio(rgb(background), rgb(pixel)) for pixel in inked)


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("theme", [Theme.NORMAL, Theme.HIGH_CONTRAST])
def test_names_sizes_and_contrast(make_window, language: str, theme: Theme) -> None:
    window = make_window(language=language, theme=theme)
    problems: list[str] = []
    for screen in every_screen(window):
        for widget in shown_interactive(window):
            label = f"{screen}: {type(widget).__name__} {accessible_name(widget)!r}"
            if not accessible_name(widget).strip():
                problems.append(f"{label} has no accessible name")
            if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
                problems.append(f"{label} is {widget.width()}x{widget.height()}")
        image = window.grab().toImage()
        window_rect = window.rect()
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisible():
                continue
            if not widget.text().strip():
                continue
            rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not window_rect.contains(rect) or widget.visibleRegion().boundingRect() != widget.rect():
                continue
            ratio = text_contrast(image, rect)
            if ratio < BODY_CONTRAST:
                problems.append(f"{screen}: {widget.text()[:30]!r} contrast {ratio:.1f}:1")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_nothing_is_cut_off_at_200_per_cent(make_window, language: str) -> None:
    window = make_window(language=language, text_scale=200)
    problems: list[str] = []
    for screen in every_screen(window):
        for area in window.findChildren(QAbstractScrollArea):
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                problems.append(f"{screen}: sideways scrolling needed")
        for widget in shown_interactive(window):
            needed = widget.sizeHint() if isinstance(widget, QPushButton) else widget.minimumSizeHint()
            if widget.width() < needed.width() - 1:
                problems.append(f"{screen}: {accessible_name(widget)!r} is squeezed")
            if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
                problems.append(f"{screen}: {accessible_name(widget)!r} is {widget.width()}x{widget.height()}")
    assert not problems, "\n".join(problems)


def colours_in(widget: QWidget) -> set[int]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return {pixel & 0xFFFFFF for pixel in memoryview(image.constBits()).cast("I")}


@pytest.mark.parametrize("theme", [Theme.NORMAL, Theme.HIGH_CONTRAST])
def test_the_focused_control_has_a_visible_ring(make_window, qtbot, theme: Theme) -> None:
    window = make_window(first_view="settings", theme=theme)
    focus = int(THEMES[theme].focus.lstrip("#"), 16)
    view = window.view("settings")
    for widget in (view.open_folder, view.profile.name_edit, view.language.buttons[0]):
        window.nav_buttons["home"].setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        assert focus not in colours_in(widget)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert focus in colours_in(widget), f"no focus ring on {accessible_name(widget)!r}"

"""The two themes (normal and high contrast) and the style sheet, scaled to the chosen text size."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ledhalsa_desktop.core.settings import Theme

BODY_POINT_SIZE = 14
MIN_TARGET_PX = 44
MAIN_ACTION_PX = 56


@dataclass(frozen=True)
class Colors:
    window: str
    surface: str
    text: str
    muted_text: str
    border: str
    focus: str
    primary: str
    primary_text: str
    nav: str
    nav_text: str
    selected: str
    selected_text: str
    error: str
    success: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every text colour with the background it is drawn on; each must reach 7:1."""
        return {
            "text on window": (self.text, self.window),
            "text on surface": (self.text, self.surface),
            "muted text on window": (self.muted_text, self.window),
            "muted text on surface": (self.muted_text, self.surface),
            "primary button": (self.primary_text, self.primary),
            "navigation": (self.nav_text, self.nav),
            "selected": (self.selected_text, self.selected),
            "error on surface": (self.error, self.surface),
            "error on window": (self.error, self.window),
            "success on surface": (self.success, self.surface),
            "success on window": (self.success, self.window),
        }

    def outline_pairs(self) -> dict[str, tuple[str, str]]:
        """Borders and the focus ring against what they sit on; each must reach 3:1."""
        return {
            "border on surface": (self.border, self.surface),
            "border on window": (self.border, self.window),
            "focus on window": (self.focus, self.window),
            "focus on surface": (self.focus, self.surface),
            "focus on navigation": (self.focus, self.nav),
        }


THEMES: dict[Theme, Colors] = {
    Theme.NORMAL: Colors(
        window="#F5F1E8",
        surface="#FFFFFF",
        text="#1A1A1A",
        muted_text="#3B3B3B",
        border="#5E5A52",
        focus="#B83A00",
        primary="#0A4C78",
        primary_text="#FFFFFF",
        nav="#E6DFD1",
        nav_text="#1A1A1A",
        selected="#0A4C78",
        selected_text="#FFFFFF",
        error="#9B111E",
        success="#175219",
    ),
    Theme.HIGH_CONTRAST: Colors(
        window="#000000",
        surface="#000000",
        text="#FFFFFF",
        muted_text="#FFFFFF",
        border="#FFFFFF",
        focus="#00E5FF",
        primary="#FFE600",
        primary_text="#000000",
        nav="#000000",
        nav_text="#FFFFFF",
        selected="#FFE600",
        selected_text="#000000",
        error="#FF9E9E",
        success="#8CFF8C",
    ),
}


def point_size(scale: int, factor: float = 1.0) -> int:
    return round(BODY_POINT_SIZE * scale / 100 * factor)


def icon_size(scale: int) -> int:
    return round(24 * scale / 100)


def content_width(scale: int) -> int:
    """The widest a column of text gets, so lines stay easy to read on a large screen."""
    return round(980 * scale / 100)


def style_sheet(c: Colors, scale: int) -> str:
    body = point_size(scale)
    pad = max(8, round(10 * scale / 100))
    indicator = icon_size(scale)
    nav_border = c.border if c.nav == c.window else "transparent"
    return f"""
QWidget {{ color: {c.text}; font-size: {body}pt; }}
QMainWindow, QDialog, QMessageBox, QScrollArea, QScrollArea > QWidget > QWidget, QStackedWidget {{
    background: {c.window};
}}
QLabel[role="title"] {{ font-size: {point_size(scale, 1.6)}pt; font-weight: 700; }}
QLabel[role="heading"] {{ font-size: {point_size(scale, 1.25)}pt; font-weight: 700; }}
QLabel[role="muted"] {{ color: {c.muted_text}; }}
QLabel[role="big"] {{ font-size: {point_size(scale, 2.2)}pt; font-weight: 700; }}
QLabel[role="error"] {{ color: {c.error}; font-weight: 600; }}
QLabel[role="success"] {{ color: {c.success}; font-weight: 600; }}
QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 12px; }}
QFrame[role="card"] QLabel {{ background: {c.surface}; }}
QLabel[role="warning"] {{ color: {c.error}; font-weight: 600; }}
QFrame[role="warning-card"] {{ background: {c.surface}; border: 3px solid {c.error}; border-radius: 12px; }}
QFrame[role="warning-card"] QLabel {{ background: {c.surface}; }}
QPushButton {{
    background: {c.surface}; color: {c.text}; border: 2px solid {c.border}; border-radius: 10px;
    padding: {pad}px {pad * 2}px; min-height: {MIN_TARGET_PX}px;
}}
QPushButton[role="primary"] {{
    background: {c.primary}; color: {c.primary_text}; border-color: {c.primary};
    min-height: {MAIN_ACTION_PX}px; font-weight: 700;
}}
QPushButton[role="nav"] {{
    background: {c.nav}; color: {c.nav_text}; border: 2px solid {nav_border}; text-align: left;
    min-height: {MAIN_ACTION_PX}px; font-weight: 600; padding: {pad}px {pad}px;
}}
QPushButton[role="choice"] {{ text-align: left; }}
QPushButton[role="warning"] {{ color: {c.error}; border: 3px solid {c.error}; font-weight: 700; }}
QPushButton:disabled {{ color: {c.muted_text}; border-style: dashed; }}
QPushButton:checked, QPushButton[role="nav"]:checked {{
    background: {c.selected}; color: {c.selected_text}; border-color: {c.selected};
}}
QPushButton:focus, QPushButton[role="nav"]:focus, QPushButton[role="primary"]:focus {{
    border: 4px solid {c.focus};
}}
QRadioButton, QCheckBox {{
    min-height: {MIN_TARGET_PX}px; padding: 2px 12px 2px 6px; spacing: 14px; border: 3px solid transparent;
    border-radius: 10px; background: transparent;
}}
QRadioButton:focus, QCheckBox:focus {{ border: 3px solid {c.focus}; }}
QRadioButton::indicator, QCheckBox::indicator {{
    width: {indicator}px; height: {indicator}px; border: 2px solid {c.border}; background: {c.surface};
}}
QRadioButton::indicator {{ border-radius: {indicator // 2 + 1}px; }}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator:checked {{
    border-color: {c.primary};
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {c.primary}, stop:0.55 {c.primary}, stop:0.62 {c.surface}, stop:1 {c.surface});
}}
QCheckBox::indicator:checked {{ border-color: {c.primary}; background: {c.primary}; }}
QLineEdit {{
    background: {c.surface}; color: {c.text}; border: 2px solid {c.border}; border-radius: 8px;
    padding: 6px 10px; min-height: {MIN_TARGET_PX}px; max-width: {round(560 * scale / 100)}px;
    selection-background-color: {c.selected};
    selection-color: {c.selected_text};
}}
QLineEdit[length="short"] {{ max-width: {round(220 * scale / 100)}px; }}
QLineEdit:focus {{ border: 4px solid {c.focus}; }}
QLineEdit[invalid="true"] {{ border: 4px solid {c.error}; }}
QScrollBar:vertical {{ width: 22px; background: {c.nav}; }}
QScrollBar::handle:vertical {{ background: {c.border}; min-height: 44px; border-radius: 6px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: {c.nav}; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
"""


def palette_for(c: Colors) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.Window, QColor(c.window))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(c.text))
        palette.setColor(group, QPalette.ColorRole.Base, QColor(c.surface))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(c.text))
        palette.setColor(group, QPalette.ColorRole.Button, QColor(c.surface))
        palette.setColor(group, QPalette.ColorRole.ButtonText, QColor(c.text))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(c.selected))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(c.selected_text))
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(c.surface))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, QColor(c.text))
        palette.setColor(group, QPalette.ColorRole.Link, QColor(c.primary))
    return palette


def apply_theme(app: QApplication, theme: Theme, scale: int) -> None:
    colors = THEMES[theme]
    font = QFont(app.font())
    font.setPointSize(point_size(scale))
    app.setFont(font)
    app.setPalette(palette_for(colors))
    app.setStyleSheet(style_sheet(colors, scale))

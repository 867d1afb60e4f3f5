"""The diary entry's optional questions: stiffness, sleep, medicine (with a text for "something else"), a
flare and a note. The quick entry (diary_entry_form) makes them just after the diary has painted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ledhalsa_desktop.core.diary import (
    MAX_MEDICINE_NOTE_LENGTH,
    MAX_NOTE_LENGTH,
    MEDICINES,
    STIFFNESS,
    Medicine,
    Stiffness,
    tidy_note,
)
from ledhalsa_desktop.ui.diary_list import bold
from ledhalsa_desktop.ui.diary_texts import medicine_choice, medicine_hint, number, stiffness_name
from ledhalsa_desktop.ui.pain_scale import ChoiceButtons
from ledhalsa_desktop.ui.theme import MIN_TARGET_PX, Colors
from ledhalsa_desktop.ui.widgets import check_box, text_label

SLEEP_ANSWERS = (True, False)
NOTE_LINES = 4
BLANK_DETAILS: dict[str, Any] = {
    "stiffness": None,
    "sleep": None,
    "medicine": Medicine.NONE.value,
    "medicine_note": "",
    "flare": False,
    "note": "",
}


def row_of(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def section(*widgets: QWidget) -> QWidget:
    """A group of widgets that shows and hides together, with no margins of its own."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def mark_field(field: QWidget, message: str) -> None:
    """Outline a field in the error colour (or not) and give its message to screen readers."""
    field.setAccessibleDescription(message)
    invalid = "true" if message else "false"
    if (field.property("invalid") or "false") != invalid:
        field.setProperty("invalid", invalid)
        field.style().unpolish(field)
        field.style().polish(field)


def enum_or_none(kind: type[Stiffness] | type[Medicine], value: object) -> Any:
    try:
        return kind(value) if value is not None else None
    except ValueError:
        return None


class DiaryDetails(QWidget):
    """The optional questions: stiffness, sleep, medicine (with a text for "something else"), flare, note."""

    changed = Signal()

    def __init__(self, colors: Colors) -> None:
        super().__init__()
        self.has_program = False
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.stiffness_label = bold(text_label())
        self.stiffness = ChoiceButtons(STIFFNESS)
        self.sleep_label = bold(text_label())
        self.sleep = ChoiceButtons(SLEEP_ANSWERS)
        self.medicine_label = bold(text_label())
        self.medicine_hint = text_label("muted")
        self.medicine = ChoiceButtons(MEDICINES)
        self.medicine_note_label = text_label()
        self.medicine_note = QLineEdit()
        self.medicine_note.setMaxLength(MAX_MEDICINE_NOTE_LENGTH + 50)
        self.medicine_note_box = section(self.medicine_note_label, self.medicine_note)
        self.medicine_error = text_label("error")
        self.flare = check_box()
        self.flare_hint = text_label("muted")
        self.note_label = bold(text_label())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.note.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_count = text_label("muted")
        self.note_error = text_label("error")
        layout.addWidget(section(self.stiffness_label, self.stiffness))
        layout.addWidget(section(self.sleep_label, self.sleep))
        layout.addWidget(
            section(self.medicine_label, self.medicine_hint, self.medicine, self.medicine_note_box, self.medicine_error)
        )
        flare = section(self.flare_hint)
        flare_layout = flare.layout()
        assert isinstance(flare_layout, QVBoxLayout)
        flare_layout.insertLayout(0, row_of(self.flare))
        layout.addWidget(flare)
        layout.addWidget(section(self.note_label, self.note, self.note_count, self.note_error))
        self.medicine_error.hide()
        self.note_error.hide()
        self.medicine.set_value(Medicine.NONE)
        self.medicine_note_box.hide()
        self.stiffness.valueChanged.connect(lambda _value: self._changed())
        self.sleep.valueChanged.connect(lambda _value: self._changed())
        self.medicine.valueChanged.connect(lambda _value: self._medicine_changed())
        self.medicine_note.textEdited.connect(lambda _text: self._changed(self.medicine_error))
        self.flare.toggled.connect(lambda _checked: self._changed())
        self.note.textChanged.connect(self._note_changed)
        self.set_colors(colors)
        self.retranslate()

    # values

    def values(self) -> dict[str, Any]:
        medicine = self.medicine.value()
        stiffness = self.stiffness.value()
        sleep = self.sleep.value()
        return {
            "stiffness": stiffness.value if isinstance(stiffness, Stiffness) else None,
            "sleep": sleep if isinstance(sleep, bool) else None,
            "medicine": medicine.value if isinstance(medicine, Medicine) else Medicine.NONE.value,
            "medicine_note": self.medicine_note.text(),
            "flare": self.flare.isChecked(),
            "note": self.note.toPlainText(),
        }

    def set_values(self, data: dict[str, Any]) -> None:
        self._quiet = True
        try:
            self.stiffness.set_value(enum_or_none(Stiffness, data.get("stiffness")))
            sleep = data.get("sleep")
            self.sleep.set_value(sleep if isinstance(sleep, bool) else None)
            self.medicine.set_value(enum_or_none(Medicine, data.get("medicine")) or Medicine.NONE)
            self.medicine_note.setText(str(data.get("medicine_note") or ""))
            self.flare.setChecked(bool(data.get("flare")))
            self.note.setPlainText(str(data.get("note") or ""))
        finally:
            self._quiet = False
        self.medicine_note_box.setVisible(self.medicine.value() is Medicine.OTHER)
        self._count_note()

    def clear_errors(self) -> None:
        self.medicine_error.hide()
        self.note_error.hide()
        mark_field(self.medicine_note, "")
        mark_field(self.note, "")

    # changes

    def _changed(self, error: QLabel | None = None) -> None:
        if error is not None:
            error.hide()
        if not self._quiet:
            self.changed.emit()

    def _medicine_changed(self) -> None:
        self.medicine_note_box.setVisible(self.medicine.value() is Medicine.OTHER)
        self._changed(self.medicine_error)

    def _note_changed(self) -> None:
        if self._count_note() <= MAX_NOTE_LENGTH:
            mark_field(self.note, "")
            self.note_error.hide()
        self._changed()

    def _count_note(self) -> int:
        length = len(tidy_note(self.note.toPlainText()))
        self.note_count.setText(
            self.tr("%1 of %2 characters").replace("%1", number(length)).replace("%2", number(MAX_NOTE_LENGTH))
        )
        return length

    # looks and words

    def set_colors(self, colors: Colors) -> None:
        self.note.setStyleSheet(
            f"QPlainTextEdit {{ background: {colors.surface}; color: {colors.text}; border: 2px solid {colors.border};"
            f" border-radius: 8px; padding: 4px 6px; selection-background-color: {colors.selected};"
            f" selection-color: {colors.selected_text}; }}"
            f"QPlainTextEdit:focus {{ border: 4px solid {colors.focus}; }}"
            f'QPlainTextEdit[invalid="true"] {{ border: 4px solid {colors.error}; }}'
        )
        self._fit_note()

    def _fit_note(self) -> None:
        line = self.note.fontMetrics().lineSpacing()
        self.note.setFixedHeight(max(MIN_TARGET_PX * 2, line * NOTE_LINES + 24))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_note)
        super().changeEvent(event)

    def set_program(self, has_program: bool) -> None:
        self.has_program = has_program
        self.retranslate()

    def retranslate(self) -> None:
        self.stiffness_label.setText(self.tr("How stiff are you? (if you want to answer)"))
        self.stiffness.set_texts([stiffness_name(item) for item in STIFFNESS], description=self.stiffness_label.text())
        self.sleep_label.setText(self.tr("Did the pain disturb your sleep last night?"))
        self.sleep.set_texts([self.tr("Yes"), self.tr("No")], description=self.sleep_label.text())
        self.medicine_label.setText(self.tr("Have you taken anything for the pain?"))
        self.medicine_hint.setText(medicine_hint())
        self.medicine.set_texts(
            [medicine_choice(item) for item in MEDICINES], description=f"{self.medicine_label.text()} {medicine_hint()}"
        )
        self.medicine_note_label.setText(self.tr("What did you take?"))
        self.medicine_note.setAccessibleName(self.tr("What did you take?"))
        self.flare.setText(self.tr("I have a flare"))
        if self.has_program:
            hint = self.tr(
                "A flare is a period when the joint hurts more than usual, often with swelling. "
                "While it lasts, your program is made lighter."
            )
        else:
            hint = self.tr("A flare is a period when the joint hurts more than usual, often with swelling.")
        self.flare_hint.setText(hint)
        self.flare.setAccessibleDescription(hint)
        self.note_label.setText(self.tr("Note (if you want)"))
        self.note.setAccessibleName(self.tr("Note"))
        self._count_note()

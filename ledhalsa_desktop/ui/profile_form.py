"""The optional facts about the user (name, birth year, sex), saved as soon as each is entered."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.core.profile import (
    MAX_NAME_LENGTH,
    ProfileProblem,
    Sex,
    clean_name,
    parse_birth_year,
)
from ledhalsa_desktop.ui.widgets import announce, show_status, text_label

SEXES = (Sex.FEMALE, Sex.MALE, Sex.UNSPECIFIED)


class ProfileForm(QWidget):
    saved = Signal()

    def __init__(self, state: AppState, *, with_norm_fields: bool = True) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH + 20)
        self.name_label.setBuddy(self.name_edit)
        self.name_error = text_label("error")
        self.name_error.hide()
        self.name_edit.editingFinished.connect(self.save_name)
        for widget in (self.name_label, self.name_edit, self.name_error):
            layout.addWidget(widget)

        self.with_norm_fields = with_norm_fields
        self.year_label = QLabel()
        self.year_edit = QLineEdit()
        self.year_edit.setMaxLength(4)
        self.year_edit.setProperty("length", "short")
        self.year_label.setBuddy(self.year_edit)
        self.year_error = text_label("error")
        self.year_error.hide()
        self.year_edit.editingFinished.connect(self.save_birth_year)
        self.sex_label = QLabel()
        self.sex_group = QButtonGroup(self)
        self.sex_buttons = [QRadioButton() for _ in SEXES]
        sex_column = QVBoxLayout()
        sex_column.setSpacing(4)
        for index, radio in enumerate(self.sex_buttons):
            self.sex_group.addButton(radio, index)
            sex_column.addWidget(radio)
        self.sex_group.idToggled.connect(lambda index, checked: checked and self.save_sex(index))
        self.why = text_label("muted")
        if with_norm_fields:
            for widget in (self.year_label, self.year_edit, self.year_error, self.sex_label):
                layout.addWidget(widget)
            layout.addLayout(sex_column)
            layout.addWidget(self.why)
        self.status = text_label("success")
        layout.addWidget(self.status)
        self.sync()
        self.retranslate()

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Your first name (optional)"))
        self.name_edit.setAccessibleName(self.tr("Your first name (optional)"))
        self.year_label.setText(self.tr("Year of birth (optional)"))
        self.year_edit.setAccessibleName(self.tr("Year of birth (optional)"))
        self.year_edit.setPlaceholderText(self.tr("for example 1952"))
        self.sex_label.setText(self.tr("Sex (optional)"))
        for sex, radio in zip(SEXES, self.sex_buttons, strict=True):
            radio.setText(self._sex_text(sex))
        self.why.setText(
            self.tr("Year of birth and sex are only used to compare your test results with others of your age.")
        )

    def _sex_text(self, sex: Sex) -> str:
        return {
            Sex.FEMALE: self.tr("Woman"),
            Sex.MALE: self.tr("Man"),
            Sex.UNSPECIFIED: self.tr("Prefer not to say"),
        }[sex]

    def problem_text(self, problem: ProfileProblem) -> str:
        this_year = date.today().year
        return {
            ProfileProblem.NAME_TOO_LONG: self.tr("The name is too long. Use at most %1 letters.").replace(
                "%1", str(MAX_NAME_LENGTH)
            ),
            ProfileProblem.NAME_HAS_CONTROL_CHARACTERS: self.tr(
                "The name contains characters that cannot be saved. Type it again."
            ),
            ProfileProblem.BIRTH_YEAR_NOT_A_YEAR: self.tr("Write the year with four digits, for example 1952."),
            ProfileProblem.BIRTH_YEAR_TOO_EARLY: self.tr("Write a year from 1900 onwards, for example 1952."),
            ProfileProblem.BIRTH_YEAR_TOO_LATE: self.tr("Write a year no later than %1, with four digits.").replace(
                "%1", str(this_year - 18)
            ),
        }[problem]

    def sync(self) -> None:
        profile = self.state.profile
        self.name_edit.setText(profile.name or "")
        self.year_edit.setText(str(profile.birth_year) if profile.birth_year else "")
        if profile.sex in SEXES:
            self.sex_buttons[SEXES.index(profile.sex)].setChecked(True)
        show_status(self.status, "")

    def save_name(self) -> bool:
        name, problem = clean_name(self.name_edit.text())
        if self._show_problem(self.name_edit, self.name_error, problem):
            return False
        if name != self.state.profile.name:
            self.state.change_profile(replace(self.state.profile, name=name))
            self._saved()
        return True

    def save_birth_year(self) -> bool:
        year, problem = parse_birth_year(self.year_edit.text(), date.today().year)
        if self._show_problem(self.year_edit, self.year_error, problem):
            return False
        if year != self.state.profile.birth_year:
            self.state.change_profile(replace(self.state.profile, birth_year=year))
            self._saved()
        return True

    def save_sex(self, index: int) -> None:
        if SEXES[index] != self.state.profile.sex:
            self.state.change_profile(replace(self.state.profile, sex=SEXES[index]))
            self._saved()

    def _show_problem(self, field: QLineEdit, message: QLabel, problem: ProfileProblem | None) -> bool:
        field.setProperty("invalid", problem is not None)
        field.style().unpolish(field)
        field.style().polish(field)
        if problem is None:
            message.hide()
            field.setAccessibleDescription("")
            return False
        message.setText(self.problem_text(problem))
        message.show()
        field.setAccessibleDescription(message.text())
        field.setFocus()
        announce(field, message.text())
        return True

    def _saved(self) -> None:
        show_status(self.status, self.tr("Saved"))
        self.saved.emit()

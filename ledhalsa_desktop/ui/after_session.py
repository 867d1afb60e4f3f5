"""After a program session: three short questions, then what was done and what changes next time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ledhalsa_desktop.core.progression import Change, ChangeKind, Effort
from ledhalsa_desktop.core.session_notes import MAX_HURT_NOTE_LENGTH
from ledhalsa_desktop.ui.pain_scale import ChoiceButtons, PainScale
from ledhalsa_desktop.ui.program_texts import changes_text, exercise_name
from ledhalsa_desktop.ui.widgets import announce, button, card, text_label

EFFORTS = (Effort.LIGHT, Effort.JUST_RIGHT, Effort.HARD, Effort.TOO_HARD)
HIGH_PAIN = 5
PAIN_LESSON_ABOVE = 4  # above the traffic light's yellow, the lesson on pain is offered


class AfterSessionQuestions(QWidget):
    """Pain during the session, how hard it felt, and anything that hurt; `answered` carries the answers."""

    answered = Signal(object, object, str)  # pain 0–10, Effort, note

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        self.title = text_label("title")
        self.intro = text_label()
        self.pain = PainScale()
        self.effort_question = text_label("heading")
        self.effort = ChoiceButtons(EFFORTS)
        self.effort_error = text_label("error")
        self.effort_error.hide()
        self.effort.valueChanged.connect(lambda _value: self.effort_error.hide())
        self.note_label = text_label("heading")
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_HURT_NOTE_LENGTH)
        self.note.setMinimumHeight(44)
        self.note_label.setBuddy(self.note)
        self.save_button = button("primary")
        self.save_button.clicked.connect(self.submit)
        self.note.returnPressed.connect(self.submit)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        for widget in (
            self.title,
            self.intro,
            self.pain,
            self.effort_question,
            self.effort,
            self.effort_error,
            self.note_label,
            self.note,
        ):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def clear(self) -> None:
        self.pain.set_value(None)
        self.pain.clear_error()
        self.effort.set_value(None)
        self.effort_error.hide()
        self.note.clear()

    def submit(self) -> None:
        pain, effort = self.pain.value(), self.effort.value()
        if pain is None:
            self.pain.show_error(self.tr("Choose a number from 0 to 10 for the pain during the session."))
            return
        if effort is None:
            message = self.tr("Choose how hard the session felt.")
            self.effort_error.setText(message)
            self.effort_error.show()
            self.effort.focus_button().setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self.effort_error, message)
            return
        self.answered.emit(pain, Effort(str(effort)), self.note.text())

    def retranslate(self) -> None:
        self.title.setText(self.tr("How did it go?"))
        self.intro.setText(
            self.tr("Three short questions. Your answers decide what happens next time, and the reason is shown.")
        )
        self.pain.set_question(self.tr("How much did it hurt during the session?"))
        self.effort_question.setText(self.tr("How hard did the session feel?"))
        texts = [self.tr("Light"), self.tr("Just right"), self.tr("Hard"), self.tr("Too hard")]
        self.effort.set_texts(texts, texts, self.tr("How hard did the session feel?"))
        self.note_label.setText(self.tr("Did anything hurt? (you may leave this empty)"))
        self.note.setAccessibleName(self.tr("Did anything hurt?"))
        self.note.setPlaceholderText(self.tr("For example: the right knee on the step"))
        self.save_button.setText(self.tr("Save my answers"))


class SessionSummary(QWidget):
    """What was done, and what changes next time if the pain is back to usual tomorrow."""

    go_home = Signal()
    open_lesson = Signal(str)  # slug

    def __init__(self) -> None:
        super().__init__()
        self.too_painful_pressed = False  # set by the player when "too painful" was pressed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.title = text_label("title")
        self.done_text = text_label()
        self.done_list = text_label()
        next_card, next_layout = card()
        self.next_heading = text_label("heading")
        self.next_text = text_label()
        self.pain_advice = text_label("warning")
        next_layout.addWidget(self.next_heading)
        next_layout.addWidget(self.next_text)
        next_layout.addWidget(self.pain_advice)
        self.pain_lesson_button = button()
        self.pain_lesson_button.clicked.connect(lambda: self.open_lesson.emit("pain-during-exercise"))
        next_layout.addWidget(self.pain_lesson_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.home_button = button("primary")
        self.home_button.clicked.connect(self.go_home)
        row = QHBoxLayout()
        row.addWidget(self.home_button)
        row.addStretch(1)
        for widget in (self.title, self.done_text, self.done_list, next_card):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addStretch(1)
        self._done: list[str] = []
        self._skipped: list[str] = []
        self._changes: tuple[Change, ...] = ()
        self._pain = 0
        self._language = "sv"

    def show_result(
        self, done: list[str], skipped: list[str], changes: tuple[Change, ...], pain: int, language: str
    ) -> None:
        self._done, self._skipped, self._changes, self._pain, self._language = done, skipped, changes, pain, language
        self.retranslate()

    def retranslate(self) -> None:
        language = self._language
        self.title.setText(self.tr("Well done!") if self._done else self.tr("Thank you for your answers"))
        total = len(self._done) + len(self._skipped)
        if not self._done:
            self.done_text.setText(self.tr("You did not finish any exercise this time. That is all right."))
        else:
            self.done_text.setText(
                self.tr("You did %1 of %2 exercises:").replace("%1", str(len(self._done))).replace("%2", str(total))
            )
        self.done_list.setText("\n".join(f"✓ {exercise_name(item, language)}" for item in self._done))
        self.done_list.setVisible(bool(self._done))
        self.next_heading.setText(self.tr("Next time"))
        stepping_back = [change for change in self._changes if change.kind is ChangeKind.REGRESS]
        stepping_up = [change for change in self._changes if change.kind is ChangeKind.PROGRESS]
        if stepping_back:
            self.next_text.setText(changes_text(stepping_back, language))
        elif stepping_up:
            lead = self.tr("If your pain is back to your usual level tomorrow:")
            self.next_text.setText(f"{lead}\n\n{changes_text(stepping_up, language)}")
        else:
            self.next_text.setText(
                self.tr(
                    "The same exercises at the same doses. The program only makes them harder after a session "
                    "done in full, with pain at 4 or lower, that is back to usual the next day."
                )
            )
        self.pain_advice.setText(
            self.tr(
                "The pain went above 5. Next time will be a little lighter. If the pain has not settled by "
                "tomorrow, rest the joint a day; if it keeps coming back, talk to a physiotherapist."
            )
        )
        self.pain_advice.setVisible(self._pain > HIGH_PAIN)
        self.pain_lesson_button.setText(self.tr("Read the lesson: Pain during exercise"))
        self.pain_lesson_button.setVisible(self._pain > PAIN_LESSON_ABOVE or self.too_painful_pressed)
        self.home_button.setText(self.tr("Back to Home"))

"""The first-run welcome, one thing per step: language, text size, what the program is, your data, your name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.choices import LanguageChoice, TextSizeChoice
from ledhalsa_desktop.ui.profile_form import ProfileForm
from ledhalsa_desktop.ui.widgets import Page, button, card, scrolling, text_label

STEPS = ("language", "text_size", "what_it_does", "your_data", "name")


class WelcomeView(Page):
    finished = Signal()

    def __init__(self, appearance: Appearance) -> None:
        super().__init__()
        self.appearance = appearance
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps, 1)

        self.titles = [text_label("title") for _ in STEPS]
        self.texts = [text_label() for _ in STEPS]
        self.language = LanguageChoice(appearance)
        self.text_size = TextSizeChoice(appearance)
        self.preview = text_label()
        self.does_heading, self.does_not_heading = text_label("heading"), text_label("heading")
        self.does, self.does_not = text_label(), text_label()
        self.profile = ProfileForm(appearance.state, with_norm_fields=False)
        self.profile.name_edit.returnPressed.connect(self.next)
        extras: dict[str, list[QWidget]] = {
            "language": [self.language],
            "text_size": [self.text_size, self._in_card(self.preview)],
            "what_it_does": [self.does_heading, self.does, self.does_not_heading, self.does_not],
            "your_data": [],
            "name": [self.profile],
        }
        for index, step in enumerate(STEPS):
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(56, 40, 56, 24)
            layout.setSpacing(20)
            layout.addWidget(self.titles[index])
            layout.addWidget(self.texts[index])
            for widget in extras[step]:
                layout.addWidget(widget)
            layout.addStretch(1)
            self.steps.addWidget(scrolling(page))

        footer = QWidget()
        footer.setProperty("role", "footer")
        row = QHBoxLayout(footer)
        row.setContentsMargins(56, 12, 56, 24)
        self.back_button = button()
        self.back_button.clicked.connect(self.back)
        keep_place = self.back_button.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.back_button.setSizePolicy(keep_place)
        self.progress = text_label("muted")
        self.next_button = button("primary")
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.progress)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer.addWidget(footer)
        self.go_to(0)

    @staticmethod
    def _in_card(widget: QWidget) -> QWidget:
        frame, layout = card()
        layout.addWidget(widget)
        return frame

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def go_to(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.language.sync()
        self.text_size.sync()
        self.back_button.setVisible(index > 0)
        self.retranslate()

    def next(self) -> None:
        if STEPS[self.step] == "name":
            if not self.profile.save_name():
                return
            self.appearance.state.change_settings(welcome_completed=True)
            self.finished.emit()
            return
        self.go_to(self.step + 1)
        self.next_button.setFocus()

    def back(self) -> None:
        if self.step > 0:
            self.go_to(self.step - 1)
            (self.back_button if self.step > 0 else self.next_button).setFocus()

    def retranslate(self) -> None:
        titles = {
            "language": self.tr("Welcome to Ledhälsa"),
            "text_size": self.tr("Choose a text size"),
            "what_it_does": self.tr("What Ledhälsa does"),
            "your_data": self.tr("Your data stays with you"),
            "name": self.tr("What should we call you?"),
        }
        texts = {
            "language": self.tr("Choose the language you want to use. You can change it later in Settings."),
            "text_size": self.tr("Pick the size that is easiest to read. The whole program changes at once."),
            "what_it_does": self.tr(
                "Ledhälsa is a home exercise program for osteoarthritis of the knee, hip or hand, built on "
                "the same ideas as the exercise programs used in Swedish healthcare."
            ),
            "your_data": self.tr(
                "Everything you enter is saved only on this computer. There is no account, nothing is sent "
                "over the internet, and the program works without a connection. A backup copy is made "
                "automatically, and you can see the copies in Settings."
            ),
            "name": self.tr(
                "If you like, write your first name so that the program can greet you. You can leave it empty."
            ),
        }
        for index, step in enumerate(STEPS):
            self.titles[index].setText(titles[step])
            self.texts[index].setText(texts[step])
        self.preview.setText(self.tr("This is how large the text will be. You can change it at any time in Settings."))
        self.text_size.retranslate()
        self.profile.retranslate()
        self.does_heading.setText(self.tr("It helps you to"))
        self.does.setText(
            self.tr(
                "• exercise regularly at home with clear instructions\n"
                "• start at a gentle level and increase safely, step by step\n"
                "• keep track of your pain and see your progress"
            )
        )
        self.does_not_heading.setText(self.tr("It is not"))
        self.does_not.setText(
            self.tr(
                "• a medical product, and it does not replace a doctor or physiotherapist\n"
                "• a place to seek help: if your symptoms are severe or getting worse, contact healthcare "
                "(in Sweden, call 1177)"
            )
        )
        self.back_button.setText(self.tr("Back"))
        last = self.step == len(STEPS) - 1
        self.next_button.setText(self.tr("Start using Ledhälsa") if last else self.tr("Next"))
        self.progress.setText(self.tr("Step %1 of %2").replace("%1", str(self.step + 1)).replace("%2", str(len(STEPS))))

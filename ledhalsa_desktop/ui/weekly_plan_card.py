"""My program's card for the weekly plan on paper: save it as a PDF or print it, with what happened said below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QFrame

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.ui.flow_layout import wrapping_row
from ledhalsa_desktop.ui.widgets import announce, breakable_path, button, make_card, show_status, text_label


class WeeklyPlanCard(QFrame):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        layout = make_card(self)
        self.heading = text_label("heading")
        self.text = text_label()
        self.save_button = button()
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = button()
        self.print_button.clicked.connect(self.print_plan)
        row = wrapping_row(self.save_button, self.print_button, spacing=10)
        self.status = text_label("success", selectable=True)
        self.status.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def plan(self):  # noqa: ANN201 (WeeklyPlan | None; the PDF module is loaded only when needed)
        from ledhalsa_desktop.ui.weekly_plan_pdf import weekly_plan

        today = self.state.training.today()
        if today is None:
            return None
        name = self.state.profile.display_name
        return weekly_plan(self.state.training, name, today.day, self.state.settings.language)

    def choose_file(self, default: Path) -> Path | None:
        """The file to save to, from the system's save dialog; None when cancelled. Tests replace this."""
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the weekly plan as PDF"), str(default), self.tr("PDF files (*.pdf)")
        )
        return Path(chosen) if chosen else None

    def choose_printer(self):  # noqa: ANN201 (QPrinter | None; QtPrintSupport is loaded only here)
        """A printer set up in the system's print dialog; None when cancelled. Tests replace this."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ledhalsa_desktop.ui.weekly_plan_pdf import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the weekly plan"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def save_pdf(self) -> None:
        from ledhalsa_desktop.ui.weekly_plan_pdf import default_file_name, write_plan_pdf

        plan = self.plan()
        if plan is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = self.choose_file(Path(folder or Path.home()) / default_file_name(plan.first))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_plan_pdf(path, plan)
        except OSError:
            self._problem(
                self.tr("The weekly plan could not be saved there. Choose another folder, such as Documents."),
                self.save_button,
            )
            return
        show_status(self.status, self.tr("The weekly plan is saved: %1").replace("%1", breakable_path(path)))

    def print_plan(self) -> None:
        from ledhalsa_desktop.ui.weekly_plan_pdf import draw_plan

        plan = self.plan()
        if plan is None:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        try:
            draw_plan(printer, plan)
        except OSError:
            self._problem(
                self.tr("The weekly plan could not be printed. Check that the printer is on, and try again."),
                self.print_button,
            )
            return
        show_status(self.status, self.tr("The weekly plan has been sent to the printer."))

    def _problem(self, message: str, control: object) -> None:
        show_status(self.status, message, "error")
        control.setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[attr-defined]
        announce(self.status, message)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your week on paper"))
        self.text.setText(
            self.tr(
                "A plan of this week's training days with your exercises and how much to do, in large print, with "
                "a box to tick for each one. Put it on the fridge door."
            )
        )
        self.save_button.setText(self.tr("Save as PDF"))
        self.save_button.setAccessibleName(self.tr("Save the weekly plan as PDF"))
        self.print_button.setText(self.tr("Print the weekly plan"))
        self.print_button.setAccessibleName(self.print_button.text())

"""The diary's quick entry: today and now to start with, pain 0–10 per joint, and a few optional questions.

What is typed is kept as a draft (debounced) while the person types, so nothing is lost if the program
closes in the middle; the draft comes back when the diary opens. Editing an entry uses the same form; a
half-typed new entry is put aside meanwhile and comes back afterwards. Problems are said next to their
field, and the focus moves to the first one.

The optional questions (ui/diary_details.py) sit below the first screenful, so they are made just after the
diary has painted (`build_details`), or at once when something needs them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.core.catalogue import JOINTS, Joint
from ledhalsa_desktop.core.diary import (
    PROBLEM_FIELD,
    DiaryEntry,
    Field,
    InvalidEntry,
    Medicine,
    Problem,
    Stiffness,
    StoredEntry,
    check_entry,
    tidy_note,
)
from ledhalsa_desktop.ui.diary_details import BLANK_DETAILS, DiaryDetails, enum_or_none, mark_field, row_of
from ledhalsa_desktop.ui.diary_list import bold
from ledhalsa_desktop.ui.diary_texts import (
    date_field_text,
    joint_name,
    pain_missing,
    pain_question,
    parse_date,
    parse_time,
    problem_text,
    relative_day,
    time_text,
)
from ledhalsa_desktop.ui.flow_layout import FlowLayout
from ledhalsa_desktop.ui.pain_scale import PainScale
from ledhalsa_desktop.ui.theme import MIN_TARGET_PX, Colors
from ledhalsa_desktop.ui.widgets import CheckButton, announce, button, check_box, show_status, text_label

DRAFT_DELAY_MS = 800
DRAFT_VERSION = 1
ORDER_DAY, ORDER_TIME, ORDER_PAIN, ORDER_MEDICINE, ORDER_NOTE = 0, 10, 20, 30, 40


@dataclass(frozen=True)
class _Found:
    """A problem to show: where it is in the form, what takes the focus, the field to mark, the message."""

    order: int
    focus: QWidget
    field: QWidget | None
    label: QLabel
    message: str


def _date_or_none(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


class DiaryEntryForm(QWidget):
    """saved(entry_id) after a new entry or a change is stored; acted() on every action that ends an undo;
    problem_shown(widget) when a message is shown and the focus moved to `widget`."""

    saved = Signal(int)
    acted = Signal()
    problem_shown = Signal(QWidget)  # the field that got the focus, for the view to scroll to

    def __init__(self, state: AppState, colors: Colors) -> None:
        super().__init__()
        self.state = state
        self.colors = colors
        self.editing: StoredEntry | None = None
        self.program_joints: tuple[Joint, ...] = ()
        self.scales: dict[Joint, PainScale] = {}  # made when first needed: most people have one or two joints
        self._details: DiaryDetails | None = None
        self._details_data: dict[str, Any] = dict(BLANK_DETAILS)  # what they hold while not yet made
        self._stash: dict[str, Any] | None = None  # a new entry put aside while an old one is edited
        self._undo_data: dict[str, Any] | None = None
        self._filling = False
        self._time_touched = False
        self._draft_kind: str | None = None  # why the draft line shows: "last_time" or "put_aside"
        self._status_kind: str | None = None  # what the status line says: "saved", "flare" or "undone"
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.heading = text_label("heading")
        self.draft_note = text_label("muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.draft_note)

        # the day and the time
        self.day_label = bold(text_label())
        self.previous_day = button()
        self.day_edit = QLineEdit()
        self.day_edit.setProperty("length", "short")
        self.day_edit.setMaxLength(20)
        self.next_day = button()
        self.day_name = text_label()
        self.day_error = text_label("error")
        self.time_label = bold(text_label())
        self.time_edit = QLineEdit()
        self.time_edit.setProperty("length", "short")
        self.time_edit.setMaxLength(8)
        self.time_error = text_label("error")
        when = QWidget()
        when_layout = QVBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.setSpacing(8)
        when_layout.addWidget(self.day_label)
        day_row = QWidget()  # wraps onto two lines at large text rather than scrolling sideways
        day_flow = FlowLayout(day_row, spacing=12)
        for widget in (self.previous_day, self.day_edit, self.next_day):
            day_flow.addWidget(widget)
        when_layout.addWidget(day_row)
        when_layout.addWidget(self.day_name)
        when_layout.addWidget(self.day_error)
        when_layout.addWidget(self.time_label)
        when_layout.addLayout(row_of(self.time_edit))
        when_layout.addWidget(self.time_error)
        layout.addWidget(when)
        self.previous_day.clicked.connect(lambda: self.step_day(-1))
        self.next_day.clicked.connect(lambda: self.step_day(1))
        self.day_edit.textEdited.connect(self._day_typed)
        self.time_edit.textEdited.connect(self._time_typed)

        # which joints (only without a program); the pain scales go right after
        self.joints_label = bold(text_label())
        self.joint_buttons: dict[Joint, CheckButton] = {}
        joints_row = QWidget()  # wraps at large text
        joints_flow = FlowLayout(joints_row, spacing=12)
        for joint in JOINTS:
            choice = check_box()
            choice.toggled.connect(lambda _checked: self._joints_changed())
            self.joint_buttons[joint] = choice
            joints_flow.addWidget(choice)
        self.joints_error = text_label("error")
        self.joints_box = QWidget()
        joints_layout = QVBoxLayout(self.joints_box)
        joints_layout.setContentsMargins(0, 0, 0, 0)
        joints_layout.setSpacing(8)
        joints_layout.addWidget(self.joints_label)
        joints_layout.addWidget(joints_row)
        joints_layout.addWidget(self.joints_error)
        layout.addWidget(self.joints_box)

        # the optional questions, made later
        self.details_box = QWidget()
        self.details_layout = QVBoxLayout(self.details_box)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details_box)

        # saving
        self.save_button = button("primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.status = text_label("success")
        self.undo_text = text_label()
        self.undo_button = button()
        self.undo_button.clicked.connect(self.undo)
        self.undo_box = QWidget()
        undo_layout = QVBoxLayout(self.undo_box)  # the button right under what it undoes
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.setSpacing(8)
        undo_layout.addWidget(self.undo_text)
        undo_layout.addLayout(row_of(self.undo_button))
        buttons = QWidget()  # "Save the change" and "Cancel the change" side by side, or wrapped at large text
        buttons_flow = FlowLayout(buttons, spacing=12)
        buttons_flow.addWidget(self.save_button)
        buttons_flow.addWidget(self.cancel_button)
        layout.addWidget(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.undo_box)
        for widget in (
            self.draft_note,
            self.day_error,
            self.time_error,
            self.joints_error,
            self.status,
            self.undo_box,
            self.cancel_button,
        ):
            widget.hide()

        self.reset()
        self.retranslate()

    # set-up

    def set_joints(self, program_joints: Sequence[Joint], latest: Sequence[Joint]) -> None:
        """The program's joints are asked about each time; without a program the person chooses (last time's first)."""
        self.program_joints = tuple(program_joints)
        self.joints_box.setVisible(not self.program_joints)
        if not self.program_joints and not any(choice.isChecked() for choice in self.joint_buttons.values()):
            self._filling = True
            for joint in latest:
                self.joint_buttons[joint].setChecked(True)
            self._filling = False
        if self._details is not None:
            self._details.set_program(bool(self.program_joints))
        self._show_scales()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        if self._details is not None:
            self._details.set_colors(colors)

    @property
    def details(self) -> DiaryDetails:
        """The optional questions, made now if they were not yet."""
        if self._details is None:
            details = DiaryDetails(self.colors)
            details.has_program = bool(self.program_joints)
            details.retranslate()
            details.set_values(self._details_data)
            details.changed.connect(self._changed)
            self.details_layout.addWidget(details)
            self._details = details
        return self._details

    def build_details(self) -> None:
        """Make the optional questions (the diary calls this just after it has painted)."""
        self.details  # noqa: B018 (made on first use)

    def _details_values(self) -> dict[str, Any]:
        return self._details.values() if self._details is not None else dict(self._details_data)

    def _set_details(self, data: dict[str, Any]) -> None:
        values = {key: data.get(key, blank) for key, blank in BLANK_DETAILS.items()}
        if self._details is None:
            self._details_data = values
        else:
            self._details.set_values(values)

    # what is shown

    def shown_joints(self) -> tuple[Joint, ...]:
        if self.program_joints:
            joints = list(self.program_joints)
        else:
            joints = [joint for joint in JOINTS if self.joint_buttons[joint].isChecked()]
        if self.editing is not None:  # an old entry may name a joint the program does not
            joints += [joint for joint in self.editing.entry.joints if joint not in joints]
        return tuple(joints)

    def scale(self, joint: Joint) -> PainScale:
        if joint not in self.scales:
            scale = PainScale(pain_question(joint))
            scale.valueChanged.connect(lambda _value: self._changed())
            scale.hide()
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.details_box), scale)
            self.scales[joint] = scale
        return self.scales[joint]

    def _show_scales(self) -> None:
        shown = self.shown_joints()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        first = layout.indexOf(self.joints_box) + 1
        for position, joint in enumerate(shown):  # in the order asked: the program's first joint first
            scale = self.scale(joint)
            if layout.indexOf(scale) != first + position:
                layout.removeWidget(scale)
                layout.insertWidget(first + position, scale)
        for joint, scale in self.scales.items():
            scale.setVisible(joint in shown)
            if joint not in shown:
                scale.clear_error()

    def day(self) -> date | None:
        return parse_date(self.day_edit.text())

    def is_blank(self) -> bool:
        """Nothing answered yet (the day and time alone are not something typed)."""
        details = self._details_values()
        return (
            all(scale.value() is None for scale in self.scales.values())
            and details["stiffness"] is None
            and details["sleep"] is None
            and details["medicine"] == Medicine.NONE.value
            and not details["medicine_note"].strip()
            and not details["flare"]
            and not details["note"].strip()
        )

    # the draft

    def data(self) -> dict[str, Any]:
        """The form as it stands, for the draft (JSON)."""
        day = self.day()
        return {
            "version": DRAFT_VERSION,
            "editing": self.editing.id if self.editing is not None else None,
            "day": day.isoformat() if day is not None else None,
            "day_text": "" if day is not None else self.day_edit.text(),
            "time": self.time_edit.text(),
            "time_touched": self._time_touched,
            "joints": [joint.value for joint in JOINTS if self.joint_buttons[joint].isChecked()],
            "pains": {joint.value: scale.value() for joint, scale in self.scales.items() if scale.value() is not None},
            **self._details_values(),
            "stash": self._stash,
        }

    def restore(self, data: dict[str, Any], editing: StoredEntry | None = None) -> None:
        """Fill the form from data() (a draft); `editing` is the stored entry the draft was changing, if any."""
        self._filling = True
        try:
            self.editing = editing
            day = _date_or_none(data.get("day"))
            text = date_field_text(day) if day is not None else str(data.get("day_text") or "")
            self.day_edit.setText(text or date_field_text(self.state.diary_today()))
            self._time_touched = bool(data.get("time_touched"))
            self.time_edit.setText(str(data.get("time") or time_text(self._now().time())))
            chosen = {str(name) for name in data.get("joints") or []}
            for joint, choice in self.joint_buttons.items():
                choice.setChecked(joint.value in chosen)
            pains = data.get("pains") or {}
            for joint in JOINTS:
                value = pains.get(joint.value)
                value = value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10 else None
                if value is not None or joint in self.scales:
                    self.scale(joint).set_value(value)
            self._set_details(data)
            stash = data.get("stash")
            self._stash = stash if isinstance(stash, dict) else None
        finally:
            self._filling = False
        self.clear_errors()
        self._after_fill()

    def restore_draft(self, data: dict[str, Any], editing: StoredEntry | None) -> None:
        """The draft from the last time, with a line saying so."""
        self.restore(data, editing)
        self._show_draft_note("last_time")

    def save_draft(self) -> None:
        """Keep what is typed (or forget the draft when nothing is)."""
        self._draft_timer.stop()
        if self.editing is None and self.is_blank() and self._stash is None:
            self.state.clear_diary_draft()
        else:
            self.state.save_diary_draft(self.data())

    def flush_draft(self) -> None:
        """Save a waiting draft now (when the diary is left or the program closes)."""
        if self._draft_timer.isActive():
            self.save_draft()

    # changing

    def _changed(self, error: QLabel | None = None) -> None:
        if self._filling:
            return
        if error is not None:
            error.hide()
        show_status(self.status, "")
        self._draft_timer.start()

    def _joints_changed(self) -> None:
        if self._filling:
            return
        self.joints_error.hide()
        self._show_scales()
        self._changed()

    def _day_typed(self, _text: str) -> None:
        mark_field(self.day_edit, "")
        self.day_error.hide()
        self._show_day_name()
        self._changed()

    def _time_typed(self, _text: str) -> None:
        self._time_touched = True
        mark_field(self.time_edit, "")
        self.time_error.hide()
        self._changed()

    def step_day(self, direction: int) -> None:
        """One day back or on; never past today, which is said next to the date."""
        today = self.state.diary_today()
        wanted = (self.day() or today) + timedelta(days=direction)
        if wanted > today:
            message = problem_text(Problem.FUTURE_DAY)
            self._problems([_Found(ORDER_DAY, self.next_day, self.day_edit, self.day_error, message)])
            return
        self.day_edit.setText(date_field_text(wanted))
        mark_field(self.day_edit, "")
        self.day_error.hide()
        self._show_day_name()
        self._changed()

    def _show_day_name(self) -> None:
        day = self.day()
        self.day_name.setText(relative_day(day, self.state.diary_today()) if day is not None else "")
        self.day_name.setVisible(day is not None)
        error = not self.day_error.isHidden()
        self.day_edit.setAccessibleDescription(self.day_error.text() if error else self.day_name.text())

    # saving

    def entry(self, today: date) -> tuple[DiaryEntry, list[_Found]]:
        """The entry the form describes, and what the form itself finds missing or unreadable."""
        found: list[_Found] = []
        day = self.day()
        if day is None:
            message = self.tr("Write the date like this: %1. Or use the buttons.").replace("%1", date_field_text(today))
            found.append(_Found(ORDER_DAY, self.day_edit, self.day_edit, self.day_error, message))
        moment = parse_time(self.time_edit.text())
        if moment is None:
            message = self.tr("Write the time in hours and minutes, for example 08:30.")
            found.append(_Found(ORDER_TIME, self.time_edit, self.time_edit, self.time_error, message))
        joints = self.shown_joints()
        if not joints:
            message = problem_text(Problem.NO_PAIN)
            found.append(_Found(ORDER_PAIN, self.joint_buttons[JOINTS[0]], None, self.joints_error, message))
        for index, joint in enumerate(joints):
            scale = self.scale(joint)
            if scale.value() is None:
                focus = scale.choices.focus_button()
                found.append(_Found(ORDER_PAIN + index, focus, None, scale.error, pain_missing(joint)))
        details = self._details_values()
        medicine = enum_or_none(Medicine, details["medicine"]) or Medicine.NONE
        entry = DiaryEntry(
            day=day or today,
            time=moment or time(0, 0),
            pains={joint: value for joint in joints if (value := self.scale(joint).value()) is not None},
            stiffness=enum_or_none(Stiffness, details["stiffness"]),
            sleep_disturbed=details["sleep"],
            medicine=medicine,
            medicine_note=details["medicine_note"] if medicine is Medicine.OTHER else "",
            flare=bool(details["flare"]),
            note=details["note"],
        )
        return entry, found

    def save(self) -> None:
        self.acted.emit()
        self.clear_errors()
        today = self.state.diary_today()
        entry, found = self.entry(today)
        told = {item.order // 10 * 10 for item in found}  # what the form found already, core need not repeat
        found += [item for item in self._field_problems(check_entry(entry, today), entry) if item.order not in told]
        if found:
            self._problems(found)
            return
        try:
            if self.editing is not None:
                self.state.update_diary_entry(self.editing.id, entry)
                entry_id = self.editing.id
            else:
                entry_id = self.state.save_diary_entry(entry)
        except InvalidEntry as refused:
            self._problems(self._field_problems(refused.problems, entry))
            return
        self._finish()
        self._status_kind = "flare" if entry.flare and self._flare_running() else "saved"
        show_status(self.status, self._status_text())
        self.saved.emit(entry_id)

    def _field_problems(self, problems: Sequence[Problem], entry: DiaryEntry) -> list[_Found]:
        found: list[_Found] = []
        for problem in problems:
            field = PROBLEM_FIELD[problem]
            message = problem_text(problem, note_length=len(tidy_note(entry.note)))
            if field is Field.DAY:
                found.append(_Found(ORDER_DAY, self.day_edit, self.day_edit, self.day_error, message))
            elif field is Field.PAIN:
                shown = self.shown_joints()
                target = self.scale(shown[0]).choices.focus_button() if shown else self.joint_buttons[JOINTS[0]]
                found.append(_Found(ORDER_PAIN, target, None, self.joints_error, message))
            elif field is Field.MEDICINE:
                details = self.details
                note = details.medicine_note
                found.append(_Found(ORDER_MEDICINE, note, note, details.medicine_error, message))
            else:
                details = self.details
                found.append(_Found(ORDER_NOTE, details.note, details.note, details.note_error, message))
        return found

    def _problems(self, found: Sequence[_Found]) -> None:
        """Show each message under its field, mark the field, and move the focus to the first in the form."""
        ordered = sorted(found, key=lambda item: item.order)
        for item in ordered:
            item.label.setText(item.message)
            item.label.show()
            if item.field is not None:
                mark_field(item.field, item.message)
        first = ordered[0]
        if first.field is None:
            first.focus.setAccessibleDescription(first.message)
        first.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(first.focus, first.message)
        self.problem_shown.emit(first.focus)

    def clear_errors(self) -> None:
        for label in (self.day_error, self.time_error, self.joints_error):
            label.hide()
        for scale in self.scales.values():
            scale.clear_error()
        for field in (self.day_edit, self.time_edit):
            mark_field(field, "")
        if self._details is not None:
            self._details.clear_errors()
        self._show_day_name()

    def _flare_running(self) -> bool:
        if not self.program_joints:
            return False
        today = self.state.training.today()
        return today is not None and today.flare is not None

    def _finish(self) -> None:
        """After saving: back to a new entry, or to the one put aside while editing."""
        stash = self._stash
        self.editing = None
        self._stash = None
        if stash is not None:
            self.restore({**stash, "stash": None})
            self._show_draft_note("put_aside")
            self.save_draft()
        else:
            self.reset()
            self.state.clear_diary_draft()

    # editing and undo

    def edit(self, stored: StoredEntry) -> None:
        """Open an entry in the form; a new entry half typed is put aside and comes back afterwards."""
        self.acted.emit()
        stash = self._stash
        if self.editing is None and not self.is_blank():
            stash = {**self.data(), "stash": None}
        entry = stored.entry
        self.restore(
            {
                "day": entry.day.isoformat(),
                "time": time_text(entry.time),
                "time_touched": True,
                "joints": [joint.value for joint in entry.joints] if not self.program_joints else [],
                "pains": {joint.value: pain for joint, pain in entry.pains.items()},
                "stiffness": entry.stiffness.value if entry.stiffness is not None else None,
                "sleep": entry.sleep_disturbed,
                "medicine": entry.medicine.value,
                "medicine_note": entry.medicine_note,
                "flare": entry.flare,
                "note": entry.note,
                "stash": stash,
            },
            stored,
        )
        self._show_draft_note(None)
        self.save_draft()

    def cancel_edit(self) -> None:
        """Stop changing the entry (it stays as it was saved); Undo brings the changes back."""
        self.acted.emit()
        before = self.data()
        before_editing = self.editing
        self._finish()
        self._undo_data = {"data": before, "editing": before_editing}
        self.undo_text.setText(self.tr("Your changes were not saved. The entry is as it was."))
        self.undo_box.show()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.undo_button, self.undo_text.text())

    def undo(self) -> None:
        undo = self._undo_data
        self.clear_undo()
        if undo is None:
            return
        self.restore(undo["data"], undo["editing"])
        self.save_draft()
        self.day_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._status_kind = "undone"
        show_status(self.status, self._status_text())

    def clear_undo(self) -> None:
        self._undo_data = None
        self.undo_box.hide()

    def reset(self) -> None:
        """A new, empty entry for today and now; the joints chosen last time stay chosen."""
        self._filling = True
        try:
            self.editing = None
            self.day_edit.setText(date_field_text(self.state.diary_today()))
            self.time_edit.setText(time_text(self._now().time()))
            self._time_touched = False
            for scale in self.scales.values():
                scale.set_value(None)
            self._set_details(BLANK_DETAILS)
        finally:
            self._filling = False
        self._show_draft_note(None)
        self.clear_errors()
        self._after_fill()

    def refresh_defaults(self) -> None:
        """When the diary is shown again: a blank new entry moves on to today and now."""
        if self.editing is None and self.is_blank() and self._stash is None and not self._time_touched:
            self._filling = True
            self.day_edit.setText(date_field_text(self.state.diary_today()))
            self.time_edit.setText(time_text(self._now().time()))
            self._filling = False
            self._show_day_name()

    def _now(self) -> datetime:
        return self.state.local_now()

    def _after_fill(self) -> None:
        self._show_scales()
        self._show_day_name()
        self._editing_texts()

    def focus_first_question(self) -> None:
        shown = self.shown_joints()
        if shown:
            self.scale(shown[0]).choices.focus_button().setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.joint_buttons[JOINTS[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    # words

    def _show_draft_note(self, kind: str | None) -> None:
        self._draft_kind = kind
        if kind == "last_time":
            self.draft_note.setText(
                self.tr("What you started to write last time is still here. Save it when you are done.")
            )
        elif kind == "put_aside":
            self.draft_note.setText(self.tr("What you had started to write before is back here."))
        self.draft_note.setVisible(kind is not None)

    def _status_text(self) -> str:
        if self._status_kind == "flare":
            return self.tr("Saved. Your program is lighter until the flare is over.")
        if self._status_kind == "undone":
            return self.tr("Your changes are back in the form.")
        return self.tr("Saved")

    def _editing_texts(self) -> None:
        if self.editing is not None:
            when = relative_day(self.editing.entry.day, self.state.diary_today(), in_sentence=True)
            self.heading.setText(self.tr("Change the entry from %1").replace("%1", when))
            self.save_button.setText(self.tr("Save the change"))
        else:
            self.heading.setText(self.tr("How much pain do you have today?"))
            self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.cancel_button.setVisible(self.editing is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_fields)
        super().changeEvent(event)

    def _fit_fields(self) -> None:
        """The date and time fields wide enough for what is typed in them, at any text size."""
        metrics = self.day_edit.fontMetrics()
        sample = date_field_text(date(2027, 12, 28))
        self.day_edit.setMinimumWidth(metrics.horizontalAdvance(sample + "MM") + 2 * MIN_TARGET_PX // 2)
        self.time_edit.setMinimumWidth(metrics.horizontalAdvance("00:00MM") + MIN_TARGET_PX)

    def retranslate(self) -> None:
        day = self.day()
        if day is not None and self.day_edit.text() != date_field_text(day):  # the date as the new language writes it
            self._filling = True
            self.day_edit.setText(date_field_text(day))
            self._filling = False
        self._fit_fields()
        self._editing_texts()
        self._show_draft_note(self._draft_kind)
        self.day_label.setText(self.tr("Day"))
        self.previous_day.setText(self.tr("− Day before"))
        self.previous_day.setAccessibleName(self.tr("The day before"))
        self.next_day.setText(self.tr("Day after +"))
        self.next_day.setAccessibleName(self.tr("The day after"))
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.time_label.setText(self.tr("Time"))
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setPlaceholderText(self.tr("for example 08:30"))
        self.joints_label.setText(self.tr("Which joint do you want to write about? Choose one or more."))
        for joint, choice in self.joint_buttons.items():
            choice.setText(joint_name(joint))
        for joint, scale in self.scales.items():
            scale.set_question(pain_question(joint))
        self.cancel_button.setText(self.tr("Cancel the change"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: bring back the changes"))
        if self.status.isVisible():
            self.status.setText(self._status_text())
        self._show_day_name()

"""The pain diary: the quick entry, messages next to their fields, edit, delete with undo, the week list, the
chart's ranges and summary, the draft, and names in both languages; on a fake calendar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from ledhalsa_desktop import content
from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.core.assessment import Difficulty, JointChoice, Side, questions_for
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.diary import DiaryEntry, Granularity, Medicine, Stiffness
from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.devtools.fake_calendar import FixedCalendar
from ledhalsa_desktop.storage import diary_records
from ledhalsa_desktop.storage.sqlite_file import connect
from ledhalsa_desktop.training import Training
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.diary_view import DiaryView
from ledhalsa_desktop.ui.pain_chart import PainSeries, chart_texts, paint_pain_chart
from ledhalsa_desktop.ui.theme import THEMES
from ledhalsa_desktop.ui.widgets import scrolling
from tests.program.test_training import knee_assessment

TODAY = date(2027, 11, 25)  # a Thursday in week 47
Made = tuple[DiaryView, AppState, FixedCalendar]


@pytest.fixture
def make_view(qtbot, make_state) -> Iterator[Callable[..., Made]]:  # noqa: ANN001
    states: list[AppState] = []
    areas: list[QScrollArea] = []

    def make(
        language: str = "en",
        *,
        program: tuple[Joint, ...] = (),
        entries: tuple[DiaryEntry, ...] = (),
        text_scale: int = 100,
        theme: Theme = Theme.NORMAL,
        state: AppState | None = None,
        calendar: FixedCalendar | None = None,
    ) -> Made:
        if state is None:
            state = make_state(language=language, text_scale=text_scale, theme=theme, welcome_completed=True)
            states.append(state)
            calendar = FixedCalendar(TODAY)
            state._training = Training(state.db_path, state.database, content.catalogue, calendar.now, calendar.today)
            state.local_now = lambda: datetime.combine(calendar.day, time(9, 30)).astimezone()  # type: ignore[method-assign]
            if program:
                joints = tuple(JointChoice(joint, Side.BOTH) for joint in program)
                answers = dict.fromkeys(questions_for(program), Difficulty.MODERATE)
                stored = state.save_assessment(
                    knee_assessment(TODAY - timedelta(days=60), joints=joints, answers=answers, pain_last_week=6)
                )
                calendar.day = TODAY - timedelta(days=60)
                state.training.start_program(stored, (0, 2, 4))
                calendar.day = TODAY
                state.training.forget()
            insert_entries(state.db_path, entries)
        assert calendar is not None
        appearance = Appearance(state)
        appearance.apply()
        view = DiaryView(appearance)
        area = scrolling(view)
        qtbot.addWidget(area)
        areas.append(area)
        area.resize(1030, 720)
        area.show()
        qtbot.waitExposed(area)
        area.activateWindow()
        qtbot.waitUntil(area.isActiveWindow)
        settle(view)
        return view, state, calendar

    yield make
    for state in states:
        state.close()


def insert_entries(db_path: Path, entries: tuple[DiaryEntry, ...]) -> None:
    """Entries written straight into the file in one transaction (saving them one by one is slow)."""
    conn = connect(db_path)
    try:
        conn.execute("BEGIN")
        for entry in entries:
            cursor = conn.execute(
                "INSERT INTO diary_entry (day, time, recorded_utc, updated_utc, medicine, medicine_note, flare, note)"
                " VALUES (?, ?, 'x', 'x', ?, ?, ?, ?)",
                (
                    entry.day.isoformat(),
                    entry.time.strftime("%H:%M"),
                    entry.medicine.value,
                    entry.medicine_note,
                    entry.flare,
                    entry.note,
                ),
            )
            conn.executemany(
                "INSERT INTO diary_pain VALUES (?, ?, ?)",
                [(cursor.lastrowid, joint.value, pain) for joint, pain in entry.pains.items()],
            )
        conn.execute("COMMIT")
    finally:
        conn.close()


def settle(view: DiaryView) -> None:
    """What is made after the first paint (the optional questions, the list's rows), made now."""
    QApplication.processEvents()
    view.form.build_details()
    view.list.release()
    view.list.build_all()
    QApplication.processEvents()


def stored(state: AppState) -> list[DiaryEntry]:
    with diary_records.reading(state.db_path) as conn:
        return [item.entry for item in diary_records.read_entries(conn, date(2000, 1, 1), TODAY)]


def controls_in(view: DiaryView) -> list[QWidget]:
    return [widget for kind in (QAbstractButton, QLineEdit, QPlainTextEdit) for widget in view.findChildren(kind)]


def click(qtbot, widget: QAbstractButton) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def an_entry(day: date = TODAY, pain: int = 5, **changes: object) -> DiaryEntry:
    values: dict[str, object] = {"day": day, "time": time(8, 0), "pains": {Joint.KNEE: pain}}
    values.update(changes)
    return DiaryEntry(**values)  # type: ignore[arg-type]


def test_a_quick_entry_for_today_and_now(make_view, qtbot) -> None:
    view, state, _ = make_view(program=(Joint.KNEE, Joint.HIP))
    form = view.form
    assert form.heading.text() == "How much pain do you have today?"
    assert form.day_edit.text() == "25/11/2027" and form.day_name.text() == "Today, Thursday 25 November"
    assert form.time_edit.text() == "09:30"
    assert form.joints_box.isHidden()  # the program's joints are asked, knee first
    assert form.shown_joints() == (Joint.KNEE, Joint.HIP)
    assert form.scales[Joint.KNEE].question.text() == "How much does your knee hurt?"
    click(qtbot, form.scales[Joint.KNEE].buttons[6])
    click(qtbot, form.scales[Joint.HIP].buttons[3])
    details = form.details
    click(qtbot, details.stiffness.buttons[1])
    click(qtbot, details.sleep.buttons[0])
    click(qtbot, details.medicine.buttons[1])
    details.note.setFocus()
    details.note.insertPlainText("Promenad  till affären.")  # QTest types ASCII only
    assert form.save_button.height() >= 56
    click(qtbot, form.save_button)
    assert stored(state) == [
        DiaryEntry(
            TODAY,
            time(9, 30),
            {Joint.KNEE: 6, Joint.HIP: 3},
            Stiffness.MILD,
            True,
            Medicine.PARACETAMOL,
            "",
            False,
            "Promenad till affären.",
        )
    ]
    assert form.status.isVisible() and form.status.text() == "Saved"
    assert form.scales[Joint.KNEE].value() is None and form.details.note.toPlainText() == ""  # ready for the next
    assert state.load_diary_draft() is None
    settle(view)
    (row,) = view.list.rows.values()
    assert row.when == "Thursday 25 November at 09:30"
    assert row.text.text() == (
        "Pain: knee 6, hip 3\nA little stiff. The pain disturbed my sleep. Took paracetamol.\nPromenad till affären."
    )


def test_several_entries_a_day_are_fine(make_view, qtbot) -> None:
    view, state, calendar = make_view(program=(Joint.KNEE,))
    for pain in (4, 7):
        click(qtbot, view.form.scales[Joint.KNEE].buttons[pain])
        click(qtbot, view.form.save_button)
    assert sorted(entry.pains[Joint.KNEE] for entry in stored(state)) == [4, 7]


def test_without_a_program_it_asks_which_joint(make_view, qtbot) -> None:
    view, state, _ = make_view()
    form = view.form
    assert form.joints_box.isVisible() and form.shown_joints() == ()
    click(qtbot, form.save_button)
    assert form.joints_error.isVisible()
    assert form.joints_error.text() == "Choose at least one joint and how much it hurts."
    assert form.joint_buttons[Joint.KNEE].hasFocus()
    click(qtbot, form.joint_buttons[Joint.HAND])
    assert form.joints_error.isHidden() and form.scales[Joint.HAND].isVisible()
    click(qtbot, form.save_button)
    scale = form.scales[Joint.HAND]
    assert scale.error.isVisible() and scale.error.text() == "Choose how much your hand hurts, from 0 to 10."
    assert scale.choices.focus_button().hasFocus()
    assert stored(state) == []
    click(qtbot, scale.buttons[2])
    click(qtbot, form.save_button)
    assert [entry.pains for entry in stored(state)] == [{Joint.HAND: 2}]
    view.refresh()  # the next time, the same joint is chosen already
    assert form.joint_buttons[Joint.HAND].isChecked() and form.shown_joints() == (Joint.HAND,)


def test_never_the_future_said_next_to_the_date(make_view, qtbot) -> None:
    view, state, _ = make_view(program=(Joint.KNEE,))
    form = view.form
    click(qtbot, form.next_day)
    assert form.day_edit.text() == "25/11/2027"
    assert form.day_error.isVisible()
    assert form.day_error.text() == "That day has not come yet. Choose today or an earlier day."
    assert form.next_day.hasFocus()
    form.day_edit.setText("26/11/2027")
    click(qtbot, form.scales[Joint.KNEE].buttons[4])
    click(qtbot, form.save_button)
    assert form.day_error.isVisible() and form.day_edit.hasFocus()
    assert form.day_edit.accessibleDescription() == form.day_error.text()
    assert stored(state) == []


def test_an_earlier_day_with_the_buttons_or_typed(make_view, qtbot) -> None:
    view, state, _ = make_view(program=(Joint.KNEE,))
    form = view.form
    click(qtbot, form.previous_day)
    assert form.day_name.text() == "Yesterday, Wednesday 24 November"
    click(qtbot, form.previous_day)
    assert form.day_edit.text() == "23/11/2027" and form.day_name.text() == "Tuesday 23 November"
    click(qtbot, form.scales[Joint.KNEE].buttons[5])
    click(qtbot, form.save_button)
    form.day_edit.clear()
    qtbot.keyClicks(form.day_edit, "2027-11-01")
    form.time_edit.setText("7.05")
    click(qtbot, form.scales[Joint.KNEE].buttons[3])
    click(qtbot, form.save_button)
    assert [(entry.day, entry.time) for entry in stored(state)] == [
        (date(2027, 11, 23), time(9, 30)),
        (date(2027, 11, 1), time(7, 5)),
    ]


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("day_edit", "the 3rd", "Write the date like this: 25/11/2027. Or use the buttons."),
        ("time_edit", "25:00", "Write the time in hours and minutes, for example 08:30."),
    ],
)
def test_what_cannot_be_read_is_said_next_to_the_field(make_view, qtbot, field: str, text: str, message: str) -> None:
    view, state, _ = make_view(program=(Joint.KNEE,))
    edit = getattr(view.form, field)
    edit.setText(text)
    click(qtbot, view.form.scales[Joint.KNEE].buttons[5])
    click(qtbot, view.form.save_button)
    error = view.form.day_error if field == "day_edit" else view.form.time_error
    assert error.isVisible() and error.text() == message
    assert edit.hasFocus() and edit.property("invalid") == "true"
    assert stored(state) == []


def test_a_long_note_is_refused_next_to_it(make_view, qtbot) -> None:
    view, state, _ = make_view(program=(Joint.KNEE,))
    details = view.form.details
    details.note.setPlainText("x" * 1005)
    assert details.note_count.text() == "1,005 of 1,000 characters"
    click(qtbot, view.form.scales[Joint.KNEE].buttons[5])
    click(qtbot, view.form.save_button)
    assert details.note_error.isVisible()
    assert (
        details.note_error.text() == "The note can be at most 1,000 characters. It is 1,005 now: shorten it a little."
    )
    assert details.note.hasFocus()
    assert stored(state) == []


def test_something_else_for_the_pain_with_a_text(make_view, qtbot) -> None:
    view, state, _ = make_view(program=(Joint.KNEE,))
    details = view.form.details
    assert details.medicine.value() is Medicine.NONE and details.medicine_note_box.isHidden()
    click(qtbot, details.medicine.buttons[3])
    assert details.medicine_note_box.isVisible()
    qtbot.keyClicks(details.medicine_note, "Voltaren gel")
    click(qtbot, view.form.scales[Joint.KNEE].buttons[5])
    click(qtbot, view.form.save_button)
    (entry,) = stored(state)
    assert (entry.medicine, entry.medicine_note) == (Medicine.OTHER, "Voltaren gel")
    settle(view)
    assert "Took: Voltaren gel." in next(iter(view.list.rows.values())).text.text()


def test_a_flare_pauses_the_program(make_view, qtbot) -> None:
    view, state, _ = make_view(program=(Joint.KNEE,))
    click(qtbot, view.form.scales[Joint.KNEE].buttons[8])
    click(qtbot, view.form.details.flare)
    click(qtbot, view.form.save_button)
    assert stored(state)[0].flare
    assert state.training.today().flare is not None
    assert view.form.status.text() == "Saved. Your program is lighter until the flare is over."


def test_an_entry_is_changed_in_the_form(make_view, qtbot) -> None:
    entries = (an_entry(TODAY - timedelta(days=1), 7, note="Ont"), an_entry(TODAY, 3))
    view, state, _ = make_view(program=(Joint.KNEE,), entries=entries)
    row = next(row for row in view.list.rows.values() if row.stored.entry.day == TODAY - timedelta(days=1))
    assert row.edit_button.accessibleName() == "Change the entry from Wednesday 24 November at 08:00"
    click(qtbot, row.edit_button)
    form = view.form
    assert form.heading.text() == "Change the entry from yesterday, Wednesday 24 November"
    assert form.save_button.text() == "Save the change" and form.cancel_button.isVisible()
    assert form.scales[Joint.KNEE].value() == 7 and form.details.note.toPlainText() == "Ont"
    assert form.day_edit.hasFocus()
    click(qtbot, form.scales[Joint.KNEE].buttons[4])
    click(qtbot, form.save_button)
    assert sorted((entry.day, entry.pains[Joint.KNEE]) for entry in stored(state)) == [
        (TODAY - timedelta(days=1), 4),
        (TODAY, 3),
    ]
    assert form.editing is None and form.heading.text() == "How much pain do you have today?"
    assert form.cancel_button.isHidden()


def test_a_new_entry_half_typed_waits_while_another_is_changed(make_view, qtbot) -> None:
    view, state, _ = make_view(program=(Joint.KNEE,), entries=(an_entry(TODAY - timedelta(days=3), 7),))
    click(qtbot, view.form.scales[Joint.KNEE].buttons[2])
    view.form.details.note.insertPlainText("Halvvägs")
    click(qtbot, next(iter(view.list.rows.values())).edit_button)
    assert view.form.scales[Joint.KNEE].value() == 7
    assert state.load_diary_draft().data["stash"]["note"] == "Halvvägs"  # kept even if the program closes now
    click(qtbot, view.form.save_button)
    assert view.form.editing is None
    assert view.form.scales[Joint.KNEE].value() == 2 and view.form.details.note.toPlainText() == "Halvvägs"
    assert view.form.draft_note.isVisible()
    assert view.form.draft_note.text() == "What you had started to write before is back here."


def test_cancelling_a_change_can_be_undone(make_view, qtbot) -> None:
    view, state, _ = make_view(program=(Joint.KNEE,), entries=(an_entry(TODAY, 7),))
    click(qtbot, next(iter(view.list.rows.values())).edit_button)
    click(qtbot, view.form.scales[Joint.KNEE].buttons[1])
    click(qtbot, view.form.cancel_button)
    assert view.form.editing is None and view.form.scales[Joint.KNEE].value() is None
    assert view.form.undo_box.isVisible() and view.form.undo_button.hasFocus()
    assert view.form.undo_text.text() == "Your changes were not saved. The entry is as it was."
    click(qtbot, view.form.undo_button)
    assert view.form.editing is not None and view.form.scales[Joint.KNEE].value() == 1
    assert view.form.undo_box.isHidden()
    assert stored(state)[0].pains == {Joint.KNEE: 7}


def test_delete_asks_nothing_and_undo_stays_until_the_next_action(make_view, qtbot) -> None:
    entries = (an_entry(TODAY - timedelta(days=1), 6), an_entry(TODAY, 3))
    view, state, _ = make_view(program=(Joint.KNEE,), entries=entries)
    first = next(row for row in view.list.rows.values() if row.stored.entry.day == TODAY)
    gone = first.stored
    click(qtbot, first.delete_button)
    assert [entry.pains[Joint.KNEE] for entry in stored(state)] == [6]
    deleted = view.list.deleted_row
    assert deleted is not None and deleted.isVisible()
    assert deleted.text.text() == "The entry from Thursday 25 November at 08:00 is deleted."
    assert deleted.undo_button.text() == "Undo" and deleted.undo_button.hasFocus()
    view.refresh()  # the list is read again (say after the window was away): the undo stays
    assert view.list.undo_button() is not None
    click(qtbot, view.list.undo_button())
    assert sorted(entry.pains[Joint.KNEE] for entry in stored(state)) == [3, 6]
    assert view.list.deleted_row is None and gone.id in view.list.rows
    assert view.list.rows[gone.id].edit_button.hasFocus()
    # delete again, then do something else: the chance to undo goes
    click(qtbot, view.list.rows[gone.id].delete_button)
    assert view.list.deleted_row is not None
    click(qtbot, view.form.scales[Joint.KNEE].buttons[2])
    click(qtbot, view.form.save_button)
    settle(view)
    assert view.list.deleted_row is None


def test_entries_are_grouped_by_week_newest_first(make_view) -> None:
    days = [TODAY, TODAY - timedelta(days=3), TODAY - timedelta(days=4), TODAY - timedelta(days=12)]
    view, _, _ = make_view(program=(Joint.KNEE,), entries=tuple(an_entry(day) for day in days))
    headings = [
        label.text() for label in view.list.weeks.findChildren(type(view.title)) if label.text().startswith("Week ")
    ]
    assert headings == ["Week 47, 22–28 November", "Week 46, 15–21 November", "Week 45, 8–14 November"]
    assert [row.stored.entry.day for row in view.list.rows.values()] == days


def test_a_week_across_two_months_and_years(make_view) -> None:
    from ledhalsa_desktop.core.diary import week_of
    from ledhalsa_desktop.ui.diary_texts import week_heading

    make_view()
    assert week_heading(week_of(date(2027, 12, 1)), TODAY) == "Week 48, 29 November – 5 December"
    assert week_heading(week_of(date(2026, 12, 30)), TODAY) == "Week 53, 28 December 2026 – 3 January 2027"


def test_only_the_latest_weeks_are_loaded_and_older_on_request(make_view, qtbot) -> None:
    entries = tuple(an_entry(TODAY - timedelta(weeks=weeks)) for weeks in range(10))
    view, _, _ = make_view(program=(Joint.KNEE,), entries=entries)
    assert len(view.entries) == 4 and view.list.older_button.isVisible()
    click(qtbot, view.list.older_button)
    settle(view)
    assert len(view.entries) == 8 and view.list.older_button.isVisible()
    click(qtbot, view.list.older_button)
    settle(view)
    assert len(view.entries) == 10 and view.list.older_button.isHidden()


def a_month_of_knee_pain() -> tuple[DiaryEntry, ...]:
    """Pain 6 the first week of the 4, then 5, then 4 in the last week; hand pain 3 on two days."""
    start = TODAY - timedelta(days=27)
    entries = []
    for offset in range(28):
        day = start + timedelta(days=offset)
        pain = 6 if offset < 7 else 4 if offset >= 21 else 5
        entries.append(an_entry(day, pain))
    entries += [DiaryEntry(TODAY, time(12, 0), {Joint.HAND: 3}), DiaryEntry(TODAY, time(13, 0), {Joint.HAND: 4})]
    return tuple(entries)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "The pain in your knee has gone from an average of 6 to 4 over the last 4 weeks. "
            "The pain in your hand has averaged 4 over the last 4 weeks.",
        ),
        (
            "sv",
            "Din smärta i knät har gått från i snitt 6 till 4 de senaste 4 veckorna. "
            "Din smärta i handen har i snitt varit 4 de senaste 4 veckorna.",
        ),
    ],
)
def test_the_summary_sentence_is_the_charts_description(make_view, language: str, sentence: str) -> None:
    view, _, _ = make_view(language, program=(Joint.KNEE,), entries=a_month_of_knee_pain())
    assert view.summary.text() == sentence
    assert view.chart.accessibleDescription() == sentence
    assert view.chart.accessibleName() == ("Pain chart" if language == "en" else "Smärtkurva")


def test_the_ranges_use_daily_weekly_and_monthly_values(make_view, qtbot) -> None:
    old = tuple(an_entry(TODAY - timedelta(days=days), 8) for days in (400, 300, 200))
    view, _, _ = make_view(program=(Joint.KNEE,), entries=a_month_of_knee_pain() + old)
    options = view.chart.chart_options()
    assert (options.start, options.granularity) == (TODAY - timedelta(days=27), Granularity.DAY)
    assert options.reference == 6  # the pain the week before the start assessment
    assert len(view.chart.series[0].points) == 28
    click(qtbot, view.ranges.buttons[1])
    options = view.chart.chart_options()
    assert (options.start, options.granularity) == (TODAY - timedelta(days=83), Granularity.WEEK)
    assert view.summary.text().endswith("over the last 12 weeks.")
    click(qtbot, view.ranges.buttons[2])
    options = view.chart.chart_options()
    assert (options.start, options.granularity) == (TODAY - timedelta(days=400), Granularity.WEEK)
    assert view.summary.text().startswith("The pain in your knee has gone from an average of 8 to 4 since ")
    assert view.summary.text().endswith(
        "since 21 October 2026. The pain in your hand has averaged 4 since 21 October 2026."
    )


def test_session_days_are_marked(make_view) -> None:
    from tests.program.test_training import run_session

    view, state, calendar = make_view(program=(Joint.KNEE,))
    calendar.day = TODAY - timedelta(days=3)
    run_session(state.training)
    calendar.day = TODAY
    view.refresh()
    assert view.chart.chart_options().session_days == (TODAY - timedelta(days=3),)


@pytest.mark.parametrize("count", [0, 1, 60])
def test_the_chart_paints_with_no_one_or_many_points(qapp, tmp_path: Path, count: int) -> None:
    from ledhalsa_desktop.ui.pain_chart import ChartOptions

    start = TODAY - timedelta(days=59)
    series = [PainSeries(Joint.KNEE, tuple((start + timedelta(days=i), (i % 11) * 1.0) for i in range(count)))]
    for theme in Theme:
        options = ChartOptions(
            start,
            TODAY,
            Granularity.WEEK,
            THEMES[theme],
            QApplication.font(),
            chart_texts(Granularity.WEEK),
            session_days=(start, TODAY),
            reference=5,
        )
        image = QImage(900, 420, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        paint_pain_chart(painter, QRectF(image.rect()), series, options)
        painter.end()
        colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 420, 7)}
        assert len(colours) > 3
    pdf = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(pdf))
    painter = QPainter(writer)
    paint_pain_chart(painter, QRectF(0, 0, writer.width(), writer.height() / 3), series, options)
    painter.end()
    assert pdf.stat().st_size > 1000


def test_the_draft_survives_a_restart(make_view, qtbot) -> None:
    view, state, calendar = make_view(program=(Joint.KNEE,))
    click(qtbot, view.form.previous_day)
    click(qtbot, view.form.scales[Joint.KNEE].buttons[7])
    view.form.details.note.insertPlainText("Vaknade av värken")
    qtbot.waitUntil(lambda: state.load_diary_draft() is not None, timeout=3000)  # saved while typing
    qtbot.waitUntil(lambda: state.load_diary_draft().data["note"] == "Vaknade av värken", timeout=3000)
    view.parentWidget().parentWidget().close()  # the program closes mid-entry
    again, _, _ = make_view(state=state, calendar=calendar)
    form = again.form
    assert form.draft_note.isVisible()
    assert form.draft_note.text() == "What you started to write last time is still here. Save it when you are done."
    assert form.day_edit.text() == "24/11/2027" and form.scales[Joint.KNEE].value() == 7
    assert form.details.note.toPlainText() == "Vaknade av värken"
    click(qtbot, form.save_button)
    assert state.load_diary_draft() is None and stored(state)[0].note == "Vaknade av värken"


def test_open_quick_entry_puts_the_focus_on_the_first_question(make_view) -> None:
    view, _, _ = make_view(program=(Joint.HIP,), entries=tuple(an_entry(TODAY - timedelta(days=d)) for d in range(9)))
    area = view.parentWidget().parentWidget()
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    view.open_quick_entry()
    assert view.form.scales[Joint.HIP].choices.focus_button().hasFocus()
    assert area.verticalScrollBar().value() < area.verticalScrollBar().maximum()


@pytest.mark.parametrize(
    ("language", "names"),
    [
        (
            "sv",
            (
                "Spara",
                "Dagen före",
                "Ändra anteckningen från torsdag 25 november kl. 08:00",
                "Visa de senaste 12 veckorna",
            ),
        ),
        (
            "en",
            ("Save", "The day before", "Change the entry from Thursday 25 November at 08:00", "Show the last 12 weeks"),
        ),
    ],
)
def test_every_control_has_a_name_in_both_languages(make_view, language: str, names: tuple[str, ...]) -> None:
    view, _, _ = make_view(language, program=(Joint.KNEE,), entries=(an_entry(),))
    controls = [widget for widget in controls_in(view) if widget.isVisibleTo(view)]
    assert len(controls) > 30
    assert all(widget.accessibleName().strip() for widget in controls), [
        type(widget).__name__ for widget in controls if not widget.accessibleName().strip()
    ]
    row = next(iter(view.list.rows.values()))
    assert view.form.save_button.accessibleName() == names[0]
    assert view.form.previous_day.accessibleName() == names[1]
    assert row.edit_button.accessibleName() == names[2]
    assert view.ranges.buttons[1].accessibleName() == names[3]


def test_the_language_switches_at_once(make_view) -> None:
    view, state, _ = make_view("en", program=(Joint.KNEE,), entries=(an_entry(),))
    view.appearance.set_language("sv")
    QApplication.processEvents()
    settle(view)
    assert view.title.text() == "Smärtdagbok"
    assert view.form.heading.text() == "Hur ont har du idag?"
    assert view.form.day_edit.text() == "2027-11-25"
    assert next(iter(view.list.rows.values())).when == "Torsdag 25 november kl. 08:00"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_nothing_is_cut_off_or_too_small_at_200_per_cent_in_the_window(make_window, language: str) -> None:
    """In the window at 1280x720 the navigation takes a good part of the width at 200 %: the page wraps, the
    entries' buttons go under their text, and nothing needs sideways scrolling."""
    window = make_window("diary", language=language, text_scale=200)
    state = window.state
    today = date.today()
    joints = (JointChoice(Joint.KNEE, Side.BOTH), JointChoice(Joint.HIP, Side.LEFT))
    answers = dict.fromkeys(questions_for([Joint.KNEE, Joint.HIP]), Difficulty.MODERATE)
    state.training.start_program(
        state.save_assessment(knee_assessment(today, joints=joints, answers=answers)), (0, 2, 4)
    )
    note = "Lite ont i trappan, antiinflammatoriskt hjälpte"
    insert_entries(state.db_path, tuple(an_entry(today - timedelta(days=d), note=note) for d in range(4)))
    view = window.view("diary")
    view.refresh()
    settle(view)
    view.form.details.medicine.set_value(Medicine.OTHER)  # shows the medicine text field too
    view.edit_entry(next(iter(view.list.rows.values())).stored)  # shows "Cancel the change" too
    settle(view)
    area = window.areas["diary"]
    assert area.horizontalScrollBar().maximum() == 0
    assert view.list.stacked
    for widget in controls_in(view):
        if widget.isVisibleTo(view) and not isinstance(widget, QPlainTextEdit):
            name = widget.accessibleName()
            assert widget.width() >= 44 and widget.height() >= 44, name
            if isinstance(widget, QAbstractButton):
                assert widget.width() >= widget.sizeHint().width() - 1, name
            assert widget.mapTo(view, widget.rect().topRight()).x() <= area.viewport().width(), name
    edit = view.form.day_edit
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.text())


def test_tab_goes_through_the_page_as_it_reads(make_view, qtbot) -> None:
    """Parts made after the first paint (optional questions, rows) still come in reading order."""
    entries = tuple(an_entry(TODAY - timedelta(weeks=weeks)) for weeks in range(6))
    view, _, _ = make_view(program=(Joint.KNEE,), entries=entries)
    view.form.previous_day.setFocus()
    names = [view.form.previous_day.accessibleName()]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if not view.isAncestorOf(focus):
            break
        names.append(focus.accessibleName())
    assert names[:12] == [
        "The day before",
        "Day",
        "The day after",
        "Time",
        "0, no pain",
        "Not stiff",
        "Yes",
        "No",
        "I have a flare",
        "Note",
        "Save",
        "Show the last 4 weeks",
    ]
    rows = list(view.list.rows.values())
    assert names[12:-1] == [
        name for row in rows for name in (row.edit_button.accessibleName(), row.delete_button.accessibleName())
    ]
    assert names[-1] == "Show older entries"

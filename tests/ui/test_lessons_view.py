"""The lessons view: the list, reading a lesson, links, read marks, reading aloud, and where lessons are offered."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget

from ledhalsa_desktop import content
from ledhalsa_desktop.core.lessons import slug_of_url
from ledhalsa_desktop.ui.after_session import SessionSummary
from ledhalsa_desktop.ui.assessment_steps import RedFlagStopPage
from ledhalsa_desktop.ui.lesson_suggestion_card import week_key
from ledhalsa_desktop.ui.lesson_text import lesson_links, render_markdown
from tests.ui.test_accessibility import accessible_name

A_TUESDAY = date(2026, 11, 24)


def read_in_database(window) -> set[str]:  # noqa: ANN001
    from ledhalsa_desktop.storage.notices import read_lessons

    return read_lessons(window.state.database())


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_lesson_renders_and_its_links_lead_to_lessons(qapp, language: str) -> None:
    lessons = content.lessons(language)
    slugs = {lesson.slug for lesson in lessons}
    for lesson in lessons:
        document = QTextDocument()
        render_markdown(document, lesson.markdown)
        assert document.toPlainText().startswith(lesson.title)
        assert "lesson:" not in document.toPlainText() and "**" not in document.toPlainText()
        links = [slug_of_url(url) for url in lesson_links(document)]
        assert set(links) == set(lesson.links) and set(links) <= slugs, lesson.file_name


def test_the_list_shows_each_lesson_and_opens_it(make_window) -> None:
    window = make_window(first_view="lessons", language="sv")
    view = window.view("lessons")
    assert len(view.rows) == len(content.lessons("sv"))
    assert accessible_name(view.rows[0]).startswith("1. Vad är artros?")
    view.rows[2].click()
    assert view.current == "pain-during-exercise"
    assert view.reader.isVisible() and not view.list_page.isVisible()
    assert view.reader.text.plain_text().startswith("Smärta när du tränar")
    assert view.reader.text.hasFocus()
    view.reader.next_button.click()
    assert view.current == "common-myths"
    view.reader.back_button.click()
    assert view.list_page.isVisible() and view.rows[3].hasFocus()


def test_a_link_in_a_lesson_opens_the_lesson_it_names(make_window) -> None:
    window = make_window(language="en")
    window.open_lesson("pain-during-exercise")
    view = window.view("lessons")
    assert window.current_view() == "lessons"
    view.reader.text.anchorClicked.emit(QUrl("lesson:when-to-contact-healthcare"))
    assert view.current == "when-to-contact-healthcare"
    assert view.reader.text.plain_text().startswith("When to contact healthcare")
    view.reader.text.anchorClicked.emit(QUrl("https://example.com"))
    assert view.current == "when-to-contact-healthcare"


def test_marking_a_lesson_read_is_kept_and_can_be_undone(make_window) -> None:
    window = make_window(first_view="lessons", language="sv")
    view = window.view("lessons")
    view.open_lesson("why-exercise-works")
    view.reader.mark_button.click()
    assert read_in_database(window) == {"why-exercise-works"}
    assert view.reader.mark_button.text() == "Markera som oläst"
    view.reader.back_button.click()
    assert view.rows[1].status.text() == "✓ Läst"
    assert "Läst" in accessible_name(view.rows[1])
    assert view.count_text.text() == "Du har läst 1 av 9 lektioner."

    again = make_window(first_view="lessons", language="sv")
    assert again.view("lessons").rows[1].status.text() == "✓ Läst"
    view.open_lesson("why-exercise-works")
    view.reader.mark_button.click()
    assert read_in_database(window) == set()


def test_read_aloud_is_offered_only_where_there_is_a_voice(make_window, qtbot) -> None:
    swedish = make_window(language="sv")  # the test voice (Qt's mock) has English but no Swedish
    swedish.open_lesson("flares-and-sleep")
    assert not swedish.view("lessons").reader.read_aloud_button.isVisible()

    window = make_window(language="en")
    window.open_lesson("flares-and-sleep")
    reader = window.view("lessons").reader
    assert reader.read_aloud_button.isVisible()
    reader.read_aloud_button.click()
    assert reader.read_aloud_button.text() == "Stop reading"
    assert window.voice.spoken[-1].startswith("Flares and sleep")
    reader.read_aloud_button.click()
    assert reader.read_aloud_button.text() == "Read aloud"
    reader.read_aloud_button.click()
    reader.back_button.click()  # leaving the lesson stops the reading
    assert not reader.reading_aloud
    window.open_lesson("flares-and-sleep")
    reader.read_aloud_button.click()
    window.show_view("home")  # and so does leaving the view
    assert not reader.reading_aloud and reader.read_aloud_button.text() == "Read aloud"


def test_home_suggests_the_next_unread_lesson_once_a_week(make_window) -> None:
    window = make_window(first_view="home", language="en")
    home = window.view("home")
    card = home.lesson_card
    card.today = lambda: A_TUESDAY
    card.refresh()
    assert card.isVisible() and card.lesson_title.text() == "What is osteoarthritis?"
    card.later_button.click()
    assert not card.isVisible()
    card.refresh()
    assert not card.isVisible(), "put off for this week"

    card.today = lambda: date(2026, 12, 1)
    card.refresh()
    assert card.isVisible() and card.lesson_title.text() == "What is osteoarthritis?"
    card.read_button.click()
    assert window.current_view() == "lessons"
    assert window.view("lessons").current == "what-is-osteoarthritis"
    window.view("lessons").reader.mark_button.click()
    window.show_view("home")
    assert not card.isVisible(), "opened this week"

    card.today = lambda: date(2026, 12, 8)
    card.refresh()
    assert card.lesson_title.text() == "Why exercise helps"
    assert week_key(A_TUESDAY) == "2026-W48" and week_key(date(2027, 1, 1)) == "2026-W53"


def test_after_a_painful_session_the_summary_offers_the_pain_lesson(qtbot) -> None:
    summary = SessionSummary()
    qtbot.addWidget(summary)
    summary.show()
    summary.show_result(["sit_to_stand"], [], (), 3, "en")
    assert not summary.pain_lesson_button.isVisible()
    summary.show_result(["sit_to_stand"], [], (), 5, "en")
    assert summary.pain_lesson_button.isVisible()
    summary.too_painful_pressed = True
    summary.show_result(["sit_to_stand"], [], (), 1, "en")
    assert summary.pain_lesson_button.isVisible()
    with qtbot.waitSignal(summary.open_lesson) as opened:
        summary.pain_lesson_button.click()
    assert opened.args == ["pain-during-exercise"]


def test_the_red_flag_stop_page_offers_the_lesson_on_when_to_contact_healthcare(qtbot) -> None:
    page = RedFlagStopPage()
    qtbot.addWidget(page)
    page.retranslate()
    with qtbot.waitSignal(page.open_lesson) as opened:
        page.lesson_button.click()
    assert opened.args == ["when-to-contact-healthcare"]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_lesson_at_200_per_cent_fits_the_window_with_named_large_buttons(make_window, language: str) -> None:
    window = make_window(language=language, text_scale=200)
    window.open_lesson("exercise-medicine-surgery")
    QApplication.processEvents()
    problems = []
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            problems.append(f"{type(area).__name__} scrolls sideways")
    for widget in window.view("lessons").findChildren(QWidget):
        if isinstance(widget, QPushButton) and widget.isVisible():
            name = accessible_name(widget)
            if not name.strip():
                problems.append(f"{widget.text()!r} has no name")
            if widget.width() < widget.sizeHint().width() - 1 or min(widget.width(), widget.height()) < 44:
                problems.append(f"{name!r} is {widget.width()}x{widget.height()}")
    assert not problems, problems
    text = window.view("lessons").reader.text
    assert text.height() >= text.document().size().height(), "the whole lesson shows, the page scrolls"
    assert accessible_name(text) == text.accessibleName() and text.accessibleName().strip()


def test_the_page_keys_scroll_the_lesson_and_a_language_change_keeps_it_open(make_window, qtbot) -> None:
    window = make_window(language="sv", text_scale=150)
    window.open_lesson("common-myths")
    QApplication.processEvents()
    reader = window.view("lessons").reader
    bar = window.areas["lessons"].verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    qtbot.keyClick(reader.text, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(reader.text, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(reader.text, Qt.Key.Key_Home)
    assert bar.value() == 0

    window.appearance.set_language("en")
    assert window.view("lessons").current == "common-myths"
    assert reader.text.plain_text().startswith("Common myths about osteoarthritis")
    assert reader.back_button.text() == "← Back to the lessons"


def test_the_window_opens_the_lesson_a_page_links_to(make_window) -> None:
    window = make_window(first_view="home", language="en")
    window.start_assessment()
    window.view("assessment").stop_page.lesson_button.click()
    assert (window.current_view(), window.view("lessons").current) == ("lessons", "when-to-contact-healthcare")
    window.view("session").summary.pain_lesson_button.click()
    assert (window.current_view(), window.view("lessons").current) == ("lessons", "pain-during-exercise")

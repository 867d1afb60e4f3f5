"""The lessons: both languages have the same lessons with the same headings, of the right length, linked right."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledhalsa_desktop.core.lessons import (
    MAX_WORDS,
    MIN_WORDS,
    LessonError,
    broken_links,
    count_words,
    differences,
    load_lessons,
    next_unread,
    parse_lesson,
    slug_of_url,
)
from ledhalsa_desktop.paths import lessons_dir

LANGUAGES = ("sv", "en")
EXAMPLE = (
    "# A title\n\nSome words here.\n\n## A heading\n\n- a point\n\nSee [the next](lesson:next-one).\n\n"
    "**Sources:** A 2020."
)


@pytest.fixture(scope="module")
def lessons() -> dict[str, tuple]:
    return {language: load_lessons(lessons_dir(), language) for language in LANGUAGES}


def test_there_are_eight_to_ten_lessons_with_the_same_files_and_headings_in_both_languages(lessons) -> None:
    assert 8 <= len(lessons["sv"]) <= 10
    assert differences(lessons["sv"], lessons["en"]) == []
    assert [lesson.number for lesson in lessons["sv"]] == list(range(1, len(lessons["sv"]) + 1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_lesson_is_short_with_headings_a_list_and_its_sources_last(lessons, language: str) -> None:
    for lesson in lessons[language]:
        assert MIN_WORDS <= lesson.word_count <= MAX_WORDS, (lesson.file_name, lesson.word_count)
        assert len(lesson.headings) >= 3, lesson.file_name
        assert "\n- " in lesson.markdown, f"{lesson.file_name} has no bullet list"
        assert lesson.sources, lesson.file_name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_goes_to_a_lesson_and_the_links_match_across_languages(lessons, language: str) -> None:
    assert broken_links(lessons[language]) == []
    for swedish, english in zip(lessons["sv"], lessons["en"], strict=True):
        assert sorted(swedish.links) == sorted(english.links), swedish.file_name


def test_the_sources_name_only_sources_clinical_md_cites(lessons) -> None:
    cited = ("GLA:D", "OARSI", "Cochrane", "NICE", "1177", "Thomeé", "Ageberg", "Roos", "Rikli", "Fransen", "Bannuru")
    for lesson in (*lessons["sv"], *lessons["en"]):
        for source in lesson.sources.split(";"):
            assert any(name in source for name in cited), (lesson.file_name, source)


def test_next_unread_is_the_first_lesson_not_read(lessons) -> None:
    swedish = lessons["sv"]
    assert next_unread(swedish, set()) == swedish[0]
    assert next_unread(swedish, {swedish[0].slug, swedish[2].slug}) == swedish[1]
    assert next_unread(swedish, {lesson.slug for lesson in swedish}) is None


def test_a_lesson_is_parsed_into_its_parts() -> None:
    lesson = parse_lesson("03-an-example.md", EXAMPLE, "en")
    assert (lesson.number, lesson.slug, lesson.title) == (3, "an-example", "A title")
    assert lesson.headings == ("A heading",)
    assert lesson.links == ("next-one",)
    assert lesson.sources == "A 2020."
    assert lesson.word_count == count_words(EXAMPLE) == 15
    assert broken_links([lesson]) == ["en/03-an-example.md: next-one"]


@pytest.mark.parametrize(
    ("name", "text", "complaint"),
    [
        ("1-short.md", EXAMPLE, "named NN-slug.md"),
        ("01-no-title.md", EXAMPLE.replace("# A title", "A title"), "title"),
        ("01-two-titles.md", EXAMPLE + "\n# Another", "title"),
        ("01-no-sources.md", EXAMPLE.replace("**Sources:** A 2020.", "The end."), "sources"),
        ("01-swedish-label.md", EXAMPLE.replace("Sources", "Källor"), "sources"),
        ("01-web-link.md", EXAMPLE.replace("lesson:next-one", "https://example.com"), "link"),
    ],
)
def test_a_broken_lesson_file_is_named_with_what_is_wrong(name: str, text: str, complaint: str) -> None:
    with pytest.raises(LessonError, match=complaint) as raised:
        parse_lesson(name, text, "en")
    assert name in str(raised.value)


def test_a_missing_language_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LessonError, match="no folder of lessons"):
        load_lessons(tmp_path, "sv")


def test_only_lesson_links_have_a_slug() -> None:
    assert slug_of_url("lesson:flares-and-sleep") == "flares-and-sleep"
    assert slug_of_url("https://1177.se") is None
    assert slug_of_url("lesson:") is None

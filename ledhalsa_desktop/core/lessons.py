"""The short lessons: one Markdown file per lesson and language, `resources/lessons/<language>/NN-slug.md`.

Every language has the same file names. A lesson has one `#` title, `##` headings, and a last line
naming its sources (`**Källor:** …` / `**Sources:** …`). Lessons link to each other as
`[text](lesson:slug)`, where the slug is the file name without its number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SOURCES_LABEL: Mapping[str, str] = {"sv": "Källor", "en": "Sources"}
LINK_SCHEME = "lesson"
MIN_WORDS = 300
MAX_WORDS = 600
WORDS_A_MINUTE = 150  # a calm reading pace

_FILE_NAME = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class LessonError(ValueError):
    """A lesson file that cannot be used, with the file named in the message."""


@dataclass(frozen=True)
class Lesson:
    slug: str
    number: int
    language: str
    title: str
    headings: tuple[str, ...]
    markdown: str
    word_count: int
    links: tuple[str, ...]  # the slugs this lesson links to, in order
    sources: str

    @property
    def file_name(self) -> str:
        return f"{self.number:02d}-{self.slug}.md"

    @property
    def reading_minutes(self) -> int:
        return max(1, -(-self.word_count // WORDS_A_MINUTE))


def lesson_url(slug: str) -> str:
    return f"{LINK_SCHEME}:{slug}"


def slug_of_url(url: str) -> str | None:
    """The slug a `lesson:slug` link points to; None for any other kind of link."""
    scheme, colon, rest = url.partition(":")
    return rest if colon and scheme == LINK_SCHEME and rest else None


def count_words(markdown: str) -> int:
    """The words a reader sees: link targets and Markdown marks are not counted."""
    return len(_WORD.findall(_LINK.sub(r"\1", markdown)))


def parse_lesson(file_name: str, text: str, language: str) -> Lesson:
    found = _FILE_NAME.match(file_name)
    if found is None:
        raise LessonError(f"{file_name}: a lesson file is named NN-slug.md, such as 01-what-is-osteoarthritis.md")
    lines = [line.rstrip() for line in text.strip().splitlines()]
    titles = [line[2:].strip() for line in lines if line.startswith("# ")]
    if len(titles) != 1 or not lines[0].startswith("# "):
        raise LessonError(f"{file_name}: a lesson starts with its title, the only line beginning with '# '")
    label = SOURCES_LABEL.get(language)
    if label is None:
        raise LessonError(f"{file_name}: no lessons are expected in the language {language!r}")
    prefix = f"**{label}:**"
    if not lines[-1].startswith(prefix) or not lines[-1][len(prefix) :].strip():
        raise LessonError(f"{file_name}: the last line names the sources, beginning with '{prefix}'")
    links = []
    for _, url in _LINK.findall(text):
        slug = slug_of_url(url)
        if slug is None:
            raise LessonError(f"{file_name}: a link goes to {url!r}; lessons link only to lessons (lesson:slug)")
        links.append(slug)
    return Lesson(
        slug=found.group(2),
        number=int(found.group(1)),
        language=language,
        title=titles[0],
        headings=tuple(line[3:].strip() for line in lines if line.startswith("## ")),
        markdown=text,
        word_count=count_words(text),
        links=tuple(links),
        sources=lines[-1][len(prefix) :].strip(),
    )


def load_lessons(folder: Path, language: str) -> tuple[Lesson, ...]:
    """Every lesson in `folder/language`, in their numbered order."""
    language_folder = folder / language
    if not language_folder.is_dir():
        raise LessonError(f"{language_folder}: there is no folder of lessons for this language")
    lessons = []
    for path in sorted(language_folder.glob("*.md")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise LessonError(f"{path.name}: could not be read ({error})") from error
        lessons.append(parse_lesson(path.name, text, language))
    numbers = [lesson.number for lesson in lessons]
    if len(set(numbers)) != len(numbers):
        raise LessonError(f"{language_folder}: two lessons have the same number")
    return tuple(lessons)


@cache
def bundled_lessons(folder: Path, language: str) -> tuple[Lesson, ...]:
    """load_lessons, read once per folder and language (the bundled lessons do not change while running)."""
    return load_lessons(folder, language)


def broken_links(lessons: Iterable[Lesson]) -> list[str]:
    """Links to a lesson that does not exist, as 'file: slug'."""
    lessons = tuple(lessons)
    known = {lesson.slug for lesson in lessons}
    return [
        f"{lesson.language}/{lesson.file_name}: {slug}"
        for lesson in lessons
        for slug in lesson.links
        if slug not in known
    ]


def differences(first: Sequence[Lesson], second: Sequence[Lesson]) -> list[str]:
    """Where two languages' lessons do not match: the files, and the number of headings in each lesson."""
    problems = []
    names = [lesson.file_name for lesson in first], [lesson.file_name for lesson in second]
    if names[0] != names[1]:
        problems.append(f"different lesson files: {sorted(set(names[0]) ^ set(names[1]))}")
    for one, other in zip(first, second, strict=False):
        if one.file_name == other.file_name and len(one.headings) != len(other.headings):
            counts = f"{len(one.headings)} in {one.language}, {len(other.headings)} in {other.language}"
            problems.append(f"{one.file_name}: a different number of headings ({counts})")
    return problems


def next_unread(lessons: Sequence[Lesson], read_slugs: Iterable[str]) -> Lesson | None:
    """The first lesson in order that has not been read, or None when every one has."""
    read = set(read_slugs)
    return next((lesson for lesson in lessons if lesson.slug not in read), None)

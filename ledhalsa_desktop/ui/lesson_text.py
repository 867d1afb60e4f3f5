"""A lesson's text: Markdown drawn read-only at the chosen text size, as tall as the text, with generous lines.

The page around it scrolls (one scroll bar for the whole lesson, the buttons at its end), so the arrow and
page keys pressed in the text scroll that page, and a link reached with Tab is scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QFontInfo,
    QKeyEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QSizePolicy, QTextBrowser, QWidget

from ledhalsa_desktop.core.lessons import slug_of_url

LINE_HEIGHT_PERCENT = 150
PARAGRAPH_GAP_EM = 0.6
DOCUMENT_MARGIN_EM = 1.2
HEADING_SIZES = {1: 2, 2: 1, 3: 0}  # Qt's size steps: 2 is 1.5 times the body text, 1 is 1.2 times
SCROLL_KEYS = {
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Down,
    Qt.Key.Key_Up,
    Qt.Key.Key_Space,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


def render_markdown(document: QTextDocument, markdown: str) -> None:
    """Markdown into the document, every block with roomy lines and a gap after it, links underlined."""
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    size = QFontInfo(document.defaultFont()).pointSizeF()
    document.setDocumentMargin(round(size * DOCUMENT_MARGIN_EM))
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        spacing = QTextBlockFormat()
        level = block.blockFormat().headingLevel()
        if level == 0:  # headings keep their own, tighter lines
            spacing.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        elif level > 1:  # a little air before each part
            spacing.setTopMargin(size * PARAGRAPH_GAP_EM)
        spacing.setBottomMargin(size * PARAGRAPH_GAP_EM)
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(spacing)
        if level in HEADING_SIZES:  # near the program's own title and heading sizes, not Qt's larger ones
            heading = QTextCharFormat()
            heading.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZES[level])
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(heading)
        block = block.next()
    underline = QTextCharFormat()
    underline.setFontUnderline(True)
    for start, end in _link_spans(document):
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(underline)


def _link_spans(document: QTextDocument) -> list[tuple[int, int]]:
    spans = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isAnchor():
                spans.append((fragment.position(), fragment.position() + fragment.length()))
            iterator += 1
        block = block.next()
    return spans


def lesson_links(document: QTextDocument) -> list[str]:
    """Every link target in the rendered document, in order."""
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isAnchor() and char_format.anchorHref():
                found.append(char_format.anchorHref())
            iterator += 1
        block = block.next()
    return found


class LessonText(QTextBrowser):
    """The text of one lesson; `lesson_link` carries the slug of a lesson link that was followed."""

    lesson_link = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.anchorClicked.connect(self._follow)
        self.cursorPositionChanged.connect(self._show_cursor)
        self._markdown = ""

    def show_markdown(self, markdown: str) -> None:
        self._markdown = markdown
        render_markdown(self.document(), markdown)
        self._fit_height()

    def plain_text(self) -> str:
        return self.document().toPlainText()

    def _follow(self, url: QUrl) -> None:
        slug = slug_of_url(url.toString())
        if slug is not None:
            self.lesson_link.emit(slug)

    def _fit_height(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        self.setFixedHeight(round(self.document().size().height()) + margins.top() + margins.bottom() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._markdown:
            self.show_markdown(self._markdown)

    def _page(self) -> QAbstractScrollArea | None:
        widget: QWidget | None = self.parentWidget()
        while widget is not None and not isinstance(widget, QAbstractScrollArea):
            widget = widget.parentWidget()
        return widget

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        page = self._page()
        if page is None or event.key() not in SCROLL_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        bar = page.verticalScrollBar()
        line = self.fontMetrics().lineSpacing() * 2
        page_step = max(line, page.viewport().height() - line)
        moves = {
            Qt.Key.Key_PageDown: page_step,
            Qt.Key.Key_Space: page_step,
            Qt.Key.Key_PageUp: -page_step,
            Qt.Key.Key_Down: line,
            Qt.Key.Key_Up: -line,
        }
        if event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            bar.setValue(bar.value() + moves[event.key()])

    def _show_cursor(self) -> None:
        """A link reached with Tab is scrolled into view in the page."""
        page = self._page()
        if page is None or not self.hasFocus() or not self.textCursor().hasSelection():
            return
        inner = page.widget() if hasattr(page, "widget") else None
        if inner is None:
            return
        rect = self.cursorRect()
        point = self.viewport().mapTo(inner, rect.center())
        page.ensureVisible(point.x(), point.y(), 0, rect.height() * 3)

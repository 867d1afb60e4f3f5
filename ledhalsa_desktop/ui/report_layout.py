"""A small page layout for printed documents: headings, paragraphs, tables, bullet lists and drawn pictures,
placed down the page and broken across pages, then drawn with QPainter on any paged device.

Work in points (1/72 inch): `Pages` scales to the device's resolution, so the same layout draws on a PDF
writer, a printer or an image. A table breaks between rows and repeats its heading row; a heading keeps
with what follows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

INK = "#1A1A1A"
MUTED = "#3B3B3B"
ACCENT = "#0A4C78"
RULE = "#8A8579"
SHADE = "#EEF3F7"

WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class Style:
    size: float  # points
    bold: bool = False
    color: str = INK
    space_before: float = 0.0
    space_after: float = 4.0


BODY = Style(10)
SMALL = Style(8.5, color=MUTED)
TITLE = Style(18, bold=True, color=ACCENT, space_after=2)
HEADING = Style(12.5, bold=True, color=ACCENT, space_before=10, space_after=4)
CELL = Style(9, space_after=0)
CELL_HEAD = Style(9, bold=True, space_after=0)

KEEP_TOGETHER_ROWS = 6  # a table this short moves to the next page whole rather than breaking
CELL_PAD = 3.0  # points around the text in a table cell
BULLET_INDENT = 12.0


class Measure:
    """Fonts and text sizes in points for one device."""

    def __init__(self, device: QPaintDevice, family: str) -> None:
        self.device = device
        self.family = family
        self.scale = device.logicalDpiY() / 72.0  # device units per point
        self._fonts: dict[tuple[float, bool], QFont] = {}

    def font(self, style: Style) -> QFont:
        key = (style.size, style.bold)
        if key not in self._fonts:
            font = QFont(self.family)
            font.setPointSizeF(style.size)
            font.setBold(style.bold)
            self._fonts[key] = font
        return self._fonts[key]

    def text_height(self, text: str, style: Style, width: float) -> float:
        """The height in points of `text` wrapped to `width` points."""
        metrics = QFontMetricsF(self.font(style), self.device)
        rect = metrics.boundingRect(QRectF(0, 0, width * self.scale, 1e9), WRAP, text)
        return rect.height() / self.scale

    def text_width(self, text: str, style: Style) -> float:
        metrics = QFontMetricsF(self.font(style), self.device)
        return metrics.horizontalAdvance(text) / self.scale


class Block:
    """Something placed on a page; `pieces` splits it into parts that may go on different pages."""

    keep_with_next = False

    def height(self, m: Measure, width: float) -> float:
        raise NotImplementedError

    def draw(self, painter: QPainter, m: Measure, x: float, y: float, width: float) -> None:
        raise NotImplementedError

    def pieces(self, m: Measure, width: float) -> list[Block]:
        return [self]


@dataclass
class Paragraph(Block):
    text: str
    style: Style = BODY

    def height(self, m: Measure, width: float) -> float:
        if not self.text:
            return 0.0
        return self.style.space_before + m.text_height(self.text, self.style, width) + self.style.space_after

    def draw(self, painter: QPainter, m: Measure, x: float, y: float, width: float) -> None:
        if not self.text:
            return
        text_height = m.text_height(self.text, self.style, width)
        painter.setFont(m.font(self.style))
        painter.setPen(QColor(self.style.color))
        s = m.scale
        painter.drawText(QRectF(x * s, (y + self.style.space_before) * s, width * s, text_height * s), WRAP, self.text)


@dataclass
class Heading(Paragraph):
    style: Style = HEADING
    keep_with_next = True


@dataclass
class Lead(Paragraph):
    """A paragraph that introduces what follows it, and so stays on its page."""

    keep_with_next = True


@dataclass
class Bullet(Block):
    text: str
    style: Style = BODY

    def height(self, m: Measure, width: float) -> float:
        return m.text_height(self.text, self.style, width - BULLET_INDENT) + 2.5

    def draw(self, painter: QPainter, m: Measure, x: float, y: float, width: float) -> None:
        s = m.scale
        painter.setFont(m.font(self.style))
        painter.setPen(QColor(self.style.color))
        painter.drawText(QRectF(x * s, y * s, BULLET_INDENT * s, 40 * s), WRAP, "\u2022")
        height = m.text_height(self.text, self.style, width - BULLET_INDENT)
        rect = QRectF((x + BULLET_INDENT) * s, y * s, (width - BULLET_INDENT) * s, height * s)
        painter.drawText(rect, WRAP, self.text)


@dataclass
class Spacer(Block):
    points: float

    def height(self, m: Measure, width: float) -> float:
        return self.points

    def draw(self, painter: QPainter, m: Measure, x: float, y: float, width: float) -> None:
        pass


@dataclass
class Picture(Block):
    """A drawing of a fixed height: `paint(painter, rect)` draws into the rect in device units."""

    points: float
    paint: Callable[[QPainter, QRectF], None]
    space_after: float = 6.0

    def height(self, m: Measure, width: float) -> float:
        return self.points + self.space_after

    def draw(self, painter: QPainter, m: Measure, x: float, y: float, width: float) -> None:
        s = m.scale
        painter.save()
        self.paint(painter, QRectF(x * s, y * s, width * s, self.points * s))
        painter.restore()


@dataclass
class Table(Block):
    """Rows of cells under a heading row; `widths` are fractions of the width. Breaks between rows, with the
    heading row again at the top of the next page."""

    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    first_column_bold: bool = False
    space_after: float = 6.0
    show_header: bool = True
    bold_columns: tuple[int, ...] = ()
    _heights: dict[float, list[float]] = field(default_factory=dict, repr=False)

    def row_heights(self, m: Measure, width: float) -> list[float]:
        """The heading row's height, then each row's."""
        if width not in self._heights:
            self._heights[width] = [
                self._row_height(m, width, row, head=index == 0) for index, row in enumerate([self.header, *self.rows])
            ]
        return self._heights[width]

    def _cell_style(self, column: int, head: bool) -> Style:
        bold = (self.first_column_bold and column == 0) or column in self.bold_columns
        return CELL_HEAD if head or bold else CELL

    def _row_height(self, m: Measure, width: float, row: Sequence[str], *, head: bool) -> float:
        tallest = max(
            m.text_height(text or " ", self._cell_style(column, head), width * fraction - 2 * CELL_PAD)
            for column, (text, fraction) in enumerate(zip(row, self.widths, strict=True))
        )
        return tallest + 2 * CELL_PAD

    def height(self, m: Measure, width: float) -> float:
        return sum(self.row_heights(m, width)) + self.space_after

    def pieces(self, m: Measure, width: float) -> list[Block]:
        if len(self.rows) <= KEEP_TOGETHER_ROWS:
            return [TableRows(self, 0, len(self.rows), with_header=True)]
        return [TableRows(self, index, index + 1, with_header=index == 0) for index in range(len(self.rows))]

    def draw(self, painter: QPainter, m: Measure, x: float, y: float, width: float) -> None:
        TableRows(self, 0, len(self.rows), with_header=True).draw(painter, m, x, y, width)


@dataclass
class TableRows(Block):
    """Rows `first` to `end` (not included) of a table, with or without its heading row above them."""

    table: Table
    first: int
    end: int
    with_header: bool

    def _shown(self, m: Measure, width: float) -> list[tuple[int, float]]:
        heights = self.table.row_heights(m, width)
        rows = [(0, heights[0])] if self.with_header and self.table.show_header else []
        return rows + [(index + 1, heights[index + 1]) for index in range(self.first, self.end)]

    def height(self, m: Measure, width: float) -> float:
        after = self.table.space_after if self.end == len(self.table.rows) else 0.0
        return sum(height for _, height in self._shown(m, width)) + after

    def draw(self, painter: QPainter, m: Measure, x: float, y: float, width: float) -> None:
        s = m.scale
        table = self.table
        all_rows = [table.header, *table.rows]
        top = y
        for index, row_height in self._shown(m, width):
            head = index == 0
            if head:
                painter.fillRect(QRectF(x * s, top * s, width * s, row_height * s), QColor(SHADE))
            left = x
            for column, (text, fraction) in enumerate(zip(all_rows[index], table.widths, strict=True)):
                style = table._cell_style(column, head)
                painter.setFont(m.font(style))
                painter.setPen(QColor(style.color))
                cell = QRectF(
                    (left + CELL_PAD) * s,
                    (top + CELL_PAD) * s,
                    (width * fraction - 2 * CELL_PAD) * s,
                    (row_height - 2 * CELL_PAD) * s,
                )
                painter.drawText(cell, WRAP, text)
                left += width * fraction
            top += row_height
            painter.setPen(QPen(QColor(RULE), 0.6 * s))
            painter.drawLine(QPointF(x * s, top * s), QPointF((x + width) * s, top * s))


@dataclass(frozen=True)
class Placed:
    block: Block
    y: float


class Pages:
    """Blocks placed on pages `width` points wide with `room` points of height each.

    A block taller than the room left starts a new page; a table goes row by row (its heading row repeated
    at the top of a new page); a heading moves with the block after it.
    """

    def __init__(self, m: Measure, width: float, room: float) -> None:
        self.m = m
        self.width = width
        self.room = room
        self.pages: list[list[Placed]] = [[]]
        self.y = 0.0

    def add(self, blocks: Sequence[Block]) -> list[list[Placed]]:
        for index, block in enumerate(blocks):
            if block.keep_with_next and (index == 0 or not blocks[index - 1].keep_with_next):
                needed = self._kept_height(blocks, index)
                if self.y + needed > self.room and self.y > 0:
                    self._new_page()
            for piece in block.pieces(self.m, self.width):
                self._place(piece)
        return [_joined(page) for page in self.pages]

    def _kept_height(self, blocks: Sequence[Block], index: int) -> float:
        """The height of a run of blocks kept with the next, and of the first piece of the block after them."""
        needed = 0.0
        while index < len(blocks) and blocks[index].keep_with_next:
            needed += blocks[index].height(self.m, self.width)
            index += 1
        if index < len(blocks):
            needed += blocks[index].pieces(self.m, self.width)[0].height(self.m, self.width)
        return needed

    def _place(self, block: Block) -> None:
        height = block.height(self.m, self.width)
        if self.y + height > self.room and self.y > 0:
            self._new_page()
            if isinstance(block, TableRows) and not block.with_header:
                block = TableRows(block.table, block.first, block.end, with_header=True)
                height = block.height(self.m, self.width)
        self.pages[-1].append(Placed(block, self.y))
        self.y += height

    def _new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0


def _joined(placed: Sequence[Placed]) -> list[Placed]:
    """Rows of one table that follow each other on a page, drawn as one piece."""
    joined: list[Placed] = []
    for item in placed:
        last = joined[-1] if joined else None
        block = item.block
        if (
            last is not None
            and isinstance(block, TableRows)
            and isinstance(last.block, TableRows)
            and last.block.table is block.table
            and last.block.end == block.first
            and not block.with_header
        ):
            joined[-1] = Placed(TableRows(block.table, last.block.first, block.end, last.block.with_header), last.y)
        else:
            joined.append(item)
    return joined

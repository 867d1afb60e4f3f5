"""The pain chart: pain over time per joint, with session days and the pain at the start.

The drawing is a plain function, `paint_pain_chart(painter, rect, series, options)`, so the report draws the
same chart on a QPdfWriter; `PainChart` is the widget that paints it in the diary. Sizes are given in pixels
at 96 dpi and scaled to the painter's device, so the chart looks the same on screen and on paper. Each joint
has its own colour and its own marker shape (circle, square, triangle), so colour is never the only clue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.diary import Granularity, PainMean
from ledhalsa_desktop.ui.diary_texts import granularity_caption, joint_name, number, qdate
from ledhalsa_desktop.ui.theme import Colors

PAIN_MAX = 10
GAP_PERIODS = 3  # a line is broken where more than this many periods have no entry
MIN_DAY_PX = 4  # session days are marked when a day is at least this wide


@dataclass(frozen=True)
class PainSeries:
    joint: Joint
    points: tuple[tuple[date, float], ...]  # (the period's first day, mean pain), oldest first


@dataclass(frozen=True)
class ChartTexts:
    pain_axis: str
    session_days: str
    reference: str  # with %1 for the number
    empty: str
    caption: str
    joint_names: dict[Joint, str]


def chart_texts(granularity: Granularity) -> ChartTexts:
    """The chart's words in the current language."""
    return ChartTexts(
        pain_axis=QCoreApplication.translate("PainChart", "Pain, 0 to 10"),
        session_days=QCoreApplication.translate("PainChart", "Training day"),
        reference=QCoreApplication.translate("PainChart", "At the start: %1"),
        empty=QCoreApplication.translate("PainChart", "No diary entries in this period yet."),
        caption=granularity_caption(granularity),
        joint_names={joint: joint_name(joint) for joint in Joint},
    )


@dataclass(frozen=True)
class ChartOptions:
    start: date
    end: date  # inclusive
    granularity: Granularity
    colors: Colors
    font: QFont  # the body font; labels use it as it is, so they follow the text size
    texts: ChartTexts
    session_days: tuple[date, ...] = ()
    reference: float | None = None  # the pain at the start assessment, drawn as a dashed line
    locale: QLocale = field(default_factory=QLocale)


def series_from(rows: Sequence[PainMean], joints: Sequence[Joint] | None = None) -> list[PainSeries]:
    """The rows of one granularity as one series per joint, in the order of `joints` (else knee, hip, hand)."""
    order = list(joints) if joints else []
    order += [joint for joint in Joint if joint not in order]
    by_joint: dict[Joint, list[tuple[date, float]]] = {}
    for row in rows:
        by_joint.setdefault(row.joint, []).append((row.start, row.mean))
    return [PainSeries(joint, tuple(sorted(by_joint[joint]))) for joint in order if joint in by_joint]


def joint_color(joint: Joint, colors: Colors) -> QColor:
    return QColor({Joint.KNEE: colors.primary, Joint.HIP: colors.focus, Joint.HAND: colors.success}[joint])


def _scale(painter: QPainter) -> float:
    """Device pixels per screen pixel: 1 on a normal screen, about 12.5 on a 1200 dpi PDF."""
    return max(1.0, painter.device().logicalDpiY() / 96)


def _marker(painter: QPainter, joint: Joint, center: QPointF, radius: float) -> None:
    if joint is Joint.KNEE:
        painter.drawEllipse(center, radius, radius)
    elif joint is Joint.HIP:
        side = radius * 0.9
        painter.drawRect(QRectF(center.x() - side, center.y() - side, 2 * side, 2 * side))
    else:
        r = radius * 1.2
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(center.x(), center.y() - r),
                    QPointF(center.x() + r * 0.95, center.y() + r * 0.7),
                    QPointF(center.x() - r * 0.95, center.y() + r * 0.7),
                ]
            )
        )


def _period_end(start: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return start + timedelta(days=6)
    if granularity is Granularity.MONTH:
        following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        return following - timedelta(days=1)
    return start


def _x_ticks(start: date, end: date, locale: QLocale) -> list[tuple[date, str]]:
    """Dates to label along the bottom, with their labels, about one every week, month or year."""
    days = (end - start).days + 1
    ticks: list[tuple[date, str]] = []
    if days <= 100:
        step = 7 if days <= 50 else 14
        day = start + timedelta(days=(7 - start.weekday()) % 7)  # the first Monday
        while day <= end:
            ticks.append((day, locale.toString(qdate(day), "d MMM")))
            day += timedelta(days=step)
        return ticks
    if days <= 800:
        month = start.replace(day=1)
        if month < start:
            month = (month + timedelta(days=32)).replace(day=1)
        while month <= end:
            label = locale.toString(qdate(month), "MMM yyyy" if month.month == 1 or not ticks else "MMM")
            ticks.append((month, label))
            month = (month + timedelta(days=32)).replace(day=1)
        return ticks
    year = date(start.year + (0 if start == date(start.year, 1, 1) else 1), 1, 1)
    while year <= end:
        ticks.append((year, locale.toString(year.year).replace(locale.groupSeparator(), "")))
        year = date(year.year + 1, 1, 1)
    return ticks


def _shows_sessions(options: ChartOptions, width: float, unit: float) -> bool:
    """Session days are marked only while each day has room of its own (not over years, where they merge)."""
    days = (options.end - options.start).days + 1
    return bool(options.session_days) and width / days >= MIN_DAY_PX * unit


def _legend(
    series: Sequence[PainSeries], options: ChartOptions, metrics: QFontMetricsF, width: float, unit: float
) -> list[tuple[str, object, float, float, float]]:
    """The legend's items (label, kind, left, top, width) within `width`, wrapping onto more lines."""
    texts = options.texts
    items: list[tuple[str, object]] = [(texts.joint_names[item.joint], item.joint) for item in series]
    if _shows_sessions(options, width, unit):
        items.append((texts.session_days, "sessions"))
    if options.reference is not None:
        items.append((texts.reference.replace("%1", number(round(options.reference, 1))), "reference"))
    line, pad = metrics.height(), 8 * unit
    placed = []
    x = y = 0.0
    for label, kind in items:
        item_width = 2.2 * line + pad + metrics.horizontalAdvance(label) + 3 * pad
        if x > 0 and x + item_width > width:
            x, y = 0.0, y + line * 1.3
        placed.append((label, kind, x, y, item_width))
        x += item_width
    return placed


def _caption_height(metrics: QFontMetricsF, width: float, caption: str) -> float:
    wrap = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRectF(0, 0, width, 100 * metrics.height()), wrap, caption).height() + 2


def chart_height(series: Sequence[PainSeries], options: ChartOptions, width: float, unit: float = 1.0) -> float:
    """The height the chart needs at `width` (screen pixels, or device pixels with `unit` per pixel) for its
    legend, labels and caption with a plot of at least eight lines of text or 220 px between them."""
    metrics = QFontMetricsF(options.font)
    line = metrics.height() * unit
    pad = 8 * unit
    inner = width - 2 * pad
    placed = _legend(series, options, metrics, inner / unit, 1.0)
    legend = (max(top for *_, top, _ in placed) * unit + line * 1.5) if placed else 0.0
    caption = _caption_height(metrics, inner / unit, options.texts.caption) * unit
    plot = max(8 * line, 220 * unit)
    return 2 * pad + legend + line * 1.2 + line / 2 + plot + line * 1.4 + caption


def paint_pain_chart(painter: QPainter, rect: QRectF, series: Sequence[PainSeries], options: ChartOptions) -> None:
    """Draws the chart into `rect`: a legend on top, the pain axis 0–10, the dates along the bottom, a caption.

    Works on any paint device (a widget, an image, a QPdfWriter): sizes follow the device's resolution and
    the font's point size.
    """
    colors, texts, locale = options.colors, options.texts, options.locale
    unit = _scale(painter)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(options.font)
    metrics = QFontMetricsF(options.font, painter.device())
    line = metrics.height()
    pad = 8 * unit
    text_color, muted, border = QColor(colors.text), QColor(colors.muted_text), QColor(colors.border)

    painter.fillRect(rect, QColor(colors.surface))
    area = rect.adjusted(pad, pad, -pad, -pad)

    # legend: the joints shown, then the session days and the start, wrapping onto more lines when narrow
    marker_radius = max(line * 0.22, 5 * unit)
    total_days = (options.end - options.start).days + 1
    show_sessions = _shows_sessions(options, area.width(), unit)
    placed = _legend(series, options, metrics, area.width(), unit)
    sample = 2.2 * line
    y = area.top()
    for label, kind, left, row_top, width in placed:
        x, y = area.left() + left, area.top() + row_top
        middle = QPointF(x + sample / 2, y + line / 2)
        if isinstance(kind, Joint):
            color = joint_color(kind, colors)
            painter.setPen(QPen(color, 3 * unit))
            painter.drawLine(QPointF(x, middle.y()), QPointF(x + sample, middle.y()))
            painter.setBrush(color)
            painter.setPen(QPen(QColor(colors.surface), 1.5 * unit))
            _marker(painter, kind, middle, marker_radius)
        elif kind == "sessions":
            painter.setPen(QPen(text_color, 3 * unit))
            painter.drawLine(QPointF(middle.x(), y + line * 0.1), QPointF(middle.x(), y + line * 0.9))
        else:
            painter.setPen(QPen(text_color, 2 * unit, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, middle.y()), QPointF(x + sample, middle.y()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(text_color)
        painter.drawText(
            QRectF(x + sample + pad, y, width, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
        )
    top = y + (line * 1.5 if placed else 0)

    # the pain axis title above the numbers, and the caption under the dates
    painter.setPen(text_color)
    painter.drawText(QRectF(area.left(), top, area.width(), line), Qt.AlignmentFlag.AlignLeft, texts.pain_axis)
    top += line * 1.2
    caption_height = _caption_height(metrics, area.width(), texts.caption)
    bottom = area.bottom() - caption_height - line * 1.4
    label_width = metrics.horizontalAdvance(number(PAIN_MAX)) + pad
    plot = QRectF(area.left() + label_width + pad, top + line / 2, 0, 0)
    plot.setRight(area.right() - line)
    plot.setBottom(max(plot.top() + 4 * line, bottom))

    def y_of(pain: float) -> float:
        return plot.bottom() - pain / PAIN_MAX * plot.height()

    def x_of(day: date, *, middle: bool = True) -> float:
        offset = (day - options.start).days + (0.5 if middle else 0)
        return plot.left() + offset / total_days * plot.width()

    # grid and pain numbers
    for pain in range(0, PAIN_MAX + 1, 2):
        y_line = y_of(pain)
        painter.setPen(QPen(border, (1.5 if pain == 0 else 0.6) * unit, Qt.PenStyle.SolidLine))
        painter.drawLine(QPointF(plot.left(), y_line), QPointF(plot.right(), y_line))
        painter.setPen(text_color)
        painter.drawText(
            QRectF(area.left(), y_line - line / 2, label_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            number(pain),
        )
    painter.setPen(QPen(border, 1.5 * unit))
    painter.drawLine(plot.topLeft(), plot.bottomLeft())

    # dates, as many as fit without touching
    ticks = _x_ticks(options.start, options.end, locale)
    widest = max((metrics.horizontalAdvance(label) for _, label in ticks), default=0) + 2 * pad
    every = 1
    while ticks and every < len(ticks) and len(ticks) / every * widest > plot.width():
        every += 1
    for day, label in ticks[::every]:
        x_tick = x_of(day, middle=False)
        painter.setPen(QPen(border, 1.5 * unit))
        painter.drawLine(QPointF(x_tick, plot.bottom()), QPointF(x_tick, plot.bottom() + pad))
        painter.setPen(text_color)
        box = QRectF(x_tick - widest / 2, plot.bottom() + pad, widest, line)
        if box.right() > area.right():
            box.moveRight(area.right())
        if box.left() < plot.left() - pad:  # clear of the pain numbers
            box.moveLeft(plot.left() - pad)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
    painter.setPen(muted)
    painter.drawText(
        QRectF(area.left(), area.bottom() - caption_height, area.width(), caption_height),
        Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
        texts.caption,
    )

    # session days as short marks standing on the bottom line
    if show_sessions:
        painter.setPen(QPen(text_color, 2.5 * unit))
        mark = min(line * 0.7, plot.height() / 8)
        for day in options.session_days:
            if options.start <= day <= options.end:
                x_day = x_of(day)
                painter.drawLine(QPointF(x_day, plot.bottom()), QPointF(x_day, plot.bottom() - mark))

    if options.reference is not None:
        painter.setPen(QPen(text_color, 2 * unit, Qt.PenStyle.DashLine))
        y_ref = y_of(options.reference)
        painter.drawLine(QPointF(plot.left(), y_ref), QPointF(plot.right(), y_ref))

    if not any(item.points for item in series):
        painter.setPen(text_color)
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, texts.empty)
        painter.restore()
        return

    # one line and its markers per joint; the line breaks over a long gap
    painter.setClipRect(plot.adjusted(-2 * marker_radius, -2 * marker_radius, 2 * marker_radius, 2 * marker_radius))
    for item in series:
        color = joint_color(item.joint, colors)
        centers: list[tuple[date, QPointF]] = []
        for start, pain in item.points:
            first = max(start, options.start)
            last = min(_period_end(start, options.granularity), options.end)
            offset = ((first - options.start).days + (last - options.start).days + 1) / 2
            centers.append((start, QPointF(plot.left() + offset / total_days * plot.width(), y_of(pain))))
        path = QPainterPath()
        previous: date | None = None
        gap = {Granularity.DAY: 1, Granularity.WEEK: 7, Granularity.MONTH: 31}[options.granularity] * GAP_PERIODS
        for start, center in centers:
            if previous is None or (start - previous).days > gap:
                path.moveTo(center)
            else:
                path.lineTo(center)
            previous = start
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 3 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        painter.setBrush(color)
        painter.setPen(QPen(QColor(colors.surface), 1.5 * unit))
        radius = marker_radius if len(centers) <= 60 else marker_radius * 0.7
        for _, center in centers:
            _marker(painter, item.joint, center, radius)
    painter.restore()


class PainChart(QWidget):
    """The chart in a window; its accessible description is the summary sentence shown beside it."""

    def __init__(self, colors: Colors) -> None:
        super().__init__()
        self.colors = colors
        self.series: list[PainSeries] = []
        self.options: ChartOptions | None = None
        self._start = date.today()
        self._end = self._start
        self._granularity = Granularity.DAY
        self._session_days: tuple[date, ...] = ()
        self._reference: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fit_height()

    def set_data(
        self,
        series: Sequence[PainSeries],
        start: date,
        end: date,
        granularity: Granularity,
        *,
        session_days: Sequence[date] = (),
        reference: float | None = None,
    ) -> None:
        self.series = list(series)
        self._start, self._end, self._granularity = start, end, granularity
        self._session_days = tuple(session_days)
        self._reference = reference
        self._fit_height()
        self.update()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.update()

    def chart_options(self) -> ChartOptions:
        return ChartOptions(
            start=self._start,
            end=self._end,
            granularity=self._granularity,
            colors=self.colors,
            font=self.font(),
            texts=chart_texts(self._granularity),
            session_days=self._session_days,
            reference=self._reference,
        )

    def _fit_height(self) -> None:
        """As tall as the legend, labels and caption need at this width, with room for the plot."""
        needed = round(chart_height(self.series, self.chart_options(), max(self.width(), 200)))
        if needed != self.height():
            self.setFixedHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        if event.size().width() != event.oldSize().width():
            self._fit_height()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(640, self.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()
        if event.type() == QEvent.Type.LanguageChange:
            self._fit_height()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            self.options = self.chart_options()
            paint_pain_chart(painter, QRectF(self.rect()), self.series, self.options)
        finally:
            painter.end()

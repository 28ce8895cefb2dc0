"""A line chart of one history series, drawn with QPainter, with the bands tinted behind it.

QtCharts is not part of PySide6-Essentials, and a chart this plain needs little: tinted
horizontal bands labelled at the right (`band_view`), value and date axes, and the line.
All geometry (the downsampled `QPainterPath`, ticks, band rectangles) is computed when the
series or the size or font changes; `paintEvent` only draws what is cached, so ten years of
daily check-ins repaint in a few milliseconds. Colours come from the palette at paint time,
so light and dark themes (and a theme switch) need nothing more.

The chart is a picture, so it says in words what it shows: its accessible description
gives the latest value, its date, and which way the series moved. The page beside it
shows the same points in a table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import pairwise
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.history.axes import TickUnit, date_ticks, downsample, value_ticks
from desktop.history.band_view import label_column, label_height, paint_bands, place_labels
from desktop.history.history import (
    Direction,
    Point,
    Series,
    trend,
)
from desktop.ui.dates import day_month, month_year, short_date, year_text
from desktop.words import QT_TRANSLATE_NOOP

EMPTY_TEXT: Final = QT_TRANSLATE_NOOP("HistoryChart", "Nothing saved in this range yet.")
_TICK_WORDS: Final[dict[TickUnit, Callable[[date], str]]] = {
    TickUnit.DAY: day_month, TickUnit.MONTH: partial(month_year, short=True),
    TickUnit.YEAR: year_text}
_LINE_PASSES: Final = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0))


def _direction_words(direction: Direction) -> str:
    return {
        Direction.HIGHER: QCoreApplication.translate("HistoryChart", "went up"),
        Direction.LOWER: QCoreApplication.translate("HistoryChart", "went down"),
        Direction.STEADY: QCoreApplication.translate("HistoryChart", "stayed about the same"),
    }[direction]


def days_text(days: int) -> str:
    """How many days a weekly average holds: "1 day", "5 days"."""
    # One sentence per English form, filled by .format(): lupdate marks no plural for a
    # module-level translate(), and Qt finds no plural form in a non-plural entry.
    if days == 1:
        return QCoreApplication.translate("HistoryChart", "1 day")
    return QCoreApplication.translate("HistoryChart", "{count} days").format(count=days)


def note_text(point: Point) -> str:
    """A point's words: its band or scale word (or its days, for a weekly average), and
    for a risk answer a plain statement of it."""
    note = point.note if point.days is None else days_text(point.days)
    if not point.risk:
        return note
    return QCoreApplication.translate(
        "HistoryChart", "{band}; the safety question was answered above 0").format(
            band=note)


def describe(series: Series | None) -> str:
    """The chart in words, for its accessible description and the page's summary.

    The trend sentence quotes the first and latest values and its direction comes from
    those same two values (see `history.trend`), then says which way is better.
    """
    if series is None:
        return QCoreApplication.translate("HistoryChart", "No data is shown.")
    span = QCoreApplication.translate("HistoryChart", "from {start} to {end}").format(
        start=short_date(series.span.start), end=short_date(series.span.end)
    )
    summary = trend(series)
    if summary is None:
        return QCoreApplication.translate("HistoryChart", "{title}: nothing saved {span}.").format(
            title=series.title, span=span
        )
    count = len(series.points)
    latest = summary.latest
    if count == 1:  # one sentence per English form, as in days_text
        entries = QCoreApplication.translate("HistoryChart", "1 entry")
    else:
        entries = QCoreApplication.translate("HistoryChart", "{count} entries").format(
            count=count)
    value = series.value_text(latest.value)
    if note_text(latest):
        with_note = QCoreApplication.translate("HistoryChart", "{value} ({note})")
        value = with_note.format(value=value, note=note_text(latest))
    words = QCoreApplication.translate(
        "HistoryChart", "{title}: {entries} {span}. Latest: {value} on {day}."
    ).format(
        title=series.title, entries=entries, span=span, value=value, day=short_date(latest.day)
    )
    if summary.direction is not None:
        moved = QCoreApplication.translate(
            "HistoryChart", "Over this range it {moved}, from {first} to {latest}."
        )
        words += " " + moved.format(
            moved=_direction_words(summary.direction),
            first=series.value_text(summary.first.value),
            latest=series.value_text(latest.value),
        )
        if series.higher_is_better is True:
            words += " " + QCoreApplication.translate(
                "HistoryChart", "Higher is better on this scale."
            )
        elif series.higher_is_better is False:
            words += " " + QCoreApplication.translate(
                "HistoryChart", "Lower is better on this scale."
            )
    risky = sum(p.risk for p in series.points)
    if risky == 1:  # one sentence per English form, as in days_text
        words += " " + QCoreApplication.translate(
            "HistoryChart", "In 1 of these results the safety question was answered above 0 "
            "(marked with a ring). If you feel that way now, call or text 988, or open your "
            "safety plan.")
    elif risky:
        words += " " + QCoreApplication.translate(
            "HistoryChart", "In {count} of these results the safety question was answered "
            "above 0 (marked with a ring). If you feel that way now, call or text 988, or open "
            "your safety plan.").format(count=risky)
    return words


@dataclass
class _Geometry:
    """Everything paintEvent draws, in widget coordinates."""

    plot: QRectF = field(default_factory=QRectF)
    # Each band's rectangle, its word, and where the word goes (None: it cannot be shown).
    bands: list[tuple[QRectF, str, QRectF | None]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    path: QPainterPath = field(default_factory=QPainterPath)
    markers: list[QPointF] = field(default_factory=list)
    risk_markers: list[QPointF] = field(default_factory=list)  # always drawn, ringed
    latest: QPointF | None = None


class HistoryChart(QWidget):
    """One series over time; `set_series(None)` shows nothing (and forgets the data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: Series | None = None
        self._geometry = _Geometry()
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it by Tab
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Chart"))
        self.setAccessibleDescription(describe(None))

    @property
    def series(self) -> Series | None:
        return self._series

    def set_series(self, series: Series | None) -> None:
        self._series = series
        self.setAccessibleName(
            self.tr("Chart: {title}").format(title=series.title) if series else self.tr("Chart"))
        self.setAccessibleDescription(describe(series))
        self._rebuild()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 70, metrics.height() * 18)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        metrics = self.fontMetrics()
        # Eight lines: at 200 % text in a short window the table below still gets rows.
        return QSize(metrics.averageCharWidth() * 30, metrics.height() * 8)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        # Sizes measured in text are stale after a text-size change; Qt's own handling
        # then asks the layout again and repaints (as it does for focus and palette).
        if event.type() == QEvent.Type.FontChange:
            self._rebuild()
        super().changeEvent(event)

    # -- geometry, computed on change -------------------------------------------------------

    def _rebuild(self) -> None:
        geometry = _Geometry()
        self._geometry = geometry
        series = self._series
        if series is None or self.width() <= 0 or self.height() <= 0:
            return
        metrics = self.fontMetrics()
        line = metrics.height()
        pad = metrics.averageCharWidth()
        top, bottom = line, line * 2
        rough_height = max(1, self.height() - top - bottom)
        ticks = value_ticks(series.y_min, series.y_max, rough_height // (line * 2))
        y_labels = [(value, series.value_text(value)) for value in ticks]
        left = max((metrics.horizontalAdvance(t) for _v, t in y_labels), default=0) + 2 * pad
        right = 2 * pad
        if series.bands:
            right = label_column(metrics, [b.label for b in series.bands], self.width())
        plot = QRectF(
            left, top, max(1, self.width() - left - right), max(1, self.height() - top - bottom)
        )
        geometry.plot = plot
        low, high = series.y_min, series.y_max
        scale = plot.height() / (high - low) if high > low else 1.0

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) * scale

        start, days = series.span.start, max(1, series.span.days - 1)

        def x_of(day: date) -> float:
            return plot.left() + (day - start).days * plot.width() / days

        self._place_bands(series, plot, right, y_of)
        geometry.y_ticks = [(y_of(value), text) for value, text in y_labels]
        label_width = metrics.horizontalAdvance(short_date(date(2026, 9, 30))) + 2 * pad
        tick_days, unit = date_ticks(series.span, int(plot.width() // label_width))
        geometry.x_ticks = [
            (x_of(day), _TICK_WORDS[unit](day))
            for day in tick_days
        ]

        points = downsample(series.points, series.span, int(plot.width()))
        positions = [QPointF(x_of(p.day), y_of(p.value)) for p in points]
        gap = series.max_gap_days
        joined = [gap is None or (b.day - a.day).days <= gap for a, b in pairwise(points)]
        # One addPolygon per unbroken run, not one lineTo per point: far fewer calls into
        # Qt for a ten-year series.
        path = QPainterPath()
        run: list[QPointF] = []
        for i, position in enumerate(positions):
            if i and not joined[i - 1]:
                if len(run) > 1:
                    path.addPolygon(QPolygonF(run))
                run = []
            run.append(position)
        if len(run) > 1:
            path.addPolygon(QPolygonF(run))
        geometry.path = path
        few = len(points) <= plot.width() / 6
        for i, position in enumerate(positions):
            alone = (i == 0 or not joined[i - 1]) and (i == len(joined) or not joined[i])
            if few or alone:
                geometry.markers.append(position)
        geometry.risk_markers = [pos for pos, p in zip(positions, points, strict=True) if p.risk]
        geometry.latest = positions[-1] if positions else None

    def _place_bands(self, series: Series, plot: QRectF, right: int,
                     y_of: Callable[[float], float]) -> None:
        metrics = self.fontMetrics()
        pad = metrics.averageCharWidth()
        rects = [QRectF(QPointF(plot.left(), y_of(b.high)), QPointF(plot.right(), y_of(b.low)))
                 for b in series.bands]
        width = right - pad  # from a pad right of the plot to the edge: the widest fits
        heights = [label_height(metrics, b.label, width) for b in series.bands]
        tops = place_labels([(r.top(), r.bottom()) for r in rects], heights,
                            (plot.top(), plot.bottom()))
        for i, (rect, band) in enumerate(zip(rects, series.bands, strict=True)):
            room = None
            if tops is not None:
                room = QRectF(plot.right() + pad, tops[i], width, heights[i])
            self._geometry.bands.append((rect, band.label, room))

    # -- painting, from the cache ---------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        mid = palette.color(QPalette.ColorRole.Mid)
        accent = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(self.rect(), base)
        geometry = self._geometry
        plot = geometry.plot
        if self._series is not None and not plot.isEmpty():
            paint_bands(painter, palette, plot, self.width(), geometry.bands,
                        self.fontMetrics().averageCharWidth())
            self._paint_axes(painter, text, mid)
            if self._series.points:
                self._paint_line(painter, accent, base)
            else:
                painter.setPen(text)
                painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 self.tr(EMPTY_TEXT))
        if self.hasFocus():
            pen = QPen(accent, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_axes(self, painter: QPainter, text: QColor, mid: QColor) -> None:
        plot = self._geometry.plot
        metrics = self.fontMetrics()
        grid = QColor(mid)
        grid.setAlpha(120)
        for y, label in self._geometry.y_ticks:
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - metrics.height(), plot.left() - 6, 2 * metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for x, label in self._geometry.x_ticks:
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            width = metrics.horizontalAdvance(label) + 4
            left = min(max(0.0, x - width / 2), self.width() - width)
            painter.drawText(
                QRectF(left, plot.bottom() + 4, width, metrics.height() + 4),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )

    def _paint_line(self, painter: QPainter, accent: QColor, base: QColor) -> None:
        geometry = self._geometry
        painter.save()
        painter.setClipRect(geometry.plot.adjusted(-6, -6, 6, 6))
        # A one-pixel cosmetic pen is Qt's fast path; a 2 px pen on a zigzagging ten-year
        # line took over a second to stroke on a 2-core machine. Three offset passes of the
        # thin pen give a line about two pixels thick in a few milliseconds.
        painter.setPen(QPen(accent, 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for dx, dy in _LINE_PASSES:
            painter.translate(dx, dy)
            painter.drawPath(geometry.path)
            painter.translate(-dx, -dy)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        for marker in geometry.markers:
            painter.drawEllipse(marker, 3, 3)
        # A risk answer is never lost in a long line: a filled dot in a ring of the text
        # colour (readable in both themes, not colour alone).
        for marker in geometry.risk_markers:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawEllipse(marker, 4, 4)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(marker, 8, 8)
        if geometry.latest is not None:
            painter.setPen(QPen(base, 2))
            painter.drawEllipse(geometry.latest, 5, 5)
        painter.restore()

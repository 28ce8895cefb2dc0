"""A dot-and-range chart of the clear insights, painted with QPainter.

One group per outcome (each outcome has its own points, so each group has its own axis,
symmetric around zero); one row per kind of day: a dot at the difference and a line over
its range. Colours come from the palette at paint time, so light and dark themes and a
theme switch need nothing more. The chart is a picture, so its accessible description is
the same sentences the page shows, and the table beside it holds the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.insights.logic import Finding, Outcome
from desktop.insights.words_view import factor_name, outcome_name, sentence

_ROW_LINES = 1.8  # row height in text lines
_GROUP_LINES = 3.2  # a group's heading and its axis labels, in text lines


@dataclass(frozen=True)
class _Group:
    outcome: Outcome
    rows: tuple[Finding, ...]
    reach: float  # the axis runs from -reach to +reach


class InsightsChart(QWidget):
    """The clear findings as dots and ranges; `set_findings(())` shows nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: tuple[_Group, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it by Tab
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Insights chart"))
        self.setAccessibleDescription(self.tr("No insights are shown."))

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(row for group in self._groups for row in group.rows)

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        groups = []
        for outcome in Outcome:
            rows = tuple(f for f in findings if f.outcome is outcome)
            if rows:
                reach = max(max(abs(f.comparison.low), abs(f.comparison.high)) for f in rows)
                groups.append(_Group(outcome, rows, max(reach, 1e-9) * 1.15))
        self._groups = tuple(groups)
        if findings:
            self.setAccessibleDescription(" ".join(sentence(f) for f in findings))
        else:
            self.setAccessibleDescription(self.tr("No insights are shown."))
        self.setVisible(bool(findings))
        self.updateGeometry()
        self.update()

    def _height_for_rows(self) -> int:
        line = self.fontMetrics().height()
        rows = sum(len(g.rows) for g in self._groups)
        return int(line * (_GROUP_LINES * len(self._groups) + _ROW_LINES * rows) + line)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(self.fontMetrics().averageCharWidth() * 60, self._height_for_rows())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(self.fontMetrics().averageCharWidth() * 30, self._height_for_rows())


    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        mid = palette.color(QPalette.ColorRole.Mid)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = self.fontMetrics()
        line = metrics.height()
        pad = metrics.averageCharWidth()
        labels = [factor_name(f.factor) for g in self._groups for f in g.rows]
        # A little slack: elidedText and drawText may round one pixel apart.
        label_width = min(max((metrics.horizontalAdvance(t) for t in labels), default=0) + pad,
                          int(self.width() * 0.4))
        left = label_width + 2 * pad
        right = self.width() - 2 * pad
        y = line * 0.5
        for group in self._groups:
            y = self._paint_group(painter, group, (left, right, y), (text, mid, accent))
        if self.hasFocus():
            painter.setPen(QPen(accent, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_group(
        self,
        painter: QPainter,
        group: _Group,
        place: tuple[float, float, float],
        colors: tuple[QColor, QColor, QColor],
    ) -> float:
        """Paint one outcome's heading, axis and rows from `y` down; returns the next y."""
        left, right, y = place
        text, mid, accent = colors
        metrics = self.fontMetrics()
        line = metrics.height()
        pad = metrics.averageCharWidth()
        width = max(1.0, right - left)

        def x_of(value: float) -> float:
            return left + (value + group.reach) / (2 * group.reach) * width

        heading = self.tr("{outcome} (difference in points)").format(
            outcome=outcome_name(group.outcome))
        bold = painter.font()
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(pad, y, self.width() - 2 * pad, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(heading, Qt.TextElideMode.ElideRight,
                                            int(self.width() - 2 * pad)))
        painter.restore()
        y += line * 1.2
        top, bottom = y, y + _ROW_LINES * line * len(group.rows)
        # Axis labels under the rows: the reach each way and zero, in the outcome's points.
        painter.setPen(QPen(mid, 1, Qt.PenStyle.DashLine))
        zero = x_of(0.0)
        painter.drawLine(QPointF(zero, top), QPointF(zero, bottom))
        painter.setPen(QPen(mid, 1))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        painter.setPen(text)
        reach = group.reach / 1.15
        for value in (-reach, 0.0, reach):
            label = "0"
            if value < 0:
                label = self.tr("{value} lower").format(value=f"{value:+.1f}")
            elif value > 0:
                label = self.tr("{value} higher").format(value=f"{value:+.1f}")
            label_width = metrics.horizontalAdvance(label) + pad
            box_left = min(max(x_of(value) - label_width / 2, left - pad),
                           right + pad - label_width)
            painter.drawText(QRectF(box_left, bottom + 2, label_width, line),
                             Qt.AlignmentFlag.AlignCenter, label)
        for index, finding in enumerate(group.rows):
            centre = top + (index + 0.5) * _ROW_LINES * line
            label = metrics.elidedText(factor_name(finding.factor),
                                       Qt.TextElideMode.ElideRight, int(left - 2 * pad))
            painter.setPen(text)
            painter.drawText(QRectF(pad, centre - line / 2, left - 2 * pad, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            comparison = finding.comparison
            painter.setPen(QPen(accent, max(2.0, line / 8)))
            painter.drawLine(QPointF(x_of(comparison.low), centre),
                             QPointF(x_of(comparison.high), centre))
            for end in (comparison.low, comparison.high):
                painter.drawLine(QPointF(x_of(end), centre - line / 4),
                                 QPointF(x_of(end), centre + line / 4))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            radius = max(4.0, line / 4)
            painter.drawEllipse(QPointF(x_of(comparison.estimate), centre), radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        return bottom + line * 2.0

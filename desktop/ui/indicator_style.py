"""Check boxes and radio buttons that stay visible in both themes and grow with the text.

Fusion outlines its indicators in a shade darker than the window, which vanishes on a
dark window (WCAG 1.4.11 asks 3:1 for a control's boundary), and sizes them in pixels, so
they stay small at 200% text. This style draws them in the text colour, fills a checked
one with the highlight, and sizes them from the font.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

PE = QStyle.PrimitiveElement
Role = QPalette.ColorRole
PM = QStyle.PixelMetric
_SIZED = (
    PM.PM_IndicatorWidth,
    PM.PM_IndicatorHeight,
    PM.PM_ExclusiveIndicatorWidth,
    PM.PM_ExclusiveIndicatorHeight,
)


class IndicatorStyle(QProxyStyle):
    """Fusion, with indicators drawn for contrast and sized from the font."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def pixelMetric(  # noqa: N802 - Qt's name
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in _SIZED:
            metrics = widget.fontMetrics() if widget is not None else QApplication.fontMetrics()
            return max(13, round(metrics.height() * 0.9))
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element not in (PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton):
            super().drawPrimitive(element, option, painter, widget)
            return
        palette = option.palette
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        edge = palette.color(Role.Text if enabled else Role.PlaceholderText)
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        width = max(1.5, rect.width() / 11)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, width))
        painter.setBrush(palette.color(Role.Base))
        checked = bool(state & QStyle.StateFlag.State_On)
        partly = bool(state & QStyle.StateFlag.State_NoChange)
        mark = palette.color(Role.Highlight if enabled else Role.PlaceholderText)
        if element == PE.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
            if checked:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(mark)
                inset = rect.width() * 0.27
                painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
        else:
            painter.drawRoundedRect(rect, rect.width() / 6, rect.width() / 6)
            if checked or partly:
                painter.setBrush(mark)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(rect, rect.width() / 6, rect.width() / 6)
                tick = QPen(palette.color(Role.HighlightedText), width * 1.6)
                tick.setCapStyle(Qt.PenCapStyle.RoundCap)
                tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(tick)
                x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
                if partly and not checked:
                    painter.drawLine(
                        QPointF(x + w * 0.25, y + h / 2), QPointF(x + w * 0.75, y + h / 2)
                    )
                else:
                    painter.drawPolyline(
                        [
                            QPointF(x + w * 0.24, y + h * 0.52),
                            QPointF(x + w * 0.43, y + h * 0.71),
                            QPointF(x + w * 0.77, y + h * 0.31),
                        ]
                    )
        painter.restore()

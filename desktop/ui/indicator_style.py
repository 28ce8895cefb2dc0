"""Check boxes, radio buttons and fields that stay visible in both themes.

Fusion outlines its indicators and its text fields in a shade darker than the window,
which vanishes on a dark window (WCAG 1.4.11 asks 3:1 for a control's boundary): in the
dark theme a search field or a note box showed no edge at all. It also sizes indicators
in pixels, so they stay small at 200% text. This style draws indicators in the text
colour, fills a checked one with the highlight, sizes them from the font, and outlines
fields, spin boxes and framed views in a colour halfway between text and window
(desktop.ui.edges). It is installed once the first screen is painted
(`ThemeManager.use_full_style`): the unlock screen is drawn the same by plain Fusion.
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
    QStyleOptionComplex,
    QStyleOptionSpinBox,
    QWidget,
)

from desktop.ui.edges import draw_edge

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
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

    def drawComplexControl(  # noqa: N802 - Qt's name
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == CC.CC_SpinBox and isinstance(option, QStyleOptionSpinBox) and option.frame:
            _outline(option, painter)

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in (PE.PE_FrameLineEdit, PE.PE_Frame):
            super().drawPrimitive(element, option, painter, widget)
            _outline(option, painter)
            return
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


def _outline(option: QStyleOption, painter: QPainter) -> None:
    """A one-pixel boundary over Fusion's own, in the highlight while focused."""
    focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
    draw_edge(painter, QRectF(option.rect), option.palette, focused=focused)

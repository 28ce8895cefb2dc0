"""The one-pixel edge that text fields keep in both themes (WCAG 1.4.11 asks 3:1).

Drawn by `desktop.ui.indicator_style.IndicatorStyle` for every field, and by the unlock
screen's passphrase field itself (`desktop.ui.passphrase.SecretLineEdit`), which is shown
before that style is installed: building the Python style's classes would delay the
first paint. Nothing here needs `QStyle`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen

Role = QPalette.ColorRole


def edge_color(palette: QPalette) -> QColor:
    """Halfway between text and window: at least 3:1 on the window in both themes."""
    text, window = palette.color(Role.Text), palette.color(Role.Window)
    return QColor(
        (text.red() + window.red()) // 2,
        (text.green() + window.green()) // 2,
        (text.blue() + window.blue()) // 2,
    )


def draw_edge(painter: QPainter, rect: QRectF, palette: QPalette, *, focused: bool) -> None:
    """A one-pixel boundary just inside `rect`, in the highlight while focused."""
    color = palette.color(Role.Highlight) if focused else edge_color(palette)
    painter.save()
    painter.setPen(QPen(color, 1))
    painter.setBrush(QBrush())  # no fill
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()

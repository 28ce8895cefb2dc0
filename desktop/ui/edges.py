"""The one-pixel edge that text fields keep in both themes (WCAG 1.4.11 asks 3:1).

Drawn by `desktop.ui.indicator_style.IndicatorStyle` for every field, and by the unlock
screen's passphrase field itself (`desktop.ui.passphrase.SecretLineEdit`), which is shown
before that style is installed: building the Python style's classes would delay the
first paint. Nothing here needs `QStyle`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette

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
    """A one-pixel boundary just inside `rect`, in the highlight while focused.

    Filled as a ring (odd-even fill between two rectangles) with a brush taken from a
    palette, not stroked: QPainter.setPen, fillRect, a fill with a bare QColor and
    QBrush(color) each make PySide build the `Qt` namespace's 93 enum classes to tell
    their overloads apart, which the unlock screen's first paint would wait for.
    """
    color = palette.color(Role.Highlight) if focused else edge_color(palette)
    ring = QPainterPath()
    ring.addRect(rect)
    ring.addRect(rect.adjusted(1, 1, -1, -1))
    holder = QPalette()
    holder.setColor(Role.Window, color)
    painter.fillPath(ring, holder.brush(Role.Window))

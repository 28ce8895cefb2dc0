"""The bands behind a history chart: soft tints from the theme's palette, each with its word.

A band ("Mild", "Moderate") is a horizontal stripe across the plot and on under its label
at the right, so the label is read on its own tint. The tints are the palette's highlight
mixed into its base, a little or a little more, alternating so that neighbours differ: in
the light theme a pale blue, in the dark one a deep blue-grey, never a warning colour, as a
score band is information and not an alarm. Colour is never the only sign: every band keeps
its word, and a dashed rule marks each boundary. The mixed colours are opaque, so the label's
contrast against them is what a test can compute with the WCAG formula.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen

# How much of the highlight is mixed into the base, for even and odd bands.
TINT_SHARES: Final = (0.07, 0.16)
LABEL_FLAGS: Final = (Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                      | Qt.TextFlag.TextWordWrap)


def band_tint(palette: QPalette, index: int) -> QColor:
    """The tint of the `index`th band (lowest first), opaque."""
    base = palette.color(QPalette.ColorRole.Base)
    ink = palette.color(QPalette.ColorRole.Highlight)
    share = TINT_SHARES[index % 2]
    return QColor(
        round(base.red() + (ink.red() - base.red()) * share),
        round(base.green() + (ink.green() - base.green()) * share),
        round(base.blue() + (ink.blue() - base.blue()) * share),
    )


def label_column(metrics: QFontMetrics, labels: list[str], width: int) -> int:
    """The width kept right of the plot for the bands' words: the widest label, or at most
    a third of the chart, but never narrower than the longest single word (labels wrap)."""
    pad = metrics.averageCharWidth()
    widest = max(metrics.horizontalAdvance(label) for label in labels)
    longest_word = max(metrics.horizontalAdvance(word) for label in labels
                       for word in label.split())
    return min(widest, max(width // 3, longest_word)) + 2 * pad


def label_fits(metrics: QFontMetrics, label: str, room: QRectF) -> bool:
    """Whether `label`, wrapped at word breaks, fits `room`."""
    needed = metrics.boundingRect(
        0, 0, max(1, int(room.width())), 100_000, int(LABEL_FLAGS), label)
    return needed.width() <= room.width() and needed.height() <= room.height()


def paint_bands(painter: QPainter, palette: QPalette, plot: QRectF, right_edge: float,
                bands: list[tuple[QRectF, str, bool]], label_gap: float) -> None:
    """Each band's tint from the plot's left to `right_edge`, its word (when it fits) and
    a dashed rule at each boundary between bands."""
    text = palette.color(QPalette.ColorRole.WindowText)
    mid = palette.color(QPalette.ColorRole.Mid)
    for i, (rect, label, shown) in enumerate(bands):
        painter.fillRect(QRectF(QPointF(rect.left(), rect.top()),
                                QPointF(right_edge, rect.bottom())), band_tint(palette, i))
        if shown:
            painter.setPen(text)
            painter.drawText(
                QRectF(plot.right() + label_gap, rect.top(),
                       right_edge - plot.right() - label_gap, rect.height()),
                int(LABEL_FLAGS), label,
            )
        if i:
            painter.setPen(QPen(mid, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), rect.bottom()),
                             QPointF(right_edge, rect.bottom()))

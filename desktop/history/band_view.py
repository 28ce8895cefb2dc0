"""The bands behind a history chart: soft tints from the theme's palette, each with its word.

A band ("Mild", "Moderate") is a horizontal stripe across the plot and on under its label
at the right, so the label is read on a tint. A label taller than its band (large text, a
short chart) moves up or down just enough to clear its neighbours, with a leader to its
band. The tints are the palette's highlight mixed into its base, a little or a little
more, alternating so that neighbours differ: in the light theme a pale blue, in the dark
one a deep blue-grey, never a warning colour, as a score band is information and not an
alarm. Colour is never the only sign: every band keeps its word, and a dashed rule marks
each boundary. The mixed colours are opaque, so the label's contrast against them is what
a test can compute with the WCAG formula.
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


def label_height(metrics: QFontMetrics, label: str, width: float) -> float:
    """How tall `label` is when wrapped at word breaks to `width`."""
    return float(metrics.boundingRect(
        0, 0, max(1, int(width)), 100_000, int(LABEL_FLAGS), label).height())


def place_labels(bands: list[tuple[float, float]], heights: list[float],
                 area: tuple[float, float]) -> list[float] | None:
    """The top of each label, centred on its band where it can be, moved just enough that
    no two overlap, all within `area` (top, bottom); None when together they do not fit.

    `bands` are (top, bottom) in widget pixels (y grows down), lowest band first, as the
    series lists them. A short band ("Moderately severe" on PHQ-9, at large text) thus
    keeps its word, beside its neighbours', in the same order as the bands.
    """
    top, bottom = area
    if sum(heights) > bottom - top:
        return None
    tops = [(b_top + b_bottom - h) / 2 for (b_top, b_bottom), h in zip(bands, heights, strict=True)]
    # Lowest first: each label stays above the one below it and inside the area's bottom.
    floor = bottom
    for i, height in enumerate(heights):
        tops[i] = min(tops[i], floor - height)
        floor = tops[i]
    # Then from the top down: none above the area, none over the one above it.
    ceiling = top
    for i in reversed(range(len(heights))):
        tops[i] = max(tops[i], ceiling)
        ceiling = tops[i] + heights[i]
    return tops


def paint_bands(painter: QPainter, palette: QPalette, plot: QRectF, right_edge: float,
                bands: list[tuple[QRectF, str, QRectF | None]], gap: float) -> None:
    """Each band's tint from the plot's left to `right_edge`, a dashed rule at each boundary,
    and its word where it was placed; a word moved off its band's middle gets a short
    leader from the band to it."""
    text = palette.color(QPalette.ColorRole.WindowText)
    mid = palette.color(QPalette.ColorRole.Mid)
    for i, (rect, _label, _room) in enumerate(bands):
        painter.fillRect(QRectF(QPointF(rect.left(), rect.top()),
                                QPointF(right_edge, rect.bottom())), band_tint(palette, i))
        if i:
            painter.setPen(QPen(mid, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), rect.bottom()),
                             QPointF(right_edge, rect.bottom()))
    for rect, label, room in bands:  # over every tint, so a moved word is not painted over
        if room is None:
            continue
        painter.setPen(text)
        painter.drawText(room, int(LABEL_FLAGS), label)
        if abs(room.center().y() - rect.center().y()) > 1:
            painter.setPen(QPen(text, 1))
            painter.drawLine(QPointF(plot.right(), rect.center().y()),
                             QPointF(room.left() - gap / 4, room.center().y()))

"""The bands' tints: calm, visible in both themes, and every label readable on its own tint
(WCAG 4.5:1, computed with the formula in tests.desktop.ui.test_theme)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.history.band_view import band_tint, place_labels
from desktop.history.chart_view import HistoryChart
from desktop.history.history import BandRegion, DateRange, Point, Series
from desktop.ui.theme import DARK, LIGHT, Colors, palette_for
from tests.desktop.ui.test_theme import contrast

TODAY = date(2025, 3, 12)
# PHQ-9's five bands, as band_regions gives them.
BANDS = (BandRegion(0, 4.5, "Minimal"), BandRegion(4.5, 9.5, "Mild"),
         BandRegion(9.5, 14.5, "Moderate"), BandRegion(14.5, 19.5, "Moderately severe"),
         BandRegion(19.5, 27, "Severe"))
THEMES = pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


@THEMES
def test_every_band_label_reads_at_4_5_to_1_on_its_tint(colors: Colors) -> None:
    palette = palette_for(colors)
    for index in range(len(BANDS)):
        tint = _hex(band_tint(palette, index))
        assert contrast(colors.text, tint) >= 4.5, (index, tint)
        # The line (the highlight) stays a visible graphic on every tint (WCAG 1.4.11).
        assert contrast(colors.highlight, tint) >= 3.0, (index, tint)


@THEMES
def test_tints_are_soft_distinct_and_never_a_warning_colour(colors: Colors) -> None:
    palette = palette_for(colors)
    tints = [band_tint(palette, i) for i in range(len(BANDS))]
    base = colors.base
    for first, second in pairwise(tints):
        assert first != second  # neighbours differ, beside the dashed rule between them
    for tint in tints:
        assert _hex(tint) != base
        assert contrast(_hex(tint), base) < 1.5  # a tint, not a block of colour
        assert tint.red() <= max(tint.green(), tint.blue())  # no alarming red
    # Taken from the theme: the two themes' tints differ as their palettes do.
    assert band_tint(palette_for(LIGHT), 0) != band_tint(palette_for(DARK), 0)


@THEMES
def test_the_chart_paints_each_tint_behind_the_plot_and_under_its_label(
        qtbot: QtBot, colors: Colors) -> None:
    span = DateRange(TODAY - timedelta(days=29), TODAY)
    series = Series("instrument:phq9", "PHQ-9 score", "Score", "Band", span,
                    (Point(TODAY, 3.0, "Minimal"),), 0, 27, BANDS)
    chart = HistoryChart()
    qtbot.addWidget(chart)
    palette = palette_for(colors)
    chart.setPalette(palette)
    chart.resize(700, 500)
    chart.set_series(series)
    image = chart.grab().toImage()
    geometry = chart._geometry
    assert all(room is not None for _rect, _label, room in geometry.bands)
    for index, (rect, _label, _room) in enumerate(geometry.bands):
        y = int(rect.top()) + 3  # above the label, which is centred in its band
        inside = image.pixelColor(int(geometry.plot.left()) + 30, y)
        under_label = image.pixelColor(chart.width() - 3, y)
        expected = band_tint(palette, index)
        assert _hex(inside) == _hex(expected), index
        assert _hex(under_label) == _hex(expected), index


def _rooms(chart: HistoryChart) -> list[QRectF]:
    rooms = [room for _rect, _label, room in chart._geometry.bands]
    assert all(room is not None for room in rooms), "every band keeps its word"
    return [room for room in rooms if room is not None]


def test_a_long_label_wraps_rather_than_vanishing(qtbot: QtBot) -> None:
    span = DateRange(TODAY - timedelta(days=29), TODAY)
    series = Series("instrument:phq9", "PHQ-9 score", "Score", "Band", span, (), 0, 27, BANDS)
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(300, 600)  # a third of the width is narrower than "Moderately severe"
    chart.set_series(series)
    metrics = chart.fontMetrics()
    room = chart.width() - chart._geometry.plot.right()
    assert room < metrics.horizontalAdvance("Moderately severe") + 2 * metrics.averageCharWidth()
    assert len(_rooms(chart)) == len(BANDS)


def test_in_a_short_chart_labels_move_clear_of_each_other_in_band_order(qtbot: QtBot) -> None:
    span = DateRange(TODAY - timedelta(days=29), TODAY)
    series = Series("instrument:phq9", "PHQ-9 score", "Score", "Band", span, (), 0, 27, BANDS)
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(300, 190)  # the short bands are less than a wrapped label tall
    chart.set_series(series)
    line = chart.fontMetrics().height()
    rects = [rect for rect, _label, _room in chart._geometry.bands]
    assert min(r.height() for r in rects) < 2 * line
    rooms = _rooms(chart)
    plot = chart._geometry.plot
    for lower, upper in pairwise(rooms):  # lowest band first: each word above the last
        assert upper.bottom() <= lower.top() + 0.01
    assert rooms[-1].top() >= plot.top() - 0.01 and rooms[0].bottom() <= plot.bottom() + 0.01
    assert all(room.right() <= chart.width() for room in rooms)


def test_labels_that_cannot_all_fit_are_left_to_the_table() -> None:
    assert place_labels([(0, 10), (10, 20)], [15, 15], (0, 20)) is None
    # Centred where there is room; pushed apart, in order, where there is not.
    assert place_labels([(80, 100), (0, 80)], [10, 10], (0, 100)) == [85, 35]
    assert place_labels([(90, 100), (80, 90)], [20, 20], (0, 100)) == [80, 60]
    assert place_labels([(10, 20), (0, 10)], [20, 20], (0, 100)) == [20, 0]

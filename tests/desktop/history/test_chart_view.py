"""The history chart draws its series and bands in the palette's colours and says what it shows;
the table model beside it obeys Qt's model rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.history.chart_view import EMPTY_TEXT, HistoryChart, describe
from desktop.history.history import BandRegion, DateRange, Point, Series
from desktop.history.table_view import SORT_ROLE, Column, SeriesTableModel
from desktop.ui.dates import short_date
from desktop.ui.theme import DARK, LIGHT, Colors, palette_for

TODAY = date(2025, 3, 12)
BANDS = (BandRegion(0, 4.5, "Minimal"), BandRegion(4.5, 9.5, "Mild"), BandRegion(9.5, 27, "Severe"))


def _series(values: list[float], bands: tuple[BandRegion, ...] = BANDS) -> Series:
    span = DateRange(TODAY - timedelta(days=len(values) * 7), TODAY)
    points = tuple(
        Point(TODAY - timedelta(days=7 * (len(values) - 1 - i)), v, f"note {i}")
        for i, v in enumerate(values)
    )
    return Series("instrument:test", "Test score", "Score", "Band", span, points, 0, 27, bands)


def _colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    }


def _chart(qtbot: QtBot, series: Series | None, colors: Colors = LIGHT) -> HistoryChart:
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.setPalette(palette_for(colors))
    chart.resize(600, 300)
    chart.set_series(series)
    return chart


def test_chart_paints_the_line_in_the_highlight_colour_over_the_base(qtbot: QtBot) -> None:
    for colors in (LIGHT, DARK):
        chart = _chart(qtbot, _series([2, 8, 14, 20, 5, 3]), colors)
        image = chart.grab().toImage()
        seen = _colours(image)
        assert QColor(colors.highlight).rgb() in seen, "the line is drawn"
        assert image.pixel(2, 2) == QColor(colors.base).rgb(), "the background follows the theme"
        empty = _chart(qtbot, _series([]), colors)
        assert QColor(colors.highlight).rgb() not in _colours(empty.grab().toImage())


def test_bands_are_shaded_behind_the_line(qtbot: QtBot) -> None:
    banded = _chart(qtbot, _series([2, 3]))
    plain = _chart(qtbot, _series([2, 3], bands=()))
    assert len(_colours(banded.grab().toImage())) > len(_colours(plain.grab().toImage()))


def test_accessible_description_says_the_latest_value_and_trend(qtbot: QtBot) -> None:
    chart = _chart(qtbot, _series([20, 15, 9, 4]))
    assert chart.accessibleName() == "Chart: Test score"
    description = chart.accessibleDescription()
    assert f"Latest: 4 (note 3) on {short_date(date(2025, 3, 12))}" in description
    assert "went down, from 20 to 4" in description
    assert "4 entries" in description
    chart.set_series(None)
    assert chart.accessibleDescription() == "No data is shown."
    assert "nothing saved" in describe(_series([]))
    assert EMPTY_TEXT


def test_ten_years_of_daily_points_paint(qtbot: QtBot) -> None:
    span = DateRange(TODAY - timedelta(days=3649), TODAY)
    points = tuple(Point(span.start + timedelta(days=i), float(1 + i % 5)) for i in range(3650))
    series = Series("checkin:mood:daily", "Mood", "Mood", "", span, points, 1, 5)
    chart = _chart(qtbot, series)
    assert QColor(LIGHT.highlight).rgb() in _colours(chart.grab().toImage())
    chart.setPalette(palette_for(DARK))  # a theme switch needs only a repaint
    assert chart.grab().toImage().pixel(2, 2) == QColor(DARK.base).rgb()


def test_table_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = SeriesTableModel()
    qtmodeltester.check(model)
    model.set_series(_series([2, 8, 14]))
    qtmodeltester.check(model)
    model.set_series(None)
    qtmodeltester.check(model)


def test_table_shows_the_same_points_with_headers_from_the_series() -> None:
    model = SeriesTableModel()
    model.set_series(_series([2, 8]))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Date", "Score", "Band"]
    assert [model.index(1, c).data() for c in Column] == [
        short_date(date(2025, 3, 12)), "8", "note 1"]
    assert model.index(1, Column.VALUE).data(Qt.ItemDataRole.AccessibleTextRole) == "Score: 8"
    assert model.index(1, Column.DAY).data(SORT_ROLE) == TODAY.toordinal()


def _instrument_series(values: list[float], *, higher_is_better: bool) -> Series:
    plain = _series(values)
    return Series(
        plain.key, plain.title, plain.value_name, plain.note_name, plain.span, plain.points,
        0, 25 if higher_is_better else 27, (), higher_is_better=higher_is_better,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("values", "higher_is_better", "words"),
    [
        # WHO-5 (0-25): higher is better.
        ([10, 14, 20], True, "went up, from 10 to 20. Higher is better on this scale."),
        ([20, 9, 8], True, "went down, from 20 to 8. Higher is better on this scale."),
        ([12, 18, 13], True, "stayed about the same, from 12 to 13. Higher is better"),
        # PHQ-9 (0-27): higher is worse.
        ([4, 9, 16], False, "went up, from 4 to 16. Lower is better on this scale."),
        ([20, 15, 9, 4], False, "went down, from 20 to 4. Lower is better on this scale."),
        ([6, 2, 6], False, "stayed about the same, from 6 to 6. Lower is better"),
        # Rise then fall: the old slope said "went up, from 4 to 2".
        ([4, 1, 10, 10, 10, 2], False, "went down, from 4 to 2."),
    ],
)
def test_the_trend_sentence_agrees_with_the_numbers_it_quotes(
    values: list[float], higher_is_better: bool, words: str
) -> None:
    description = describe(_instrument_series(values, higher_is_better=higher_is_better))
    assert words in description


def test_a_series_of_unknown_polarity_says_nothing_about_better() -> None:
    assert "better" not in describe(_series([20, 4]))


def _with_risk(values: list[float], risky: set[int]) -> Series:
    plain = _series(values)
    points = tuple(Point(p.day, p.value, "Mild", risk=i in risky)
                   for i, p in enumerate(plain.points))
    return Series("instrument:phq9", "PHQ-9 score", "Score", "Band", plain.span, points,
                  0, 27, BANDS)


def test_a_risk_answer_is_never_shown_as_its_band_alone(qtbot: QtBot) -> None:
    # PHQ-9 item 9 above 0 with a Mild total: the table, the chart's words and the
    # chart itself each say so.
    series = _with_risk([6, 7, 6], risky={1, 2})
    model = SeriesTableModel()
    model.set_series(series)
    notes = [model.index(row, Column.NOTE).data() for row in range(3)]
    assert notes == ["Mild", "Mild; the safety question was answered above 0",
                     "Mild; the safety question was answered above 0"]
    words = describe(series)
    assert "Latest: 6 (Mild; the safety question was answered above 0)" in words
    assert "In 2 of these results the safety question was answered above 0" in words
    assert "call or text 988" in words
    assert "safety question" not in describe(_with_risk([6, 7, 6], risky=set()))
    # The ring around a risk point: text-coloured pixels appear that the same series
    # without a risk answer does not have, in both themes.
    for colors in (LIGHT, DARK):
        ringed = _colours(_chart(qtbot, series, colors).grab().toImage())
        plain = _colours(_chart(qtbot, _with_risk([6, 7, 6], risky=set()), colors)
                         .grab().toImage())
        assert len(ringed - plain) > 0


def test_a_weekly_average_says_how_many_days_it_holds() -> None:
    span = DateRange(TODAY - timedelta(days=13), TODAY)
    points = (Point(span.start, 3.5, days=1), Point(TODAY - timedelta(days=2), 4.0, days=5))
    series = Series("checkin:mood:weekly", "Mood, weekly average", "Average mood",
                    "Days checked in", span, points, 1, 5, decimals=1)
    model = SeriesTableModel()
    model.set_series(series)
    assert [model.index(row, Column.NOTE).data() for row in range(2)] == ["1 day", "5 days"]
    assert "Latest: 4.0 (5 days)" in describe(series)

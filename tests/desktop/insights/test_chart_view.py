"""The dot-and-range chart: drawn in the theme's colours, sized by its rows, empty when cleared."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from desktop.insights.chart_view import InsightsChart
from desktop.insights.logic import Factor, Finding, Outcome
from desktop.insights.stats import Comparison
from desktop.ui.theme import DARK, LIGHT, Colors, palette_for

FINDINGS = (
    Finding(Factor.STAFFING, Outcome.MOOD, Comparison(-0.6, -1.0, -0.2, 14, 60, 0.99, 6)),
    Finding(Factor.POOR_SLEEP, Outcome.ENERGY, Comparison(-1.1, -1.9, -0.3, 14, 60, 0.99, 6)),
)


@pytest.mark.parametrize("colors", [LIGHT, DARK])
def test_ranges_are_painted_in_the_theme_highlight(qtbot: QtBot, colors: Colors) -> None:
    chart = InsightsChart()
    qtbot.addWidget(chart)
    chart.setPalette(palette_for(colors))
    chart.set_findings(FINDINGS)
    chart.resize(600, chart.sizeHint().height())
    image = chart.grab().toImage()
    highlight = QColor(colors.highlight)
    seen = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert highlight.rgb() in seen
    assert image.pixelColor(1, 1) == chart.palette().color(QPalette.ColorRole.Base)


def test_height_follows_rows_and_clearing_hides_it(qtbot: QtBot) -> None:
    chart = InsightsChart()
    qtbot.addWidget(chart)
    chart.set_findings(FINDINGS[:1])
    one = chart.sizeHint().height()
    chart.set_findings(FINDINGS)
    assert chart.sizeHint().height() > one
    assert "staffing" in chart.accessibleDescription()
    chart.show()
    chart.set_findings(())
    assert chart.isHidden() and chart.findings == ()
    assert chart.accessibleDescription() == "No insights are shown."

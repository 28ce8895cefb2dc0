"""Text fields, spin boxes and framed views keep a visible edge in both themes.

Fusion outlined them a shade darker than the window: on the dark window that edge
vanished (a search field showed no boundary at all). WCAG 1.4.11 asks 3:1.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.ui.edges import edge_color
from desktop.ui.indicator_style import IndicatorStyle
from desktop.ui.theme import DARK, LIGHT, Colors, palette_for
from tests.desktop.ui.test_theme import contrast


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_the_edge_stands_out_from_window_and_field(colors: Colors) -> None:
    edge = edge_color(palette_for(colors)).name()
    assert contrast(edge, colors.window) >= 3.0
    assert contrast(edge, colors.base) >= 3.0


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("kind", [QLineEdit, QSpinBox, QPlainTextEdit])
def test_each_field_is_drawn_with_the_edge(
    qapp: QApplication, colors: Colors, kind: type[QWidget]
) -> None:
    style = IndicatorStyle()
    field = kind()
    field.setStyle(style)
    field.setPalette(palette_for(colors))
    field.resize(200, 60)
    image = field.grab().toImage()
    left_edge = {image.pixelColor(0, y).name() for y in range(5, field.height() - 5)}
    assert edge_color(palette_for(colors)).name() in left_edge

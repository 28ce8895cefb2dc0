"""Both themes keep the WCAG AA contrast their colours promise (4.5:1 for text)."""

from __future__ import annotations

import pytest

from desktop.ui.theme import DARK, LIGHT, Colors


def luminance(color: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour (the test's own oracle)."""
    def channel(hex_pair: str) -> float:
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(color[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_oracle_matches_wcag_extremes() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_text_is_readable_on_every_background(colors: Colors) -> None:
    pairs = {
        "text on window": (colors.text, colors.window),
        "text on base": (colors.text, colors.base),
        "text on alternate rows": (colors.text, colors.alternate),
        "text on buttons": (colors.text, colors.button),
        "muted on window": (colors.muted, colors.window),
        "muted on base": (colors.muted, colors.base),
        "selected text": (colors.highlighted_text, colors.highlight),
        "links": (colors.link, colors.base),
        "the help button": (colors.accent_text, colors.accent),
        "errors": (colors.error, colors.window),
    }
    weak = {name: round(contrast(*pair), 2) for name, pair in pairs.items()
            if contrast(*pair) < 4.5}
    assert not weak

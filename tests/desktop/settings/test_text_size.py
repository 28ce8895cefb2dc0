"""The text-size setting: kept in preferences, applied at once through the application font."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.settings.logic import (
    Preferences,
    load_preferences,
    parse_preferences,
    serialize_preferences,
)
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from tests.desktop.settings.test_view import make_page


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[ThemeManager]:
    manager = ThemeManager(qapp)
    yield manager
    manager.set_text_size(100)  # the application font is shared by every later test


def test_text_size_round_trips_and_a_bad_value_falls_back() -> None:
    assert Preferences().text_size == 100
    prefs = Preferences(text_size=150)
    assert parse_preferences(serialize_preferences(prefs)) == prefs
    for bad in (b'{"text_size": 175}', b'{"text_size": true}', b'{"text_size": "200"}'):
        assert parse_preferences(bad).text_size == 100
    with pytest.raises(ValueError, match="text_size"):
        Preferences(text_size=90)


def test_choosing_a_size_saves_it_and_asks_for_it_at_once(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    combo = page.text_size.choice
    assert combo.accessibleName() == "Text size"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "100% (usual)", "125%", "150%", "200%"
    ]
    with qtbot.waitSignal(page.text_size_changed, timeout=1000) as changed:
        combo.setCurrentIndex(3)
    assert changed.args == [200]
    assert load_preferences(data_dir).text_size == 200
    assert page.preferences.text_size == 200


def test_the_application_font_follows_the_size(qapp: QApplication, theme: ThemeManager) -> None:
    base = qapp.font().pointSizeF()
    theme.set_text_size(200)
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    theme.set_text_size(125)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.25)  # of the system's, not 200%
    theme.set_text_size(100)
    assert qapp.font().pointSizeF() == pytest.approx(base)

"""Setup says which step of how many; the strength meter uses colour and words together."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.lock.view import LockScreen
from desktop.setup import view as setup_view
from desktop.setup.flow import SetupFlow, Step
from desktop.setup.view import SetupWizard
from desktop.ui.passphrase import METER_COLOURS, NewPassphraseField, meter_colour
from desktop.ui.theme import DARK, LIGHT
from desktop.ui.worker import Worker
from tests.desktop.setup.test_flow import _at_code, _at_confirm, _type_right_groups
from tests.desktop.ui.test_theme import contrast as contrast_ratio


@pytest.fixture
def worker() -> Iterator[Worker]:
    work = Worker()
    yield work
    work.stop()


@pytest.fixture(autouse=True)
def leave_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing setup half-way asks "Leave setup?"; a failing test must not hang on it."""
    monkeypatch.setattr(setup_view, "ask_yes_no", lambda *_args: True)


def wizard_for(qtbot: QtBot, worker: Worker, data_dir: Path, flow: SetupFlow) -> SetupWizard:
    wizard = SetupWizard(worker, data_dir, flow=flow)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_each_page_says_which_step_of_five(
    qtbot: QtBot, worker: Worker, data_dir: Path
) -> None:
    wizard = wizard_for(qtbot, worker, data_dir, SetupFlow())
    assert wizard.step_label.text() == "Step 1 of 5"
    assert wizard.step_label.isVisible()
    wizard.next_button.click()
    assert wizard.flow.step is Step.PASSPHRASE
    assert wizard.step_label.text() == "Step 2 of 5"
    assert wizard_for(qtbot, worker, data_dir, _at_code()).step_label.text() == "Step 3 of 5"
    assert wizard_for(qtbot, worker, data_dir, _at_confirm()).step_label.text() == "Step 4 of 5"
    flow = _at_confirm()
    _type_right_groups(flow)
    flow.next()
    assert wizard_for(qtbot, worker, data_dir, flow).step_label.text() == "Step 5 of 5"


def test_strength_shows_in_words_and_in_colour(qtbot: QtBot) -> None:
    field = NewPassphraseField()
    qtbot.addWidget(field)
    field.show()
    assert field.strength_words.text() == ""  # nothing typed, nothing judged
    field.entry.setText("password1")
    assert field.strength_words.text().startswith("Strength: ")
    assert "weak" in field.strength_words.text().lower()
    weak_sheet = field.meter.styleSheet()
    field.entry.setText("sunflower river quiet lamp orbit")
    assert "strong" in field.strength_words.text().lower()
    assert field.meter.styleSheet() != weak_sheet
    dark = QApplication.palette().window().color().lightness() < 128
    assert meter_colour(field.strength.score, dark=dark) in field.meter.styleSheet()


def test_meter_colours_differ_by_level_and_stand_out_in_both_themes() -> None:
    for dark, theme in ((False, LIGHT), (True, DARK)):
        assert len({meter_colour(score, dark=dark) for score in range(5)}) == 3
        for colour in METER_COLOURS[dark]:
            assert contrast_ratio(colour, theme.window) >= 3  # WCAG 1.4.11, non-text
            assert contrast_ratio(colour, theme.base) >= 3


def test_use_recovery_code_looks_like_a_button(
    qtbot: QtBot, worker: Worker, data_dir: Path
) -> None:
    screen = LockScreen(worker, data_dir)
    qtbot.addWidget(screen)
    button = screen.mode_button
    assert isinstance(button, QPushButton)
    assert "recovery code" in button.text().replace("&", "")
    assert not button.isFlat()

"""The setup wizard's steps 2 to 5 in a 600x450 window at 200 % text.

The screenshot tour found the wizard 919 px wide at its least (the recovery code on two
lines of four groups in a large font, and a row of three buttons), its check boxes' words
on one line, and its pages squeezed, not scrolled, in a short window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.setup import view as setup_view
from desktop.setup.flow import SetupFlow, Step
from desktop.setup.view import SetupWizard
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import language
from tests.desktop.setup.test_flow import _at_code, _at_confirm, _at_passphrase, _type_right_groups
from tests.e2e.test_layout_tour import large_text  # noqa: F401 - a fixture
from tests.e2e.test_settings_dialogs_fit import _look


@pytest.fixture(autouse=True)
def leave_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing setup after the vault exists asks "Leave setup?": never wait on it."""
    monkeypatch.setattr(setup_view, "ask_yes_no", lambda *_args: True)


def _at_roles() -> SetupFlow:
    flow = _at_confirm()
    _type_right_groups(flow)
    assert flow.next() is Step.ROLES
    return flow


STEPS: dict[str, Callable[[], SetupFlow]] = {
    "passphrase": _at_passphrase, "recovery code": _at_code, "check": _at_confirm,
    "roles": _at_roles,
}


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("code", ["en", "es"])
@pytest.mark.parametrize("step", list(STEPS))
def test_each_step_fits_600_by_450_at_200_percent(
    qtbot: QtBot, worker: Worker, tmp_path: Path, code: str, step: str
) -> None:
    with language(code, tmp_path):
        wizard = SetupWizard(worker, tmp_path, flow=STEPS[step]())
        problems = _look(qtbot, wizard)
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.usefixtures("large_text")
def test_the_buttons_leave_one_row_only_when_narrow(qtbot: QtBot, worker: Worker,
                                                    tmp_path: Path) -> None:
    with language("es", tmp_path):
        wizard = SetupWizard(worker, tmp_path, flow=_at_roles())
        qtbot.addWidget(wizard)
        wizard.show()
        row = wizard.button_row
        buttons = (wizard.help_button, wizard.back_button, wizard.next_button)
        wizard.resize(1400, 450)
        qtbot.waitUntil(lambda: wizard.width() == 1400)
        QApplication.processEvents()
        assert len({b.geometry().center().y() for b in buttons}) == 1
        assert not row.stacked()
        wizard.resize(600, 450)
        qtbot.waitUntil(lambda: wizard.width() == 600)
        QApplication.processEvents()
        assert row.stacked()
        assert wizard.back_button.y() == wizard.next_button.y() > wizard.help_button.y()

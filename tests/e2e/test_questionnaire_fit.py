"""A questionnaire, its crisis step and its results in a 600 px window at 200 % text.

What a person in distress sees first must be whole: the screenshot tour found the PHQ-9's
question page squeezed (its title, instructions and licence cut to half lines, since the
page did not scroll) and the crisis step's "Reach someone now" cut to "each someone no"
beside "Continue to my result".
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.policy.effective import EffectivePolicy
from desktop.questionnaires.questionnaire_view import QuestionnairePage
from desktop.questionnaires.questionnaires_view import QuestionnairesPage
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import language
from tests.e2e.test_layout_tour import _cut_controls
from tests.e2e.test_window_size import _clipped_labels

RISK = [1, 1, 0, 1, 1, 0, 0, 0, 2]  # item 9 above 0: the crisis step, then help first
NO_RISK = [1, 1, 0, 1, 1, 0, 0, 0, 0]  # on to the optional functional item


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[ThemeManager]:
    theme = ThemeManager(qapp)
    theme.set_text_size(200)
    yield theme
    theme.set_text_size(100)  # the application font is shared by every later test


def _problems(page: QWidget) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = [("clipped", text) for text in _clipped_labels(page)]
    found.extend(_cut_controls(page))
    found.extend(("sideways", area.accessibleName()) for area in page.findChildren(QScrollArea)
                 if area.isVisible() and area.horizontalScrollBar().maximum() > 0)
    return found


def _look(qtbot: QtBot, stage: str, page: QWidget) -> list[tuple[str, ...]]:
    QApplication.processEvents()
    with contextlib.suppress(QtTimeoutError):  # labels re-wrap on a later turn
        qtbot.waitUntil(lambda: not _problems(page), timeout=1000)
    return [(stage, *problem) for problem in _problems(page)]


def _answer(page: QuestionnairePage, answers: list[int]) -> None:
    for value in answers:
        page._group.button(value).click()  # the person's click on an option
        page._next.click()


def _window(qtbot: QtBot, vault: Vault, worker: Worker, idle: IdleWatcher, data_dir: Path,
            theme: ThemeManager) -> MainWindow:
    services = ShellServices(data_dir, theme, idle, EffectivePolicy.defaults(),
                             lambda _request: None)
    window = build_main_window(vault, worker, services)
    qtbot.addWidget(window)
    window.show()
    window.resize(600, 700)
    qtbot.waitUntil(lambda: window.width() == 600 and window.is_narrow())
    window.show_page("questionnaires")
    return window


def _start_phq9(window: MainWindow) -> tuple[QuestionnairesPage, QuestionnairePage]:
    page = window.page("questionnaires")
    assert isinstance(page, QuestionnairesPage)
    page.start("phq9")
    assert page.current is not None
    return page, page.current


@pytest.mark.parametrize("code", ["en", "es"])
def test_a_phq9_with_a_risk_answer_fits_600_px_at_200_percent(
    qtbot: QtBot, vault: Vault, worker: Worker, idle: IdleWatcher, data_dir: Path,
    tmp_path: Path, large_text: ThemeManager, code: str,
) -> None:
    with language(code, tmp_path):
        page, sitting = _start_phq9(_window(qtbot, vault, worker, idle, data_dir, large_text))
        problems = _look(qtbot, "question", page)
        _answer(sitting, RISK)
        panel = sitting.crisis_panel
        assert panel is not None
        panel.close()
        problems += _look(qtbot, "crisis step", page)
        assert sitting.result_view is None
        sitting._continue.click()  # "Continue to my result"
        qtbot.waitUntil(lambda: sitting.result_view is not None)
        problems += _look(qtbot, "risk result", page)
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize("code", ["en", "es"])
def test_a_phq9_without_risk_and_its_last_item_fit_600_px_at_200_percent(
    qtbot: QtBot, vault: Vault, worker: Worker, idle: IdleWatcher, data_dir: Path,
    tmp_path: Path, large_text: ThemeManager, code: str,
) -> None:
    with language(code, tmp_path):
        page, sitting = _start_phq9(_window(qtbot, vault, worker, idle, data_dir, large_text))
        _answer(sitting, NO_RISK)
        problems = _look(qtbot, "functional item", page)
        sitting._see_result.click()  # "See result" without an answer
        qtbot.waitUntil(lambda: sitting.result_view is not None)
        problems += _look(qtbot, "result", page)
    assert problems == [], "\n".join(map(str, problems))

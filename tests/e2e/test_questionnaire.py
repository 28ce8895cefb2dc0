"""A PHQ-9 end to end by keyboard: the real page, a real vault, the real worker and crisis panel.

Item 9 above 0 must show the crisis panel first, before any score exists on screen, and
leave a crisis_event row in the vault; item 9 at 0 goes straight to the result.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.checkins.instruments import load_all
from desktop.checkins.questionnaire_view import QuestionnairePage
from desktop.checkins.result_view import ResultView
from desktop.shell.worker import Worker

NOW = datetime(2025, 3, 12, 18, 0, tzinfo=UTC)
DIGIT_KEYS = {0: Qt.Key.Key_0, 1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3}






def press(key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key)


def open_page(qtbot: QtBot, vault: Vault, worker: Worker) -> QuestionnairePage:
    page = QuestionnairePage(load_all()["phq9"], vault, worker, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(800, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.setFocus()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QRadioButton))
    return page


def answer_by_keyboard(answers: list[int]) -> None:
    for value in answers:
        press(DIGIT_KEYS[value])
        press(Qt.Key.Key_Return)


def shown_result(page: QuestionnairePage) -> ResultView | None:
    """The result view, read afresh (mypy would keep the narrowing from an earlier assert)."""
    return page.result_view


def visible_score_labels(page: QuestionnairePage) -> list[QLabel]:
    return [w for w in page.findChildren(QLabel) if w.accessibleName() == "Score" and w.isVisible()]


def test_item9_above_zero_shows_the_crisis_panel_first_and_records_it(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    attribution = [
        w for w in page.findChildren(QLabel) if w.accessibleName() == "Licence and attribution"
    ]
    assert attribution and attribution[0].isVisible()
    assert "No permission required" in attribution[0].text()

    answer_by_keyboard([1, 1, 0, 2, 0, 1, 0, 0])
    assert page.flow.index == 8
    with qtbot.waitSignal(page.saved):
        with qtbot.waitSignal(page.crisis_shown):
            answer_by_keyboard([1])
        panel = page.crisis_panel
        assert panel is not None and panel.isVisible()
        assert panel.windowModality() == Qt.WindowModality.ApplicationModal
        assert page.result_view is None and not visible_score_labels(page), "help before score"
        assert page.flow.result is None

    rows = worker.run_blocking(lambda: vault.query("SELECT source FROM crisis_event"))
    assert rows == [("phq9:item9",)]
    stored = worker.run_blocking(
        lambda: vault.query("SELECT risk, score FROM questionnaire_response")
    )
    assert stored == [(1, 6.0)]

    QTest.keyClick(panel, Qt.Key.Key_Escape)  # the person closes the help when ready
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert page.result_view is None, "closing the panel does not rush to the score"
    cont = [
        b for b in page.findChildren(QPushButton) if b.accessibleName() == "Continue to my result"
    ]
    cont[0].click()
    assert shown_result(page) is not None
    qtbot.waitUntil(lambda: bool(visible_score_labels(page)))
    assert visible_score_labels(page)[0].text() == "Score: 6 out of 27"


def test_item9_zero_goes_straight_to_the_result_with_the_right_band(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    answer_by_keyboard([2, 2, 1, 2, 1, 1, 1, 1])
    with qtbot.waitSignal(page.saved):
        answer_by_keyboard([0])
    assert page.crisis_panel is None
    assert page.result_view is not None
    assert page.result_view.score_label.text() == "Score: 11 out of 27"
    assert page.result_view.band_label.text() == "Moderate"
    assert "Pfizer" in page.result_view.attribution.text()
    rows = worker.run_blocking(lambda: vault.query("SELECT count(*) FROM crisis_event"))
    assert rows == [(0,)]


def test_enter_on_an_unanswered_item_asks_for_an_answer(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    press(Qt.Key.Key_Return)
    assert page.flow.index == 0
    status = [w for w in page.findChildren(QLabel) if w.accessibleName() == "Questionnaire status"]
    assert "choose an answer" in status[0].text()
    press(Qt.Key.Key_Space)  # Space picks the focused option ...
    assert page.flow.answer(0) == 0
    press(Qt.Key.Key_Down)  # ... and arrow keys move the choice within the options
    assert page.flow.answer(0) == 1
    press(Qt.Key.Key_Return)
    assert page.flow.index == 1

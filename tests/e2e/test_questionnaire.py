"""A PHQ-9 end to end by keyboard: the real page, a real vault, the real worker and crisis panel.

Item 9 above 0 must show the crisis panel first, before any score exists on screen, and
leave a crisis_event row in the vault; the result then leads with "talk to someone today",
988 and the safety plan, and never downplays the answer. Item 9 at 0 goes on to the
optional functional item and then the result.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.crisis.view import CrisisPanel
from desktop.questionnaires.questionnaire_view import QuestionnairePage
from desktop.questionnaires.questionnaires_view import QuestionnairesPage
from desktop.questionnaires.result_view import ResultView
from desktop.records.instruments import load_all
from desktop.shell.controller import AppController
from desktop.shell.main_window import MainWindow
from desktop.ui.worker import Worker
from tests.e2e.conftest import PASSPHRASE

NOW = datetime(2025, 3, 12, 18, 0, tzinfo=UTC)
DIGIT_KEYS = {0: Qt.Key.Key_0, 1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3}
# Words that would downplay a risk answer or put it off: none may be on its result page.
DOWNPLAYING = ("two weeks", "many people", "take it again", "common")
MILD_WITH_ITEM9 = [1, 1, 0, 1, 1, 0, 0, 0, 1]  # total 5: the "Mild" band


def press(key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key)


def open_page(qtbot: QtBot, vault: Vault, worker: Worker) -> QuestionnairePage:
    page = QuestionnairePage(load_all()["phq9"], vault, worker, now=lambda: NOW,
                             crisis_panel=CrisisPanel)
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
        w for w in page.findChildren(QLabel) if w.accessibleName() == "License and attribution"
    ]
    assert attribution and attribution[0].isVisible()
    assert "No permission required" in attribution[0].text()

    answer_by_keyboard([1, 1, 0, 2, 0, 1, 0, 0])
    assert page.flow.index == 8
    next_button = [b for b in page.findChildren(QPushButton) if b.accessibleName() == "Next"]
    assert next_button and next_button[0].isVisible(), "item 9 is followed by one more"
    press(DIGIT_KEYS[1])
    assert next_button[0].accessibleName() == "See result", "after a risk answer, no more"
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


def test_item9_zero_goes_on_to_the_functional_item_then_the_result_with_the_right_band(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    answer_by_keyboard([2, 2, 1, 2, 1, 1, 1, 1, 0])
    assert page.flow.on_functional_item and page.result_view is None
    question = [w for w in page.findChildren(QLabel) if w.accessibleName() == "Question"]
    assert any(q.isVisible() and q.text().startswith("If you checked off") for q in question)
    with qtbot.waitSignal(page.saved):
        answer_by_keyboard([1])  # "Somewhat difficult", then Enter shows the result
    assert page.crisis_panel is None
    view = shown_result(page)
    assert view is not None
    assert view.score_label.text() == "Score: 11 out of 27", "the functional item is not scored"
    assert view.band_label.text() == "Moderate"
    assert "Pfizer" in view.attribution.text()
    assert view.functional_label is not None and view.functional_label.isVisible()
    assert "Your answer: Somewhat difficult (not added to the score)" in (
        view.functional_label.text()
    )
    rows = worker.run_blocking(lambda: vault.query("SELECT count(*) FROM crisis_event"))
    assert rows == [(0,)]
    stored = worker.run_blocking(
        lambda: vault.query("SELECT answers, score FROM questionnaire_response")
    )
    assert stored == [('{"items": [2, 2, 1, 2, 1, 1, 1, 1, 0], "functional": 1}', 11.0)]


def test_the_functional_item_can_be_skipped(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    page = open_page(qtbot, vault, worker)
    answer_by_keyboard([0] * 9)
    assert page.flow.on_functional_item
    with qtbot.waitSignal(page.saved):
        press(Qt.Key.Key_Return)  # optional: Enter goes on without an answer
    assert page.result_view is not None and page.result_view.functional_label is None
    stored = worker.run_blocking(lambda: vault.query("SELECT answers FROM questionnaire_response"))
    assert stored == [("[0, 0, 0, 0, 0, 0, 0, 0, 0]",)]


def _visible_words(widget: QWidget) -> list[str]:
    """Every label's and button's text on the page, as shown (rich text made plain)."""
    words = []
    for label in widget.findChildren(QLabel):
        document = QTextDocument()
        document.setHtml(label.text())
        words.append(label.text() if label.textFormat() == Qt.TextFormat.PlainText
                     else document.toPlainText())
    words += [b.text() for b in widget.findChildren(QPushButton)]
    return words  # fmt: skip


def _top(widget: QWidget, view: ResultView) -> int:
    return widget.mapTo(view, QPoint(0, 0)).y()


def _continue(page: QuestionnairePage) -> None:
    (cont,) = [
        b for b in page.findChildren(QPushButton) if b.accessibleName() == "Continue to my result"
    ]
    cont.click()


def _risk_result(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> tuple[QuestionnairePage, ResultView]:
    """A PHQ-9 with item 9 at 1 and a mild total, past the crisis step to the result."""
    page = open_page(qtbot, vault, worker)
    with qtbot.waitSignal(page.saved):
        answer_by_keyboard(MILD_WITH_ITEM9)
    panel = page.crisis_panel
    assert panel is not None and panel.isVisible()
    QTest.keyClick(panel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible())
    _continue(page)
    view = page.result_view
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    return page, view


def test_a_risk_answer_with_a_mild_total_leads_with_help_and_never_downplays_it(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page, view = _risk_result(qtbot, vault, worker)
    talk = [w for w in view.findChildren(QLabel) if w.accessibleName() == "Please talk to someone"]
    assert len(talk) == 1 and talk[0].text() == "Please talk to someone today"
    crisis, plan = view.crisis_button, view.safety_plan_button
    assert crisis is not None and plan is not None
    assert crisis.text().replace("&", "") == "Call or text 988"
    assert plan.text().replace("&", "") == "Open my safety plan"
    assert crisis.isVisible() and plan.isVisible()
    # Help first: the words, then 988 and the plan, and only then the score.
    assert _top(talk[0], view) < _top(crisis, view) <= _top(plan, view)
    assert _top(plan, view) < _top(view.score_label, view)
    assert view.score_label.isVisible() and view.score_label.text() == "Score: 5 out of 27"
    assert view.focusProxy() is crisis, "the keyboard starts on 988"
    words = " ".join(_visible_words(page)).lower()
    assert "988" in words
    for downplaying in DOWNPLAYING:
        assert downplaying not in words, downplaying
    mild = load_all()["phq9"].bands[1]
    assert mild.label == "Mild" and mild.meaning.lower() not in words
    assert not any(step.lower() in words for step in mild.next_steps)

    crisis.click()  # 988: the crisis panel again
    panel = page.crisis_panel
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    QTest.keyClick(panel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible())
    with qtbot.waitSignal(page.safety_plan_requested):
        plan.click()


def _unlock(qtbot: QtBot, controller: AppController) -> MainWindow:
    controller.start()
    screen = controller.lock_screen
    assert screen is not None
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        screen.passphrase.setText(PASSPHRASE)
        screen.unlock_button.click()
    window = controller.main_window
    assert isinstance(window, MainWindow)
    return window


@pytest.mark.usefixtures("existing_vault")
def test_in_the_app_the_risk_result_reaches_the_crisis_panel_and_the_safety_plan(
    qtbot: QtBot, controller: AppController
) -> None:
    window = _unlock(qtbot, controller)
    window.show_page("questionnaires")
    questionnaires = window.page("questionnaires")
    assert isinstance(questionnaires, QuestionnairesPage)
    questionnaires.start_buttons["phq9"].click()
    page = questionnaires.current
    assert page is not None
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QRadioButton))
    with qtbot.waitSignal(page.saved, timeout=5_000):
        answer_by_keyboard(MILD_WITH_ITEM9)
    panel = page.crisis_panel
    assert panel is not None and panel.isVisible()
    panel.close()
    _continue(page)
    view = page.result_view
    assert view is not None and view.crisis_button is not None
    assert view.safety_plan_button is not None

    view.crisis_button.click()
    qtbot.waitUntil(panel.isVisible)
    panel.close()
    qtbot.waitUntil(lambda: not panel.isVisible())
    view.safety_plan_button.click()
    assert window.current_key() == "safety_plan"
    assert window.stack.currentWidget() is window.page("safety_plan")

    window.show_page("questionnaires")
    view.find_help.click()
    assert window.current_key() == "directory"


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

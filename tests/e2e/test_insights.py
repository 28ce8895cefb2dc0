"""Insights end to end: a real vault, the real worker, and the page as a person sees it.

The demo's check-ins (short-staffed shifts weigh on mood) give a clear difference; a few
days give none and the page states its rule; locking forgets every figure.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.demo import _INSERT, _INSERT_RESPONSE, demo_checkins, demo_questionnaires
from desktop.insights.logic import Factor, Outcome
from desktop.insights.view import InsightsPage
from desktop.shell.controller import AppController
from desktop.ui.worker import Worker
from tests.e2e.test_shell import unlock

TODAY = date(2026, 12, 4)


def _fill(worker: Worker, vault: Vault, rows: list[tuple[str, str, int, int, int, str, str]],
          *, questionnaires: bool = True) -> None:
    def write() -> None:
        with vault.transaction() as conn:
            conn.executemany(_INSERT, rows)
            if questionnaires:
                conn.executemany(_INSERT_RESPONSE, demo_questionnaires(TODAY))

    worker.run_blocking(write)


def _open(qtbot: QtBot, vault: Vault, worker: Worker) -> InsightsPage:
    page = InsightsPage(vault, worker, today=lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.resize(900, 800)
        page.show()
    return page


def test_demo_data_shows_a_clear_difference_in_words_chart_and_table(
    qtbot: QtBot, qtmodeltester: ModelTester, vault: Vault, worker: Worker
) -> None:
    _fill(worker, vault, demo_checkins(TODAY))
    page = _open(qtbot, vault, worker)
    report = page.report
    assert report is not None and report.enough_data
    clear = report.clear_findings
    assert [(f.factor, f.outcome) for f in clear] == [(Factor.STAFFING, Outcome.MOOD)]
    assert re.fullmatch(
        r"On days you marked staffing, your mood was about \d\.\d points lower"
        r" \(\d\.\d+ to \d\.\d lower\)\.",
        page.sentences.text(),
    )
    compared = len(report.findings)
    assert page.status.text() == f"1 of {compared} comparisons showed a clear difference:"
    assert page.chart.isVisible() and page.chart.findings == clear
    assert page.chart.accessibleDescription() == page.sentences.text()
    table = page.findChild(QTableView)
    assert table is not None and table.isVisible()
    assert table.accessibleName() == "Insights table"
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Staffing"
    accessible = page.model.index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert re.fullmatch(r"Difference: about \d\.\d points lower", accessible)
    assert re.fullmatch(r"\d\.\d lower", page.model.index(0, 2).data())
    qtmodeltester.check(page.model)
    assert "Bonferroni" in page.method.text() and "never leaves it" in page.method.text()
    assert not page.care.isVisible()


def test_too_little_data_states_the_rule_and_shows_no_figure(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    _fill(worker, vault, demo_checkins(TODAY)[-15:], questionnaires=False)
    page = _open(qtbot, vault, worker)
    assert page.report is not None and not page.report.enough_data
    assert page.rule.text() == (
        "A driver is compared only when your last 90 days hold at least 10 check-in days"
        " with it and at least 10 without it."
    )
    assert page.status.text().startswith("Not enough check-ins yet to compare kinds of day")
    assert not page.chart.isVisible() and not page.table.isVisible()
    assert not page.sentences.isVisible() and page.model.rowCount() == 0


def test_a_low_mood_streak_offers_the_safety_plan_and_find_help_gently(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    rows = demo_checkins(TODAY)
    rows = [(*r[:2], 1, *r[3:]) if i >= len(rows) - 3 else r for i, r in enumerate(rows)]
    _fill(worker, vault, rows)
    page = _open(qtbot, vault, worker)
    assert page.care.isVisible()
    words = " ".join(w.text() for w in page.care.findChildren(QLabel))
    assert not re.search(r"(?i)\b(danger|warning|alarm|urgent|crisis|risk)\b", words)
    with qtbot.waitSignal(page.safety_plan_requested):
        _button(page, "Open my safety plan").click()
    with qtbot.waitSignal(page.find_help_requested):
        _button(page, "Find help").click()


def _button(page: InsightsPage, name: str) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton) if b.accessibleName() == name)


def test_clear_personal_data_drops_every_figure_and_late_results(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    _fill(worker, vault, demo_checkins(TODAY))
    page = _open(qtbot, vault, worker)
    assert page.model.rowCount() == 1
    page.refresh()  # a load on its way when the vault locks
    page.clear_personal_data()
    qtbot.waitUntil(lambda: not worker.busy)
    assert page.report is None
    assert page.model.rowCount() == 0 and page.chart.findings == ()
    assert page.sentences.text() == "" and page.status.text() == "" and page.method.text() == ""
    assert page.chart.accessibleDescription() == "No insights are shown."
    assert not page.care.isVisible()


@pytest.mark.usefixtures("existing_vault")
def test_the_window_has_insights_after_history_and_lock_forgets_them(
    qtbot: QtBot, controller: AppController
) -> None:
    window = unlock(qtbot, controller)
    keys = [key for key, _title in window.sections()]
    assert keys[keys.index("history") + 1] == "insights"
    page = window.page("insights")
    assert isinstance(page, InsightsPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page("insights")
    assert page.report is not None
    page.safety_plan_requested.emit()  # the care offer's buttons lead to these pages
    assert window.current_key() == "safety_plan"
    page.find_help_requested.emit()
    assert window.current_key() == "directory"
    controller.lock()  # the page still exists until the event loop deletes it
    assert page.status.text() == ""
    assert page.report is None

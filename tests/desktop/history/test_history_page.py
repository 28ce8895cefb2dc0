"""The History page shows a check-in scale's weekly average first and each day's point on
request; the choice holds for the session, and the table and summary follow it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.history.history import RangePreset, Series, trend
from desktop.history.view import HistoryPage
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import CheckIn
from desktop.records.instruments import load_all
from desktop.records.results_store import ResultStore
from desktop.records.scoring import score
from desktop.ui.worker import Worker
from tests.conftest import VAULT_PASSPHRASE

TODAY = date(2025, 3, 12)  # a Wednesday
# Three weeks of moods: the daily line ends higher than it starts, the weekly one lower.
MOODS = (1, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 2, 2, 4)


@pytest.fixture
def page(qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams) -> Iterator[HistoryPage]:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))

    def fill() -> None:
        store = CheckInStore(vault)
        for offset, mood in enumerate(reversed(MOODS)):
            day = TODAY - timedelta(days=offset)
            store.save(CheckIn(day, datetime(2025, 3, 1, tzinfo=UTC), mood, 3, 3))
        phq9 = load_all()["phq9"]
        answers = [1] * 8 + [0]
        ResultStore(vault).save(phq9, score(phq9, answers), answers,
                                datetime(2025, 3, 5, 12, tzinfo=UTC))

    try:
        worker.run_blocking(fill)
        shown = HistoryPage(vault, worker, today=lambda: TODAY)
        qtbot.addWidget(shown)
        with qtbot.waitSignal(shown.loaded):
            shown.resize(900, 700)
            shown.show()
        yield shown
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


def _shown(page: HistoryPage) -> Series:
    series = page.chart.series
    assert series is not None
    return series


def _table_values(page: HistoryPage) -> list[str]:
    model = page.model
    return [str(model.index(row, 1).data()) for row in range(model.rowCount())]


def test_the_weekly_average_is_shown_first(page: HistoryPage) -> None:
    series = _shown(page)
    assert series.key == "checkin:mood:weekly"
    assert not page.daily_box.isChecked() and page.daily_box.isEnabled()
    # Monday 24 Feb (cut to the range's start? no: 90 days hold it), 3 Mar, 10 Mar.
    assert [p.days for p in series.points] == [7, 7, 3]
    assert _table_values(page) == [f"{p.value:.1f}" for p in series.points]
    assert "weekly average" in page.summary.text()
    # The trend quotes the weekly values, and its direction is theirs: down from 4.4 to 2.7,
    # though the first and last days (1 and 4) went up.
    assert "it went down, from 4.4 to 2.7" in page.summary.text()


def test_daily_points_on_request_in_chart_table_and_summary(
        qtbot: QtBot, page: HistoryPage) -> None:
    with qtbot.waitSignal(page.loaded):
        page.daily_box.click()
    series = _shown(page)
    assert series.key == "checkin:mood:daily"
    assert [p.value for p in series.points] == [float(m) for m in MOODS]
    assert sorted(_table_values(page)) == sorted(str(m) for m in MOODS)
    summary = trend(series)
    assert summary is not None and (summary.first.value, summary.latest.value) == (1.0, 4.0)
    assert "daily check-in" in page.summary.text()
    assert "it went up, from 1 to 4" in page.summary.text()
    with qtbot.waitSignal(page.loaded):
        page.daily_box.click()
    assert _shown(page).key == "checkin:mood:weekly"


def test_the_choice_holds_for_the_session_and_skips_questionnaires(
        qtbot: QtBot, page: HistoryPage) -> None:
    with qtbot.waitSignal(page.loaded):
        page.daily_box.setChecked(True)
    with qtbot.waitSignal(page.loaded):
        page.series_box.setCurrentIndex(page.series_box.findData("checkin:sleep"))
    assert _shown(page).key == "checkin:sleep:daily"
    with qtbot.waitSignal(page.loaded):
        page.series_box.setCurrentIndex(page.series_box.findData("instrument:phq9"))
    assert _shown(page).key == "instrument:phq9"
    assert not page.daily_box.isEnabled()  # each result is a point already
    assert page.daily_box.isChecked()  # …and the choice is kept for the check-ins
    with qtbot.waitSignal(page.loaded):
        page.series_box.setCurrentIndex(page.series_box.findData("checkin:mood"))
    assert _shown(page).key == "checkin:mood:daily" and page.daily_box.isEnabled()
    # Coming back to the page (it is hidden and shown, not built again) keeps it too.
    page.hide()
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert _shown(page).key == "checkin:mood:daily"
    # A full key sets the switch, as a link to a daily or weekly series would.
    with qtbot.waitSignal(page.loaded):
        page.select("checkin:energy:weekly", RangePreset.DAYS_30)
    assert _shown(page).key == "checkin:energy:weekly" and not page.daily_box.isChecked()


def test_the_switch_is_named_and_reached_by_keyboard(qtbot: QtBot, page: HistoryPage) -> None:
    box = page.daily_box
    assert box.accessibleName() == "Show daily points"
    assert "weekly average" in box.accessibleDescription()
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert box.text() == "Show &daily points"
    page.activateWindow()
    page.range_box.setFocus()
    qtbot.waitUntil(page.range_box.hasFocus)
    qtbot.keyClick(page.range_box, Qt.Key.Key_Tab)  # Tab: series, range, switch, chart
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.chart
    box.setFocus()
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert _shown(page).key == "checkin:mood:daily"

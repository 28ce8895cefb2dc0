"""History end to end: check-ins saved through the real check-in page show in the chart and the
table of the history page, over a real vault and the real worker."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QHeaderView, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.checkins.view import CheckInPage
from desktop.history.history import RangePreset
from desktop.history.table_view import Column
from desktop.history.view import HistoryPage
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import CheckIn
from desktop.records.instruments import load_all
from desktop.records.results_store import ResultStore
from desktop.records.scoring import score
from desktop.ui.dates import short_date
from desktop.ui.table_fit import SAMPLE_ROWS
from desktop.ui.worker import Worker

TODAY = date(2025, 3, 12)






def open_history(qtbot: QtBot, vault: Vault, worker: Worker) -> HistoryPage:
    page = HistoryPage(vault, worker, today=lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.resize(900, 700)
        page.show()
    return page


def test_a_checkin_saved_on_its_page_shows_in_chart_and_table(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    earlier = [
        CheckIn(TODAY - timedelta(days=d), datetime(2025, 3, 1, tzinfo=UTC), m, 3, 3)
        for d, m in ((3, 1), (2, 2), (1, 3))
    ]
    worker.run_blocking(lambda: [CheckInStore(vault).save(c) for c in earlier])
    checkin = CheckInPage(vault, worker, today=lambda: TODAY)
    qtbot.addWidget(checkin)
    with qtbot.waitSignal(checkin.loaded):
        checkin.show()
    for button in checkin.findChildren(QRadioButton):
        if button.accessibleName() in (
            "Mood: 5 of 5, Very good",
            "Energy: 4 of 5, Good",
            "Sleep: 2 of 5, Poor",
        ):
            button.click()
    save = next(
        b for b in checkin.findChildren(QPushButton) if b.accessibleName() == "Save check-in"
    )
    with qtbot.waitSignal(checkin.saved):
        save.click()

    page = open_history(qtbot, vault, worker)
    # The weekly average comes first; each day's point is one tick away.
    assert page.series_box.currentData() == "checkin:mood"
    assert page.chart.series is not None and page.chart.series.key == "checkin:mood:weekly"
    with qtbot.waitSignal(page.loaded):
        page.daily_box.click()
    chart = page.chart
    assert chart.series is not None
    assert [p.value for p in chart.series.points] == [1.0, 2.0, 3.0, 5.0]
    assert f"Latest: 5 (Very good) on {short_date(date(2025, 3, 12))}" in (
        chart.accessibleDescription())
    assert "went up, from 1 to 5" in chart.accessibleDescription()
    assert page.summary.text() == chart.accessibleDescription()
    table = page.table
    assert table.model().rowCount() == 4
    # Newest first, as the table sorts by default.
    assert [table.model().index(0, c).data() for c in Column] == [
        short_date(date(2025, 3, 12)),
        "5",
        "Very good",
    ]

    # The keyboard chooses another series: Alt+W, then the arrow keys.
    page.activateWindow()
    page.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.series_box)
    with qtbot.waitSignal(page.loaded):
        QTest.keyClick(page.series_box, Qt.Key.Key_Down)
    assert page.series_box.currentData() == "checkin:energy"
    assert chart.series is not None and chart.series.key == "checkin:energy:daily"
    assert table.model().index(0, Column.VALUE).data() == "4"


def test_questionnaire_results_show_with_their_bands(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    phq9 = load_all()["phq9"]

    def save_results() -> None:
        for days, answer in ((40, 2), (20, 1), (5, 0)):
            answers = [answer] * len(phq9.items)
            when = datetime.combine(TODAY - timedelta(days=days), datetime.min.time(), UTC)
            ResultStore(vault).save(phq9, score(phq9, answers), answers, when + timedelta(hours=12))

    worker.run_blocking(save_results)
    page = open_history(qtbot, vault, worker)
    with qtbot.waitSignal(page.loaded):
        page.select("instrument:phq9", RangePreset.DAYS_90)
    series = page.chart.series
    assert series is not None
    assert [p.value for p in series.points] == [18.0, 9.0, 0.0]
    assert [b.label for b in series.bands] == [b.label for b in phq9.bands]
    model = page.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Date",
        "Score",
        "Band",
    ]
    # Every answer was the same, item 9 included: the two results above 0 say so.
    assert [model.index(r, Column.NOTE).data() for r in range(3)] == [
        "Minimal",
        "Mild; the safety question was answered above 0",
        "Moderately severe; the safety question was answered above 0",
    ]
    with qtbot.waitSignal(page.loaded):
        page.select("instrument:phq9", RangePreset.DAYS_30)
    assert model.rowCount() == 2

    page.clear_personal_data()
    assert page.chart.series is None and model.rowCount() == 0 and page.summary.text() == ""
    assert isinstance(page.range_box, QComboBox)


def test_the_summary_sentence_agrees_with_its_numbers_for_who5_and_phq9(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    instruments = load_all()

    def save(key: str, rows: tuple[tuple[int, list[int]], ...]) -> None:
        instrument = instruments[key]
        for days, answers in rows:
            when = datetime.combine(TODAY - timedelta(days=days), datetime.min.time(), UTC)
            ResultStore(vault).save(
                instrument, score(instrument, answers), answers, when + timedelta(hours=12)
            )

    # WHO-5 rises, then falls below where it began: 10 -> 25 -> 5 (higher is better).
    who5 = ((60, [2] * 5), (30, [5] * 5), (3, [1] * 5))
    # PHQ-9 rises a lot, then ends a little below its start: 4 -> 20 -> 2 (lower is better).
    # A slope over these once read "went up, from 4 to 2".
    high = [3] * 6 + [2] + [0] * 2
    phq9 = ((60, [1] * 4 + [0] * 5), (30, high), (20, high), (10, high), (3, [1] * 2 + [0] * 7))

    def save_both() -> None:
        save("who5", who5)
        save("phq9", phq9)

    worker.run_blocking(save_both)
    page = open_history(qtbot, vault, worker)
    with qtbot.waitSignal(page.loaded):
        page.select("instrument:who5", RangePreset.DAYS_90)
    assert "went down, from 10 to 5. Higher is better on this scale." in page.summary.text()
    with qtbot.waitSignal(page.loaded):
        page.select("instrument:phq9", RangePreset.DAYS_90)
    assert "went down, from 4 to 2. Lower is better on this scale." in page.summary.text()
    assert "went up" not in page.summary.text()


def test_the_table_fits_its_columns_from_a_sample_not_every_day(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_history(qtbot, vault, worker)
    header = page.table.horizontalHeader()
    # Ten years of days would be measured on every change under ResizeToContents.
    assert header.sectionResizeMode(int(Column.DAY)) is QHeaderView.ResizeMode.Interactive
    assert header.resizeContentsPrecision() == SAMPLE_ROWS
    assert page.table.columnWidth(int(Column.DAY)) >= header.sectionSizeHint(int(Column.DAY))

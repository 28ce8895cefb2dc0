"""The History page at the app's own 200 % text fits a 600 px wide window, in English and
Spanish, with nothing scrolling sideways (it once needed 716 px, and 933 px in Spanish)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.history.history import RangePreset
from desktop.history.view import HistoryPage
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import CheckIn
from desktop.records.instruments import load_all
from desktop.records.results_store import ResultStore
from desktop.records.scoring import score
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from tests.conftest import VAULT_PASSPHRASE
from tests.desktop.i18n_fixtures import language

TODAY = date(2025, 3, 12)
WIDTH = 600


def _fill(vault: Vault) -> None:
    store = CheckInStore(vault)
    for offset in range(40):
        day = TODAY - timedelta(days=offset)
        store.save(CheckIn(day, datetime(2025, 3, 1, tzinfo=UTC), 1 + offset % 5, 3, 2))
    phq9 = load_all()["phq9"]
    for days_ago, answer in ((30, 2), (10, 1)):
        answers = [answer] * 8 + [0]
        ResultStore(vault).save(phq9, score(phq9, answers), answers,
                                datetime(2025, 3, 1, 12, tzinfo=UTC) - timedelta(days=days_ago))


def _right_edge(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(widget.width(), 0)).x()


@pytest.mark.parametrize("code", ["en", "es"])
def test_the_page_fits_600_px_at_200_percent_text(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, data_dir: Path, fast_kdf: KdfParams,
        code: str) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    theme = ThemeManager(qapp)
    base = qapp.font().pointSizeF()
    try:
        worker.run_blocking(lambda: _fill(vault))
        theme.set_text_size(200)
        assert qapp.font().pointSizeF() == pytest.approx(base * 2)
        with language(code, tmp_path / "qm"):
            page = HistoryPage(vault, worker, today=lambda: TODAY)
            qtbot.addWidget(page)
            with qtbot.waitSignal(page.loaded):
                page.resize(WIDTH, 800)
                page.show()
            assert page.minimumSizeHint().width() <= WIDTH
            for key in ("checkin:mood:weekly", "checkin:mood:daily", "instrument:phq9"):
                with qtbot.waitSignal(page.loaded):
                    page.select(key, RangePreset.DAYS_90)
                QApplication.processEvents()
                assert page.width() == WIDTH, key
                assert page.table.horizontalScrollBar().maximum() == 0, key
                for widget in (page.series_box, page.range_box, page.daily_box,
                               page.export_button, page.chart, page.table):
                    assert _right_edge(widget, page) <= WIDTH, (key, widget.accessibleName())
                # The controls wrapped onto rows of their own, above the chart.
                assert page.controls.height() > 2 * page.daily_box.height(), key
                assert page.controls.geometry().bottom() < page.chart.geometry().top(), key
                assert page.daily_box.mapTo(page, QPoint(0, 0)).x() < WIDTH // 2, key
    finally:
        theme.set_text_size(100)  # the application font is shared by every later test
        worker.run_blocking(vault.lock)
        worker.stop()

"""History's daily-points switch and its series entries are translated: every word on the
page in both states goes through Qt, and the page's shortcut letters stay unique in Spanish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.history.history import RangePreset
from desktop.history.view import HistoryPage
from desktop.ui.dates import short_date
from desktop.ui.worker import Worker
from tests.conftest import VAULT_PASSPHRASE
from tests.desktop.i18n_fixtures import CLOSE, OPEN, language, pseudo_locale
from tests.desktop.test_pseudo_locale import HISTORY_TODAY, _save_history, untranslated


def test_the_daily_switch_and_series_entries_are_translated(
        qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        worker.run_blocking(lambda: _save_history(vault))
        with pseudo_locale():
            page = HistoryPage(vault, worker, today=lambda: HISTORY_TODAY)
            qtbot.addWidget(page)
            with qtbot.waitSignal(page.loaded):
                page.show()
            box = page.daily_box
            for text in (box.text(), box.accessibleName(), box.toolTip(),
                         page.series_box.itemText(0)):
                assert text.startswith(OPEN) and text.endswith(CLOSE), text
            # Weekly (the default), daily, and a questionnaire with the switch disabled.
            for key in ("checkin:mood:weekly", "checkin:mood:daily", "instrument:phq9"):
                with qtbot.waitSignal(page.loaded):
                    page.select(key, RangePreset.DAYS_30)
                assert untranslated(page, said=_dates(page)) == [], key
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()


def _dates(page: HistoryPage) -> list[str]:
    """The dates the page shows come from Qt's locale, not from a translation."""
    series = page.chart.series
    assert series is not None
    return [short_date(d) for d in (series.span.start, series.span.end,
                                  *(p.day for p in series.points))]


def _letters(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QAbstractButton)]
    texts += [w.text() for w in root.findChildren(QLabel) if w.buddy() is not None]
    return [m.lower() for t in texts for m in re.findall(r"&(\w)", t.replace("&&", ""))]


@pytest.mark.parametrize("code", ["en", "es"])
def test_the_page_shortcut_letters_do_not_clash(
        qtbot: QtBot, tmp_path: Path, data_dir: Path, fast_kdf: KdfParams, code: str) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with language(code, tmp_path / "qm"):
            page = HistoryPage(vault, worker, today=lambda: HISTORY_TODAY)
            qtbot.addWidget(page)
            letters = _letters(page)
            assert len(letters) == 4 and len(set(letters)) == 4, letters  # w r d x / m p d x
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()

"""The Questionnaires page lists every instrument, suggests what is due, and opens one in place."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.crisis.view import CrisisPanel
from desktop.questionnaires.questionnaires_view import QuestionnairesPage, last_done_words
from desktop.records.instruments import load_all
from desktop.ui.worker import Worker

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_words_for_the_last_time() -> None:
    assert last_done_words(None, True) == "Not done yet \u00b7 suggested now"
    assert last_done_words(NOW, False).startswith("Last done ")


def test_lists_every_instrument_and_answers_one(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams
) -> None:
    vault, _ = Vault.create(data_dir, "questionnaire pass phrase", kdf_params=fast_kdf)
    worker = Worker()
    try:
        page = QuestionnairesPage(load_all(), vault, worker, now=lambda: NOW,
                                  crisis_panel=CrisisPanel)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        assert set(page.start_buttons) == set(load_all())
        qtbot.waitUntil(lambda: "suggested now" in page._status["phq9"].text(), timeout=5_000)
        page.start_buttons["gad2"].click()
        current = page.current
        assert current is not None
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QRadioButton))
        with qtbot.waitSignal(page.saved, timeout=5_000):
            for _ in range(2):  # GAD-2: two items, "Not at all" each, by keyboard
                for key in (Qt.Key.Key_0, Qt.Key.Key_Return):
                    target = QApplication.focusWidget()
                    assert target is not None
                    QTest.keyClick(target, key)
        page.show_list()
        assert page.current is None
        qtbot.waitUntil(lambda: "Last done" in page._status["gad2"].text(), timeout=5_000)
        rows = worker.run_blocking(
            lambda: vault.query("SELECT instrument, score FROM questionnaire_response")
        )
        assert rows == [("gad2", 0.0)]
        page.clear_personal_data()
        assert page._status["gad2"].text() == ""
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()

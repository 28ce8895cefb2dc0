"""Home's Today card with a real vault: start button, today's words, a risk result's help."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.policy.effective import EffectivePolicy
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import CheckIn
from desktop.records.instruments import load_all
from desktop.records.results_store import ResultStore
from desktop.records.scoring import score
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.shell.today import Today, load_today
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker

NOW = datetime.now(UTC)


@pytest.fixture
def open_window(
    qtbot: QtBot, vault: Vault, worker: Worker, idle: IdleWatcher, qapp: QApplication,
    data_dir: Path,
) -> Iterator[Callable[[], MainWindow]]:
    def build() -> MainWindow:
        services = ShellServices(
            data_dir, ThemeManager(qapp), idle, EffectivePolicy.defaults(), lambda _r: None
        )
        window = build_main_window(vault, worker, services)
        qtbot.addWidget(window)
        window.show()
        return window

    yield build


def save_checkin(worker: Worker, vault: Vault, mood: int) -> None:
    checkin = CheckIn(date.today(), NOW, mood=mood, energy=2, sleep=3, note="private words")
    worker.run_blocking(lambda: CheckInStore(vault).save(checkin))


def save_phq9(worker: Worker, vault: Vault, answers: list[int]) -> None:
    phq9 = load_all()["phq9"]
    worker.run_blocking(
        lambda: ResultStore(vault).save(phq9, score(phq9, answers), answers, NOW)
    )


def card_text(window: MainWindow) -> str:
    home = window.home
    return " ".join(w.text() for w in (home.checkin_words, home.due_words, home.result_words)
                    if w.isVisible())


def test_no_checkin_offers_a_one_tap_start(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    home = window.home
    qtbot.waitUntil(home.checkin_button.isVisible)
    assert "not checked in today" in home.checkin_words.text()
    # Nothing done yet, so the rhythm offers the most overdue questionnaires.
    assert "PHQ-9" in home.due_words.text()
    assert not home.result_words.isVisible()
    QTest.mouseClick(home.checkin_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "checkin"


def test_a_checkin_shows_in_words_and_never_the_note(
    qtbot: QtBot, open_window: Callable[[], MainWindow], vault: Vault, worker: Worker,
) -> None:
    save_checkin(worker, vault, mood=2)
    window = open_window()
    home = window.home
    qtbot.waitUntil(lambda: "checked in today" in home.checkin_words.text())
    words = home.checkin_words.text()
    assert "mood: low" in words
    assert "energy: tired" in words
    assert "private words" not in card_text(window)
    assert not home.checkin_button.isVisible()


def test_a_result_shows_its_band_and_date_not_its_score(
    qtbot: QtBot, open_window: Callable[[], MainWindow], vault: Vault, worker: Worker,
) -> None:
    save_phq9(worker, vault, [1, 1, 1, 1, 1, 0, 0, 0, 0])  # 5: Mild
    window = open_window()
    home = window.home
    qtbot.waitUntil(home.result_words.isVisible)
    text = home.result_words.text()
    assert "PHQ-9" in text and "Mild" in text
    # The date may hold a 5 (it failed on 5 December): look for the score outside it.
    name, _, rest = text.partition(" on ")
    _date, _, band = rest.partition(":")
    assert band.strip() == "Mild."
    assert "5" not in name.replace("PHQ-9", "")
    assert "PHQ-9" not in home.due_words.text()  # just done, so not due


def test_a_risk_answer_shows_talk_today_and_988_never_the_band(
    qtbot: QtBot, open_window: Callable[[], MainWindow], vault: Vault, worker: Worker,
) -> None:
    save_phq9(worker, vault, [0, 0, 0, 0, 0, 0, 0, 0, 1])  # item 9 answered: a risk answer
    window = open_window()
    home = window.home
    qtbot.waitUntil(home.result_words.isVisible)
    text = home.result_words.text()
    assert "please talk to someone today" in text
    assert "988" in text
    assert "Minimal" not in text
    with qtbot.waitSignal(window.crisis_requested, timeout=1000):
        QTest.mouseClick(home.help_button, Qt.MouseButton.LeftButton)


def test_saving_a_checkin_updates_the_card_and_lock_forgets_it(
    qtbot: QtBot, open_window: Callable[[], MainWindow], vault: Vault, worker: Worker,
) -> None:
    window = open_window()
    home = window.home
    qtbot.waitUntil(home.checkin_button.isVisible)
    save_checkin(worker, vault, mood=4)
    window.show_page("checkin")
    window.show_page("home")  # showing Home reads today again
    qtbot.waitUntil(lambda: "mood: good" in home.checkin_words.text())
    home.clear_personal_data()
    assert card_text(window) == ""
    home.refresh()  # no source after lock: nothing is read
    assert card_text(window) == ""


def test_load_today_reads_the_latest_result(vault: Vault, worker: Worker) -> None:
    save_phq9(worker, vault, [0] * 9)
    who5 = load_all()["who5"]
    later = NOW + timedelta(minutes=5)
    worker.run_blocking(
        lambda: ResultStore(vault).save(who5, score(who5, [3] * 5), [3] * 5, later)
    )
    today = worker.run_blocking(lambda: load_today(vault, date.today(), later))
    assert today.last_result is not None
    assert today.last_result.instrument_id == "who5"
    assert today.checkin is None
    assert "phq9" not in today.due


def test_a_read_still_running_at_lock_never_reaches_the_card(
    qtbot: QtBot, worker: Worker
) -> None:
    from threading import Event

    from desktop.shell.home_view import HomeView

    home = HomeView()
    qtbot.addWidget(home)
    started, release = Event(), Event()
    checkin = CheckIn(date.today(), datetime.now(UTC), 4, 3, 4)

    def slow_read() -> Today:
        started.set()
        release.wait(5)
        return Today(checkin, (), None)

    home.set_source(slow_read, worker, {})
    assert started.wait(5)
    home.clear_personal_data()  # locked while the read runs
    release.set()
    worker.run_blocking(lambda: None)  # the read has finished on the worker
    qtbot.wait(50)  # and its outcome has been handed to the GUI thread
    assert home.checkin_words.text() == ""

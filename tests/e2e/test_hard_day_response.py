"""After a hard day the check-in answers gently, with optional next steps; not after a good one."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.checkins.view import CheckInPage
from desktop.ui.worker import Worker
from tests.e2e.test_checkin import by_name, open_page

# Words the response must never use: a score, a band or a label for the person.
NEVER = re.compile(
    r"\d+ of 5|score|severe|moderate|depress|anxi|disorder|symptom|risk|crisis|emergency"
    r"|urgent|worr|alarm|diagnos|\bband\b",
    re.IGNORECASE,
)


def check_in(qtbot: QtBot, page: CheckInPage, mood: str, energy: str, sleep: str) -> None:
    for name in (mood, energy, sleep):
        by_name(page, QRadioButton, name).click()  # as a click or Space would
    for name in (mood, energy, sleep):
        assert by_name(page, QRadioButton, name).isChecked(), name
    save = by_name(page, QPushButton, page._save.accessibleName())
    with qtbot.waitSignal(page.saved, timeout=5000):
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)


def test_a_low_mood_gets_a_gentle_word_and_next_steps(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    note = page.hard_day_note
    assert not note.isVisible()
    check_in(qtbot, page, "Mood: 2 of 5, Low", "Energy: 3 of 5, Getting by",
             "Sleep: 3 of 5, Fair")
    assert note.isVisible()
    words = " ".join((note.words.text(), note.peer_line.text()))
    assert "today was a hard one" in words
    assert "do not have to carry this one alone" in words  # hope and help-seeking
    assert "988" in words and "800-950-6264" in words
    assert not NEVER.search(words), NEVER.search(words)
    with qtbot.waitSignal(page.safety_plan_requested, timeout=1000):
        QTest.mouseClick(note.plan_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.find_help_requested, timeout=1000):
        QTest.mouseClick(note.help_button, Qt.MouseButton.LeftButton)
    page.clear_personal_data()
    assert not note.isVisible()  # forgotten at lock


def test_a_good_day_gets_only_the_usual_thanks(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    check_in(qtbot, page, "Mood: 4 of 5, Good", "Energy: 4 of 5, Good", "Sleep: 4 of 5, Good")
    assert not page.hard_day_note.isVisible()
    # Changing a hard day into a better one takes the word away again.
    check_in(qtbot, page, "Mood: 1 of 5, Very low", "Energy: 4 of 5, Good",
             "Sleep: 4 of 5, Good")
    assert page.hard_day_note.isVisible()
    check_in(qtbot, page, "Mood: 3 of 5, Okay", "Energy: 4 of 5, Good", "Sleep: 4 of 5, Good")
    assert not page.hard_day_note.isVisible()

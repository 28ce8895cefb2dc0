"""The counted line above the results, and how it says the list is capped (English)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.directory.summary_view import SummaryWords
from referral_directory.model import Need


@pytest.fixture
def words(qtbot: QtBot) -> Iterator[SummaryWords]:
    del qtbot  # the QApplication
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # "1,234": the locale groups the digits
    try:
        yield SummaryWords()
    finally:
        QLocale.setDefault(previous)


def test_results_words(words: SummaryWords) -> None:
    say = words.results_words
    assert say(1, "nurse", None) == "1 result"
    assert say(3, "nurse", None) == "3 results"
    assert say(9, "  ", None) == "All resources: 9"
    assert "988" in say(0, "zzz", None)
    assert say(2, "", Need.CRISIS_NOW) == (
        f"Ranked for \u201c{Need.CRISIS_NOW.label}\u201d: 2 resources, crisis lines first."
    )
    assert say(1, "", Need.CRISIS_NOW).endswith(": 1 resource, crisis lines first.")
    assert say(3, "", Need.LICENSE_WORRY) == (
        f"Ranked for \u201c{Need.LICENSE_WORRY.label}\u201d: 3 resources, 988 first."
    )


def test_results_words_say_when_the_list_is_capped(words: SummaryWords) -> None:
    say = words.results_words
    assert say(3, "nurse", None, total=3) == "3 results"  # all of them: no cap
    assert say(200, "c", None, total=1234) == (
        "Showing the first 200 of 1,234 \u2014 add words or filters to narrow it."
    )
    assert say(200, " ", None, total=5000).startswith(
        "All resources: showing the first 200 of 5,000"
    )
    need = say(200, "", Need.TALK_TODAY, total=201)
    assert need.startswith(f"Ranked for \u201c{Need.TALK_TODAY.label}\u201d: showing")
    assert "the first 200 of 201" in need and "filters" in need
    crisis = say(200, "", Need.CRISIS_NOW, total=201)
    assert "crisis lines first" in crisis

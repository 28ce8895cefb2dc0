"""A risk word typed in Find help opens 988's details at once, says so, and typing goes on.

Through the real page over the shipped directory, typed key by key into the search field:
988's call, text and chat buttons (and its "Para español, oprima 2") are on show without
another step, a screen reader hears it in the same announcement as the results line, and
the keyboard focus never leaves the search field. A result the person chose stays chosen
while they go on typing a risk query; a query without a risk word opens nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.directory.contact import ActionKind
from desktop.directory.crisis_first import OPENED_WORDS, CrisisFirst
from desktop.directory.logic import CONTEXT
from desktop.directory.view import DirectoryPage
from referral_directory.directory import Directory, Results
from referral_directory.ranking import ID_988, ID_CRISIS_TEXT_LINE
from tests.desktop.crisis import panel_checks as checks
from tests.desktop.i18n_fixtures import language
from tests.e2e.test_directory import _shown as _shown_page

announcements = checks.announcements
OPENED = "The details of 988 Suicide & Crisis Lifeline are open: call or text 988 now, or chat."


@pytest.fixture(scope="module")
def directory() -> Iterator[Directory]:
    opened = Directory.open(None)
    yield opened
    opened.index.close()


def _page(qtbot: QtBot, directory: Directory) -> DirectoryPage:
    return _shown_page(qtbot, directory)  # shown, the focus in the search field


def _type(qtbot: QtBot, page: DirectoryPage, text: str) -> None:
    """Type `text` key by key into the search field, and wait for the results to settle.

    QTest types ASCII only; "ó" and "ñ" come as a key event carrying the letter, as a
    keyboard layout sends them.
    """
    with qtbot.waitSignal(page.results_changed, timeout=2000):
        for letter in text:
            if letter.isascii():
                QTest.keyClicks(page.search_field, letter)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        page.search_field,
                        QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter),
                    )


def _says_988_opened(
    qtbot: QtBot, page: DirectoryPage, heard: list[checks.Announcement], text: str
) -> bool:
    """Type `text`; whether the page then said that 988's details are open."""
    before = len(heard)
    _type(qtbot, page, text)
    return any(OPENED in a.words for a in heard[before:])


def _clear(qtbot: QtBot, page: DirectoryPage) -> None:
    with qtbot.waitSignal(page.results_changed, timeout=2000):
        page.search_field.clear()


def _pick_the_second_and_come_back(qtbot: QtBot, page: DirectoryPage) -> None:
    """Into the results (on 988), the person picks Crisis Text Line, then types again."""
    QTest.keyClick(page.search_field, Qt.Key.Key_Down)
    QTest.keyClick(page.results, Qt.Key.Key_Down)
    assert _shown(page) == ID_CRISIS_TEXT_LINE
    page.search_field.setFocus()
    qtbot.waitUntil(page.search_field.hasFocus)


def _shown(page: DirectoryPage) -> str | None:
    return page.detail.resource.id if page.detail.resource is not None else None


def _detail_text(page: DirectoryPage) -> str:
    return " ".join(label.text() for label in page.detail.findChildren(QLabel))


@pytest.mark.parametrize("typed", ["suicide", "kill myself", "I want to die"])
def test_a_risk_word_opens_988_at_once_and_typing_goes_on(
    qtbot: QtBot, directory: Directory, announcements: list[checks.Announcement], typed: str
) -> None:
    page = _page(qtbot, directory)
    assert _shown(page) is None  # nothing is open before anything is typed
    _type(qtbot, page, typed)
    assert _shown(page) == ID_988 and page.results.currentIndex().row() == 0
    assert page.detail.button(ActionKind.CALL).text() == "Call 988"
    assert page.detail.button(ActionKind.TEXT).text() == "Text 988"
    assert page.detail.button(ActionKind.CHAT).text() == "Open chat"
    assert "Para español, oprima 2" in _detail_text(page)
    assert page.search_field.hasFocus()
    heard = [a for a in announcements if a.widget is page.summary]
    assert heard[-1].words.startswith(OPENED + " ") and heard[-1].words == page.summary.text()
    # The next keys go on into the field, and 988 stays open without being said again.
    assert not _says_988_opened(qtbot, page, announcements, " now")
    assert page.search_field.text() == typed + " now" and page.search_field.hasFocus()
    assert _shown(page) == ID_988


def test_a_result_chosen_stays_chosen_while_the_risk_query_goes_on(
    qtbot: QtBot, directory: Directory, announcements: list[checks.Announcement]
) -> None:
    page = _page(qtbot, directory)
    _type(qtbot, page, "suicid")
    assert _shown(page) == ID_988
    _pick_the_second_and_come_back(qtbot, page)
    assert not _says_988_opened(qtbot, page, announcements, "e")  # "suicide": still at risk
    assert page.model.ids()[0] == ID_988
    assert _shown(page) == ID_CRISIS_TEXT_LINE  # not overridden


def test_a_query_without_a_risk_word_opens_nothing_and_the_next_risk_word_opens_988_again(
    qtbot: QtBot, directory: Directory, announcements: list[checks.Announcement]
) -> None:
    page = _page(qtbot, directory)
    _type(qtbot, page, "crisis")
    _pick_the_second_and_come_back(qtbot, page)
    _clear(qtbot, page)
    _type(qtbot, page, "colleague")  # 988 leads this list too, but nothing was at risk
    assert page.model.ids()[0] == ID_988 and _shown(page) != ID_988
    _clear(qtbot, page)
    assert _shown(page) != ID_988  # the whole list: still not re-opened
    assert _says_988_opened(qtbot, page, announcements, "hopeless")
    assert _shown(page) == ID_988 and page.search_field.hasFocus()


@pytest.mark.parametrize("typed", ["quiero morir", "suicidio", "autolesión", "hacerme daño"])
def test_spanish_risk_words_open_988_in_spanish(
    qtbot: QtBot,
    directory: Directory,
    announcements: list[checks.Announcement],
    tmp_path: Path,
    typed: str,
) -> None:
    with language("es", tmp_path):
        spanish = QCoreApplication.translate(CONTEXT, OPENED_WORDS)
        page = _page(qtbot, directory)
        _type(qtbot, page, typed)
        assert page.search_field.text() == typed
        call = page.detail.button(ActionKind.CALL).text()
        chat = page.detail.button(ActionKind.CHAT).text()
    assert spanish != OPENED_WORDS
    assert _shown(page) == ID_988 and page.search_field.hasFocus()
    assert call == "Llamar al 988" and chat == "Abrir el chat"
    assert "Para español, oprima 2" in _detail_text(page)
    opening, _middle, closing = spanish.partition("{name}")
    heard = announcements[-1].words
    assert announcements[-1].widget is page.summary
    assert heard.startswith(opening) and closing.replace(" {results}", "") in heard
    assert "988" in heard and "The details of" not in heard


def test_the_rule_alone() -> None:
    lifeline = Directory.open(None).get(ID_988)
    risk, plain = Results((lifeline,), 1, risk=True), Results((lifeline,), 1)
    first = CrisisFirst()
    assert first.opens_988(plain, chosen_listed=False) is None  # no risk word: nothing
    assert first.opens_988(risk, chosen_listed=True) is lifeline  # the first risk list
    assert first.opens_988(risk, chosen_listed=True) is None  # the choice stays
    assert first.opens_988(risk, chosen_listed=False) is lifeline  # the choice has gone
    assert first.opens_988(plain, chosen_listed=False) is None
    assert first.opens_988(risk, chosen_listed=True) is lifeline  # a new risk query
    assert CrisisFirst().opens_988(Results((), 0, risk=True), False) is None  # 988 not listed

"""The shipped crisis lines in the person's language: every word listed, and shown in Spanish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.crisis.data_words import SHIPPED, in_language, shipped_texts
from desktop.crisis.view import CrisisPanel
from referral_directory.crisis import load_crisis_directory
from tests.desktop.i18n_fixtures import language


def test_every_text_of_the_shipped_lines_is_listed_for_translation() -> None:
    # New data with words not listed here would show in English to a Spanish speaker.
    assert shipped_texts(load_crisis_directory()) - set(SHIPPED) == set()


def test_in_language_translates_every_field_and_keeps_numbers_and_addresses() -> None:
    directory = load_crisis_directory()
    marked = in_language(directory, lambda _context, text: f"<{text}>")
    assert marked.heading == f"<{directory.heading}>"
    for before, after in zip(directory.contacts, marked.contacts, strict=True):
        assert after.summary == f"<{before.summary}>"
        assert [a.label for a in after.actions] == [f"<{a.label}>" for a in before.actions]
        assert [(a.number, a.url, a.body) for a in after.actions] == [
            (a.number, a.url, a.body) for a in before.actions]
        assert after.id == before.id and after.sources == before.sources
        for old, new in zip(before.options, after.options, strict=True):
            assert (new.title, new.checked_how) == (f"<{old.title}>", f"<{old.checked_how}>")
            assert [a.number for a in new.actions] == [a.number for a in old.actions]


def texts(panel: CrisisPanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel))


def test_the_panel_speaks_spanish_when_spanish_is_in_force(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with language("es", tmp_path):
        panel = CrisisPanel()
        qtbot.addWidget(panel)
    assert panel.buttons["988:call"].text() == "Llamar al 988"
    assert panel.buttons["911:call"].text() == "Llamar al 911"
    words = texts(panel)
    assert "No tiene que enfrentar esto a solas" in words
    assert "comprobado con una copia guardada" in words
    assert "trained counselor" not in words and "Call 988" not in words
    # The buttons still dial what they dialed: only the words changed.
    assert panel.buttons["988/veterans:call"].text() == "Llamar al 988, oprima 1"


def test_the_panel_keeps_english_in_english(qtbot: QtBot, tmp_path: Path) -> None:
    with language("en", tmp_path):
        panel = CrisisPanel()
        qtbot.addWidget(panel)
    assert panel.buttons["988:call"].text() == "Call 988"
    assert "You don't have to face this alone" in texts(panel)

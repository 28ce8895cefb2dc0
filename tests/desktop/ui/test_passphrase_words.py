"""What the new-passphrase field says under its meter, for each verdict."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.strength import MIN_LENGTH
from desktop.ui.passphrase import NewPassphraseField


def said(qtbot: QtBot, text: str) -> tuple[str, str]:
    field = NewPassphraseField()
    qtbot.addWidget(field)
    field.entry.setText(text)
    return field.strength_words.text(), field.hint.text()


def test_each_verdict_has_its_words(qtbot: QtBot) -> None:
    assert said(qtbot, "") == ("", "Choose a passphrase: four or more unrelated words work well.")
    words, hint = said(qtbot, "x" * (MIN_LENGTH - 1))
    assert hint == f"Use {MIN_LENGTH} or more characters: 1 more to go."
    assert words in ("Strength: Very weak", "Strength: Weak", "Strength: Fair")
    assert said(qtbot, "password123")[1] == (
        "Too easy to guess. Add another uncommon word or two.")
    assert said(qtbot, "sunflower river quiet lamp") == (
        "Strength: Very strong", "Very strong. Make sure you can remember it.")

"""Find help in Spanish: a Spanish word typed in the search field lists the English data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.directory.view import DirectoryPage
from referral_directory.directory import Directory
from tests.desktop.i18n_fixtures import language

NOON = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)


def _listed(qtbot: QtBot, page: DirectoryPage, text: str) -> list[str]:
    with qtbot.waitSignal(page.results_changed, timeout=2000):
        page.search_field.setText(text)
    return [str(page.model.index(row).data(Qt.ItemDataRole.DisplayRole)).split("\n")[0]
            for row in range(page.model.rowCount())]


def test_typing_spanish_lists_what_english_lists(qtbot: QtBot, tmp_path: Path) -> None:
    directory = Directory.open(None)
    try:
        with language("es", tmp_path):
            page = DirectoryPage(directory, now=lambda: NOON)
            qtbot.addWidget(page)
            english = _listed(qtbot, page, "therapist")
            spanish = _listed(qtbot, page, "terapeuta")
            suicide = _listed(qtbot, page, "suicide")
            suicidio = _listed(qtbot, page, "suicidio")
    finally:
        directory.index.close()
    assert spanish == english and "Therapy Aid Coalition" in english
    assert suicidio == suicide != []

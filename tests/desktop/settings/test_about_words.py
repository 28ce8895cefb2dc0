"""The About table says "not stated" in the language in force; a licence name stays as declared."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.settings import about
from desktop.settings.about_view import AboutDialog
from tests.desktop.i18n_fixtures import language


def test_a_package_without_a_licence_name_is_said_so_in_spanish(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(about, "components", lambda: [
        about.Component("pyrage", "1.4.0", about.NOT_STATED),
        about.Component("keyring", "25.7.0", "MIT"),
    ])
    with language("es", tmp_path):
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
    items = [dialog.table.item(row, 2) for row in range(dialog.table.rowCount())]
    cells = [item.text() for item in items if item is not None]
    assert cells == ["el paquete no lo indica; consulte los avisos", "MIT"]

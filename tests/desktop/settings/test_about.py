"""About Confide: its own licence (GPL-3.0-or-later), in full on request, and its components."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.settings import about
from desktop.settings.about_view import AboutDialog
from desktop.ui.worker import Worker
from tests.desktop.settings.test_view import make_page


def test_confide_declares_its_licence_in_its_package_metadata() -> None:
    meta = metadata.metadata("confide")
    assert meta.get_all("License-Expression") == ["GPL-3.0-or-later"]
    assert "resources/licenses/GPL-3.0.txt" in (meta.get_all("License-File") or [])


def test_the_licence_text_is_the_gpl_version_3() -> None:
    text = about.licence_text()
    assert "SPDX-License-Identifier: GPL-3.0-or-later" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text


def test_components_come_from_installed_metadata() -> None:
    found = {c.name: c for c in about.components()}
    assert found["PySide6-Essentials"].licence.startswith("LGPL-3.0")
    assert found["cryptography"].version == metadata.version("cryptography")
    assert all(c.licence for c in found.values())


def test_settings_opens_about_with_the_licence_and_components(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    page.about_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))
    qtbot.addWidget(dialog)
    assert "GPL-3.0-or-later" in dialog.licence.text()
    assert dialog.licence_text.isHidden()
    dialog.show_licence.click()
    assert not dialog.licence_text.isHidden()
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    items = [dialog.table.item(r, 0) for r in range(dialog.table.rowCount())]
    names = [item.text() for item in items if item is not None]
    assert "PySide6-Essentials" in names and "sqlcipher3" in names
    assert dialog.table.accessibleName() == "Third-party components"

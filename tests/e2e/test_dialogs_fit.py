"""The export and About dialogs at 200 % text: within a small screen, nothing squeezed or cut.

At 200 % text on a 1440x900 screen Qt has 720x450 logical pixels. The export dialog
needed 818 px of height, so its buttons were out of reach and its notes and passphrase
fields were squeezed flat; the About dialog opened at 960x840 with licences ending in "…".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.export.view import ExportDialog
from desktop.records.instruments import load_all
from desktop.settings.about_view import AboutDialog
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import language
from tests.e2e.test_layout_tour import _cut_controls
from tests.e2e.test_window_size import FRAME_ALLOWANCE, SCREEN_AT_200, _clipped_labels


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    theme = ThemeManager(qapp)
    theme.set_text_size(200)
    yield
    theme.set_text_size(100)  # the application font is shared by every later test


def _fits(qtbot: QtBot, dialog: QDialog) -> list[object]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    screen = dialog.screen().availableGeometry().size()
    problems: list[object] = []
    if dialog.height() > screen.height() or dialog.width() > screen.width():
        problems.append(("larger than the screen", dialog.size()))
    least = dialog.minimumSizeHint()
    if least.height() + FRAME_ALLOWANCE > SCREEN_AT_200.height():
        problems.append(("cannot shrink to a 720x450 screen", least))
    problems.extend(("clipped", text) for text in _clipped_labels(dialog))
    problems.extend(_cut_controls(dialog))
    problems.extend(("sideways", area.accessibleName()) for area in dialog.findChildren(QScrollArea)
                    if area.isVisible() and area.horizontalScrollBar().maximum() > 0)
    return problems


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("code", ["en", "es"])
def test_the_export_dialog_fits_at_200_percent(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path, code: str
) -> None:
    with language(code, tmp_path):
        dialog = ExportDialog(vault, worker, load_all(), allowed=True)
        assert _fits(qtbot, dialog) == []
        assert dialog.export_button.isVisible()


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("code", ["en", "es"])
def test_the_about_dialog_fits_and_wraps_its_licences(
    qtbot: QtBot, tmp_path: Path, code: str
) -> None:
    with language(code, tmp_path):
        dialog = AboutDialog()
        assert _fits(qtbot, dialog) == []
        table = dialog.table
        cut = [row for row in range(table.rowCount())
               if table.rowHeight(row) < table.sizeHintForRow(row)]
        assert cut == []  # each licence shown whole, on more lines where it is long

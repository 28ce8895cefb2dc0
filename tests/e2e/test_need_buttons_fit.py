"""Find help's need buttons in a 600 px window at 200 % text: side by side, words whole.

A push button draws its words on one line, so in Spanish ("Un consejero o terapeuta")
no two fitted a row and the seven stood one a row, a screen and a half of buttons before
the search field. Their words now wrap: as many a row as hold each label on one line,
else on two.
"""

from __future__ import annotations

import contextlib
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.directory.view import DirectoryPage
from desktop.shell.idle import IdleWatcher
from desktop.ui.narrow import WrappingButton
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from referral_directory.model import Need
from tests.desktop.i18n_fixtures import language
from tests.e2e.test_layout_tour import _open, both_roles, large_text  # noqa: F401 - fixtures


@pytest.mark.parametrize("code", ["en", "es"])
def test_need_buttons_stand_two_or_more_a_row_at_600_px_and_200_percent(
    qtbot: QtBot, both_roles: Vault, worker: Worker, idle: IdleWatcher,  # noqa: F811
    data_dir: Path, tmp_path: Path, large_text: ThemeManager, code: str,  # noqa: F811
) -> None:
    with language(code, tmp_path):
        window = _open(qtbot, both_roles, worker, idle, data_dir, large_text, (600, 700))
        window.show_page("directory")
        page = window.page("directory")
        assert isinstance(page, DirectoryPage)
        buttons = list(page.need_buttons.values())
        qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons))
        page.choose_need(Need.LICENSE_WORRY)  # its tick makes the label longer

        def columns() -> int:
            return len({b.x() for b in buttons})

        def whole(button: WrappingButton) -> bool:
            return (button.width() >= button.minimumSizeHint().width()
                    and button.height() >= button.heightForWidth(button.width()))

        with contextlib.suppress(QtTimeoutError):  # laid out at a later turn, or two
            qtbot.waitUntil(lambda: columns() >= 2 and all(map(whole, buttons)), timeout=3000)
        QApplication.processEvents()
        assert columns() >= 2
        for button in buttons:  # every word in sight: as wide and as tall as they need
            assert whole(button), (button.text(), button.size(), button.heightForWidth(
                button.width()))
            assert button.lines_at(button.width()) <= 2, button.text()
        scrolls = page.findChildren(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
        assert all(s.horizontalScrollBar().maximum() == 0 for s in scrolls)
        # Tab goes through them in their reading order, the grid's rows left to right.
        order = sorted(buttons, key=lambda b: (b.y(), b.x()))
        assert order == buttons
        for before, after in pairwise(buttons):
            assert before.nextInFocusChain() is after

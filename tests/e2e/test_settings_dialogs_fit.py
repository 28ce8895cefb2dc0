"""The passphrase, backup, restore and recovery-code dialogs, and the key-missing screen,
in a 600 px wide, 450 px high window at 200 % text: nothing cut, every button in reach.

The screenshot tour found them squeezed: the dialogs did not scroll, so at 200 % text
their explanations and fields were pressed flat until lines overlapped and words were
cut; the recovery code, on one line in a large font, made its dialog 768 px wide; the
key-missing screen, fixed at 560x360, cut its explanation in half.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from crypto.recovery import RecoveryCode
from desktop.settings.dialogs_view import (
    BackupDialog,
    ChangePassphraseDialog,
    KeyMissingScreen,
    PassphraseCheckDialog,
    RecoveryCodeDialog,
    RestoreDialog,
)
from tests.desktop.i18n_fixtures import language
from tests.e2e.test_layout_tour import _cut_controls, large_text  # noqa: F401 - a fixture
from tests.e2e.test_window_size import _clipped_labels

SIZE = (600, 450)


def _seen(window: QWidget, button: QAbstractButton) -> bool:
    """Whether `button` is wholly inside the window, and inside its scroll area's view
    once scrolled to (as Tab would scroll to it)."""
    seen = window.rect()
    scroll = next((a for a in window.findChildren(QScrollArea) if a.isAncestorOf(button)), None)
    if scroll is not None:
        scroll.ensureWidgetVisible(button)
        viewport = scroll.viewport()
        seen = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
    return seen.contains(QRect(button.mapTo(window, button.rect().topLeft()), button.size()))


def _out_of_reach(qtbot: QtBot, window: QWidget) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            with contextlib.suppress(QtTimeoutError):  # the scroll lands after a relayout
                qtbot.waitUntil(partial(_seen, window, button), timeout=1000)
            if not _seen(window, button):
                found.append(("out of reach", button.text()))
    return found


def _problems(window: QWidget) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = [("clipped", text) for text in _clipped_labels(window)]
    found.extend(_cut_controls(window))
    found.extend(("sideways", area.accessibleName()) for area in window.findChildren(QScrollArea)
                 if area.isVisible() and area.horizontalScrollBar().maximum() > 0)
    least = window.minimumSizeHint()
    if least.width() > SIZE[0] or least.height() > SIZE[1]:
        found.append(("cannot shrink to 600x450", f"{least.width()}x{least.height()}"))
    return found


def _look(qtbot: QtBot, window: QWidget) -> list[tuple[str, ...]]:
    qtbot.addWidget(window)
    window.show()  # never exec(): nobody would be there to close it
    window.resize(*SIZE)
    qtbot.waitExposed(window)
    with contextlib.suppress(QtTimeoutError):  # labels re-wrap on a later turn
        qtbot.waitUntil(lambda: not _problems(window), timeout=1000)
    return _problems(window) + _out_of_reach(qtbot, window)


def _rotate() -> PassphraseCheckDialog:
    return PassphraseCheckDialog("Re-encrypt the vault", "Re-encrypts it. " * 20, "&Re-encrypt",
                                 None)


MAKERS: dict[str, Callable[[], QWidget]] = {
    "change passphrase": ChangePassphraseDialog,
    "backup": BackupDialog,
    "restore": lambda: RestoreDialog(Path("backup.age")),
    "re-encrypt": _rotate,
    "recovery code": lambda: RecoveryCodeDialog(RecoveryCode.generate().display(), resumed=True),
    "key missing": KeyMissingScreen,
}


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("code", ["en", "es"])
@pytest.mark.parametrize("name", list(MAKERS))
def test_fits_600_by_450_at_200_percent(qtbot: QtBot, tmp_path: Path, code: str,
                                        name: str) -> None:
    with language(code, tmp_path):
        problems = _look(qtbot, MAKERS[name]())
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.usefixtures("large_text")
def test_the_recovery_code_wraps_at_its_dashes_and_keeps_every_group(qtbot: QtBot) -> None:
    code = RecoveryCode.generate()
    dialog = RecoveryCodeDialog(code.display())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(*SIZE)
    qtbot.waitExposed(dialog)
    label = dialog.code
    lines = label.text().split("\n")
    assert len(lines) > 1  # one line does not fit 600 px at 200 %
    assert all(line.endswith("-") for line in lines[:-1])  # broken after a dash only
    assert "".join(lines) == code.display()  # every group whole, in order
    room = label.contentsRect().width()
    assert max(label.fontMetrics().horizontalAdvance(line) for line in lines) <= room
    assert RecoveryCode.parse(label.text()) == code  # a copied selection still reads


def test_the_key_missing_screen_sizes_to_its_words(qtbot: QtBot) -> None:
    """At 100 % text it opens tall enough to show all it says, with no scroll bar."""
    screen = KeyMissingScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.scroll_area.verticalScrollBar().maximum() == 0
    assert _clipped_labels(screen) == []

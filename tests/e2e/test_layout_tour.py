"""Every page, the peer pages too, at 600 px and 200 % text: nothing cut, squeezed or sideways.

What the screenshot tour of issue 14 found, as checks a test can make: a check box or
button narrower than its text (its words cut), a text or table view squeezed to a line
or to its header, a page that scrolls sideways. The window-size test covers the pages
every person sees; the peer supporter's and coordinator's pages appear only with those
roles, so this vault has them, and the demo's data fills the tables and lists.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QTableView,
    QTextEdit,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.demo import make_demo_vault
from desktop.policy.effective import EffectivePolicy
from desktop.roles import Roles, save_roles
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import language
from tests.e2e.test_window_size import _clipped_labels

PEER_PAGES = ("peer_log", "peer_reports", "merge_reports")


@pytest.fixture
def both_roles(data_dir: Path, fast_kdf: KdfParams, worker: Worker) -> Iterator[Vault]:
    """The demo vault (check-ins, results, peer contacts with a follow-up due), with the
    peer supporter's and the coordinator's roles, opened on the worker as the app does."""
    passphrase = make_demo_vault(data_dir, kdf_params=fast_kdf)
    vault = worker.run_blocking(lambda: Vault.unlock(data_dir, passphrase))
    roles = Roles.chosen(peer_supporter=True, coordinator=True)
    worker.run_blocking(lambda: save_roles(vault, roles))
    yield vault
    if vault.is_open:
        worker.run_blocking(vault.lock)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[ThemeManager]:
    theme = ThemeManager(qapp)
    theme.set_text_size(200)
    yield theme
    theme.set_text_size(100)  # the application font is shared by every later test


def _open(qtbot: QtBot, vault: Vault, worker: Worker, idle: IdleWatcher, data_dir: Path,
          theme: ThemeManager, size: tuple[int, int]) -> MainWindow:
    services = ShellServices(data_dir, theme, idle, EffectivePolicy.defaults(),
                             lambda _request: None)
    window = build_main_window(vault, worker, services)
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.is_narrow())
    return window


def _cut_controls(page: QWidget) -> list[tuple[str, ...]]:
    """Buttons and check boxes shown narrower or lower than their text needs (words cut).

    A control whose words wrap (`hasHeightForWidth`) is cut when narrower than its longest
    word or lower than its wrapped words at its width.
    """
    return [
        ("cut", button.text()[:40]) for button in page.findChildren(QAbstractButton)
        if button.isVisible() and button.text() and _cut(button)
    ]


def _cut(button: QAbstractButton) -> bool:
    if button.hasHeightForWidth():
        return (button.width() < button.minimumSizeHint().width()
                or button.height() < button.heightForWidth(button.width()))
    return (button.width() < button.sizeHint().width()
            or button.height() < button.minimumSizeHint().height())


def _squeezed_views(page: QWidget) -> list[tuple[str, ...]]:
    """A text view showing under three lines, or a table under two of its rows: squeezed."""
    found: list[tuple[str, ...]] = []
    for view in page.findChildren(QTextEdit):
        if view.isVisible() and view.viewport().height() < 3 * view.fontMetrics().lineSpacing():
            found.append(("squeezed", view.accessibleName()))
    for table in page.findChildren(QTableView):
        # A table sized to its rows (a safety plan step with one entry) is not squeezed.
        rows = table.verticalHeader()
        wanted = min(2 * rows.defaultSectionSize(), rows.length())
        if table.isVisible() and table.viewport().height() < wanted:
            found.append(("squeezed", table.accessibleName()))
    return found


def _sideways(page: QWidget) -> list[tuple[str, ...]]:
    """A page, or a table or list in it, that scrolls sideways (words out of sight)."""
    # Tables too: those whose columns cannot all fit fold each row into a card.
    areas: list[QAbstractScrollArea] = [*page.findChildren(QScrollArea),
                                        *page.findChildren(QAbstractItemView)]
    if isinstance(page, QScrollArea):
        areas.append(page)
    return [("sideways", type(area).__name__, area.accessibleName()) for area in areas
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0]


def _page_problems(window: MainWindow, key: str) -> list[tuple[str, ...]]:
    page = window.page(key)
    found: list[tuple[str, ...]] = []
    if page.minimumSizeHint().width() > window.stack.width():
        found.append((key, "page", str(page.minimumSizeHint().width())))
    found.extend((key, "clipped", text) for text in _clipped_labels(page))
    for problem in _cut_controls(page) + _squeezed_views(page) + _sideways(page):
        found.append((key, *problem))
    return found


def _settled(window: MainWindow, key: str) -> bool:
    # A page that builds its lower parts in later turns (Settings, Check-in) says `built`.
    return bool(getattr(window.page(key), "built", True)) and not _page_problems(window, key)


def _problems(qtbot: QtBot, window: MainWindow, keys: list[str]) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for key in keys:
        window.show_page(key)
        QApplication.processEvents()
        # A label re-wrapped after a late text change, or check boxes rearranged into one
        # column on a resize, are laid out on a later turn: only what stays is a problem.
        with contextlib.suppress(QtTimeoutError):
            qtbot.waitUntil(partial(_settled, window, key), timeout=1500)
        found.extend(_page_problems(window, key))
    return found


@pytest.mark.parametrize("code", ["en", "es"])
@pytest.mark.parametrize("size", [(600, 700), (600, 500)])
def test_every_page_fits_600_px_at_200_percent_text(
    qtbot: QtBot, both_roles: Vault, worker: Worker, idle: IdleWatcher, data_dir: Path,
    tmp_path: Path, large_text: ThemeManager, code: str, size: tuple[int, int],
) -> None:
    with language(code, tmp_path):
        window = _open(qtbot, both_roles, worker, idle, data_dir, large_text, size)
        # The roles are read on the worker; their pages join the window when they arrive.
        qtbot.waitUntil(lambda: set(PEER_PAGES) <= {key for key, _ in window.sections()})
        keys = [key for key, _title in window.sections()]
        problems = _problems(qtbot, window, keys)
    assert problems == [], "\n".join(map(str, problems))


def test_the_insights_table_fits_600_px_at_150_percent_in_spanish(
    qtbot: QtBot, both_roles: Vault, worker: Worker, idle: IdleWatcher, data_dir: Path,
    tmp_path: Path, qapp: QApplication,
) -> None:
    """Its headings and cells wrap: sized to contents it was cut at the right edge."""
    theme = ThemeManager(qapp)
    theme.set_text_size(150)
    try:
        with language("es", tmp_path):
            window = _open(qtbot, both_roles, worker, idle, data_dir, theme, (600, 700))
            window.show_page("insights")
            table = window.page("insights").findChild(QTableView)
            assert table is not None
            qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
            QApplication.processEvents()
            assert table.horizontalScrollBar().maximum() == 0
    finally:
        theme.set_text_size(100)  # the application font is shared by every later test

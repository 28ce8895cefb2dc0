"""Find help in a 600 x 900 px window at 200 % text, in Spanish: 988 within reach.

Before, "quiero morir" opened 988's details far below the fold: seven need buttons and
about 300 px of filters stood between the search field and the Call 988 button. Now the
filters fold behind "Filtros (n)" and a risk word scrolls only as far as 988's call,
text and chat buttons need, the search field (with the focus) kept in sight. Through
the real page over the shipped directory; wide, the filters show as they always have.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.directory.contact import ActionKind
from desktop.directory.view import DirectoryPage
from desktop.ui.theme import ThemeManager
from referral_directory.directory import Directory
from referral_directory.ranking import ID_988
from tests.desktop.i18n_fixtures import language

REACH = (ActionKind.CALL, ActionKind.TEXT, ActionKind.CHAT)


@pytest.fixture(scope="module")
def directory() -> Iterator[Directory]:
    opened = Directory.open(None)
    yield opened
    opened.index.close()


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    theme = ThemeManager(qapp, "light")
    theme.set_text_size(200)
    yield
    theme.set_text_size(100)  # the application font is shared by every later test


@pytest.fixture
def narrow(
    qtbot: QtBot, directory: Directory, tmp_path: Path, large_text: None
) -> Iterator[DirectoryPage]:
    """The page in Spanish at 600 x 900 px and 200 % text, the focus in the search field."""
    with language("es", tmp_path):
        yield _page(qtbot, directory, (600, 900))


def _page(qtbot: QtBot, directory: Directory, size: tuple[int, int]) -> DirectoryPage:
    page = DirectoryPage(directory)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    # Its filters and results come a few turns after the top; a page still building at
    # teardown would meet the module's directory closed.
    qtbot.waitUntil(lambda: page.built, timeout=5000)
    page.search_field.setFocus()
    qtbot.waitUntil(page.search_field.hasFocus)
    return page


def _scroll(page: DirectoryPage) -> QScrollArea:
    (scroll,) = page.findChildren(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return scroll


def _on_screen(page: DirectoryPage, widget: QWidget) -> bool:
    """Whether all of `widget` is inside the page's viewport (and the details' own)."""
    def inside(viewport: QWidget) -> bool:
        corner = widget.mapTo(viewport, QPoint(0, 0))
        return viewport.rect().contains(QRect(corner, widget.size()))
    views = [_scroll(page).viewport()]
    if page.detail.isAncestorOf(widget):
        views.append(page.detail.viewport())
    return widget.isVisible() and all(inside(view) for view in views)


def _reach_988_on_screen(page: DirectoryPage) -> bool:
    return (page.detail.resource is not None and page.detail.resource.id == ID_988
            and all(_on_screen(page, page.detail.button(kind)) for kind in REACH))


def _type_risk(qtbot: QtBot, page: DirectoryPage, typed: str) -> None:
    """Type `typed` into the search field; wait until 988's buttons are on screen."""
    # Generous waits: two test workers share two cores in CI (a wait, not a speed claim).
    with qtbot.waitSignal(page.results_changed, timeout=5000):
        QTest.keyClicks(page.search_field, typed)
    qtbot.waitUntil(lambda: _reach_988_on_screen(page), timeout=5000)


@pytest.mark.parametrize("typed", ["quiero morir", "suicidio"])
def test_a_risk_word_brings_988s_buttons_into_sight_with_the_search_field(
    qtbot: QtBot, narrow: DirectoryPage, typed: str
) -> None:
    page = narrow
    assert not _on_screen(page, page.filter_box)  # folded behind "Filtros"
    _type_risk(qtbot, page, typed)
    assert page.detail.button(ActionKind.CALL).text() == "Llamar al 988"
    assert page.search_field.hasFocus() and page.search_field.text() == typed
    assert _on_screen(page, page.search_field)
    assert _scroll(page).horizontalScrollBar().maximum() == 0  # nothing sideways
    assert page.results.horizontalScrollBar().maximum() == 0


def test_the_page_scrolls_only_as_far_as_it_must(qtbot: QtBot, narrow: DirectoryPage) -> None:
    page = narrow
    _type_risk(qtbot, page, "quiero morir")
    bar = _scroll(page).verticalScrollBar()
    assert 0 < bar.value() < bar.maximum()  # the need buttons were above; the rest below
    bar.setValue(bar.value() - page.fontMetrics().height() * 2)  # a little less...
    assert not _on_screen(page, page.detail.button(ActionKind.CHAT))  # ...is not enough


def test_the_filters_fold_opens_by_keyboard_and_keeps_what_is_set(
    narrow: DirectoryPage,
) -> None:
    page = narrow
    fold = page.filter_fold
    toggle = fold.toggle
    assert fold.narrow and toggle.isVisible() and not page.filter_box.isVisible()
    assert toggle.text() == "Filtros" and toggle.accessibleName() == "Filtros: 0 activados"
    QTest.keyClick(page.search_field, Qt.Key.Key_Tab)  # the next stop after the field
    assert toggle.hasFocus()
    QTest.keyClick(toggle, Qt.Key.Key_Space)
    assert page.filter_box.isVisible() and toggle.isChecked()
    assert page.filter_box.title() == ""  # the button already says "Filtros"
    QTest.keyClick(toggle, Qt.Key.Key_Tab)
    assert page.filter_box.modality_checks["call"].hasFocus()  # into the filters
    for box in (page.filter_box.free_check, page.filter_box.open_now_check):
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
    assert toggle.text() == "Filtros (2)"
    assert toggle.accessibleName() == "Filtros: 2 activados"
    toggle.setFocus()
    QTest.keyClick(toggle, Qt.Key.Key_Space)
    assert not page.filter_box.isVisible() and not toggle.isChecked()
    assert page.filters().free_only and page.filters().open_now  # folding keeps them
    assert toggle.text() == "Filtros (2)"
    page.filter_box.state_combo.setCurrentIndex(1)
    assert toggle.text() == "Filtros (3)"


def test_a_wide_window_shows_the_filters_as_before(qtbot: QtBot, directory: Directory) -> None:
    page = _page(qtbot, directory, (1100, 800))
    assert not page.filter_fold.narrow and not page.filter_fold.toggle.isVisible()
    assert page.filter_box.isVisible() and page.filter_box.title() == "Filters"
    page.resize(600, 800)  # at 100 % text, 600 px still has room for the filters
    qtbot.waitUntil(lambda: page.width() == 600)
    assert page.filter_box.isVisible() and not page.filter_fold.toggle.isVisible()
    page.resize(300, 800)  # narrow at last: folded; wide again: as before
    qtbot.waitUntil(lambda: page.filter_fold.narrow)
    page.resize(600, 800)
    qtbot.waitUntil(lambda: not page.filter_fold.narrow)
    assert page.filter_box.isVisible() and page.filter_box.title() == "Filters"
    _type_risk(qtbot, page, "kill myself")
    assert _scroll(page).verticalScrollBar().value() == 0  # already in sight: no scrolling

"""Find help's first visit: the top at once, the filters and results a turn or two later."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.directory.results_pane_view import ResultsPane
from desktop.directory.view import DirectoryPage
from referral_directory.directory import Directory
from referral_directory.model import Need
from referral_directory.ranking import ID_988


@pytest.fixture(scope="module")
def directory() -> Iterator[Directory]:
    opened = Directory.open(None)
    yield opened
    opened.index.close()


def _shown(qtbot: QtBot, directory: Directory) -> DirectoryPage:
    page = DirectoryPage(directory)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    return page


def test_the_rest_is_built_after_the_top_and_shown_whole(
    qtbot: QtBot, directory: Directory
) -> None:
    page = _shown(qtbot, directory)
    crisis = page.need_buttons[Need.CRISIS_NOW]
    assert crisis.isVisible() and page.search_field.isVisible() and not page.built
    assert page.findChild(ResultsPane) is None  # not built yet, so nothing half-built shows
    qtbot.waitUntil(lambda: page.built, timeout=3000)
    assert page.pane.isVisible() and page.filter_fold.isVisible() and page.summary.isVisible()
    assert page.model.ids()[0] == ID_988  # listed as the rest appears, not a turn after
    assert not page.license_box.isVisible()  # shown only for "Worried about my license"


def test_the_crisis_need_before_the_rest_shows_988_at_once(
    qtbot: QtBot, directory: Directory
) -> None:
    page = _shown(qtbot, directory)
    assert page.findChild(ResultsPane) is None  # the rest is not built yet
    page.need_buttons[Need.CRISIS_NOW].click()
    assert page.built and page.detail.resource is not None
    assert page.detail.resource.id == ID_988 and page.detail.isVisible()


def test_typing_before_the_rest_is_searched_once_it_is_built(
    qtbot: QtBot, directory: Directory
) -> None:
    page = _shown(qtbot, directory)
    page.search_field.setText("suicide")
    with qtbot.waitSignal(page.results_changed, timeout=3000):
        pass
    assert page.built and page.detail.resource is not None
    assert page.detail.resource.id == ID_988

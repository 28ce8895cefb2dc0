"""The "Find help" page: a bounded list that says so, and loading until the directory arrives."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.directory.results import LOADING_WORDS, RESULTS_LIMIT, UNAVAILABLE_WORDS
from desktop.directory.view import DirectoryPage
from referral_directory.directory import Directory
from referral_directory.model import Need
from referral_directory.ranking import ID_988
from tests.referral_directory.generated import large_directory

NOON = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)
EXTRA = 50  # generated resources beyond the limit


@pytest.fixture(scope="module")
def directory() -> Iterator[Directory]:
    made = large_directory(RESULTS_LIMIT + EXTRA)
    yield made
    made.index.close()


def _page(qtbot: QtBot, directory: Directory | None) -> DirectoryPage:
    page = DirectoryPage(directory, now=lambda: NOON)
    qtbot.addWidget(page)
    return page


def _loading(page: DirectoryPage) -> bool:
    return page.loading  # read afresh: the page changes it, which mypy's narrowing cannot see


def _search(qtbot: QtBot, page: DirectoryPage, text: str) -> int:
    with qtbot.waitSignal(page.results_changed, timeout=2000) as blocker:
        page.search_field.setText(text)
    assert blocker.args is not None
    count = blocker.args[0]
    assert isinstance(count, int)
    return count


def test_more_results_than_the_limit_fill_the_list_to_the_limit_and_say_so(
    qtbot: QtBot, directory: Directory
) -> None:
    page = _page(qtbot, directory)
    everything = len(directory.resources)
    assert page.model.rowCount() == RESULTS_LIMIT
    assert page.summary.text() == (
        f"All resources: showing the first {RESULTS_LIMIT} of {everything} "
        "\u2014 add words or filters to narrow it."
    )
    matching = len(directory.search("service"))
    assert _search(qtbot, page, "service") == RESULTS_LIMIT == page.model.rowCount()
    assert page.summary.text().startswith(f"Showing the first {RESULTS_LIMIT} of {matching} ")
    assert page.model.ids() == [r.id for r in directory.search("service")[:RESULTS_LIMIT]]
    # Narrowed below the limit, the line is the plain count again.
    assert _search(qtbot, page, "service 249") == 1
    assert page.summary.text() == "1 result"


def test_a_need_over_a_large_directory_is_capped_too(qtbot: QtBot, directory: Directory) -> None:
    page = _page(qtbot, directory)
    with qtbot.waitSignal(page.results_changed) as blocker:
        page.choose_need(Need.LICENSE_WORRY)  # every resource fits this need
    assert blocker.args == [RESULTS_LIMIT] and page.model.rowCount() == RESULTS_LIMIT
    words = page.summary.text()
    assert f"showing the first {RESULTS_LIMIT} of {len(directory.resources)}" in words
    with qtbot.waitSignal(page.results_changed):
        page.choose_need(Need.CRISIS_NOW)
    assert page.model.ids()[0] == ID_988


def test_the_page_says_loading_until_the_directory_arrives(
    qtbot: QtBot, directory: Directory
) -> None:
    page = _page(qtbot, None)
    assert page.loading
    assert page.model.rowCount() == 0
    assert page.summary.text() == LOADING_WORDS and "988" in LOADING_WORDS
    assert not page.warnings.isVisibleTo(page)
    page.show_detail(ID_988)  # nothing to show yet, and no error
    assert page.detail.resource is None
    # What is typed (and chosen) meanwhile applies once the directory is there.
    page.search_field.setText("service 24")
    page.filter_box.free_check.setChecked(True)
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=2000)
    assert page.loading and page.model.rowCount() == 0 and page.summary.text() == LOADING_WORDS
    with qtbot.waitSignal(page.results_changed, timeout=2000) as blocker:
        page.set_directory(directory)
    assert not _loading(page)
    expected = directory.search("service 24", page.filters(), NOON)
    assert 0 < len(expected) < RESULTS_LIMIT
    assert blocker.args == [len(expected)]
    assert page.model.ids() == [r.id for r in expected]
    assert page.summary.text() == f"{len(expected)} results"


def test_a_directory_that_could_not_open_says_so(qtbot: QtBot, directory: Directory) -> None:
    page = _page(qtbot, None)
    page.show_unavailable()
    assert page.summary.text() == UNAVAILABLE_WORDS and page.model.rowCount() == 0
    QTest.mouseClick(page.need_buttons[Need.CRISIS_NOW], Qt.MouseButton.LeftButton)
    assert page.summary.text() == UNAVAILABLE_WORDS  # still: no list to rank
    with qtbot.waitSignal(page.results_changed):
        page.set_directory(directory)  # a later attempt succeeded
    assert page.model.ids()[0] == ID_988  # the need chosen meanwhile is honoured
    assert page.detail.resource is not None and page.detail.resource.id == ID_988
    assert page.summary.text().startswith(f"Ranked for \u201c{Need.CRISIS_NOW.label}\u201d")

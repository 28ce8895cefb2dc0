"""Find help: "Worried about my license" shows what the person's own board asks, end to end.

The real page over the real shipped directory (and over a real signed bundle), driven by
keyboard and mouse; a source link's click reaches Qt's URL-handler hook (`UrlCatcher`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.directory.licensing_view import LicenseQuestionBox
from desktop.directory.view import DirectoryPage
from desktop.ui.dates import long_date
from referral_directory.directory import Directory
from referral_directory.licensing import BoardAnswer
from referral_directory.model import Need
from tests.e2e.conftest import UrlCatcher
from tests.referral_directory.test_bundle import NOW, PINNED, _publish
from tests.referral_directory.test_licensing import OHIO_NURSING, WA_MEDICAL, _bundle_with_answers

WA_SOURCE = (
    "https://wmc.wa.gov/news/washington-medical-commission-recognized-2024-wellbeing-first-"
    "champion-supporting-practitioner"
)


def _shown(qtbot: QtBot, directory: Directory) -> DirectoryPage:
    page = DirectoryPage(directory)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, data_dir: Path) -> DirectoryPage:
    return _shown(qtbot, Directory.open(data_dir))


def _license_worry(qtbot: QtBot, page: DirectoryPage) -> LicenseQuestionBox:
    with qtbot.waitSignal(page.results_changed):
        QTest.mouseClick(page.need_buttons[Need.LICENSE_WORRY], Qt.MouseButton.LeftButton)
    box = page.license_box
    assert box.isVisibleTo(page)
    return box


def _pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an item by keyboard, as a person would: focus the list, then arrow keys."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        QTest.keyClick(combo, key)


def test_the_board_answer_shows_beside_the_license_worry_list(
    qtbot: QtBot, page: DirectoryPage, catcher: UrlCatcher
) -> None:
    assert not page.license_box.isVisibleTo(page)  # only with "Worried about my license"
    box = _license_worry(qtbot, page)
    assert box.answer_label.text() == "Choose your state to see what its board asks."
    _pick(qtbot, box.state_combo, "Washington")
    assert box.answer_label.text() == (
        "Washington medical board: asks only about current impairment, not past treatment."
    )
    where = box.where_label.text()
    assert where.startswith("Confirmed from a primary source")
    assert f"Checked {long_date(date(2026, 12, 4))} (checked against a stored copy)" in where
    assert "Wellbeing First Champion" in box.statement_label.text()
    assert box.source_link.isVisibleTo(page) and WA_SOURCE in box.source_link.text()
    # The link opens only on a click, through the real openUrl path.
    with qtbot.waitSignal(page.action_opened) as opened:
        box.source_link.linkActivated.emit(WA_SOURCE)
    assert opened.args == [WA_SOURCE] and catcher.urls == [WA_SOURCE]


def test_a_board_no_source_confirms_says_so_plainly(qtbot: QtBot, page: DirectoryPage) -> None:
    box = _license_worry(qtbot, page)
    _pick(qtbot, box.state_combo, "California")
    _pick(qtbot, box.board_combo, "Nurse (state board of nursing)")
    assert box.answer_label.text() == (
        "California board of nursing: we could not confirm this for your state."
    )
    assert box.where_label.text().startswith("No source we have read says")
    assert not box.source_link.isVisibleTo(page) and not box.statement_label.isVisibleTo(page)
    # A dated source is shown for what it is: not a confirmation.
    _pick(qtbot, box.board_combo, "Physician (state medical board)")
    _pick(qtbot, box.state_combo, "Florida")
    assert box.answer_label.text().endswith("we could not confirm this for your state.")
    assert box.where_label.text().startswith(
        f"Not confirmed. Checked {long_date(date(2026, 12, 4))}")
    assert "July 2020" in box.statement_label.text()
    # A secondary source that does answer says it is unconfirmed.
    _pick(qtbot, box.state_combo, "Virginia")
    assert "asks only about current impairment" in box.answer_label.text()
    assert box.where_label.text().startswith("Unconfirmed: from a report about the board")


def test_the_choice_is_remembered_while_the_page_lives_and_never_written(
    qtbot: QtBot, page: DirectoryPage, data_dir: Path
) -> None:
    before = sorted(p.name for p in data_dir.rglob("*"))
    box = _license_worry(qtbot, page)
    _pick(qtbot, box.state_combo, "Wisconsin")
    with qtbot.waitSignal(page.results_changed):
        QTest.mouseClick(page.need_buttons[Need.TALK_TODAY], Qt.MouseButton.LeftButton)
    assert not box.isVisibleTo(page)
    box = _license_worry(qtbot, page)
    assert box.answer_label.text().startswith("Wisconsin medical board:")
    assert sorted(p.name for p in data_dir.rglob("*")) == before  # nothing saved


def test_the_state_filter_is_the_starting_choice(qtbot: QtBot, page: DirectoryPage) -> None:
    combo = page.filter_box.state_combo
    with qtbot.waitSignal(page.results_changed):
        combo.setCurrentIndex(combo.findData("NC"))
    box = _license_worry(qtbot, page)
    assert box.answer_label.text().startswith("North Carolina medical board: asks only")


def test_the_organizations_bundle_answer_is_shown_as_theirs(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    path = _publish(tmp_path, 7, data=_bundle_with_answers(OHIO_NURSING, WA_MEDICAL))
    directory = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW)
    page = _shown(qtbot, directory)
    box = _license_worry(qtbot, page)
    box.choose("OH", "nursing")
    assert box.answer_label.text() == (
        "Ohio board of nursing: asks only about current impairment, not past treatment."
    )
    assert box.where_label.text().startswith("From your organization's directory. Confirmed")
    assert (f"Checked {long_date(date(2026, 11, 20))} (read by the wellness office)"
            in box.where_label.text())
    assert OHIO_NURSING.source_url in box.source_link.text()
    box.choose("WA", "medical")  # the organization's word replaces the shipped one
    assert box.answer_label.text() == (
        "Washington medical board: a report says it asks about past mental-health "
        "treatment, not only current impairment."  # unconfirmed: never stated as fact
    )
    assert box.where_label.text().startswith("From your organization's directory. Unconfirmed")


def test_while_loading_the_box_waits_and_then_answers(qtbot: QtBot, data_dir: Path) -> None:
    page = DirectoryPage(None)
    qtbot.addWidget(page)
    page.choose_need(Need.LICENSE_WORRY)
    assert not page.license_box.isVisibleTo(page)
    assert page.license_box.current() is None
    page.set_directory(Directory.open(data_dir))
    assert page.license_box.isVisibleTo(page)
    page.license_box.choose("MS")
    current = page.license_box.current()
    assert isinstance(current, BoardAnswer) and current.answer == "current_only"
    assert current.checked == date(2026, 12, 4)


def test_the_box_is_keyboard_reachable_and_named(qtbot: QtBot, page: DirectoryPage) -> None:
    box = _license_worry(qtbot, page)
    box.choose("WA")
    for widget in (box.state_combo, box.board_combo, box.answer_label, box.source_link):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    # Alt+Y (the "Your state" label's mnemonic) moves to the state list.
    page.search_field.setFocus()
    qtbot.waitUntil(page.search_field.hasFocus)
    QTest.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box.state_combo.hasFocus)

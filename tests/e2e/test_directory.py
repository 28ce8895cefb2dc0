"""Find help end to end: the real page over the real shipped directory, driven by keyboard.

Clicks that open a phone, messaging or browser app are caught through Qt's own
URL-handler mechanism (`QDesktopServices.setUrlHandler`), so the real `openUrl` path runs
and nothing is dialled. The directory is opened without a vault: it is public data and
the page must work while Confide is locked.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.directory.contact import ActionKind
from desktop.directory.dialog_view import DirectoryDialog
from desktop.directory.results import LOADING_WORDS, RESULTS_LIMIT
from desktop.directory.view import DirectoryPage
from desktop.policy.effective import EffectivePolicy
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.ui.dates import long_date
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker
from referral_directory.directory import Directory
from referral_directory.model import Need, Resource
from referral_directory.ranking import ID_911
from referral_directory.ranking import ID_988 as LIFELINE
from referral_directory.ranking import ID_CRISIS_TEXT_LINE as CRISIS_TEXT_LINE
from tests.e2e.conftest import UrlCatcher
from tests.referral_directory.generated import large_directory


@pytest.fixture
def directory(data_dir: Path) -> Directory:
    return Directory.open(data_dir)


def _shown(qtbot: QtBot, directory: Directory) -> DirectoryPage:
    page = DirectoryPage(directory)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.built)  # the filters and results, a few turns after the top
    page.search_field.setFocus()
    qtbot.waitUntil(page.search_field.hasFocus)
    return page


@pytest.fixture
def page(qtbot: QtBot, directory: Directory) -> DirectoryPage:
    return _shown(qtbot, directory)


def _type(qtbot: QtBot, page: DirectoryPage, text: str) -> int:
    """Type `text` key by key into the search field and wait for the results to settle."""
    with qtbot.waitSignal(page.results_changed, timeout=2000) as blocker:
        QTest.keyClicks(page.search_field, text)
    count = blocker.args[0] if blocker.args else -1
    assert isinstance(count, int)
    return count


def _need(page: DirectoryPage) -> Need | None:
    return page.need  # read afresh: the page changes it, which mypy's narrowing cannot see


def test_typing_narrows_the_results_as_you_type(qtbot: QtBot, page: DirectoryPage) -> None:
    everything = page.model.rowCount()
    assert everything >= 8  # the shipped national directory
    counts = [everything]
    for key in "nurse":
        counts.append(_type(qtbot, page, key))
        assert page.model.rowCount() == counts[-1]
    assert 0 < counts[-1] < everything
    assert counts == sorted(counts, reverse=True)  # each key narrows (or keeps) the list
    assert "1 result" in page.summary.text() or "results" in page.summary.text()
    # Clearing the field brings every resource back.
    with qtbot.waitSignal(page.results_changed, timeout=2000):
        page.search_field.clear()
    assert page.model.rowCount() == everything


def test_the_need_path_in_crisis_now_puts_988_first(qtbot: QtBot, page: DirectoryPage) -> None:
    _type(qtbot, page, "alcohol")
    with qtbot.waitSignal(page.results_changed):
        QTest.mouseClick(page.need_buttons[Need.CRISIS_NOW], Qt.MouseButton.LeftButton)
    assert page.need is Need.CRISIS_NOW
    assert page.need_buttons[Need.CRISIS_NOW].isChecked()
    assert page.search_field.text() == ""  # the need path replaces the query
    ids = page.model.ids()
    assert ids[0] == LIFELINE
    crisis = [page.model.resource(row).crisis for row in range(len(ids))]
    assert crisis == sorted(crisis, reverse=True)  # every crisis line before the rest
    assert page.summary.text().startswith(f"Ranked for \u201c{Need.CRISIS_NOW.label}\u201d")
    # The top pick's buttons are there at once, without another step.
    assert page.detail.resource is not None and page.detail.resource.id == LIFELINE
    assert page.detail.button(ActionKind.CALL).text() == "Call 988"
    # Typing again leaves the need path.
    _type(qtbot, page, "n")
    assert _need(page) is None and not page.need_buttons[Need.CRISIS_NOW].isChecked()


@pytest.mark.parametrize("typed", ["I want to die", "suicidal", "quiero morir", "autolesion"])
def test_a_risk_word_typed_puts_988_first(qtbot: QtBot, page: DirectoryPage, typed: str) -> None:
    _type(qtbot, page, typed)
    ids = page.model.ids()
    assert ids[:3] == [LIFELINE, CRISIS_TEXT_LINE, ID_911]
    crisis = [page.model.resource(row).crisis for row in range(len(ids))]
    assert crisis == sorted(crisis, reverse=True)  # every crisis line before the rest


def test_words_people_use_find_help(qtbot: QtBot, page: DirectoryPage) -> None:
    _type(qtbot, page, "alcohol")
    names = [page.model.resource(row).name for row in range(page.model.rowCount())]
    assert "SAMHSA National Helpline" in names
    page.search_field.clear()
    _type(qtbot, page, "ansiedad")
    assert page.model.rowCount() >= 5


def test_nothing_found_still_says_call_or_text_988(qtbot: QtBot, page: DirectoryPage) -> None:
    _type(qtbot, page, "zzzz")
    assert page.model.rowCount() == 0
    assert "call or text 988" in page.summary.text()


def test_the_licensing_filter_removes_resources_with_exposure(
    qtbot: QtBot, page: DirectoryPage
) -> None:
    before = [page.model.resource(r) for r in range(page.model.rowCount())]
    assert any(r.licensing_exposure != "none" for r in before)
    with qtbot.waitSignal(page.results_changed):
        # Alt+B is the filter's mnemonic: keyboard-only use reaches it.
        QTest.keyClick(page.search_field, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert page.filter_box.licensing_check.isChecked()
    after = [page.model.resource(r) for r in range(page.model.rowCount())]
    assert after and all(r.licensing_exposure == "none" for r in after)
    assert {r.id for r in after} == {r.id for r in before if r.licensing_exposure == "none"}
    with qtbot.waitSignal(page.results_changed):
        page.filter_box.licensing_check.click()
    assert page.model.rowCount() == len(before)


def test_keyboard_only_search_detail_and_click_to_call(
    qtbot: QtBot, page: DirectoryPage, catcher: UrlCatcher
) -> None:
    _type(qtbot, page, "988")
    assert page.model.ids()[0] == LIFELINE
    with qtbot.waitSignal(page.detail_shown) as shown:
        QTest.keyClick(page.search_field, Qt.Key.Key_Down)  # into the results
    assert shown.args == [LIFELINE]
    assert page.results.hasFocus()
    QTest.keyClick(page.results, Qt.Key.Key_Return)  # Enter opens the detail's buttons
    call = page.detail.button(ActionKind.CALL)
    qtbot.waitUntil(call.hasFocus)
    assert catcher.urls == []  # nothing is dialled by finding or showing a resource
    with qtbot.waitSignal(page.action_opened) as opened:
        QTest.keyClick(call, Qt.Key.Key_Space)
    assert opened.args == ["tel:988"]
    assert catcher.urls == ["tel:988"]
    QTest.mouseClick(page.detail.button(ActionKind.TEXT), Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.detail.button(ActionKind.CHAT), Qt.MouseButton.LeftButton)
    assert catcher.urls[1].startswith("sms:988")
    assert catcher.urls[2].startswith("https://")
    QTest.mouseClick(page.detail.button(ActionKind.COPY), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "988"
    assert page.detail.status.text() == "Copied 988."
    QTest.keyClick(call, Qt.Key.Key_Escape)  # back to the results
    qtbot.waitUntil(page.results.hasFocus)


def _listed(page: DirectoryPage) -> list[Resource]:
    return [page.model.resource(row) for row in range(page.model.rowCount())]


def test_the_default_list_starts_with_988_and_911_is_never_above_it(page: DirectoryPage) -> None:
    ids = page.model.ids()
    assert ids[0] == LIFELINE
    assert ids.index(ID_911) > ids.index(LIFELINE)
    assert page.need is None and page.summary.text().startswith("All resources")


def _words(page: DirectoryPage) -> str:
    content = page.detail.widget()
    assert content is not None
    return " ".join(label.text() for label in content.findChildren(QLabel))


def test_the_detail_gives_each_claim_its_source_date_and_status(
    qtbot: QtBot, page: DirectoryPage, catcher: UrlCatcher
) -> None:
    with qtbot.waitSignal(page.detail_shown):
        page.show_detail(LIFELINE)
    words = _words(page)
    assert "What happens when you reach out" in words and "Cost" in words
    assert "Who is told, and what is kept" in words
    # Unconfirmed in words (not colour alone), with the secondary page it came from.
    assert "We could not confirm this from the service itself: Your employer is not told" in words
    assert f"Unconfirmed. Checked {long_date(date(2026, 11, 22))}" in words
    # Confirmed from 988's own terms, checked against a stored copy today.
    assert "988's terms say it is not mental health treatment" in words
    assert (f"Confirmed. Checked {long_date(date(2026, 12, 4))} (checked against a stored "
            "copy of the page)") in words
    links = [link.text() for link in page.detail.source_links]
    assert any("988lifeline.org/terms-of-service" in t for t in links)
    assert any("webmd.com" in t for t in links)
    terms = next(
        link for link in page.detail.source_links if "terms-of-service" in link.accessibleName()
    )
    assert terms.accessibleName().startswith("Source for \u201cTreatment record\u201d")
    with qtbot.waitSignal(page.detail.action_opened) as opened:
        terms.linkActivated.emit("https://988lifeline.org/terms-of-service")
    assert opened.args == ["https://988lifeline.org/terms-of-service"]
    assert catcher.urls == ["https://988lifeline.org/terms-of-service"]


def test_a_plain_http_source_is_shown_but_never_opened(
    qtbot: QtBot, page: DirectoryPage, catcher: UrlCatcher
) -> None:
    text_line = next(r for r in _listed(page) if r.name == "Crisis Text Line")
    with qtbot.waitSignal(page.detail_shown):
        page.show_detail(text_line.id)
    http = next(link for link in page.detail.source_links if "http://" in link.text())
    http.linkActivated.emit(http.text().split('"')[1])  # the escaped href
    assert catcher.urls == [] and "was not opened" in page.detail.status.text()


def test_every_physician_support_line_claim_is_confirmed_from_its_faq(
    qtbot: QtBot, page: DirectoryPage
) -> None:
    psl = next(r for r in _listed(page) if r.name == "Physician Support Line")
    with qtbot.waitSignal(page.detail_shown):
        page.show_detail(psl.id)
    words = _words(page)
    assert "We could not confirm" not in words and "Unconfirmed" not in words
    assert "When confidentiality is broken" in words and "What is kept about you" in words
    assert "Residents, fellows and interns" in words


def test_need_buttons_look_unselected_until_chosen(qtbot: QtBot, page: DirectoryPage) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ThemeManager(app, "light")  # the real style sheet, whose crisis rule filled the button
    buttons = page.need_buttons
    assert not any(b.isChecked() for b in buttons.values())
    assert all(not b.text().startswith("\u2713") for b in buttons.values())
    assert all(b.property("role") is None for b in buttons.values())  # no filled style

    def fill(button: QWidget) -> str:
        image = button.grab().toImage()
        return image.pixelColor(image.width() // 8, image.height() // 2).name()

    unselected = {need: fill(b) for need, b in buttons.items()}
    assert len(set(unselected.values())) == 1, unselected  # "in crisis" looks like the rest
    with qtbot.waitSignal(page.results_changed):
        QTest.mouseClick(buttons[Need.LICENSE_WORRY], Qt.MouseButton.LeftButton)
    chosen = buttons[Need.LICENSE_WORRY]
    assert chosen.isChecked() and chosen.text().startswith("\u2713 ")  # a tick, not colour
    assert [n for n, b in buttons.items() if b.isChecked()] == [Need.LICENSE_WORRY]


def test_the_license_worry_list_says_which_explain_and_which_reach_a_board(
    qtbot: QtBot, page: DirectoryPage
) -> None:
    assert not page.need_note.isVisibleTo(page)
    with qtbot.waitSignal(page.results_changed):
        QTest.mouseClick(page.need_buttons[Need.LICENSE_WORRY], Qt.MouseButton.LeftButton)
    names = [page.model.resource(row).name for row in range(page.model.rowCount())]
    assert names[:3] == [
        "988 Suicide & Crisis Lifeline",
        "Physician Support Line",
        "State physician health programs (FSPHP directory)",
    ]
    assert page.need_note.isVisibleTo(page)
    note = page.need_note.text()
    assert note.startswith("988 comes first, for anyone in crisis.")
    assert (
        "Next come the resources whose own published words explain licensing: "
        "Physician Support Line; State physician health programs (FSPHP directory)." in note
    )
    assert (
        "Only State physician health programs (FSPHP directory) can reach a licensing board: "
        "that is the physician health program (PHP) path" in note
    )
    with qtbot.waitSignal(page.results_changed):
        QTest.mouseClick(page.need_buttons[Need.TALK_TODAY], Qt.MouseButton.LeftButton)
    assert not page.need_note.isVisibleTo(page)
    assert page.model.ids()[0] == LIFELINE


def test_searching_is_never_logged(
    qtbot: QtBot, page: DirectoryPage, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _type(qtbot, page, "suicide")
    with qtbot.waitSignal(page.results_changed):
        page.filter_box.licensing_check.click()
    with qtbot.waitSignal(page.results_changed):
        QTest.mouseClick(page.need_buttons[Need.SUBSTANCE_USE], Qt.MouseButton.LeftButton)
    assert "suicide" not in caplog.text.lower()
    assert "substance" not in caplog.text.lower() and "alcohol" not in caplog.text.lower()


def test_every_control_has_an_accessible_name(page: DirectoryPage) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListView

    controls = [
        w
        for kind in (QAbstractButton, QComboBox, QLineEdit, QListView)
        for w in page.findChildren(kind)
        if w.isVisibleTo(page)
    ]
    assert len(controls) > 15
    unnamed = [w for w in controls if not w.accessibleName()]
    # QLineEdit's clear button is Qt's own and unnamed; everything of ours is named.
    assert [w for w in unnamed if w.parent() is not page.search_field] == []


def test_the_page_works_while_locked_in_its_own_window(qtbot: QtBot, directory: Directory) -> None:
    dialog = DirectoryDialog(directory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Confide"
    assert dialog.page.model.rowCount() > 0
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog.page.search_field, Qt.Key.Key_Escape)
    QApplication.processEvents()


def test_typing_over_a_large_directory_keeps_the_list_bounded(qtbot: QtBot) -> None:
    directory = large_directory(RESULTS_LIMIT + 100)
    page = _shown(qtbot, directory)
    assert page.model.rowCount() == RESULTS_LIMIT
    for key in "servic":
        assert _type(qtbot, page, key) <= RESULTS_LIMIT
    assert page.model.rowCount() == RESULTS_LIMIT
    total = len(directory.search("servic"))
    assert total > RESULTS_LIMIT
    assert page.summary.text() == (
        f"Showing the first {RESULTS_LIMIT} of {total} \u2014 add words or filters to narrow it."
    )
    assert _type(qtbot, page, "e 12") < RESULTS_LIMIT  # "service 12", "service 120", ...
    assert page.summary.text() == f"{page.model.rowCount()} results"
    # The keyboard path still goes from the field into the (bounded) list.
    with qtbot.waitSignal(page.detail_shown):
        QTest.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.results.hasFocus()


def _loading(page: DirectoryPage) -> bool:
    return page.loading  # read afresh: the page changes it, which mypy's narrowing cannot see


def _opened(services: ShellServices) -> Directory | None:
    return services.directory.directory  # read afresh, as `_need` does


def _close(window: QWidget) -> None:
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def test_find_help_loads_on_the_worker_then_shows_the_directory(
    qtbot: QtBot, data_dir: Path, vault: Vault, worker: Worker, idle: IdleWatcher
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services = ShellServices(
        data_dir, ThemeManager(app), idle, EffectivePolicy.defaults(), lambda _request: None
    )
    assert _opened(services) is None  # not opened yet: the page must not wait for it
    window = build_main_window(vault, worker, services)
    page = window.page("directory")
    assert isinstance(page, DirectoryPage) and isinstance(window, MainWindow)
    # The worker's open arrives later, through `set_directory`.
    with qtbot.waitSignal(page.results_changed, timeout=10_000) as blocker:
        assert page.loading and page.summary.text() == LOADING_WORDS
        assert page.model.rowCount() == 0
        with qtbot.waitSignal(window.crisis_requested):  # crisis help never waits for it
            window.crisis_button.click()
    assert not _loading(page)
    opened = _opened(services)
    assert isinstance(opened, Directory)
    assert blocker.args == [len(opened.resources)]
    assert page.model.resource(0).crisis and page.summary.text().startswith("All resources")
    _close(window)
    # The next unlock's page has the directory at once, and nothing opens it again.
    again = build_main_window(vault, worker, services)
    second = again.page("directory")
    assert isinstance(second, DirectoryPage) and not second.loading
    assert second.model.rowCount() == len(opened.resources)
    assert _opened(services) is opened
    _close(again)


def test_need_buttons_wrap_in_a_600_pixel_window(qtbot: QtBot, page: DirectoryPage) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ThemeManager(app, "light")  # the real style: its padding made four a row too wide
    with qtbot.waitSignal(page.results_changed):
        page.choose_need(Need.LICENSE_WORRY)  # the widest label, with its tick
    page.resize(600, 800)
    (scroll,) = page.findChildren(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
    bar = scroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0)  # nothing cut off, no sideways scrolling
    # Laid out at a later turn than the resize.
    qtbot.waitUntil(lambda: len({b.y() for b in page.need_buttons.values()}) > 2)
    assert bar.maximum() == 0
    page.resize(1100, 800)  # wide again: back to one row of four and one of three
    qtbot.waitUntil(lambda: len({b.y() for b in page.need_buttons.values()}) == 2)

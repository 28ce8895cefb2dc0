"""The daily check-in end to end: the real page, a real vault and the real worker.

Answers are given with the keyboard only, as a person who cannot use a mouse would.
Keys go through QTest.keyClick(s), which is what qtbot.keyClick(s) calls, but typed
(pytest-qt's wrappers are untyped, which strict mypy refuses).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.checkins.view import SAVED_TEXT, CheckInPage
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import CheckIn, Stressor
from desktop.ui.worker import Worker

DAY = date(2025, 3, 12)
W = TypeVar("W", bound=QWidget)






def by_name(page: QWidget, kind: type[W], name: str) -> W:
    """The one widget of `kind` whose accessible name is `name` (so names are tested too)."""
    found = [w for w in page.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    """A key press where the keyboard focus is, as a real key would go."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)


def open_page(qtbot: QtBot, vault: Vault, worker: Worker) -> CheckInPage:
    page = CheckInPage(vault, worker, today=lambda: DAY)
    qtbot.addWidget(page)
    page.resize(900, 1000)
    page.show()
    qtbot.waitExposed(page)
    save = next(b for b in page.findChildren(QPushButton) if "check-in" in b.accessibleName())
    qtbot.waitUntil(save.isEnabled)  # today's entry has loaded
    qtbot.waitUntil(lambda: page.built)  # and the recent ones, in their table
    page.activateWindow()
    page.setFocus()  # what the shell does when the page is chosen
    first = by_name(page, QRadioButton, "Mood: 1 of 5, Very low")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    return page


def test_keyboard_only_checkin_saves_shows_and_reads_back(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)

    press(qtbot, Qt.Key.Key_4)  # a digit picks within the focused row
    assert by_name(page, QRadioButton, "Mood: 4 of 5, Good").isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is by_name(page, QRadioButton, "Energy: 1 of 5, Exhausted")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)  # arrows move the choice within the row
    assert by_name(page, QRadioButton, "Energy: 2 of 5, Tired").isChecked()
    assert not by_name(page, QRadioButton, "Energy: 1 of 5, Exhausted").isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is by_name(page, QRadioButton, "Sleep: 1 of 5, Very poor")
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is by_name(page, QCheckBox, "Workload")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is by_name(page, QCheckBox, "Staffing")
    press(qtbot, Qt.Key.Key_Space)
    note = by_name(page, QPlainTextEdit, "Private note, optional")
    for _ in range(len(Stressor)):
        if QApplication.focusWidget() is note:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is note
    QTest.keyClicks(note, "Long shift; the team was kind.")

    with qtbot.waitSignal(page.saved):
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert by_name(page, QLabel, "Check-in status").text() == SAVED_TEXT
    assert note.toPlainText() == "Long shift; the team was kind.", "Ctrl+Enter adds no line"

    table = by_name(page, QTableView, "Recent check-ins")
    assert table.model().rowCount() == 1
    assert [table.model().index(0, c).data() for c in range(1, 5)] == [
        "4 · Good", "2 · Tired", "3 · Fair", "Workload, Staffing"]

    stored = worker.run_blocking(lambda: CheckInStore(vault).today(DAY))
    assert stored is not None
    assert (stored.day, stored.mood, stored.energy, stored.sleep) == (DAY, 4, 2, 3)
    assert stored.stressors == {Stressor.WORKLOAD, Stressor.STAFFING}
    assert stored.note == "Long shift; the team was kind."


def test_redoing_todays_checkin_loads_it_and_replaces_it(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    earlier = CheckIn(DAY, datetime(2025, 3, 12, 7, tzinfo=UTC), 2, 2, 2,
                      frozenset({Stressor.HOME}), "morning")
    worker.run_blocking(lambda: CheckInStore(vault).save(earlier))
    page = open_page(qtbot, vault, worker)

    assert by_name(page, QRadioButton, "Mood: 2 of 5, Low").isChecked()
    assert by_name(page, QCheckBox, "Home and caregiving").isChecked()
    assert by_name(page, QPlainTextEdit, "Private note, optional").toPlainText() == "morning"
    save = by_name(page, QPushButton, "Update today's check-in")
    press(qtbot, Qt.Key.Key_5)
    with qtbot.waitSignal(page.saved):
        press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)  # keypad Enter too
    assert save.isEnabled()

    rows = worker.run_blocking(lambda: CheckInStore(vault).recent(10))
    assert [(c.day, c.mood, c.note) for c in rows] == [(DAY, 5, "morning")]
    assert by_name(page, QTableView, "Recent check-ins").model().rowCount() == 1


def test_saving_too_soon_says_what_is_missing_and_goes_there(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    status = by_name(page, QLabel, "Check-in status")
    assert status.text() == "Please choose your energy and sleep to save."
    assert QApplication.focusWidget() is by_name(page, QRadioButton, "Energy: 1 of 5, Exhausted")
    assert worker.run_blocking(lambda: CheckInStore(vault).recent(5)) == []


def test_selecting_a_row_shows_its_note_and_lock_clears_everything(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    worker.run_blocking(lambda: CheckInStore(vault).save(
        CheckIn(date(2025, 3, 10), datetime(2025, 3, 10, tzinfo=UTC), 3, 3, 3, note="older")))
    page = open_page(qtbot, vault, worker)
    table = by_name(page, QTableView, "Recent check-ins")
    detail = by_name(page, QPlainTextEdit, "Note of the selected check-in")
    note = by_name(page, QPlainTextEdit, "Private note, optional")
    assert detail.toPlainText() == ""
    table.setFocus()  # focus makes the first row current, not selected: notes stay hidden
    assert detail.toPlainText() == ""
    press(qtbot, Qt.Key.Key_Space)  # the keyboard selects it
    assert detail.toPlainText() == "older"
    note.setFocus()
    QTest.keyClicks(note, "typed, unsaved")
    press(qtbot, Qt.Key.Key_1)

    page.clear_personal_data()
    assert note.toPlainText() == "" and not note.document().isUndoAvailable()
    assert detail.toPlainText() == ""
    assert table.model().rowCount() == 0
    assert not any(b.isChecked() for b in page.findChildren(QRadioButton))
    assert not any(c.isChecked() for c in page.findChildren(QCheckBox))


def test_alt_letters_jump_to_each_question(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    page = open_page(qtbot, vault, worker)
    for letter, name in ((Qt.Key.Key_L, "Sleep: 1 of 5, Very poor"),
                         (Qt.Key.Key_E, "Energy: 1 of 5, Exhausted"),
                         (Qt.Key.Key_M, "Mood: 1 of 5, Very low")):
        press(qtbot, letter, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is by_name(page, QRadioButton, name)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is by_name(page, QPlainTextEdit, "Private note, optional")


def test_a_page_left_open_overnight_starts_a_new_day_when_shown(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    today = [DAY]
    page = CheckInPage(vault, worker, today=lambda: today[0])
    qtbot.addWidget(page)
    page.show()
    save = by_name(page, QPushButton, "Save check-in")
    qtbot.waitUntil(save.isEnabled)
    for name in ("Mood: 3 of 5, Okay", "Energy: 3 of 5, Getting by", "Sleep: 3 of 5, Fair"):
        by_name(page, QRadioButton, name).click()
    with qtbot.waitSignal(page.saved):
        save.click()
    assert save.accessibleName() == "Update today's check-in"

    today[0] = date(2025, 3, 13)
    page.hide()
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert save.accessibleName() == "Save check-in", "the new day is a new check-in"
    assert not any(b.isChecked() for b in page.findChildren(QRadioButton))
    assert by_name(page, QTableView, "Recent check-ins").model().rowCount() == 1


def test_a_failed_load_keeps_the_form_closed_so_nothing_is_replaced(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    worker.run_blocking(vault.lock)  # every vault call now fails, as a broken vault would
    page = CheckInPage(vault, worker, today=lambda: DAY)
    qtbot.addWidget(page)
    page.show()
    status = by_name(page, QLabel, "Check-in status")
    qtbot.waitUntil(lambda: "could not be loaded" in status.text())
    save = next(b for b in page.findChildren(QPushButton) if "check-in" in b.accessibleName())
    assert not save.isEnabled()
    assert not by_name(page, QRadioButton, "Mood: 1 of 5, Very low").isEnabled()


def test_the_recent_table_comes_with_its_rows_after_the_form_in_keyboard_order(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    worker.run_blocking(lambda: CheckInStore(vault).save(
        CheckIn(date(2025, 3, 10), datetime(2025, 3, 10, tzinfo=UTC), 3, 3, 3)))
    page = CheckInPage(vault, worker, today=lambda: DAY)
    qtbot.addWidget(page)
    assert not page.built and page.findChild(QTableView) is None  # built when rows arrive
    page.close()
    page = open_page(qtbot, vault, worker)
    table = by_name(page, QTableView, "Recent check-ins")
    assert table.model().rowCount() == 1
    save = next(b for b in page.findChildren(QPushButton) if "check-in" in b.accessibleName())
    save.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is save)
    press(qtbot, Qt.Key.Key_Tab)  # the form's last stop, then the table below it
    assert QApplication.focusWidget() is table
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is by_name(page, QPlainTextEdit,
                                                 "Note of the selected check-in")

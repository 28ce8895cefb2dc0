"""The safety plan page against a real (fast-KDF) vault: entries edited where they stand,
one add button per step, each change saved and said beside it, nothing left after lock.

Keys go through QTest where the focus is, as a person without a mouse types.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.safety_plan.crisis_lines import crisis_lines
from desktop.safety_plan.model import PlanItem, SafetyPlan, Step
from desktop.safety_plan.print_view import plan_html
from desktop.safety_plan.store import SafetyPlanStore
from desktop.safety_plan.view import SafetyPlanPage
from desktop.safety_plan.words_view import SAVED_TEXT
from desktop.ui.dates import long_date
from desktop.ui.forget import forget_personal_data
from desktop.ui.worker import Worker
from tests.conftest import VAULT_PASSPHRASE
from tests.desktop.crisis.panel_checks import Announcement, announcements
from tests.desktop.i18n_fixtures import pseudo_locale
from tests.desktop.test_pseudo_locale import untranslated

__all__ = ["announcements"]  # the fixture, used by name
NOW = datetime(2025, 3, 12, 20, 0, tzinfo=UTC)
W = TypeVar("W", bound=QWidget)
ADD_NAMES = {
    Step.WARNING_SIGNS: "Add a warning sign",
    Step.COPING_ALONE: "Add something I can do",
    Step.DISTRACTIONS: "Add a person or place",
    Step.HELPERS: "Add a person to ask",
    Step.PROFESSIONALS: "Add a professional or service",
    Step.SAFER_SURROUNDINGS: "Add a way to stay safer",
}


def by_name(root: QWidget, kind: type[W], name: str) -> W:
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)


def type_text(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClicks(target, text)


def saved_plan(vault: Vault, worker: Worker) -> SafetyPlan | None:
    stored = worker.run_blocking(lambda: SafetyPlanStore(vault).load())
    return stored.plan if stored else None


def open_page(qtbot: QtBot, vault: Vault, worker: Worker, plan: SafetyPlan | None = None
              ) -> SafetyPlanPage:
    if plan is not None:
        worker.run_blocking(lambda: SafetyPlanStore(vault).save(plan, NOW))
    page = SafetyPlanPage(vault, worker, now=lambda: NOW, choose_pdf=lambda _parent: None)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.resize(900, 1200)
        page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.reasons)
    return page


def editing(table: QTableView) -> QLineEdit:
    """The in-place editor open in `table` (it has the focus)."""
    assert table.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    return editor


def test_keyboard_only_tab_to_add_enter_type_enter_saves_and_says_so(
    qtbot: QtBot, vault: Vault, worker: Worker, announcements: list[Announcement]
) -> None:
    page = open_page(qtbot, vault, worker)
    add = by_name(page, QPushButton, "Add a warning sign")
    for _ in range(5):
        if QApplication.focusWidget() is add:
            break
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is add  # from what matters most, Tab reaches it
    press(Qt.Key.Key_Return)
    table = by_name(page, QTableView, "Warning signs, list")
    editor = editing(table)
    assert editor.text() == ""
    assert editor.accessibleName() == "Entry in Warning signs, being changed"
    type_text("Skipping meals")
    with qtbot.waitSignal(page.saved):
        press(Qt.Key.Key_Return)
    status = page.editors[Step.WARNING_SIGNS].status
    assert status.text() == SAVED_TEXT
    assert Announcement(status, SAVED_TEXT) in announcements  # read out beside the step
    plan = saved_plan(vault, worker)
    assert plan is not None and plan.items(Step.WARNING_SIGNS) == (PlanItem("Skipping meals"),)
    assert page.last_changed.text() == f"Last changed {long_date(NOW.astimezone().date())}."


def test_a_person_is_added_with_a_phone_in_the_next_cell(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    by_name(page, QPushButton, "Add a person to ask").click()
    table = by_name(page, QTableView, "People I can ask for help, list")
    type_text("Sam, my sister")
    with qtbot.waitSignal(page.saved):
        press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    assert editing(table).accessibleName() == "Phone in People I can ask for help, being changed"
    type_text("555 0100")
    with qtbot.waitSignal(page.saved):
        press(Qt.Key.Key_Return)
    plan = saved_plan(vault, worker)
    assert plan is not None
    assert plan.items(Step.HELPERS) == (PlanItem("Sam, my sister", "555 0100"),)


def test_an_entry_is_changed_where_it_stands_and_escape_leaves_it(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    plan = SafetyPlan({Step.COPING_ALONE: (PlanItem("A walk"), PlanItem("Tea"))})
    page = open_page(qtbot, vault, worker, plan)
    table = by_name(page, QTableView, "Things I can do on my own to cope, list")
    assert table.model().index(0, 0).data() == "A walk"  # the entry is the text itself
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    press(Qt.Key.Key_Return)  # Enter opens the entry in place, as F2 does
    editor = editing(table)
    assert editor.text() == "A walk"
    editor.selectAll()
    type_text("A walk round the block")
    with qtbot.waitSignal(page.saved):
        press(Qt.Key.Key_Return)
    saved = saved_plan(vault, worker)
    assert saved is not None
    assert saved.items(Step.COPING_ALONE) == (PlanItem("A walk round the block"), PlanItem("Tea"))

    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_F2)
    editing(table).selectAll()
    type_text("nothing I mean to keep")
    with qtbot.assertNotEmitted(page.saved, wait=100):
        press(Qt.Key.Key_Escape)
    assert page.editors[Step.COPING_ALONE].rows() == [("A walk round the block", ""), ("Tea", "")]


def test_escape_on_a_new_entry_adds_nothing(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    page = open_page(qtbot, vault, worker)
    add = by_name(page, QPushButton, "Add a way to stay safer")
    add.click()
    type_text("half a thought")
    with qtbot.assertNotEmitted(page.saved, wait=100):
        press(Qt.Key.Key_Escape)
    assert page.editors[Step.SAFER_SURROUNDINGS].model.rowCount() == 0
    assert QApplication.focusWidget() is add  # back where the person was
    assert saved_plan(vault, worker) is None


def test_delete_removes_and_undo_brings_it_back(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    plan = SafetyPlan({Step.WARNING_SIGNS: (PlanItem("Skipping meals"), PlanItem("No sleep"))})
    page = open_page(qtbot, vault, worker, plan)
    table = by_name(page, QTableView, "Warning signs, list")
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    with qtbot.waitSignal(page.saved):
        press(Qt.Key.Key_Delete)
    saved = saved_plan(vault, worker)
    assert saved is not None and saved.items(Step.WARNING_SIGNS) == (PlanItem("No sleep"),)
    status = page.editors[Step.WARNING_SIGNS].status
    assert status.text() == ("Removed \u201cSkipping meals\u201d. Undo remove (or Ctrl+Z in the "
                             "list) brings it back. Saved.")
    undo = by_name(page, QPushButton, "Bring back the entry just removed from Warning signs")
    assert undo.isVisible()
    with qtbot.waitSignal(page.saved):
        press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    saved = saved_plan(vault, worker)
    assert saved is not None and saved.items(Step.WARNING_SIGNS) == plan.items(Step.WARNING_SIGNS)
    assert not undo.isVisible()
    assert status.text() == "Brought back \u201cSkipping meals\u201d. Saved."


def test_each_step_has_one_named_add_button_and_every_control_a_name(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    for step, editor in page.editors.items():
        adds = [b for b in editor.findChildren(QPushButton) if b.text().startswith("Add")]
        assert [b.accessibleName() for b in adds] == [ADD_NAMES[step]]
        assert adds[0].focusPolicy() & Qt.FocusPolicy.TabFocus
    controls = [*page.findChildren(QPushButton), *page.findChildren(QTableView),
                *page.findChildren(QPlainTextEdit)]
    assert all(c.accessibleName() for c in controls)


def test_lock_saves_an_open_entry_then_leaves_nothing(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    plan = SafetyPlan({Step.WARNING_SIGNS: (PlanItem("Skipping meals"), PlanItem("No sleep"))},
                      "My niece")
    page = open_page(qtbot, vault, worker, plan)
    table = by_name(page, QTableView, "Warning signs, list")
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))
    with qtbot.waitSignal(page.saved):
        press(Qt.Key.Key_Delete)  # kept for Undo in memory
    by_name(page, QPushButton, "Add a warning sign").click()
    type_text("Snapping at people")  # still open, Enter not pressed

    # Lock as the shell does: the window forgets, then the vault locks on the same worker.
    forget_personal_data(page)
    assert all(not e.rows() for e in page.editors.values())
    typed = [e for e in page.findChildren(QLineEdit)
             if not isinstance(e.parentWidget(), QAbstractSpinBox)]  # the date's own field
    assert typed and [e.text() for e in typed if e.text()] == []
    assert page.reasons.toPlainText() == "" and not page.reasons.document().isUndoAvailable()
    assert [w.text() for w in page.findChildren(QLabel) if "Saved" in w.text()] == []
    assert page.last_changed.text() == ""
    page.editors[Step.WARNING_SIGNS].undo_remove()
    assert page.editors[Step.WARNING_SIGNS].rows() == []  # no removed entry kept either
    worker.run_blocking(vault.lock)

    unlocked = worker.run_blocking(lambda: Vault.unlock(data_dir, VAULT_PASSPHRASE))
    try:
        stored = worker.run_blocking(lambda: SafetyPlanStore(unlocked).load())
        assert stored is not None
        assert stored.plan.items(Step.WARNING_SIGNS) == (
            PlanItem("Skipping meals"), PlanItem("Snapping at people"))
    finally:
        worker.run_blocking(unlocked.lock)


def test_lock_keeps_an_entry_that_breaks_a_rule_and_the_rest(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    """Issue 14: a "number" with no digit was refused at lock, and every unsaved change
    went with it. Now the words go into the entry's text and the rest is saved too."""
    page = open_page(qtbot, vault, worker)
    by_name(page, QPushButton, "Add a professional or service").click()
    type_text("My therapist")
    with qtbot.waitSignal(page.saved):
        press(Qt.Key.Key_Return)
    table = by_name(page, QTableView, "Professionals and services to contact in a crisis, list")
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    type_text("ask at the desk")  # in the number's cell
    press(Qt.Key.Key_Return)
    status = page.editors[Step.PROFESSIONALS].status
    qtbot.waitUntil(lambda: "Not saved" in status.text())  # explained while the page is open
    page.reasons.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.reasons)
    type_text("My nieces")  # typed, the field not left

    forget_personal_data(page)
    assert page.editors[Step.PROFESSIONALS].rows() == [] and page.reasons.toPlainText() == ""
    worker.run_blocking(vault.lock)

    unlocked = worker.run_blocking(lambda: Vault.unlock(data_dir, VAULT_PASSPHRASE))
    try:
        stored = worker.run_blocking(lambda: SafetyPlanStore(unlocked).load())
        assert stored is not None
        assert stored.plan.items(Step.PROFESSIONALS) == (PlanItem("My therapist, ask at the desk"),)
        assert stored.plan.reasons == "My nieces"
    finally:
        worker.run_blocking(unlocked.lock)


def test_dates_follow_the_locale_in_one_style(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    with pseudo_locale("es_US"):
        plan = SafetyPlan({}, "My sister", date(2025, 6, 1))
        page = open_page(qtbot, vault, worker, plan)
        day = long_date(NOW.astimezone().date())
        assert "marzo" in day
        assert day in page.last_changed.text()
        assert page.review_date.text() == long_date(date(2025, 6, 1))  # "1 junio 2025"
        printed = plan_html(plan, crisis_lines(), date(2025, 3, 12))
        assert long_date(date(2025, 3, 12)) in printed  # the paper plan says it alike
        assert long_date(date(2025, 6, 1)) in printed


def test_every_word_on_the_page_is_translated(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    plan = SafetyPlan({Step.COPING_ALONE: (PlanItem("A walk outside"),)}, "My sister")
    crisis = [f"{line.name}, {line.how}" for line in crisis_lines()]
    crisis += [part for line in crisis_lines() for part in (line.name, line.how)]
    with pseudo_locale():
        page = open_page(qtbot, vault, worker, plan)
        page.review_check.setChecked(True)
        qtbot.waitUntil(lambda: page.review_status.text() == page.tr(SAVED_TEXT)
                        or "Saved" in page.review_status.text())
        said = [long_date(NOW.astimezone().date()), page.review_date.text(), *crisis]
        assert untranslated(page, said=said) == []


def test_the_later_steps_come_after_the_first_built_shown_and_in_keyboard_order(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = SafetyPlanPage(vault, worker, now=lambda: NOW, choose_pdf=lambda _parent: None)
    qtbot.addWidget(page)
    built_at_first = page.built
    assert not built_at_first  # steps 3-6, the date and Print come in later turns
    with qtbot.waitSignal(page.loaded):
        page.resize(900, 1200)
        page.show()
    assert page.built
    later = [page.editors[step] for step in list(Step)[2:]]
    assert all(editor.isVisible() for editor in later)
    assert any("988" in label.accessibleName() for label in later[2].findChildren(QLabel))
    # Shown in a later turn: 0 px tall until the next layout pass, so wait for it.
    qtbot.waitUntil(lambda: later[-1].height() > 0)
    add2 = by_name(page, QPushButton, ADD_NAMES[Step.COPING_ALONE])
    add2.setFocus()
    qtbot.waitUntil(add2.hasFocus)
    QTest.keyClick(add2, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is by_name(page, QPushButton, ADD_NAMES[Step.DISTRACTIONS])

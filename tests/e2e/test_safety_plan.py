"""The safety plan end to end: filled by keyboard, saved, still there after lock and unlock,
printed to a PDF whose text can be read back.

Keys go through QTest.keyClick(s) where the focus is, as a person without a mouse types.
"""

from __future__ import annotations

import shutil
import stat
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.safety_plan import print_view
from desktop.safety_plan.model import PlanItem, SafetyPlan, Step
from desktop.safety_plan.store import SafetyPlanStore
from desktop.safety_plan.summary_view import NO_PLAN, SafetyPlanSummary
from desktop.safety_plan.view import SafetyPlanPage
from desktop.safety_plan.words_view import SAVED_TEXT
from desktop.ui.worker import Worker

PASSPHRASE = "pass phrase"
NOW = datetime(2025, 3, 12, 20, 0, tzinfo=UTC)
W = TypeVar("W", bound=QWidget)






def by_name(page: QWidget, kind: type[W], name: str) -> W:
    found = [w for w in page.findChildren(kind) if w.accessibleName() == name]
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


def open_page(
    qtbot: QtBot, vault: Vault, worker: Worker, pdf: Path | None = None
) -> SafetyPlanPage:
    page = SafetyPlanPage(vault, worker, now=lambda: NOW, choose_pdf=lambda _parent: pdf)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.resize(900, 1200)
        page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.setFocus()
    reasons = by_name(page, QPlainTextEdit, "What matters most to me, optional")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reasons)
    return page


def add_by_keyboard(qtbot: QtBot, text: str) -> None:
    """On a step's add button: Enter opens a new entry in place, Enter keeps what is typed."""
    assert isinstance(QApplication.focusWidget(), QPushButton)
    press(Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(text)
    press(Qt.Key.Key_Return)
    # Qt's delegate keeps the entry and closes its editor at the next turn of the loop.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)


def fill_by_keyboard(qtbot: QtBot, page: SafetyPlanPage) -> None:
    type_text("My niece and my garden")
    press(Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # an empty step: its add button
    assert QApplication.focusWidget() is by_name(page, QPushButton, "Add a warning sign")
    add_by_keyboard(qtbot, "Skipping meals")
    table = by_name(page, QTableView, "Warning signs, list")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # back in the list
    press(Qt.Key.Key_Tab)
    add_by_keyboard(qtbot, "Not sleeping after night shifts")
    # The new entry is current in the list: Alt+Up moves it first.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.editors[Step.WARNING_SIGNS].rows() == [
        ("Not sleeping after night shifts", ""),
        ("Skipping meals", ""),
    ]

    press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    add_by_keyboard(qtbot, "A walk round the block")
    press(Qt.Key.Key_Tab)
    add_by_keyboard(qtbot, "to be removed")
    press(Qt.Key.Key_Delete)  # removes the current (last added) entry
    assert page.editors[Step.COPING_ALONE].rows() == [("A walk round the block", "")]

    press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    add_by_keyboard(qtbot, "Sam, my sister")
    # A person's phone cell opens next, in place.
    table = by_name(page, QTableView, "People I can ask for help, list")
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    type_text("555 0100")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.editors[Step.HELPERS].rows() == [("Sam, my sister", "555 0100")])


def test_plan_is_filled_by_keyboard_saved_and_there_after_lock_and_unlock(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path, tmp_path: Path
) -> None:
    page = open_page(qtbot, vault, worker)
    fill_by_keyboard(qtbot, page)
    status = page.editors[Step.HELPERS].status
    qtbot.waitUntil(lambda: status.text() == SAVED_TEXT)  # each change saved as it was made

    # Lock as the shell does: the page forgets, the vault closes on the worker.
    page.clear_personal_data()
    assert all(not e.rows() for e in page.editors.values())
    reasons = by_name(page, QPlainTextEdit, "What matters most to me, optional")
    assert reasons.toPlainText() == "" and not reasons.document().isUndoAvailable()
    worker.run_blocking(vault.lock)
    page.close()

    unlocked = worker.run_blocking(lambda: Vault.unlock(data_dir, PASSPHRASE))
    try:
        pdf = tmp_path / "my plan.pdf"
        again = open_page(qtbot, unlocked, worker, pdf)
        assert again.editors[Step.WARNING_SIGNS].rows() == [
            ("Not sleeping after night shifts", ""),
            ("Skipping meals", ""),
        ]
        assert again.editors[Step.HELPERS].rows() == [("Sam, my sister", "555 0100")]
        assert again.editors[Step.COPING_ALONE].rows() == [("A walk round the block", "")]
        assert (
            by_name(again, QPlainTextEdit, "What matters most to me, optional").toPlainText()
            == "My niece and my garden"
        )

        with qtbot.waitSignal(again.printed) as printed:
            press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        assert printed.args == [str(pdf)]
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
        pdftotext = shutil.which("pdftotext")
        assert pdftotext, "pdftotext (poppler-utils) is needed to read the PDF back"
        text = subprocess.run(
            [pdftotext, "-layout", str(pdf), "-"],
            capture_output=True,
            check=True,
            text=True,
            timeout=30,
        ).stdout
        words = " ".join(unicodedata.normalize("NFKC", text).split())
        assert "Step 1. Warning signs" in words
        assert "Not sleeping after night shifts" in words
        assert "Sam, my sister, 555 0100" in words
        assert "Text HOME to 741741" in words and "Call 911" in words
        assert "not encrypted" in by_name(again, QLabel, "Safety plan status").text()
    finally:
        worker.run_blocking(unlocked.lock)


def test_a_bad_phone_is_explained_and_focused_and_not_saved(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    page = open_page(qtbot, vault, worker)
    press(Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(page.saved):  # the name is kept and saved on its own
        add_by_keyboard(qtbot, "My therapist")
    table = by_name(page, QTableView, "Professionals and services to contact in a crisis, list")
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    type_text("ask at the desk")
    press(Qt.Key.Key_Return)
    status = page.editors[Step.PROFESSIONALS].status
    qtbot.waitUntil(lambda: "Not saved" in status.text())
    assert "step 5" in status.text() and "digit" in status.text()
    assert QApplication.focusWidget() is by_name(
        page, QTableView, "Professionals and services to contact in a crisis, list"
    )
    stored = worker.run_blocking(lambda: SafetyPlanStore(vault).load())
    assert stored is not None
    assert stored.plan.items(Step.PROFESSIONALS) == (PlanItem("My therapist"),)


def test_cancelling_the_pdf_warning_writes_nothing(
    qtbot: QtBot, vault: Vault, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []

    def refuse(_parent: QWidget, text: str, _yes: str) -> bool:
        warned.append(text)
        return False  # Cancel

    def no_dialog(*_args: object) -> tuple[str, str]:
        raise AssertionError("the file dialog must not open after Cancel")

    monkeypatch.setattr(print_view, "ask_yes_no", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", no_dialog)
    page = SafetyPlanPage(vault, worker, now=lambda: NOW)
    qtbot.addWidget(page)
    qtbot.waitSignal(page.loaded).wait()
    with qtbot.assertNotEmitted(page.printed):
        page.print_pdf()
    assert len(warned) == 1 and "not encrypted" in warned[0]


def test_summary_shows_the_saved_plan_and_forgets_it_on_lock(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    summary = SafetyPlanSummary(today=lambda: date(2025, 3, 12))
    qtbot.addWidget(summary)
    with qtbot.waitSignal(summary.loaded):
        summary.load(vault, worker)
    assert summary.text.toPlainText() == NO_PLAN

    plan = SafetyPlan({Step.COPING_ALONE: (PlanItem("Breathe out slowly"),)}, "My dog")
    worker.run_blocking(lambda: SafetyPlanStore(vault).save(plan, NOW))
    with qtbot.waitSignal(summary.loaded):
        summary.load(vault, worker)
    shown = summary.text.toPlainText()
    assert "My dog" in shown and "Breathe out slowly" in shown and "988" in shown
    assert "Warning signs" not in shown  # compact: empty steps are left out
    summary.clear_personal_data()
    assert "Breathe" not in summary.text.toPlainText()


def test_a_pdf_replacing_an_open_older_one_is_owner_only(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path
) -> None:
    folder = tmp_path / "printouts"
    folder.mkdir()
    pdf = folder / "safety-plan.pdf"
    pdf.write_bytes(b"an older plan, readable by everyone")
    pdf.chmod(0o644)
    page = open_page(qtbot, vault, worker, pdf)
    type_text("My niece and my garden")
    with qtbot.waitSignal(page.printed):
        page.print_pdf()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["safety-plan.pdf"]  # no temp file left


def test_a_pdf_that_cannot_be_written_is_explained(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path
) -> None:
    page = open_page(qtbot, vault, worker, tmp_path / "no such folder" / "plan.pdf")
    type_text("My niece and my garden")
    status = by_name(page, QLabel, "Safety plan status")
    with qtbot.assertNotEmitted(page.printed, wait=200):
        page.print_pdf()
        qtbot.waitUntil(lambda: "could not be written" in status.text())

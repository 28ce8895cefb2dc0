"""The safety plan page: six steps as editable lists, what matters most, a review date.

The page holds no rules: `SafetyPlan.from_drafts` decides what is valid, the store reads
and writes the vault through the worker, and `print_view` makes the PDF. Keyboard:
Alt+1 to Alt+6 jump to a step, Enter in a "new item" field adds it, Ctrl+S saves.

Signals:
    loaded(): the saved plan arrived (or there is none); the form is usable.
    saved(): the plan was stored in the vault.
    printed(str): a PDF was written (its path).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final, TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.atomic import write_atomic
from crypto.errors import DiskFull
from desktop.safety_plan.model import (
    REASONS_PROMPT,
    REASONS_TITLE,
    CrisisLine,
    InvalidPlan,
    Problem,
    SafetyPlan,
    Step,
    crisis_lines,
)
from desktop.safety_plan.print_view import PDF_WARNING, ask_pdf_path, render_pdf
from desktop.safety_plan.section_view import SENSITIVE, StepEditor
from desktop.safety_plan.store import SafetyPlanStore, StoredPlan
from desktop.ui.lines import LinesEdit
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import announce, fill_with_scrolled, heading
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries
from desktop.words import failure_text

log = logging.getLogger(__name__)
T = TypeVar("T")
SAVED_TEXT: Final = "Your safety plan is saved."
_PROBLEM_WORDS: Final = {
    Problem.EMPTY: "an item has a phone number but no name",
    Problem.TOO_LONG: "an entry is too long",
    Problem.CONTROL_CHARACTERS: "an entry holds a character that cannot be saved",
    Problem.PHONE_NOT_ALLOWED: "this step does not take phone numbers",
    Problem.PHONE_WITHOUT_DIGITS: "a phone number needs at least one digit",
    Problem.TOO_MANY_ITEMS: "there are too many items",
}


def problem_text(error: InvalidPlan) -> str:
    """An `InvalidPlan` in words, naming the step and item."""
    what = _PROBLEM_WORDS.get(error.problem, "something in it cannot be saved")
    if error.step is None:
        where = "In \u201cWhat matters most to me\u201d"
    else:
        where = f"In step {error.step.number}, {error.step.title.lower()}"
        if error.index is not None:
            where += f", item {error.index + 1}"
    return f"The plan was not saved. {where}: {what}."


class SafetyPlanPage(QWidget):
    """The person's safety plan, editable, saved in the vault, printable to PDF.

    Args:
        vault: the unlocked vault (touched on the worker thread only).
        worker: runs every vault call.
        now: the current time, timezone-aware (tests pass a fixed one).
        choose_pdf: warns that the PDF is not encrypted and asks where to save it
            (None: cancelled). Tests pass their own.
        crisis: the crisis lines listed in step 5 (defaults to the shipped ones).

    Signals:
        loaded(): the saved plan arrived; the form is usable.
        saved(): the plan was stored.
        printed(str): a PDF was written to this path.
    """

    loaded = Signal()
    saved = Signal()
    printed = Signal(str)

    def __init__(
        self,
        vault: VaultQueries,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        choose_pdf: Callable[[QWidget], Path | None] = ask_pdf_path,
        crisis: tuple[CrisisLine, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = SafetyPlanStore(vault)
        self._now = now
        self._choose_pdf = choose_pdf
        self._crisis = crisis if crisis is not None else crisis_lines()
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        self._saving = False
        self._build()
        self._load()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(heading("My safety plan"))
        intro = QLabel(
            "A plan for hard moments, written by you, for you. Work down the steps: if one "
            "does not help, go on to the next. It stays encrypted on this computer. "
            "Alt+1 to Alt+6 jump to a step; Enter adds what you typed; Ctrl+S saves.",
            content,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self._form = QWidget(content)
        form = QVBoxLayout(self._form)
        form.setContentsMargins(0, 0, 0, 0)
        self._build_reasons(form)
        self.editors: dict[Step, StepEditor] = {}
        for step in Step:
            editor = StepEditor(step, self._form)
            editor.changed.connect(self._on_changed)
            editor.said.connect(self._say)
            if step is Step.PROFESSIONALS:
                editor.body.addWidget(self._crisis_label(editor))
            form.addWidget(editor)
            self.editors[step] = editor
        self._build_review(form)
        layout.addWidget(self._form)
        self._build_actions(layout)

        fill_with_scrolled(self, content)
        self.setFocusProxy(self.reasons)
        self._form.setEnabled(False)  # until the saved plan has loaded, so nothing is lost
        self._print.setEnabled(False)

    def _build_reasons(self, form: QVBoxLayout) -> None:
        label = QLabel(f"&{REASONS_TITLE} (optional)", self._form)
        prompt = QLabel(REASONS_PROMPT, self._form)
        prompt.setWordWrap(True)
        prompt.setProperty("role", "muted")
        self.reasons = LinesEdit(3, self._form)
        self.reasons.setAccessibleName(f"{REASONS_TITLE}, optional")
        self.reasons.setInputMethodHints(SENSITIVE)
        self.reasons.setTabChangesFocus(True)
        self.reasons.textChanged.connect(self._on_changed)
        label.setBuddy(self.reasons)
        for widget in (label, prompt, self.reasons):
            form.addWidget(widget)

    def _crisis_label(self, parent: QWidget) -> QLabel:
        lines = "".join(
            f"<li><b>{html.escape(line.name)}</b>: {html.escape(line.how)}</li>"
            for line in self._crisis
        )
        label = QLabel(f"Always in your plan:<ul>{lines}</ul>", parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(
            "Crisis lines always in your plan: "
            + "; ".join(f"{line.name}, {line.how}" for line in self._crisis)
        )
        return label

    def _build_review(self, form: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.review_check = QCheckBox("Look at this plan again &on", self._form)
        self.review_check.setAccessibleName("Set a date to look at this plan again")
        self.review_date = QDateEdit(self._form)
        self.review_date.setCalendarPopup(True)
        self.review_date.setAccessibleName("Date to look at this plan again")
        self.review_date.setDate(QDate.currentDate().addMonths(3))
        self.review_date.setEnabled(False)
        self.review_check.toggled.connect(self.review_date.setEnabled)
        self.review_check.toggled.connect(self._on_changed)
        self.review_date.dateChanged.connect(self._on_changed)
        row.addWidget(self.review_check)
        row.addWidget(self.review_date)
        row.addStretch(1)
        form.addLayout(row)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self._save = QPushButton("&Save plan", self)
        self._save.setAccessibleName("Save plan")
        self._save.setAccessibleDescription("Ctrl+S also saves")
        self._save.clicked.connect(self.save)
        self._print = QPushButton("&Print to PDF\u2026", self)
        self._print.setAccessibleName("Print to PDF")
        self._print.setAccessibleDescription(PDF_WARNING)
        self._print.clicked.connect(self.print_pdf)
        row.addWidget(self._save)
        row.addWidget(self._print)
        row.addStretch(1)
        layout.addLayout(row)
        warning = QLabel(PDF_WARNING, self)
        warning.setWordWrap(True)
        warning.setProperty("role", "muted")
        layout.addWidget(warning)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Safety plan status")
        layout.addWidget(self.status)
        layout.addStretch(1)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    # -- the worker ---------------------------------------------------------------------

    def _submit(self, fn: Callable[[], T], on_done: Callable[[SafetyPlanPage, T], None]) -> None:
        # The worker never holds the last reference to a callback (see Worker), so the
        # callbacks may hold the page.
        self._jobs.run(
            fn,
            lambda result: on_done(self, result),
            self._on_error,
        )

    def _load(self) -> None:
        self._submit(self._store.load, SafetyPlanPage._on_loaded)

    def _on_loaded(self, stored: StoredPlan | None) -> None:
        self._show_plan(stored.plan if stored else SafetyPlan())
        self._form.setEnabled(True)
        self._print.setEnabled(True)
        self.status.clear()
        self.loaded.emit()

    def _on_error(self, error: BaseException) -> None:
        log.warning("safety plan vault job failed: %s", type(error).__name__)
        loading = not self._form.isEnabled()
        self._saving = False
        if isinstance(error, InvalidPlan):
            # Never offer to overwrite a plan that could not be read: it may be recoverable.
            self._say(
                "Your saved safety plan could not be read, so it is left as it is. "
                "It may come from a newer version of Confide."
            )
            return
        if loading:
            self._say("Your safety plan could not be loaded. Lock and unlock, then try again.")
        else:
            self._say(failure_text(error, "the plan was not saved"))

    # -- the person's actions -----------------------------------------------------------

    def current_plan(self) -> SafetyPlan:
        """The plan as the form holds it now.

        Raises:
            InvalidPlan: something in the form breaks a rule.
        """
        chosen = self.review_date.date()
        review = (
            date(chosen.year(), chosen.month(), chosen.day())
            if self.review_check.isChecked()
            else None
        )
        return SafetyPlan.from_drafts(
            {step: editor.rows() for step, editor in self.editors.items()},
            self.reasons.toPlainText(),
            review,
        )

    def _plan_or_explain(self) -> SafetyPlan | None:
        try:
            return self.current_plan()
        except InvalidPlan as error:
            self._say(problem_text(error))
            if error.step is not None:
                self.editors[error.step].focus_item(error.index)
            else:
                self.reasons.setFocus(Qt.FocusReason.OtherFocusReason)
            return None

    def save(self) -> None:
        if self._saving or not self._form.isEnabled():
            return
        plan = self._plan_or_explain()
        if plan is None:
            return
        self._saving = True
        store, now = self._store, self._now()
        self._submit(lambda: store.save(plan, now), SafetyPlanPage._on_saved)

    def _on_saved(self, _stored: StoredPlan) -> None:
        self._saving = False
        self._say(SAVED_TEXT)
        self.saved.emit()

    def print_pdf(self) -> None:
        plan = self._plan_or_explain()
        if plan is None:
            return
        path = self._choose_pdf(self)
        if path is None:
            return
        # Rendering needs Qt's GUI thread; writing goes to the worker. write_atomic makes
        # the file owner-only even when it replaces an older, wider-open PDF.
        data = render_pdf(plan, self._crisis, self._now().date(), self.font())
        self._jobs.run(
            lambda: write_atomic(path, data),
            lambda _none: self._on_printed(path),
            self._on_print_failed,
        )

    def _on_printed(self, path: Path) -> None:
        self._say(f"Your plan was saved as {path.name}. The file is not encrypted.")
        self.printed.emit(str(path))

    def _on_print_failed(self, error: BaseException) -> None:
        log.warning("safety plan PDF not written: %s", type(error).__name__)
        if isinstance(error, DiskFull):
            self._say(failure_text(error, "the PDF was not written"))
        else:
            self._say("The PDF could not be written there. Please choose another folder.")

    def _on_changed(self) -> None:
        if self.status.text() == SAVED_TEXT:
            self.status.clear()

    # -- showing the plan ---------------------------------------------------------------

    def _show_plan(self, plan: SafetyPlan) -> None:
        for step, editor in self.editors.items():
            editor.set_items(plan.items(step))
        self.reasons.setPlainText(plan.reasons)
        self.review_check.setChecked(plan.review_on is not None)
        if plan.review_on is not None:
            day = plan.review_on
            self.review_date.setDate(QDate(day.year, day.month, day.day))

    def _say(self, words: str) -> None:
        announce(self.status, words)

    # -- the shell's hooks --------------------------------------------------------------

    def clear_personal_data(self) -> None:
        """Empty every field and drop results still on their way; the shell calls this on lock."""
        self._jobs.forget()
        self._saving = False
        for editor in self.editors.values():
            editor.clear_personal_data()
        self.reasons.clear()  # clear() also empties the undo history, which holds old text
        self.review_check.setChecked(False)
        self.status.clear()
        self._form.setEnabled(False)
        self._print.setEnabled(False)

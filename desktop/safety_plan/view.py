"""The safety plan page: what matters most, six steps edited in place, a review date.

Every finished change is saved at once, and the outcome ("Saved.", or why not) is shown
and read out beside the part that changed: an entry kept with Enter, added, removed or
moved; what matters most when the field is left; the review date when it changes. So a
lock, which empties the page, finds nothing unsaved; an entry still open at that moment
is kept and saved on the way out (the save goes to the worker before the vault's lock).

The page holds no rules: `SafetyPlan.from_drafts` decides what is valid. It assembles
its parts: each step is a `StepEditor` (section_view, its list in step_list_view), the
review date a `ReviewDate` (review_view); `AutoSave` (autosave_view) saves through the
worker and says the outcome, `words_view` words it, and `print_view`'s `PrintToPdf`
writes the PDF of the plan the page has checked.
Keyboard: Alt+1 to Alt+6 jump to a step, Ctrl+S saves at once (it never needs to).

Signals:
    loaded(): the saved plan arrived (or there is none); the form is usable.
    saved(): the plan was stored in the vault.
    printed(str): a PDF was written (its path).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop.safety_plan.autosave_view import AutoSave
from desktop.safety_plan.crisis_lines import CrisisLine, crisis_lines
from desktop.safety_plan.model import (
    REASONS_PROMPT,
    REASONS_TITLE,
    InvalidPlan,
    SafetyPlan,
    Step,
)
from desktop.safety_plan.print_view import PrintToPdf, ask_pdf_path
from desktop.safety_plan.review_view import ReviewDate
from desktop.safety_plan.salvage import kept_at_lock
from desktop.safety_plan.section_view import StatusLine, StepEditor
from desktop.safety_plan.step_list_view import SENSITIVE
from desktop.safety_plan.store import SafetyPlanStore, StoredPlan
from desktop.safety_plan.words_view import last_changed_text, problem_text
from desktop.ui.lines import LinesEdit
from desktop.ui.staged import StagedBuild
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import announce, fill_with_scrolled, heading
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries

log = logging.getLogger(__name__)
FIRST_STEPS: Final = 2  # built with the page: what a first look at it shows
REST_AFTER_MS: Final = 50  # then the rest, one part a turn, leaving the first paint alone


class SafetyPlanPage(QWidget):
    """The person's safety plan, edited in place, saved in the vault, printable to PDF.

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
        self._crisis = crisis  # None: read from the shipped data when step 5 is built
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        self._saves = AutoSave(self._jobs, self._store, now, self._plan_or_explain,
                               self._on_stored, self.saved.emit)
        self._showing = False  # the saved plan is being put on the page: no change
        self._arrived: tuple[StoredPlan | None] | None = None  # loaded before the rest was built
        self._build()
        self._load()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("My safety plan")))
        intro = QLabel(
            self.tr("A plan for hard moments, written by you, for you. Work down the steps: if "
                "one does not help, go on to the next. It stays encrypted on this computer, "
                "and each change is saved as you make it. Alt+1 to Alt+6 jump to a step."),
            content,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.last_changed = QLabel(content)
        self.last_changed.setProperty("role", "muted")
        self.last_changed.hide()
        layout.addWidget(self.last_changed)

        self._form = QWidget(content)
        form = QVBoxLayout(self._form)
        form.setContentsMargins(0, 0, 0, 0)
        self._build_reasons(form)
        layout.addWidget(self._form)
        self._layouts = form, layout
        self.editors: dict[Step, StepEditor] = {}
        self._staged: StagedBuild | None = None  # the first steps are built now, shown at once
        for step in list(Step)[:FIRST_STEPS]:
            self._add_step(step)
        later = list(Step)[FIRST_STEPS:]
        rest: list[Callable[[], object]] = [partial(self._add_step, s) for s in later]
        if Step.PROFESSIONALS in later:  # reading the crisis data is a turn of its own
            rest.insert(later.index(Step.PROFESSIONALS), self._crisis_lines)
        rest.append(self._add_review)
        self._staged = StagedBuild(self, rest, self._all_built, delay_ms=REST_AFTER_MS)
        fill_with_scrolled(self, content)
        self.setFocusProxy(self.reasons)
        self._form.setEnabled(False)  # until the saved plan has loaded, so nothing is lost

    def _add_step(self, step: Step) -> None:
        crisis = self._crisis_lines() if step is Step.PROFESSIONALS else ()
        editor = self.editors[step] = StepEditor(step, self._form, crisis=crisis)
        editor.changed.connect(lambda note, e=editor: self._changed_in(e.status, note))
        self._hide_until_built(editor)
        self._layouts[0].addWidget(editor)

    def _hide_until_built(self, *widgets: QWidget) -> None:
        if self._staged is not None:  # a later part: shown with the last (see StagedBuild)
            self._staged.hide_until_done(*widgets)

    def _crisis_lines(self) -> tuple[CrisisLine, ...]:
        if self._crisis is None:
            self._crisis = crisis_lines(translate=QCoreApplication.translate)
        return self._crisis

    def _add_review(self) -> None:
        self.review = ReviewDate(self._form)
        # Named as before the date had a widget of its own (the tests reach them so).
        self.review_check, self.review_date = self.review.check, self.review.date_edit
        self.review_status = self.review.status
        self.review.changed.connect(lambda: self._changed_in(self.review_status))
        self._hide_until_built(self.review)
        self._layouts[0].addWidget(self.review)
        self._build_actions(self._layouts[1])

    @property
    def built(self) -> bool:
        """Whether the whole page is built (it is, a few event-loop turns after the page)."""
        return self._staged is not None and self._staged.done

    def build_all(self) -> None:
        """Build every part of the page not built yet, now."""
        if self._staged is not None:
            self._staged.finish()

    def _all_built(self) -> None:
        """The last part is built: a plan that arrived meanwhile is shown now."""
        self._print.button.setEnabled(self._form.isEnabled())
        if self._arrived is not None:
            (stored,), self._arrived = self._arrived, None
            self._on_loaded(stored)

    def _build_reasons(self, form: QVBoxLayout) -> None:
        title = QCoreApplication.translate("SafetyPlan", REASONS_TITLE)
        label = QLabel(self.tr("&{title} (optional)").format(title=title), self._form)
        prompt = QLabel(QCoreApplication.translate("SafetyPlan", REASONS_PROMPT), self._form)
        prompt.setWordWrap(True)
        prompt.setProperty("role", "muted")
        self.reasons = LinesEdit(3, self._form)
        self.reasons.setAccessibleName(self.tr("{title}, optional").format(title=title))
        self.reasons.setAccessibleDescription(self.tr("Saved when you leave the field."))
        self.reasons.setInputMethodHints(SENSITIVE)
        self.reasons.setTabChangesFocus(True)
        self.reasons.textChanged.connect(self._on_reasons_typed)
        self.reasons.installEventFilter(self)  # leaving the field saves it
        label.setBuddy(self.reasons)
        self.reasons_status = StatusLine(self.tr("Status of {title}").format(title=title),
                                         self._form)
        for widget in (label, prompt, self.reasons, self.reasons_status):
            form.addWidget(widget)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        self._print = PrintToPdf(self, self._jobs, self._say, self._choose_pdf, self._now,
                                 self._crisis_lines)
        self._print.clicked.connect(self.print_pdf)
        self._print.printed.connect(self.printed)
        layout.addWidget(self._print)
        self._hide_until_built(self._print)
        self.status = StatusLine(self.tr("Safety plan status"), self)
        layout.addWidget(self.status)
        layout.addStretch(1)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    # -- the worker ---------------------------------------------------------------------

    def _load(self) -> None:
        # The worker never holds the last reference to a callback (see Worker), so the
        # callbacks may be the page's own methods.
        self._jobs.run(self._store.load, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, stored: StoredPlan | None) -> None:
        if not self.built:  # shown once the rest of the page is built (`build_all`)
            self._arrived = (stored,)
            return
        self._show_plan(stored.plan if stored else SafetyPlan())
        self._show_last_changed(stored.updated_at if stored else None)
        self._form.setEnabled(True)
        self._print.button.setEnabled(True)
        self.status.clear()
        self.loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        log.warning("safety plan could not load: %s", type(error).__name__)
        self.build_all()  # the status line it is said in is built with the rest
        if isinstance(error, InvalidPlan):
            # Never offer to overwrite a plan that could not be read: it may be recoverable.
            self._say(self.tr("Your saved safety plan could not be read, so it is left as it is. "
                          "It may come from a newer version of Confide."))
            return
        self._say(self.tr("Your safety plan could not be loaded. Lock and unlock, then try again."))

    # -- saving -------------------------------------------------------------------------

    def current_plan(self) -> SafetyPlan:
        """The plan as the form holds it now.

        Raises:
            InvalidPlan: something in the form breaks a rule.
        """
        self.build_all()
        return SafetyPlan.from_drafts(*self._drafts())

    def _drafts(self) -> tuple[dict[Step, list[tuple[str, str]]], str, date | None]:
        """What the form holds, as typed: each step's rows, what matters most, the date."""
        rows = {step: editor.rows() for step, editor in self.editors.items()}
        return rows, self.reasons.toPlainText(), self.review.day()

    def _plan_or_explain(self, where: QLabel | None = None) -> SafetyPlan | None:
        try:
            return self.current_plan()
        except InvalidPlan as error:
            words = problem_text(error)
            if error.step is not None:
                self.editors[error.step].say(words)
                self.editors[error.step].focus_item(error.index)
            else:
                announce(self.reasons_status, words)
                self.reasons.setFocus(Qt.FocusReason.OtherFocusReason)
            if where is not None and where not in self._status_lines(error):
                announce(where, words)
            return None

    def _status_lines(self, error: InvalidPlan) -> tuple[QLabel, ...]:
        return (self.editors[error.step].status,) if error.step else (self.reasons_status,)

    def _changed_in(self, where: QLabel, note: str = "") -> None:
        """The person finished a change shown next to `where` ("Removed …": `note`)."""
        if not self._showing and self._form.isEnabled():
            self._saves.changed_in(where, note)

    def save(self) -> None:
        """Save now (Ctrl+S), with what is open kept as Enter would keep it."""
        if not self._form.isEnabled():
            return
        for editor in self.editors.values():
            editor.finish_editing()
        self._changed_in(self._status_near_focus())

    def _status_near_focus(self) -> QLabel:
        focus = QApplication.focusWidget()
        for editor in self.editors.values():
            if focus is not None and editor.isAncestorOf(focus):
                return editor.status
        if focus is self.reasons:
            return self.reasons_status
        if focus is not None and self.review.isAncestorOf(focus):
            return self.review_status
        return self.status

    def _on_stored(self, stored: StoredPlan) -> None:
        self._show_last_changed(stored.updated_at)

    def _on_reasons_typed(self) -> None:
        if not self._showing:
            self._saves.typing = True
            self.reasons_status.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.reasons and event.type() == QEvent.Type.FocusOut and (
            self._saves.typing
        ):
            self._changed_in(self.reasons_status)
        return False

    # -- printing -----------------------------------------------------------------------

    def print_pdf(self) -> None:
        """Print the plan as the form holds it (open entries kept), if it keeps the rules."""
        self.build_all()
        for editor in self.editors.values():
            editor.finish_editing()
        plan = self._plan_or_explain(self.status)
        if plan is not None:
            self._print.print_plan(plan)  # asks where, writes it, says the outcome

    # -- showing the plan ---------------------------------------------------------------

    def _show_plan(self, plan: SafetyPlan) -> None:
        self._showing = True
        try:
            for step, editor in self.editors.items():
                editor.set_items(plan.items(step))
            self.reasons.setPlainText(plan.reasons)
            self.review.show_day(plan.review_on)
        finally:
            self._showing = False

    def _show_last_changed(self, at: datetime | None) -> None:
        self.last_changed.setText(last_changed_text(at))
        self.last_changed.setVisible(at is not None)

    def _say(self, words: str) -> None:
        announce(self.status, words)

    # -- the shell's hooks --------------------------------------------------------------

    def clear_personal_data(self) -> None:
        """Save what is not saved yet, then empty every field and drop late results.

        The shell calls this at lock, before it queues the vault's lock on the same
        worker, so the save below lands first. An entry that breaks a rule (a phone
        number with no digit) can no longer be fixed here, so it is saved reshaped to
        keep the rules, every word kept (see `salvage`), with the rest of the change.
        """
        self._arrived = None  # a plan still waiting for the rest of the page: dropped
        self.build_all()
        if self._form.isEnabled():
            self._saves.closing = True  # an entry kept here is saved once, below
            for editor in self.editors.values():
                editor.finish_editing()
            self._saves.closing = False
            if self._saves.pending:
                self._save_on_the_way_out()
        self._jobs.forget()
        self._saves.reset()
        self._showing = True
        for editor in self.editors.values():
            editor.clear_personal_data()
        self.reasons.clear()  # clear() also empties the undo history, which holds old text
        self.review.show_day(None)
        self._showing = False
        for label in (self.status, self.reasons_status, self.review_status, self.last_changed):
            label.clear()
        self.last_changed.hide()
        self._form.setEnabled(False)
        self._print.button.setEnabled(False)

    def _save_on_the_way_out(self) -> None:
        try:
            plan = self.current_plan()
        except InvalidPlan:
            log.warning("safety plan saved at lock with entries reshaped to keep the rules")
            plan = kept_at_lock(*self._drafts())
        self._saves.save_on_the_way_out(plan)

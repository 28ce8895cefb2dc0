"""The questionnaire page: one item at a time, then the crisis step when needed, then the result.

The page renders a `QuestionnaireFlow`. Keyboard: arrow keys or a digit (the option's value)
choose, Enter goes on (and submits after the last item), Alt+B goes back. The optional,
unscored functional item (PHQ-9, GAD-7) has a screen of its own after the scored items.
When a risk item is positive the crisis panel opens at once, application-modal, before
anything is stored and before any score exists on screen; the result comes only after the
person chooses to continue. Every vault call goes through the worker.

Signals (QuestionnairePage):
    crisis_shown(): the crisis panel was opened for a risk answer.
    saved(int): the response was stored (its row id).
    find_help_requested(): the person asked for the directory of confidential help.
    safety_plan_requested(): the person asked for their safety plan from the result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.questionnaires.crisis_step_view import CrisisStep
from desktop.questionnaires.label_view import wrapped
from desktop.questionnaires.questionnaire_flow import QuestionnaireFlow, Stage
from desktop.questionnaires.result_view import ResultView
from desktop.records.instruments import Instrument
from desktop.records.results_store import ResultStore
from desktop.ui.theme import scaled_font
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import announce, scrolled
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries
from desktop.words import failure_text

log = logging.getLogger(__name__)

_DIGITS: Final = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_ENTER: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class QuestionnairePage(QWidget):
    """One sitting of one questionnaire.

    Args:
        instrument: the validated instrument to ask.
        vault: the unlocked vault (only ever touched on the worker thread).
        worker: runs every vault call.
        now: the current time, timezone-aware (tests pass a fixed one).
        crisis_panel: builds the crisis panel (the shell may pass one with the EAP).

    Signals:
        crisis_shown(): the crisis panel was opened for a risk answer.
        saved(int): the response was stored (its row id).
        find_help_requested(): "Find help" was pressed on the result.
        safety_plan_requested(): "Open my safety plan" was pressed on the result.
    """

    crisis_shown = Signal()
    saved = Signal(int)
    find_help_requested = Signal()
    safety_plan_requested = Signal()

    def __init__(
        self,
        instrument: Instrument,
        vault: VaultQueries,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        crisis_panel: Callable[[QWidget], QDialog],
    ) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.flow = QuestionnaireFlow(instrument)
        self._store = ResultStore(vault)
        self._now = now
        self._make_panel = crisis_panel
        self.crisis_panel: QDialog | None = None
        self.result_view: ResultView | None = None
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        self._functional_group = QButtonGroup(self)
        self._functional_buttons: list[QRadioButton] = []
        # Each step scrolls: at 200 % text a question page is taller than a small window,
        # and without a scroll area its title, question and licence were squeezed to
        # half lines.
        self._stack = QStackedWidget(self)
        self._stack.addWidget(scrolled(self._build_questions(), self))
        self._stack.addWidget(self._build_crisis_step())  # scrolls inside itself
        functional = self._build_functional_item()
        self._functional_page = None if functional is None else scrolled(functional, self)
        if self._functional_page is not None:
            self._stack.addWidget(self._functional_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self.setFocusProxy(self._buttons[0])
        self._render_item()

    # -- building ---------------------------------------------------------------------------

    def _build_questions(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = wrapped(
            self.tr("{title}: {name}").format(title=self.instrument.title,
                                              name=self.instrument.full_name),
            self.tr("Questionnaire title"),
        )
        title.setFont(scaled_font(title, 1.5, bold=True))
        layout.addWidget(title)
        if self.instrument.stem:  # a single-item measure has no stem beyond its item
            layout.addWidget(wrapped(self.instrument.stem, self.tr("Instructions")))
        self._progress = wrapped(name=self.tr("Progress"))
        self._progress.setProperty("role", "muted")
        layout.addWidget(self._progress)
        self._item = wrapped(name=self.tr("Question"))
        self._item.setFont(scaled_font(self._item, 1.2, bold=True))
        layout.addWidget(self._item)

        self._group = QButtonGroup(self)
        self._buttons: list[QRadioButton] = []
        for option in self.instrument.options:
            button = QRadioButton(self.tr("{label} ({value})").format(label=option.label,
                                                                      value=option.value))
            button.setAccessibleName(self.tr("{label}, {value}").format(label=option.label,
                                                                        value=option.value))
            button.installEventFilter(self)
            self._group.addButton(button, option.value)
            self._buttons.append(button)
            layout.addWidget(button)
        self._item.setBuddy(self._buttons[0])
        self._group.idClicked.connect(self._on_chosen)

        hint = wrapped(self.tr("Arrow keys or the number keys choose; Enter goes on; "
                                "Alt+B goes back."))
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self._back = QPushButton(self.tr("&Back"))
        self._back.setAccessibleName(self.tr("Back to the previous question"))
        self._back.clicked.connect(self._on_back)
        self._next = QPushButton()
        self._next.clicked.connect(self._on_next)
        row.addWidget(self._back)
        row.addWidget(self._next)
        row.addStretch(1)
        layout.addLayout(row)
        self._status = wrapped(name=self.tr("Questionnaire status"))
        layout.addWidget(self._status)
        layout.addStretch(1)
        attribution = wrapped(self.instrument.licence, self.tr("License and attribution"))
        attribution.setProperty("role", "muted")
        layout.addWidget(attribution)
        return page

    def _build_crisis_step(self) -> QWidget:
        step = CrisisStep()
        step.reach_button.clicked.connect(self._open_crisis_panel)
        self._continue = step.continue_button
        self._continue.clicked.connect(self._on_continue)
        return step

    def _build_functional_item(self) -> QWidget | None:
        """The optional closing item: its own options, never scored, skippable."""
        item = self.instrument.functional_item
        if item is None:
            return None
        page = QWidget()
        layout = QVBoxLayout(page)
        note = wrapped(
            self.tr("One more question. It is optional and is not added to your score."),
            self.tr("About this question"),
        )
        note.setProperty("role", "muted")
        layout.addWidget(note)
        question = wrapped(item.text, self.tr("Question"))
        question.setFont(scaled_font(question, 1.2, bold=True))
        layout.addWidget(question)
        for option in item.options:
            button = QRadioButton(option.label)
            button.setAccessibleName(option.label)
            button.setAccessibleDescription(item.text)
            button.installEventFilter(self)
            self._functional_group.addButton(button, option.value)
            self._functional_buttons.append(button)
            layout.addWidget(button)
        question.setBuddy(self._functional_buttons[0])
        self._functional_group.idClicked.connect(self._on_functional_chosen)
        row = QHBoxLayout()
        back = QPushButton(self.tr("&Back"))
        back.setAccessibleName(self.tr("Back to the previous question"))
        back.clicked.connect(self._on_back)
        self._see_result = QPushButton(self.tr("&See result"))
        self._see_result.setAccessibleName(self.tr("See result"))
        self._see_result.setAccessibleDescription(
            self.tr("Shows your result, with or without an answer to this question")
        )
        self._see_result.clicked.connect(self._on_next)
        row.addWidget(back)
        row.addWidget(self._see_result)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- the person's actions -----------------------------------------------------------

    def _on_functional_chosen(self, value: int) -> None:
        self.flow.choose_functional(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.flow.stage is Stage.ANSWERING
        ):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers != Qt.KeyboardModifier.NoModifier:
                return False
            key = Qt.Key(event.key())
            value = _DIGITS.get(key)
            group = self._functional_group if self.flow.on_functional_item else self._group
            if value is not None and (button := group.button(value)) is not None:
                button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                button.click()
                return True
            if key in _ENTER:
                self._on_next()
                return True
        return False

    def _on_chosen(self, value: int) -> None:
        self.flow.choose(value)
        self._status.clear()
        self._label_next()  # a risk answer on the last item skips the functional item

    def _label_next(self) -> None:
        self._next.setText(self.tr("&See result") if self.flow.is_last else self.tr("&Next"))
        self._next.setAccessibleName(self._next.text().replace("&", ""))

    def _on_back(self) -> None:
        if self.flow.back():
            self._render_item()

    def _on_next(self) -> None:
        if self.flow.stage is not Stage.ANSWERING:
            return
        if self.flow.on_functional_item:  # optional: goes on with or without an answer
            self._submit()
            return
        if self.flow.answer(self.flow.index) is None:
            self._say(self.tr("Please choose an answer to go on."))
            return
        if self.flow.next():
            self._render_item()
        elif self.flow.can_submit:
            self._submit()
        else:
            self.flow.go_to(self.flow.unanswered[0])
            self._render_item()
            self._say(self.tr("This question still needs an answer."))

    def _submit(self) -> None:
        stage = self.flow.submit(self._now())
        result, answers, completed_at = self.flow.submission
        functional = self.flow.functional
        store, instrument = self._store, self.instrument
        if stage is Stage.CRISIS:
            # Help first: the panel opens before any vault call, so nothing can delay it.
            self._stack.setCurrentIndex(1)
            self._open_crisis_panel()
            self.crisis_shown.emit()
            source = f"{instrument.id}:item" + "+".join(str(i) for i in result.risk_items)

            def job() -> int:
                store.record_crisis_event(source, completed_at)
                return store.save(instrument, result, answers, completed_at, functional)
        else:
            self._show_result()

            def job() -> int:
                return store.save(instrument, result, answers, completed_at, functional)

        self._submit_job(job)

    def _open_crisis_panel(self) -> None:
        if self.crisis_panel is None:
            self.crisis_panel = self._make_panel(self)
            # Modal to the whole app: nothing else can be used, or cover it, while it is up.
            self.crisis_panel.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.crisis_panel.finished.connect(lambda _code: self._continue.setFocus())
        self.crisis_panel.show()
        self.crisis_panel.raise_()
        self.crisis_panel.activateWindow()

    def _on_continue(self) -> None:
        self.flow.crisis_seen()
        self._show_result()

    def _show_result(self) -> None:
        result = self.flow.result
        if result is None:  # never during the crisis step
            return
        self.result_view = ResultView(
            self.instrument, result, self, functional=self.flow.functional
        )
        self.result_view.find_help_requested.connect(self.find_help_requested)
        self.result_view.crisis_requested.connect(self._open_crisis_panel)
        self.result_view.safety_plan_requested.connect(self.safety_plan_requested)
        self._stack.addWidget(self.result_view)
        self._stack.setCurrentWidget(self.result_view)
        self.result_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the worker ---------------------------------------------------------------------

    def _submit_job(self, job: Callable[[], int]) -> None:
        self._jobs.run(job, self.saved.emit, self._on_error)

    def _on_error(self, error: BaseException) -> None:
        log.warning("questionnaire vault job failed: %s", type(error).__name__)
        words = failure_text(error, self.tr("this result was not saved"),
                             QCoreApplication.translate)
        self._say(words)
        if self.result_view is not None:
            self.result_view.setToolTip(words)

    # -- showing the flow ---------------------------------------------------------------

    def _render_item(self) -> None:
        if self.flow.on_functional_item and self._functional_page is not None:
            self._stack.setCurrentWidget(self._functional_page)
            self._show_choice(self._functional_group, self.flow.functional)
            target = self._functional_group.checkedButton() or self._functional_buttons[0]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._stack.setCurrentIndex(0)
        index, total = self.flow.index, len(self.instrument.items)
        item = self.instrument.items[index]
        self._progress.setText(
            self.tr("Question {number} of {total}").format(number=index + 1, total=total))
        self._item.setText(item.text)
        for button in self._buttons:
            button.setAccessibleDescription(item.text)
        self._show_choice(self._group, self.flow.answer(index))
        self._back.setEnabled(index > 0)
        self._label_next()
        focus = self._group.checkedButton() or self._buttons[0]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _show_choice(group: QButtonGroup, value: int | None) -> None:
        group.setExclusive(False)  # an exclusive group never lets its last choice go
        for button in group.buttons():
            button.setChecked(group.id(button) == value)
        group.setExclusive(True)

    def _say(self, words: str) -> None:
        announce(self._status, words)

    def clear_personal_data(self) -> None:
        """Drop answers, the result and late vault results (the shell calls this on lock)."""
        self._jobs.forget()
        if self.crisis_panel is not None:
            self.crisis_panel.close()
        if self.result_view is not None:
            self._stack.removeWidget(self.result_view)
            self.result_view.deleteLater()
            self.result_view = None
        self.flow = QuestionnaireFlow(self.instrument)
        self._stack.setCurrentIndex(0)
        self._status.clear()
        self._render_item()

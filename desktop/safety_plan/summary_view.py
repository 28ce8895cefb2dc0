"""A compact, read-only view of the safety plan for the crisis panel (vault unlocked only).

It shows what matters most first, then each step that has something in it, with the
crisis lines in step 5, in the same wording as the printed plan. The text is as tall as
it needs to be, with no scroll bar of its own: inside the crisis panel a second scroll
area would trap the wheel and hide the plan's end, so only the panel scrolls. It reads
the vault only through the worker, and `clear_personal_data()` empties it when the vault
locks.

Signals:
    loaded(): a plan (or the fact that there is none) arrived and is shown.
    open_requested(): the person asked to open the full plan to edit it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Final

from PySide6.QtCore import QCoreApplication, QSizeF, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.safety_plan.crisis_lines import CrisisLine, crisis_lines
from desktop.safety_plan.model import SafetyPlan
from desktop.safety_plan.print_view import plan_html
from desktop.safety_plan.store import SafetyPlanStore, StoredPlan
from desktop.ui.vault_op import VaultOp
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries
from desktop.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
NO_PLAN: Final = QT_TRANSLATE_NOOP(
    "SafetyPlanSummary",
    "You have not written a safety plan yet. When you feel ready, you can "
    "make one under \u201cSafety plan\u201d."
)


class FittedBrowser(QTextBrowser):
    """A read-only browser exactly as tall as its text, never scrolling by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self, _size: QSizeF | None = None) -> None:
        margins = self.contentsMargins()
        height = (math.ceil(self.document().size().height())
                  + margins.top() + margins.bottom())
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        """A new width re-wraps the text, so the height follows it."""
        super().resizeEvent(event)
        self._fit()


class SafetyPlanSummary(QWidget):
    """The plan at a glance, read-only.

    Args:
        crisis: the crisis lines to list in step 5 (defaults to the shipped ones).
        show_open_button: offer "Open my safety plan" (emits `open_requested`).

    Signals:
        loaded(): the plan was loaded and shown.
        open_requested(): the "Open my safety plan" button was pressed.
    """

    loaded = Signal()
    open_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        crisis: Sequence[CrisisLine] | None = None,
        show_open_button: bool = False,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._crisis = (tuple(crisis) if crisis is not None
                        else crisis_lines(translate=QCoreApplication.translate))
        self._today = today
        self._jobs: VaultOp | None = None  # made at the first load, which names the worker
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Your safety plan"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.text = FittedBrowser(self)
        self.text.setAccessibleName(self.tr("Your safety plan"))
        self.text.setOpenLinks(False)
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.heading.setBuddy(self.text)
        layout.addWidget(self.text)
        self.open_button: QPushButton | None = None
        if show_open_button:
            self.open_button = QPushButton(self.tr("Open my &safety plan"), self)
            self.open_button.setAccessibleName(self.tr("Open my safety plan"))
            self.open_button.setAutoDefault(False)
            self.open_button.clicked.connect(self.open_requested)
            layout.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.set_plan(None)

    def set_plan(self, plan: SafetyPlan | None) -> None:
        """Show `plan` (None or an empty plan: a gentle note that there is none yet)."""
        if plan is None or plan.is_empty:
            self.text.setPlainText(self.tr(NO_PLAN))
        else:
            self.text.setHtml(plan_html(plan, self._crisis, self._today(), compact=True))
        self.text.document().clearUndoRedoStacks()

    def load(self, vault: VaultQueries, worker: Worker) -> None:
        """Read the saved plan on the worker and show it when it arrives."""
        if self._jobs is None:
            self._jobs = VaultOp(self, worker)
        self._jobs.run(SafetyPlanStore(vault).load, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, stored: StoredPlan | None) -> None:
        self.set_plan(stored.plan if stored else None)
        self.loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        log.warning("safety plan summary could not load: %s", type(error).__name__)
        self.text.setPlainText(self.tr("Your safety plan could not be read just now."))
        self.loaded.emit()

    def clear_personal_data(self) -> None:
        """Forget the shown plan and any load still on its way (the vault is locking)."""
        if self._jobs is not None:
            self._jobs.forget()
        self.text.clear()
        self.text.document().clearUndoRedoStacks()
        self.set_plan(None)

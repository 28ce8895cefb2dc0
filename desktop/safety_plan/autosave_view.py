"""Saving the safety plan as the person goes: each finished change, one save at a time.

The page tells `AutoSave` where a change was finished (the status line beside it); the
whole plan is saved on the worker and the outcome ("Saved.", or why not) is said in
every status line that waited for it. A change made while a save is on its way is saved
once more after it, so saves never overlap and the last one holds the newest plan. A
failed save leaves the change on the page, noted for the next save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop.safety_plan.model import SafetyPlan
from desktop.safety_plan.store import SafetyPlanStore, StoredPlan
from desktop.safety_plan.words_view import CONTEXT, SAVED_TEXT, failure_words
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import announce

log = logging.getLogger(__name__)


class AutoSave:
    """Saves the page's plan after each finished change and says the outcome beside it.

    Args:
        jobs: the page's vault jobs (the page forgets them at lock).
        store: where the plan is saved.
        now: the current time, timezone-aware.
        plan_or_explain: the plan the form holds, or None once a broken rule has been
            explained (also beside the label given, if any).
        on_stored: told each save that lands (the page shows when it was).
        on_saved: told once the outcome of the last save has been said.
    """

    def __init__(
        self,
        jobs: VaultOp,
        store: SafetyPlanStore,
        now: Callable[[], datetime],
        plan_or_explain: Callable[[QLabel | None], SafetyPlan | None],
        on_stored: Callable[[StoredPlan], None],
        on_saved: Callable[[], None],
    ) -> None:
        self._jobs = jobs
        self._store = store
        self._now = now
        self._plan_or_explain = plan_or_explain
        self._on_stored = on_stored
        self._on_saved = on_saved
        self.closing = False  # locking: a change is noted, saved once on the way out
        self.typing = False  # what matters most was typed in, not yet left
        self._saving = False  # a save is on the worker
        self._again = False  # another change came meanwhile: save once more after it
        self._dirty = False  # the page holds a change the vault does not have yet
        self._waiting: list[QLabel] = []  # the status lines told when the save lands
        self._notes: dict[int, str] = {}  # what happened, said before "Saved." (by label)

    @property
    def pending(self) -> bool:
        """Whether the page holds something the vault may not have yet."""
        return self._dirty or self.typing or self._again

    def changed_in(self, where: QLabel, note: str = "") -> None:
        """The person finished a change shown next to `where`: save it now.

        Args:
            where: the status line beside the change.
            note: what happened, said before the outcome ("Removed …").
        """
        self._dirty = True
        if self.closing:
            return
        if where not in self._waiting:
            self._waiting.append(where)
        self._notes[id(where)] = note
        self._save_now()

    def _save_now(self) -> None:
        if self._saving:
            self._again = True  # saved when the save on its way is done
            return
        plan = self._plan_or_explain(self._waiting[-1] if self._waiting else None)
        if plan is None:
            self._take_waiting()
            return
        for label in self._waiting:
            label.setText(QCoreApplication.translate("SafetyPlanPage", "Saving\u2026"))
        self._saving, self._dirty, self.typing = True, False, False
        store, now = self._store, self._now()
        self._jobs.run(lambda: store.save(plan, now), self._landed, self._failed)

    def _landed(self, stored: StoredPlan) -> None:
        self._saving = False
        self._on_stored(stored)
        if self._again:
            self._again = False
            self._save_now()
            return
        notes = self._notes
        saved = QCoreApplication.translate(CONTEXT, SAVED_TEXT)
        for label in self._take_waiting():
            announce(label, " ".join(w for w in (notes.get(id(label), ""), saved) if w))
        self._on_saved()

    def _failed(self, error: BaseException) -> None:
        log.warning("safety plan vault job failed: %s", type(error).__name__)
        self._saving = self._again = False
        self._dirty = True  # what failed is still on the page, for the next save
        for label in self._take_waiting():
            announce(label, failure_words(error))

    def _take_waiting(self) -> list[QLabel]:
        waiting, self._waiting, self._notes = self._waiting, [], {}
        return waiting

    def save_on_the_way_out(self, plan: SafetyPlan) -> None:
        """Queue `plan`'s save with no one to tell (the page is emptying for a lock)."""
        store, now = self._store, self._now()
        self._jobs.run(lambda: store.save(plan, now))

    def reset(self) -> None:
        """Forget every change and waiting status line (the page was emptied)."""
        self._saving = self._again = self._dirty = self.typing = False
        self._waiting, self._notes = [], {}

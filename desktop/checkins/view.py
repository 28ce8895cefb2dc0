"""The daily check-in page: three five-point questions, stressors, a private note, history.

The page renders a `CheckInFlow` and holds no rules of its own. Every vault call goes
through the worker; results come back on the GUI thread. Keyboard: Tab moves between
questions, arrow keys or the digits 1-5 choose within one, Ctrl+Enter saves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Final, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.checkins.flow import CheckInFlow
from desktop.checkins.hard_day import hard_day
from desktop.checkins.hard_day_view import HardDayNote
from desktop.checkins.scale_view import ScaleChoices
from desktop.checkins.table_view import RecentCheckInsPanel
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import NOTE_MAX_CHARS, SCALES, CheckIn, Scale, Stressor
from desktop.ui.dates import long_date
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.lines import LinesEdit
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import announce, fill_with_scrolled, heading, save_shortcut
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries
from desktop.words import QT_TRANSLATE_NOOP, failure_text

log = logging.getLogger(__name__)
T = TypeVar("T")

RECENT_LIMIT: Final = 60  # two months of check-ins; the history charts show more
SAVED_TEXT: Final = QT_TRANSLATE_NOOP("CheckInPage", "Saved. See you tomorrow.")


class CheckInPage(QWidget):
    """Today's check-in and the recent ones.

    Args:
        vault: the unlocked vault (only ever touched on the worker thread).
        worker: runs every vault call.
        today: the person's local date (tests pass a fixed one).
        now: the current time, timezone-aware.

    Signals:
        loaded(): today's entry and the recent list have arrived; the form is usable.
        saved(int): a check-in was stored (its row id).
        safety_plan_requested(), find_help_requested(): a next step after a hard day.
    """

    loaded = Signal()
    saved = Signal(int)
    safety_plan_requested = Signal()
    find_help_requested = Signal()

    def __init__(
        self,
        vault: VaultQueries,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._store = CheckInStore(vault)
        self._today = today
        self._now = now
        self._flow = CheckInFlow(today())
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        self._saving = False
        self._load_failed = False
        self._rendering = False
        self._build()
        self._load()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("How are you today?")))
        self._day_label = QLabel(content)
        self._day_label.setWordWrap(True)
        layout.addWidget(self._day_label)
        hint = QLabel(self.tr("Tab moves between questions; arrow keys or 1 to 5 choose; "
                              "Ctrl+Enter saves."), content)
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self._form = QWidget(content)
        form = QVBoxLayout(self._form)
        form.setContentsMargins(0, 0, 0, 0)
        self._build_answers(form)
        self._build_note(form)
        self._save = QPushButton(self._form)
        self._save.setAccessibleDescription(self.tr("Ctrl+Enter also saves"))
        self._save.clicked.connect(self._on_save)
        form.addWidget(self._save, alignment=Qt.AlignmentFlag.AlignLeft)
        self._status = QLabel(self._form)
        self._status.setWordWrap(True)
        self._status.setAccessibleName(self.tr("Check-in status"))
        form.addWidget(self._status)
        self.hard_day_note = HardDayNote(self._form)  # a gentle word after a hard day
        self.hard_day_note.safety_plan_requested.connect(self.safety_plan_requested)
        self.hard_day_note.find_help_requested.connect(self.find_help_requested)
        form.addWidget(self.hard_day_note)
        layout.addWidget(self._form)
        save_shortcut(self, self._on_save)

        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(heading(self.tr("Recent check-ins")))
        self._column = layout
        # The table is built when its rows arrive (`_recent_panel`), not with the form:
        # building and showing both held the first visit's turn over 50 ms. It comes last
        # on the page, so it also comes last in the keyboard's order.
        self._recent: RecentCheckInsPanel | None = None
        self._recent_rows: list[CheckIn] | None = None  # arrived, shown at the next turn

        fill_with_scrolled(self, content)
        self.setFocusProxy(self._scales[0].buttons[0])  # the shell's setFocus starts here
        self._form.setEnabled(False)  # until today's entry has loaded, so nothing is overwritten
        self._render()

    @property
    def built(self) -> bool:
        """Whether the recent check-ins' table is there (it comes with its first rows)."""
        return self._recent is not None

    def _recent_panel(self) -> RecentCheckInsPanel:
        """The recent check-ins' table and note, built on first need, below everything."""
        if self._recent is None:
            self._recent = RecentCheckInsPanel(self._column.parentWidget())
            self._column.addWidget(self._recent, stretch=1)
            # Now, not at the layout's queued show a turn later: until then Tab skipped it.
            self._recent.show()
        return self._recent

    def _build_answers(self, form: QVBoxLayout) -> None:
        self._scales = [ScaleChoices(scale, form, self._form) for scale in SCALES]
        for choices in self._scales:
            choices.chosen.connect(self._on_chosen)

        box = QGroupBox(self.tr("What weighed on you today? (optional)"), self._form)
        box.setAccessibleName(self.tr("Stress drivers today, optional"))
        box_grid = FlowLayout(box)  # two or more a line as the width allows
        self._stressors: dict[Stressor, QCheckBox] = {}
        for stressor in Stressor:
            check = QCheckBox(QCoreApplication.translate("CheckIns", stressor.label), box)
            check.setAccessibleName(check.text())
            check.toggled.connect(lambda on, s=stressor: self._on_stressor(s, on))
            box_grid.addWidget(check)
            self._stressors[stressor] = check
        form.addWidget(box)

    def _build_note(self, form: QVBoxLayout) -> None:
        note_label = QLabel(self.tr("Private &note (optional)"), self._form)
        self._note = LinesEdit(5, self._form)
        self._note.setAccessibleName(self.tr("Private note, optional"))
        self._note.setPlaceholderText(
            self.tr("Only for you. It stays encrypted on this computer and is never sent "
                    "anywhere."))
        # Keep the note out of predictive keyboards' learned words and input histories.
        self._note.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                       | Qt.InputMethodHint.ImhNoPredictiveText)
        self._note.setTabChangesFocus(True)
        self._note.textChanged.connect(self._on_note)
        note_label.setBuddy(self._note)
        self._note_count = QLabel(self._form)
        form.addWidget(note_label)
        form.addWidget(self._note)
        form.addWidget(self._note_count)

    # -- the worker ---------------------------------------------------------------------

    def _submit(self, fn: Callable[[], T], on_done: Callable[[T], None]) -> None:
        self._jobs.run(fn, on_done, self._on_error)

    def _load(self) -> None:
        day, store = self._today(), self._store
        self._flow.reset(day)
        self._form.setEnabled(False)
        self.hard_day_note.hide()  # it answered a save; a new day (or a reload) starts fresh
        self._load_failed = False
        self._jobs.run(lambda: (store.today(day), store.recent(RECENT_LIMIT)),
                       self._on_loaded,
                       self._on_load_error)

    def _on_load_error(self, error: BaseException) -> None:
        # The form stays closed: a save now would replace today's entry unseen.
        log.warning("check-in load failed: %s", type(error).__name__)
        self._load_failed = True
        self._recent_panel()  # empty, in its place
        self._say(self.tr("Today's check-in could not be loaded, so the form stays closed to "
                          "keep it safe. Lock Confide, unlock it, and try again."))

    def _on_loaded(self, result: tuple[CheckIn | None, list[CheckIn]]) -> None:
        existing, recent = result
        if existing is not None and not self._flow.changed:
            self._flow.load(existing)
        self._form.setEnabled(True)
        self._render()
        # The table at the next turn: its rows often arrive in the first paint's turn,
        # and the two together held the GUI over 50 ms.
        self._recent_rows = recent
        QTimer.singleShot(0, self, self._show_recent)

    def _show_recent(self) -> None:
        """Show the rows that arrived (none: dropped at lock, or shown already)."""
        rows, self._recent_rows = self._recent_rows, None
        if rows is not None:
            self._recent_panel().model.set_checkins(rows)
            self.loaded.emit()

    def _on_error(self, error: BaseException) -> None:
        log.warning("check-in vault job failed: %s", type(error).__name__)
        self._saving = False
        self._form.setEnabled(True)  # a failed save keeps the form, so nothing typed is lost
        self._say(failure_text(error, self.tr("this check-in was not saved"),
                               QCoreApplication.translate))

    # -- the person's actions -----------------------------------------------------------

    def _on_chosen(self, scale: Scale, value: int) -> None:
        self._flow.set_answer(scale, value)
        self._after_change()

    def _on_stressor(self, stressor: Stressor, chosen: bool) -> None:
        if not self._rendering:
            self._flow.set_stressor(stressor, chosen)
            self._after_change()

    def _on_note(self) -> None:
        if not self._rendering:
            self._flow.set_note(self._note.toPlainText())
            self._after_change()

    def _after_change(self) -> None:
        if self._status.text() == self.tr(SAVED_TEXT):  # as it was shown, in any language
            self._status.clear()
        self._render_note_count()

    def _on_save(self) -> None:
        if self._saving or not self._form.isEnabled():
            return
        if not self._flow.can_save:
            self._explain_incomplete()
            return
        checkin = self._flow.to_checkin(self._now())
        self._saving = True
        store = self._store
        self._submit(lambda: store.save(checkin), lambda row_id: self._on_saved(checkin, row_id))

    def _on_saved(self, checkin: CheckIn, row_id: int) -> None:
        self._saving = False
        self._flow.saved(checkin)
        self._show_recent()  # rows still on their way go in first, then this one
        model = self._recent_panel().model
        model.upsert(checkin)
        self._render()
        self._say(self.tr(SAVED_TEXT))
        recent = (model.checkin(row) for row in range(model.rowCount()))
        self.hard_day_note.show_for(hard_day(checkin, recent))
        self.saved.emit(row_id)

    def _explain_incomplete(self) -> None:
        missing = self._flow.missing
        if missing:
            names = self.tr(" and ", "between two answer names").join(
                QCoreApplication.translate("CheckIns", scale.name).lower() for scale in missing)
            self._say(self.tr("Please choose your {names} to save.").format(names=names))
            next(c for c in self._scales if c.scale is missing[0]).focus()
        else:
            excess = self._flow.note_excess  # one source per English form: reads right untranslated
            self._say(self.tr("The note is %n character too long to save.", "", excess)
                      if excess == 1 else
                      self.tr("The note is %n characters too long to save.", "", excess))
            self._note.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing the flow ---------------------------------------------------------------

    def _render(self) -> None:
        self._rendering = True
        try:
            for choices in self._scales:
                choices.show_value(self._flow.answer(choices.scale))
            for stressor, check in self._stressors.items():
                check.setChecked(stressor in self._flow.stressors)
            if self._note.toPlainText() != self._flow.note:
                self._note.setPlainText(self._flow.note)
        finally:
            self._rendering = False
        day = long_date(self._flow.day, weekday=True)
        if self._flow.editing:
            self._day_label.setText(
                self.tr("{day}. You have checked in today; saving replaces it.").format(day=day))
            self._save.setText(self.tr("&Update today's check-in"))
        else:
            self._day_label.setText(day)
            self._save.setText(self.tr("&Save check-in"))
        self._save.setAccessibleName(self._save.text().replace("&", ""))
        self._render_note_count()

    def _render_note_count(self) -> None:
        excess, length = self._flow.note_excess, len(self._flow.note.strip())
        if excess:
            over = (self.tr("%n character over the limit of {limit}.", "", excess) if excess == 1
                    else self.tr("%n characters over the limit of {limit}.", "", excess))
            self._note_count.setText(over.format(limit=f"{NOTE_MAX_CHARS:,}"))
        elif length > NOTE_MAX_CHARS - 200:  # only near the limit: a counter is noise otherwise
            left = NOTE_MAX_CHARS - length
            self._note_count.setText(self.tr("%n character left.", "", left) if left == 1
                                     else self.tr("%n characters left.", "", left))
        else:
            self._note_count.clear()
        self._note_count.setVisible(bool(self._note_count.text()))

    def _say(self, words: str) -> None:
        announce(self._status, words)

    # -- the shell's hooks --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        """A page left open overnight starts the new day's check-in when shown again."""
        super().showEvent(event)
        new_day = (self._flow.day != self._today() and not self._flow.changed
                   and not self._saving and self._form.isEnabled())
        if new_day or self._load_failed:
            self._status.clear()
            self._load()

    def clear_personal_data(self) -> None:
        """Empty every widget that shows personal data and drop results still on their way.

        The shell calls this on lock, before it destroys the page.
        """
        self._jobs.forget()
        self._recent_rows = None
        self._saving = False
        self._flow.reset(self._flow.day)
        self._render()
        self._note.clear()  # clear() also empties the undo history, which holds old text
        if self._recent is not None:
            self._recent.clear_personal_data()
        self._status.clear()
        self.hard_day_note.hide()
        self._form.setEnabled(False)

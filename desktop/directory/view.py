"""DirectoryPage ("Find help"): search as you type, filters, the need path and the details.

The directory is public data outside the vault, so this page needs no vault and works
while Confide is locked (`dialog_view.DirectoryDialog` wraps it for the lock screen). What a person
searches for can itself be sensitive ("suicide", "alcohol") and the log file is not
encrypted, so nothing here logs, and the search field asks input methods not to learn it.

The list shows at most `RESULTS_LIMIT` results (word-wrapped rows are laid out on the GUI
thread, so thousands would stall each keystroke); the count line says how many matched.
The shell builds the page before the directory has opened on the worker: until
`set_directory` brings it, the page says it is loading (typing and choices made meanwhile
apply once it arrives). Crisis help never waits for this: the shell's "Need help now?"
does not use the directory page. A first visit builds the top (the need buttons, "I'm in
crisis now" first, and the search) at once, the rest a turn a part after (`StagedBuild`).

A risk word typed ("suicide", "quiero morir") opens 988's details at once and says so,
while the keyboard focus stays in the search field (see `crisis_first`); the page then
scrolls only as far as 988's call, text and chat buttons need, keeping the search field in
sight (at 600 px and 200 % text they were far below it). In a narrow window the filters
fold behind "Filters (n)" (see `filter_fold_view`) and the stacked details get the room.

Keyboard: Alt+S jumps to the search field, Down or Enter moves from it into the results,
Enter on a result moves to its buttons, Escape in the details goes back to the results
(see `results_pane_view`); every filter has a mnemonic (Alt+letter).

Signals (DirectoryPage):
    results_changed(int): the results on show changed; how many are listed.
    detail_shown(str): the detail pane now shows the resource with this id.
    action_opened(str): an address was handed to the system after a click.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.directory.contact import ActionKind
from desktop.directory.crisis_first import CrisisFirst, opened_words
from desktop.directory.filter_fold_view import FilterFold
from desktop.directory.licensing_view import LicenseQuestionBox
from desktop.directory.logic import CONTEXT
from desktop.directory.needs_view import NeedButtons
from desktop.directory.results import (
    LOADING_WORDS,
    UNAVAILABLE_WORDS,
    license_note,
    results_for,
)
from desktop.directory.results_pane_view import ResultsPane
from desktop.directory.results_view import ResultsModel
from desktop.directory.search_view import SearchField
from desktop.directory.summary_view import SummaryWords
from desktop.directory.warnings_view import DirectoryWarnings
from desktop.ui.staged import StagedBuild, StagedParts
from desktop.ui.widgets import announce, fill_with_scrolled, heading
from referral_directory.directory import Directory, Results
from referral_directory.model import Filters, Need
from referral_directory.stored import Changed

_REACH_988: Final = (ActionKind.CALL, ActionKind.TEXT, ActionKind.CHAT)
SEARCH_DELAY_MS: Final = 80  # one search per pause in typing; each takes well under 10 ms
REST_AFTER_MS: Final = 50  # the filters and results, after the page's first paint
# Built after the page (see `DirectoryPage.__getattr__`): asking for one builds them all.
LATER: Final = frozenset({"filter_fold", "filter_box", "summary", "need_note", "license_box",
                          "model", "pane", "results", "detail"})


class DirectoryPage(StagedParts, QWidget):
    """Find confidential help: search, filters, "What do you need right now?", details.

    Args:
        directory: the opened referral directory (national data plus the organization's),
            or None while it is still opening: the page says it is loading until
            `set_directory` brings it (or `show_unavailable` says it could not be opened).
        now: the current time, timezone-aware, for "open now" (tests pass a fixed one).

    Signals:
        results_changed(int): the results on show changed; how many are listed.
        detail_shown(str): the detail pane shows the resource with this id.
        action_opened(str): an address was handed to the system after a click.
    """

    results_changed = Signal(int)
    detail_shown = Signal(str)
    action_opened = Signal(str)

    def __init__(
        self,
        directory: Directory | None,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._unavailable = False
        self._now = now
        self._need: Need | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.words = SummaryWords(self)
        self._crisis_first = CrisisFirst()
        # The top now; the filters, the licensing questions and the results a turn each
        # later, shown together, the list filled (all at once held the visit 64-74 ms).
        parts = [self._build_filters, self._build_license, self._build_results, self._fill]
        self._staged = StagedBuild(self, parts, lambda: None, delay_ms=REST_AFTER_MS)
        self._build()

    def __getattr__(self, name: str) -> object:
        """A part built later, asked for before its turn: the whole page is built now."""
        staged = self.__dict__.get("_staged")
        if name not in LATER or staged is None or staged.building:
            raise AttributeError(name)
        staged.finish()
        return self.__dict__[name]

    # -- public API -------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """Whether the page is still waiting for the directory (see `set_directory`)."""
        return self._directory is None

    @property
    def need(self) -> Need | None:
        """The need the results are ranked for, or None when they are search results."""
        return self._need

    def filters(self) -> Filters:
        """The filters as the controls set them."""
        return self.filter_box.filters()

    def choose_need(self, need: Need | None) -> None:
        """Rank for `need` (None: back to searching); the search text is cleared."""
        self._need = need
        self._mark_need()
        if need is not None and self.search_field.text():
            self.search_field.blockSignals(True)  # a new query would end the need path
            self.search_field.clear()
            self.search_field.blockSignals(False)
        self._timer.stop()
        self.refresh()
        self._select_top_pick()

    def refresh(self) -> None:
        """Run the search (or the need's ranking) now and show the first results."""
        if self._directory is None:
            words = UNAVAILABLE_WORDS if self._unavailable else LOADING_WORDS
            self._show_waiting(QCoreApplication.translate(CONTEXT, words))
            return
        try:
            found = results_for(
                self._directory, self.search_field.text(), self._need, self.filters(), self._now()
            )
        except Changed:  # the cache file changed under the app: nothing from it is shown
            self._directory = None
            self.show_unavailable()  # it is rebuilt from the signed bundle at the next start
            return
        self._show_results(found)

    @property
    def directory(self) -> Directory | None:
        """The directory on show (None while it is still loading, or when its first search
        found the cache changed: the page is built first)."""
        self.build_all()
        return self._directory

    def set_directory(self, directory: Directory) -> None:
        """Show `directory`: the one opened on the worker, or a newer one (a new bundle)."""
        self._directory = directory
        self._unavailable = False
        self._timer.stop()
        self.license_box.set_table(directory.licensing)
        self._show_warnings()
        self.refresh()
        if not self.results.currentIndex().isValid():  # e.g. a need chosen while loading
            self._select_top_pick()

    def show_progress(self, done: int, total: int) -> None:
        """While loading: how much of a new organization bundle has been read so far.

        Shown quietly (no announcement at each step: a screen reader would read out a
        stream of numbers); the loading words themselves were announced once.
        """
        if self._directory is not None or self._unavailable or total <= 0:
            return
        words = self.tr(
            "Loading the directory\u2026 {done} of {total} organization entries read. "
            "If you are in crisis, call or text 988 now."
        ).format(done=QLocale().toString(min(done, total)), total=QLocale().toString(total))
        self.summary.setText(words)

    def show_unavailable(self) -> None:
        """Say the directory could not be opened (while none has arrived)."""
        self._unavailable = True
        self.refresh()

    def show_detail(self, resource_id: str) -> None:
        """Select `resource_id` in the results (if listed) and show its details."""
        if not self.pane.choose(resource_id) and self._directory is not None:
            try:
                self.pane.show_resource(self._directory.get(resource_id))
            except Changed:  # as in `refresh`
                self._directory = None
                self.show_unavailable()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Find help"), content))
        intro = QLabel(
            self.tr(
                "Confidential help for health workers. Searching stays on this "
                "computer; nothing is sent or recorded."
            ),
            content,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.warnings = DirectoryWarnings(content)
        self._show_warnings()
        layout.addWidget(self.warnings)
        self.needs = NeedButtons(content)
        self.needs.need_clicked.connect(self._on_need_clicked)
        self.need_buttons = self.needs.buttons
        layout.addWidget(self.needs)
        layout.addLayout(self._build_search(content))
        layout.addStretch(1)  # the top stays at the top until the results take the room
        self._layout = layout
        self._scroll = fill_with_scrolled(self, content)
        self.setFocusProxy(self.search_field)  # the shell's setFocus starts in the search

    def _build_filters(self) -> None:
        content = self._scroll.widget()
        self.filter_fold = FilterFold(content)  # narrow, behind "Filters (2)"
        self.filter_box = self.filter_fold.box
        self.filter_box.changed.connect(self.refresh)
        self._add(self.filter_fold)
        self.summary = QLabel(content)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Results summary"))
        self._add(self.summary)
        self.need_note = QLabel(content)
        self.need_note.setWordWrap(True)
        self.need_note.setTextFormat(Qt.TextFormat.PlainText)  # names come from bundle data
        self.need_note.setAccessibleName(self.tr("About this list"))
        self.need_note.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so it is heard
        self.need_note.hide()
        self._add(self.need_note)
        self._staged.hide_until_done(self.filter_fold, self.summary)  # shown with the last

    def _build_license(self) -> None:
        content = self._scroll.widget()
        # Beside "Worried about my license": what the person's own board asks.
        self.license_box = LicenseQuestionBox(content)
        self.license_box.set_table(self._directory.licensing if self._directory else None)
        self.license_box.source_opened.connect(self.action_opened)
        self.license_box.hide()
        self._add(self.license_box)

    def _build_results(self) -> None:
        content = self._scroll.widget()
        self.model = ResultsModel(self)
        self.pane = ResultsPane(self.model, content)
        self.pane.detail_shown.connect(self.detail_shown)
        self.pane.action_opened.connect(self.action_opened)
        self.results, self.detail = self.pane.results, self.pane.detail
        self._add(self.pane, stretch=1)
        self._layout.takeAt(self._layout.count() - 1)  # the stretch: the results have the room
        self._staged.hide_until_done(self.pane)

    def _add(self, widget: QWidget, stretch: int = 0) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget, stretch)  # > the stretch

    def _fill(self) -> None:
        """The last part: fitted to the page's width, the first results listed, then all
        shown (the list filled in a turn of its own, before the page lays out again)."""
        self.filter_fold.fold(self.pane.fit(self.width(), self.fontMetrics()))
        self._timer.stop()  # what was typed meanwhile is searched now, once
        self.refresh()

    def _show_warnings(self) -> None:
        self.warnings.show_notices(self._directory.notices if self._directory is not None else [])

    def _build_search(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Search"), parent)
        self.search_field = SearchField(parent)
        self.search_field.textChanged.connect(self._on_text_changed)
        self.search_field.results_wanted.connect(self._enter_results)
        label.setBuddy(self.search_field)
        row.addWidget(label)
        row.addWidget(self.search_field, 1)
        return row

    # -- reacting -------------------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        if self._need is not None:  # typing leaves the need path for a plain search
            self._need = None
            self._mark_need()
        self._timer.start()

    def _mark_need(self) -> None:
        self.needs.mark(self._need)

    def _select_top_pick(self) -> None:
        # The top pick's buttons show at once: for "in crisis now" that is Call 988.
        if self._need is not None:
            self.pane.choose_first()

    def _on_need_clicked(self, need: Need) -> None:
        # A second click on the chosen need goes back to every resource.
        self.choose_need(None if need is self._need else need)

    def _show_results(self, found: Results) -> None:
        shown = self.pane.shown_id
        count = len(found.resources)
        words = self.words.results_words(count, self.search_field.text(), self._need,
                                         found.total)
        listed = shown is not None and any(r.id == shown for r in found.resources)
        lifeline = self._crisis_first.opens_988(found, listed)
        if lifeline is not None:  # a risk word: 988's buttons at once, focus left in the field
            shown = lifeline.id
            words = opened_words(words, lifeline, QCoreApplication.translate)
        self.pane.list_resources(list(found.resources), shown)
        if lifeline is not None:  # once laid out, 988's buttons scrolled into sight
            QTimer.singleShot(0, self, self._bring_988_into_view)
        self._say(words)
        note = (
            self.words.license_words(
                license_note(found.resources, QCoreApplication.translate))
            if self._need is Need.LICENSE_WORRY
            else ""
        )
        self.need_note.setText(note)
        self.need_note.setVisible(bool(note))
        if self._need is Need.LICENSE_WORRY:
            self.license_box.suggest_state(self.filters().state)
        self.license_box.setVisible(self._need is Need.LICENSE_WORRY)
        self.results_changed.emit(count)

    def _show_waiting(self, words: str) -> None:
        self.need_note.hide()
        self.license_box.hide()
        self.pane.list_resources([], None)
        if words != self.summary.text():  # a filter clicked while loading says nothing new
            self._say(words)

    def _say(self, words: str) -> None:
        announce(self.summary, words)

    def _bring_988_into_view(self) -> None:
        """Scroll only as far as 988's call, text and chat buttons need, the search field
        kept in sight (a narrow window at 200 % text has them far below it)."""
        wanted = [b for a, b in self.detail.buttons if a.kind in _REACH_988]
        content = self._scroll.widget()
        if not wanted or content is None:
            return
        # The announcement above may have grown by a line or two: lay it all out first.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for button in reversed(wanted):  # inside the details' own scrolling first
            self.detail.ensureWidgetVisible(button, 0, 0)
        bottom = max(b.mapTo(content, QPoint(0, b.height())).y() for b in wanted)
        field = self.search_field.mapTo(content, QPoint(0, 0)).y()
        margin = self.fontMetrics().height() // 2
        bar = self._scroll.verticalScrollBar()
        wanted_value = max(bar.value(), bottom + margin - self._scroll.viewport().height())
        bar.setValue(min(wanted_value, field - margin))

    def _enter_results(self) -> None:
        if self._timer.isActive():  # the person was quicker than the pause: search now
            self._timer.stop()
            self.refresh()
        self.pane.enter()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        """Fewer need buttons a row in a narrow window, so nothing is cut off at 600 px;
        there the list and a resource's details stack, each the page's whole width, and
        the filters fold behind one button."""
        super().resizeEvent(event)
        self.needs.fit(event.size().width(), self.fontMetrics())
        if self.built:  # else fitted when the rest is (see `_fill`)
            self.filter_fold.fold(self.pane.fit(event.size().width(), self.fontMetrics()))

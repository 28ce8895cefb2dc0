"""The Questionnaires page: every shipped instrument, which are due, and the one being answered.

Due-ness follows `rhythm.Rhythm` and is only ever shown, never pushed: no pop-up, no
badge that nags. Choosing one opens the crisis-first `QuestionnairePage` in place; when
it is done (or the person goes back) the list returns with fresh dates.

Signals:
    saved(int): a response was stored (its row id); the history page refreshes on it.
    find_help_requested(): a result page asked for the directory of confidential help.
    safety_plan_requested(): a result page asked for the person's safety plan.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n_view import is_spanish
from desktop.questionnaires.questionnaire_view import QuestionnairePage
from desktop.questionnaires.rhythm import Rhythm
from desktop.records.instrument_translations import in_language
from desktop.records.instruments import Instrument
from desktop.records.results_store import ResultStore
from desktop.ui.dates import long_date
from desktop.ui.theme import scaled_font
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import scrolled
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries


def last_done_words(last: datetime | None, due: bool) -> str:
    if last is None:
        when = QCoreApplication.translate("QuestionnairesPage", "Not done yet")
    else:
        when = QCoreApplication.translate("QuestionnairesPage", "Last done {day}").format(
            day=long_date(last.astimezone().date()))
    if not due:
        return when
    return QCoreApplication.translate("QuestionnairesPage", "{when} \u00b7 suggested now"
                                      ).format(when=when)


class QuestionnairesPage(QWidget):
    """The list of questionnaires, and the one being answered.

    Args:
        instruments: the validated instruments, by id (from `instruments.load_all()`).
        vault: the unlocked vault (touched on the worker only).
        worker: runs every vault call.
        crisis_panel: builds the crisis panel a risk answer opens (with the EAP).
        now: the current time (tests pass a fixed one).

    Signals:
        saved(int): a response was stored.
        find_help_requested(): a result asked for the directory.
        safety_plan_requested(): a result asked for the safety plan.
    """

    saved = Signal(int)
    find_help_requested = Signal()
    safety_plan_requested = Signal()

    def __init__(
        self,
        instruments: Mapping[str, Instrument],
        vault: VaultQueries,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        crisis_panel: Callable[[QWidget], QDialog],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Questionnaires"))
        self._instruments = dict(instruments)
        self._vault = vault
        self._worker = worker
        self._jobs = VaultOp(self, worker)  # nothing delivered once this is deleted
        self._crisis_panel = crisis_panel
        self._now = now
        self._rhythm = Rhythm()
        self.current: QuestionnairePage | None = None
        self.start_buttons: dict[str, QPushButton] = {}
        self._status: dict[str, QLabel] = {}

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_list())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.refresh()

    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Questionnaires"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr("Short, validated questionnaires that clinicians use. Your answers and "
                    "scores stay in your vault. They are suggested now and then; take one "
                    "whenever you like.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # One block per questionnaire, its name, when it was last done and its Start
        # button one under the other: side by side, at 200 % text in Spanish, they were
        # wider than a 600 px window.
        for instrument_id, instrument in self._instruments.items():
            # The published Spanish form's name where one ships (PHQ-9), else as written.
            worded = in_language(instrument, "es" if is_spanish() else "en")
            name = QLabel(f"{worded.title} \u2014 {worded.full_name}")
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            name.setFont(scaled_font(name, 1.0, bold=True))
            status = QLabel("")
            status.setWordWrap(True)
            status.setAccessibleName(
                self.tr("{title} status").format(title=instrument.title))
            start = QPushButton(
                self.tr("Start {title}").format(title=instrument.title.replace("&", "&&")))
            start.setAccessibleName(self.tr("Start {title}").format(title=instrument.title))
            start.clicked.connect(lambda _=False, i=instrument_id: self.start(i))
            block = QVBoxLayout()
            block.setSpacing(2)
            block.addWidget(name)
            if worded is instrument and is_spanish():
                # Said before Start, not only inside: without it a Spanish list showed
                # English names with nothing to say why.
                english = QLabel(self.tr("In English only"))
                english.setProperty("role", "muted")
                block.addWidget(english)
            block.addWidget(status)
            block.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addSpacing(name.fontMetrics().height() // 2)
            layout.addLayout(block)
            self.start_buttons[instrument_id] = start
            self._status[instrument_id] = status
        layout.addStretch(1)
        return scrolled(page, self)  # six blocks at 200 % text are taller than a window

    def refresh(self) -> None:
        """Read when each questionnaire was last done (on the worker) and show it."""
        vault = self._vault
        self._jobs.run(lambda: ResultStore(vault).last_completed_all(), self._show_status)

    def _show_status(self, last: Mapping[str, datetime]) -> None:
        due = set(self._rhythm.due(self._now(), last))
        for instrument_id, label in self._status.items():
            label.setText(last_done_words(last.get(instrument_id), instrument_id in due))

    def start(self, instrument_id: str) -> None:
        """Open the questionnaire for `instrument_id` in place of the list."""
        self._close_current()
        page = QuestionnairePage(
            # Spanish wording where a published translation ships (PHQ-9, PHQ-2).
            in_language(self._instruments[instrument_id], "es" if is_spanish() else "en"),
            self._vault,
            self._worker,
            now=self._now,
            crisis_panel=self._crisis_panel,
        )
        page.saved.connect(self.saved)
        page.saved.connect(lambda _row: self.refresh())
        page.find_help_requested.connect(self.find_help_requested)
        page.safety_plan_requested.connect(self.safety_plan_requested)
        back = QPushButton(self.tr("&Back to questionnaires"))
        back.setAccessibleName(self.tr("Back to questionnaires"))
        back.clicked.connect(self.show_list)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(page, 1)
        self.current = page
        self.stack.addWidget(holder)
        self.stack.setCurrentWidget(holder)
        page.setFocus()

    def show_list(self) -> None:
        self._close_current()
        self.stack.setCurrentIndex(0)
        self.refresh()

    def _close_current(self) -> None:
        if self.current is None:
            return
        self.current.clear_personal_data()
        holder = self.stack.widget(1)
        if holder is not None:
            self.stack.removeWidget(holder)
            holder.deleteLater()
        self.current = None

    def clear_personal_data(self) -> None:
        """Forget the questionnaire in progress and the dates shown (the vault is locking)."""
        self._close_current()
        self.stack.setCurrentIndex(0)
        for label in self._status.values():
            label.clear()

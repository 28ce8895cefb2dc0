"""The Home page: a "Today" card, then where help is.

It says whether the person has checked in today (with the answers in words, or a one-tap
start), which questionnaires the rhythm would offer now, and the last questionnaire result
in words (its band and date, never a score alone; after a risk answer, where to talk to
someone today instead of any band). The facts are read on the worker and forgotten at lock.

Signals:
    section_chosen(str): the key of a section to show (e.g. "checkin").
    questionnaire_chosen(str): the id of a questionnaire to start.
    help_requested(): the card's "Need help now?" button.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.logsetup import describe
from desktop.records.band_words import band_name
from desktop.records.checkins import SCALES
from desktop.shell.today import Today
from desktop.ui.dates import long_date
from desktop.ui.theme import scaled_font
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import note
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class HomeView(QWidget):
    """The Today card: today's check-in, what is due, the last result, and help.

    Signals:
        section_chosen(str): a section to show.
        questionnaire_chosen(str): a questionnaire to start.
        help_requested(): open the crisis panel.
    """

    section_chosen = Signal(str)
    questionnaire_chosen = Signal(str)
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Today"))
        self._titles: Mapping[str, str] = {}
        self._load: Callable[[], Today] | None = None
        self._jobs: VaultOp | None = None  # forget(): a late result from before is dropped

        heading = note(self.tr("Today"))
        heading.setObjectName("pageHeading")
        heading.setFont(scaled_font(heading, 1.5, bold=True))  # relative: scales with text
        self.date_line = note("")
        self.date_line.setProperty("role", "muted")

        self.checkin_words = note(self.tr("Loading today\u2026"))
        self.checkin_words.setAccessibleName(self.tr("Today's check-in"))
        self.checkin_button = QPushButton(self.tr("&Start today's check-in"))
        self.checkin_button.setAccessibleName(self.tr("Start today's check-in"))
        self.checkin_button.clicked.connect(lambda: self.section_chosen.emit("checkin"))
        self.checkin_button.hide()

        self.due_words = note("")
        self.due_words.setAccessibleName(self.tr("Questionnaires due"))
        self._due_buttons = QHBoxLayout()
        self.result_words = note("")
        self.result_words.setAccessibleName(self.tr("Last questionnaire"))

        card = QFrame()
        card.setObjectName("todayCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(card)
        inner.addWidget(self.checkin_words)
        inner.addWidget(self.checkin_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.due_words)
        inner.addLayout(self._due_buttons)
        inner.addWidget(self.result_words)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading)
        layout.addWidget(self.date_line)
        layout.addWidget(card)
        self._add_help(layout)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)  # at 200% text the card scrolls instead of clipping
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_date(date.today())
        self.result_words.hide()
        self.due_words.hide()

    def _add_help(self, layout: QVBoxLayout) -> None:
        """The "Need help now?" button and what stays private, below the card."""
        self.help_button = QPushButton(self.tr("Need help now?"))
        self.help_button.setProperty("role", "crisis")  # the theme makes it stand out
        self.help_button.setAccessibleName(self.tr("Need help now?"))
        self.help_button.clicked.connect(self.help_requested)
        help_words = note(
            self.tr(
                "If today is hard, help is one step away: the 988 Suicide & Crisis Lifeline, "
                "the Crisis Text Line, your Employee Assistance Program and your safety plan."
            )
        )
        privacy = note(
            self.tr(
                "Everything here is encrypted on this computer and sent to no one. Confide "
                "locks itself when you step away."
            )
        )
        privacy.setProperty("role", "muted")

        layout.addWidget(help_words)
        layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(privacy)

    # --- loading ----------------------------------------------------------------------

    def set_source(
        self, load: Callable[[], Today], worker: Worker, titles: Mapping[str, str]
    ) -> None:
        """Where the card's facts come from (`load` runs on `worker`), then load them.

        Args:
            titles: questionnaire id -> its title, for words like "PHQ-9".
        """
        self._load, self._titles = load, dict(titles)
        self._jobs = VaultOp(self, worker)
        self.refresh()

    def refresh(self) -> None:
        """Read today's facts again on the worker (after a save, or when shown)."""
        if self._load is None or self._jobs is None:
            return
        self._jobs.forget()  # only the newest read is shown
        self._jobs.run(self._load, self.show_today, self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        log.error("reading today's card failed: %s", describe(error))
        self.checkin_words.setText(self.tr("Today's summary could not be read."))

    def clear_personal_data(self) -> None:
        """Forget today's answers and results (at lock); a late load is ignored."""
        if self._jobs is not None:
            self._jobs.forget()
        self._load = None
        self._jobs = None
        self.checkin_words.setText("")
        self.checkin_button.hide()
        self.due_words.setText("")
        self.due_words.hide()
        self.result_words.setText("")
        self.result_words.hide()
        self._clear_due_buttons()

    # --- showing ----------------------------------------------------------------------

    def show_today(self, today: Today) -> None:
        """Fill the card from `today`."""
        self._show_date(date.today())
        self._show_checkin(today)
        self._show_due(today.due)
        self._show_result(today)

    def _show_date(self, day: date) -> None:
        self.date_line.setText(long_date(day, weekday=True))

    def _show_checkin(self, today: Today) -> None:
        checkin = today.checkin
        if checkin is None:
            self.checkin_words.setText(
                self.tr("You have not checked in today. It takes under a minute.")
            )
            self.checkin_button.show()
            return
        answers = ", ".join(
            self.tr("{scale}: {words}").format(
                scale=scale.name.lower(), words=scale.label(checkin.value(scale)).lower()
            )
            for scale in SCALES
        )
        self.checkin_words.setText(
            self.tr("You checked in today \u2014 {answers}. Thank you for taking a moment.")
            .format(answers=answers)
        )
        self.checkin_button.hide()

    def _show_due(self, due: tuple[str, ...]) -> None:
        self._clear_due_buttons()
        if not due:
            self.due_words.setText(
                self.tr("No questionnaires are due. They are there whenever you want them.")
            )
            self.due_words.show()
            return
        names = [self._titles.get(instrument_id, instrument_id) for instrument_id in due]
        self.due_words.setText(
            self.tr("When you have a few minutes: {names}.").format(names=", ".join(names))
        )
        self.due_words.show()
        for instrument_id, name in zip(due, names, strict=True):
            button = QPushButton(self.tr("Start {name}").format(name=name))
            button.setAccessibleName(self.tr("Start {name}").format(name=name))
            button.clicked.connect(
                lambda _checked=False, key=instrument_id: self.questionnaire_chosen.emit(key)
            )
            self._due_buttons.addWidget(button)
        self._due_buttons.addStretch(1)

    def _show_result(self, today: Today) -> None:
        result = today.last_result
        if result is None:
            self.result_words.hide()
            return
        name = self._titles.get(result.instrument_id, result.instrument_id)
        local = result.completed_at.astimezone() if result.completed_at.tzinfo else (
            result.completed_at.replace(tzinfo=UTC).astimezone()
        )
        day = long_date(local.date())
        if result.risk:
            # After a risk answer the band is never the message: talking to someone is.
            words = self.tr(
                "After your last questionnaire ({name}, {day}): please talk to someone "
                "today. You can call or text 988, the Suicide & Crisis Lifeline, at any "
                "hour \u2014 or press \u201cNeed help now?\u201d below."
            ).format(name=name, day=day)
        else:
            words = self.tr("Your last questionnaire, {name} on {day}: {band}.").format(
                name=name, day=day, band=band_name(result.band, QCoreApplication.translate)
            )
        self.result_words.setText(words)
        self.result_words.show()

    def _clear_due_buttons(self) -> None:
        while (item := self._due_buttons.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # deleteLater waits for the event loop; gone from view now
                widget.deleteLater()

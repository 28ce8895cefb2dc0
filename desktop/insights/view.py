"""The Insights page: which kinds of day go with lower mood and energy, for the person alone.

Everything is computed on the vault's worker from the vault's own rows and shown here;
nothing is stored or sent. The words come first (one sentence per clear difference), then
the chart and a table with the same figures. With too little data the page states the rule
and shows nothing else; with no clear difference it says so plainly. When recent days
include a run of low mood, the page offers the safety plan and Find help, gently.

Signals (InsightsPage):
    loaded(): a report arrived and is shown.
    safety_plan_requested(): "Open my safety plan" was pressed (the shell shows it).
    find_help_requested(): "Find help" was pressed (the shell shows it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.insights.chart_view import InsightsChart
from desktop.insights.logic import InsightReport
from desktop.insights.source import load_insights
from desktop.insights.table_view import InsightsTableModel
from desktop.insights.words_view import device_text, method_text, rule_text, sentence
from desktop.ui.table_fit import FittedColumns, FoldedColumns
from desktop.ui.theme import scaled_font
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import fill_with_scrolled
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries

log = logging.getLogger(__name__)


class InsightsPage(QWidget):
    """The person's insights, loaded on the worker each time the page is shown.

    Args:
        vault: the unlocked vault (touched on the worker thread only).
        worker: runs the vault reads and the statistics.
        today: the person's local date (tests pass a fixed one).

    Signals:
        loaded(): a report arrived and is shown.
        safety_plan_requested(): the person asked for their safety plan.
        find_help_requested(): the person asked for Find help.
    """

    loaded = Signal()
    safety_plan_requested = Signal()
    find_help_requested = Signal()

    def __init__(
        self,
        vault: VaultQueries,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._today = today
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        self.report: InsightReport | None = None
        self._build()

    def _build(self) -> None:
        heading = QLabel(self.tr("Insights"), self)
        heading.setFont(scaled_font(heading, 1.4, bold=True))
        heading.setAccessibleName(self.tr("Insights"))
        intro = QLabel(
            self.tr(
                "What tends to go with your harder days, from your own check-ins. These are"
                " patterns in your answers, not causes and not a diagnosis."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.rule = QLabel(rule_text(), self)
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName(self.tr("When insights appear"))

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Insights summary"))
        self.sentences = QLabel(self)
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.PlainText)
        self.sentences.setAccessibleName(self.tr("Insights in words"))
        self.sentences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                               | Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chart = InsightsChart(self)
        self.chart.setVisible(False)
        self.model = InsightsTableModel(self)
        self.table = QTableView(self)
        # Six columns at 200 % text were wider than a 600 px window and the last three
        # scrolled out of sight: headings and cells wrap, each column keeps its longest word,
        # and where even that is too wide each row folds into one card of its values.
        self._cards = FoldedColumns(self.model, self)
        self._columns = FittedColumns(self.table, wrap_cells=True, fold=self._cards)
        self.table.setModel(self._cards)
        self._cards.modelReset.connect(lambda: QTimer.singleShot(0, self._fit_table))
        self.table.setAccessibleName(self.tr("Insights table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.viewport().installEventFilter(self)  # rows re-wrap at a new width
        self.table.setVisible(False)

        self.care = self._care_box()
        self.method = QLabel(self)
        self.method.setWordWrap(True)
        self.method.setProperty("role", "muted")
        self.method.setAccessibleName(self.tr("How this is worked out"))

        content = QWidget(self)
        layout = QVBoxLayout(content)
        for widget in (heading, intro, self.rule, self.status, self.sentences, self.chart,
                       self.table, self.care, self.method):
            layout.addWidget(widget)
        layout.addStretch(1)
        fill_with_scrolled(self, content)

    def _care_box(self) -> QFrame:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setAccessibleName(self.tr("Support"))
        words = QLabel(
            self.tr(
                "A few of your recent days have been hard. If it would help, your safety plan"
                " and Find help are here whenever you want them."
            ),
            box,
        )
        words.setWordWrap(True)
        plan = QPushButton(self.tr("Open my &safety plan"), box)
        plan.setAccessibleName(self.tr("Open my safety plan"))
        plan.clicked.connect(self.safety_plan_requested)
        help_button = QPushButton(self.tr("&Find help"), box)
        help_button.setAccessibleName(self.tr("Find help"))
        help_button.clicked.connect(self.find_help_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(plan)
        buttons.addWidget(help_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(words)
        layout.addLayout(buttons)
        box.setVisible(False)
        return box

    def refresh(self) -> None:
        """Work the insights out again on the worker (each visit: check-ins may be new)."""
        self._jobs.forget()  # only the newest load is shown
        vault, today = self._vault, self._today()
        if self.report is None:
            self.status.setText(self.tr("Working out your insights\u2026"))
        self._jobs.run(lambda: load_insights(vault, today), self._show, self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        log.warning("insights could not load: %s", type(error).__name__)
        self._show(None)
        self.status.setText(self.tr("Your insights could not be worked out just now."))

    def _show(self, report: InsightReport | None) -> None:
        self.report = report
        clear = report.clear_findings if report is not None else ()
        self.chart.set_findings(clear)
        self.model.set_findings(clear)
        self.table.setVisible(bool(clear))
        self.sentences.setText("\n\n".join(sentence(f) for f in clear))
        self.sentences.setVisible(bool(clear))
        self.care.setVisible(report is not None and report.low_mood_streak)
        if report is None:
            self.status.clear()
            self.method.clear()
        elif not report.enough_data:
            self.status.setText(self._not_enough_text(report.days))
            self.method.setText(device_text())
        elif not clear:
            self.status.setText(self._none_clear_text(len(report.findings)))
            self.method.setText(method_text(len(report.findings)))
        else:
            self.status.setText(self._clear_text(len(clear), len(report.findings)))
            self.method.setText(method_text(len(report.findings)))
        self._fit_table()
        self.loaded.emit()

    # Counted sentences: each English form is a source of its own (lupdate reads only
    # literals), and each is looked up as a plural so Spanish gets its own forms.

    def _not_enough_text(self, days: int) -> str:
        if days == 1:
            return self.tr("Not enough check-ins yet to compare kinds of day (%n check-in day in"
                           " the last 90). Insights will appear here once there are.", "", days)
        return self.tr("Not enough check-ins yet to compare kinds of day (%n check-in days in"
                       " the last 90). Insights will appear here once there are.", "", days)

    def _none_clear_text(self, count: int) -> str:
        if count == 1:
            return self.tr("No clear difference so far: the %n comparison there was enough data"
                           " for did not stand out from what chance alone could give.", "", count)
        return self.tr("No clear differences so far: across the %n comparisons there was"
                       " enough data for, none stood out from what chance alone could give.",
                       "", count)

    def _clear_text(self, shown: int, count: int) -> str:
        if count == 1:
            return self.tr("The %n comparison showed a clear difference:", "", count)
        return self.tr("{shown} of %n comparisons showed a clear difference:", "", count).format(
            shown=shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            # Filters run newest first: fit the rows once the columns have their widths.
            QTimer.singleShot(0, self._fit_table)
        return False

    def _fit_table(self) -> None:
        """As tall as its rows: the page scrolls, so the table need not scroll inside it."""
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader()
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        scroll_bar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(
            header.sizeHint().height() + rows + 2 * self.table.frameWidth() + scroll_bar)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        """Each visit works the insights out again, so new check-ins count at once."""
        super().showEvent(event)
        self.refresh()

    def clear_personal_data(self) -> None:
        """Drop every figure and any load still on its way (the vault is locking)."""
        self._jobs.forget()
        self.report = None
        self.chart.set_findings(())
        self.model.set_findings(())
        self.table.setVisible(False)
        self.sentences.clear()
        self.sentences.setVisible(False)
        self.status.clear()
        self.method.clear()
        self.care.setVisible(False)

"""The history page: choose a series and a date range; see the chart and the same data as a table.

The table is not an extra: it is how a screen reader user, or anyone who prefers numbers,
reads the chart. Both show exactly the points of one `Series`, built on the worker by
`HistorySource`. A check-in scale shows its weekly average unless "Show daily points" is
ticked; the tick holds for every scale until the vault locks (the page lives as long as
the unlocked window). Keyboard: Alt+W chooses the series, Alt+R the range, Alt+D the
daily points; Tab reaches the chart (its description reads the latest value and trend)
and then the table. The controls wrap onto more rows in a narrow window or at large text.

Signals (HistoryPage):
    loaded(): a series arrived and is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.history.chart_view import HistoryChart
from desktop.history.choices import series_choices, series_key, split_key
from desktop.history.history import (
    CONTEXT,
    HistorySource,
    RangePreset,
    Series,
)
from desktop.history.table_view import (
    LEAST_ROWS,
    SORT_ROLE,
    Column,
    SeriesTableModel,
)
from desktop.records.instruments import Instrument, load_all
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.table_fit import FittedColumns, RowsTable
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import fill_with_scrolled
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries

log = logging.getLogger(__name__)


class HistoryPage(QWidget):
    """The chart and table of one series over one date range.

    Args:
        vault: the unlocked vault (touched on the worker thread only).
        worker: runs every vault call.
        instruments: the shipped instruments by id (default: `load_all()`).
        today: the person's local date (tests pass a fixed one).

    Signals:
        loaded(): the chosen series arrived and is shown.
        export_requested(): "Export my data…" was pressed (the shell opens the dialog).
    """

    loaded = Signal()
    export_requested = Signal()

    def __init__(
        self,
        vault: VaultQueries,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        instruments: Mapping[str, Instrument] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        catalogue = instruments if instruments is not None else load_all()
        # Qt's translate is thread-safe: the worker words each series it builds.
        self._source = HistorySource(vault, catalogue, QCoreApplication.translate)
        self._today = today
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        self._build(catalogue)
        self.refresh()

    def _controls(self, instruments: Mapping[str, Instrument]) -> QWidget:
        """Series and range choosers and the daily switch, wrapping when narrow (the export
        button sits on the heading's row: beside them, Spanish pushed 600 px wider).

        Each widget is made in its final parent, in reading order: a widget moved to
        another parent goes to the end of the focus chain, and Tab from the switch then
        went back to the first chooser instead of on to the chart.
        """
        controls = QWidget(self)
        flow = FlowLayout(controls)
        pairs = [QWidget(controls), QWidget(controls)]  # a label stays beside its chooser
        self.series_box = QComboBox(pairs[0])
        self.series_box.setAccessibleName(self.tr("Show"))
        self._has_days: dict[str, bool] = {}
        for choice in series_choices(instruments, QCoreApplication.translate):
            self.series_box.addItem(choice.label, choice.key)
            self._has_days[choice.key] = choice.has_days
        self.range_box = QComboBox(pairs[1])
        self.range_box.setAccessibleName(self.tr("Date range"))
        for preset in RangePreset:
            self.range_box.addItem(QCoreApplication.translate(CONTEXT, preset.label), preset)
        self.range_box.setCurrentIndex(list(RangePreset).index(RangePreset.DAYS_90))
        self.daily_box = QCheckBox(self.tr("Show &daily points"), controls)
        self.daily_box.setAccessibleName(self.tr("Show daily points"))
        self.daily_box.setToolTip(self.tr(
            "Each day's check-in instead of the weekly average. Questionnaires always show "
            "each result."))
        self.daily_box.setAccessibleDescription(self.daily_box.toolTip())
        for pair, words, box in ((pairs[0], self.tr("Sho&w:"), self.series_box),
                                 (pairs[1], self.tr("&Range:"), self.range_box)):
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(words, pair)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
            flow.addWidget(pair)
        flow.addWidget(self.daily_box)
        # A top-level layout gives no height for a wrapped row (see the summary's filter).
        controls.installEventFilter(self)
        return controls

    def _heading_row(self, heading: QLabel) -> QHBoxLayout:
        """The page's title, then "Export my data…" at the far end."""
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("E&xport my data\u2026"), self)
        self.export_button.setAccessibleName(self.tr("Export my data"))
        self.export_button.setToolTip(self.tr(
            "Your check-ins and results as CSV or FHIR, for you or your own clinician"))
        self.export_button.clicked.connect(self.export_requested)
        row.addWidget(self.export_button)
        return row

    def _build(self, instruments: Mapping[str, Instrument]) -> None:
        title = self.tr("History")
        heading = QLabel(f'<span style="font-size: large; font-weight: 600">{title}</span>')
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setAccessibleName(title)

        self.controls = self._controls(instruments)
        self.series_box.currentIndexChanged.connect(self.refresh)
        self.range_box.currentIndexChanged.connect(self.refresh)
        self.daily_box.toggled.connect(self.refresh)

        self.chart = HistoryChart(self)
        self.summary = QLabel(self)  # the chart's description, for everyone to read
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Chart summary"))
        # A top-level layout ignores a wrapped label's height-for-width, which clipped
        # the summary's second line; the filter keeps its minimum height right.
        self.summary.installEventFilter(self)
        self.model = SeriesTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = RowsTable(LEAST_ROWS, self)
        self._columns = FittedColumns(self.table)  # refit to a new width or text size
        self.table.setModel(proxy)
        self.table.setAccessibleName(self.tr("History table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DAY, Qt.SortOrder.DescendingOrder)  # newest first

        # The page scrolls as a whole: at 200 % text in a short window the chart and the
        # table were squeezed (the table to its header alone).
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(self._heading_row(heading))
        layout.addWidget(self.controls)
        layout.addWidget(self.chart, stretch=3)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, stretch=2)
        fill_with_scrolled(self, body)
        QWidget.setTabOrder(self.series_box, self.range_box)
        QWidget.setTabOrder(self.range_box, self.daily_box)
        QWidget.setTabOrder(self.daily_box, self.chart)
        QWidget.setTabOrder(self.chart, self.table)
        self.setFocusProxy(self.series_box)

    # -- loading --------------------------------------------------------------------------

    def select(self, key: str, preset: RangePreset) -> None:
        """Show series `key` ("checkin:mood:daily", "instrument:phq9") over `preset`, as if
        the person chose them; a check-in key sets the daily switch too."""
        choice, daily = split_key(key)
        for box in (self.series_box, self.range_box, self.daily_box):
            box.blockSignals(True)
        self.series_box.setCurrentIndex(self.series_box.findData(choice))
        self.range_box.setCurrentIndex(list(RangePreset).index(preset))
        if daily is not None:
            self.daily_box.setChecked(daily)
        for box in (self.series_box, self.range_box, self.daily_box):
            box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Load the chosen series again (after a new check-in, or a new day)."""
        choice = self.series_box.currentData()
        preset = self.range_box.currentData()
        if not isinstance(choice, str) or not isinstance(preset, RangePreset):
            return
        # Questionnaires always show each result: the switch is for check-ins only.
        self.daily_box.setEnabled(self._has_days.get(choice, False))
        key = series_key(choice, self.daily_box.isChecked())
        self._jobs.forget()  # only the newest choice's series is shown
        source, today = self._source, self._today()
        self._jobs.run(lambda: source.load(key, preset, today), self._show, self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        log.warning("history could not load: %s", type(error).__name__)
        self._show(None)
        self.summary.setText(self.tr("Your history could not be read just now."))

    def _show(self, series: Series | None) -> None:
        self.chart.set_series(series)
        self.model.set_series(series)
        self.summary.setText(self.chart.accessibleDescription() if series else "")
        self._fit_summary()
        # At the next turn, once with the resizes the new rows bring (a scroll bar, the
        # table's new height): fitted here, they fitted it again straight after.
        self._columns.refit()
        self.loaded.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.Resize:
            if watched is self.summary:
                self._fit_summary()
            elif watched is self.controls:
                self.controls.setMinimumHeight(self.controls.heightForWidth(self.controls.width()))
        return False

    def _fit_summary(self) -> None:
        # heightForWidth is -1 for an empty label.
        self.summary.setMinimumHeight(max(0, self.summary.heightForWidth(self.summary.width())))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        """Coming back to the page shows check-ins saved meanwhile."""
        super().showEvent(event)
        if self.chart.series is not None:
            self.refresh()

    def clear_personal_data(self) -> None:
        """Forget the shown series and drop loads still on their way (the vault is locking)."""
        self._jobs.forget()
        self.chart.set_series(None)
        self.model.set_series(None)
        self.summary.clear()

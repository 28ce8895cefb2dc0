"""The history page: choose a series and a date range; see the chart and the same data as a table.

The table is not an extra: it is how a screen reader user, or anyone who prefers numbers,
reads the chart. Both show exactly the points of one `Series`, built on the worker by
`HistorySource`. Keyboard: Alt+W chooses the series, Alt+R the range; Tab reaches the
chart (its description reads the latest value and trend) and then the table.

Signals (HistoryPage):
    loaded(): a series arrived and is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date
from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.history.chart_view import HistoryChart, note_text
from desktop.history.history import (
    CONTEXT,
    HistorySource,
    Point,
    RangePreset,
    Series,
    series_choices,
)
from desktop.records.instruments import Instrument, load_all
from desktop.ui.dates import short_date
from desktop.ui.vault_op import VaultOp
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries

log = logging.getLogger(__name__)
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
# Rows measured when the columns are fitted (besides those on show): every row holds a
# date and short numbers, so a sample fits them as well as ten years of days would.
FIT_SAMPLE_ROWS: Final = 100
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DAY = 0
    VALUE = 1
    NOTE = 2


class SeriesTableModel(QAbstractTableModel):
    """The points of one series: date, value and its words (band, scale word, days)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._series: Series | None = None
        self._points: tuple[Point, ...] = ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._points)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt's API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(Column)
        ):
            return None
        return self._header(Column(section))

    def _header(self, column: Column) -> str:
        if column is Column.DAY:
            return self.tr("Date")
        if self._series is None:
            return self.tr("Value") if column is Column.VALUE else self.tr("In words")
        return self._series.value_name if column is Column.VALUE else self._series.note_name

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._series is None or not index.isValid() or not 0 <= index.row() < len(self._points):
            return None
        point, column = self._points[index.row()], Column(index.column())
        if role == SORT_ROLE:
            return (point.day.toordinal(), point.value, point.note)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(point, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{column}: {value}").format(
                column=self._header(column), value=self._display(point, column) or self.tr("none"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, point: Point, column: Column) -> str:
        assert self._series is not None  # noqa: S101 - data() checked it
        if column is Column.DAY:
            return short_date(point.day)
        if column is Column.VALUE:
            return self._series.value_text(point.value)
        return note_text(point)

    def set_series(self, series: Series | None) -> None:
        self.beginResetModel()
        self._series = series
        self._points = series.points if series else ()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)


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

    def _controls_row(self, series_label: QLabel, range_label: QLabel) -> QHBoxLayout:
        """Series and range choosers (the export button sits on the heading's row: beside
        them, the Spanish words pushed a 600 px window wider)."""
        controls = QHBoxLayout()
        for widget in (series_label, self.series_box, range_label, self.range_box):
            controls.addWidget(widget)
        controls.addStretch(1)
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

        self.series_box = QComboBox(self)
        self.series_box.setAccessibleName(self.tr("Show"))
        for choice in series_choices(instruments, QCoreApplication.translate):
            self.series_box.addItem(choice.label, choice.key)
        self.range_box = QComboBox(self)
        self.range_box.setAccessibleName(self.tr("Date range"))
        for preset in RangePreset:
            self.range_box.addItem(QCoreApplication.translate(CONTEXT, preset.label), preset)
        self.range_box.setCurrentIndex(list(RangePreset).index(RangePreset.DAYS_90))
        series_label = QLabel(self.tr("Sho&w:"), self)
        series_label.setBuddy(self.series_box)
        range_label = QLabel(self.tr("&Range:"), self)
        range_label.setBuddy(self.range_box)
        controls = self._controls_row(series_label, range_label)
        self.series_box.currentIndexChanged.connect(self.refresh)
        self.range_box.currentIndexChanged.connect(self.refresh)

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
        self.table = QTableView(self)
        self.table.setModel(proxy)
        self.table.setAccessibleName(self.tr("History table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fitted once per load from a sample, not re-measured over every row on each change.
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DAY, Qt.SortOrder.DescendingOrder)  # newest first

        layout = QVBoxLayout(self)
        layout.addLayout(self._heading_row(heading))
        layout.addLayout(controls)
        layout.addWidget(self.chart, stretch=3)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, stretch=2)
        QWidget.setTabOrder(self.series_box, self.range_box)
        QWidget.setTabOrder(self.range_box, self.chart)
        QWidget.setTabOrder(self.chart, self.table)
        self.setFocusProxy(self.series_box)

    # -- loading --------------------------------------------------------------------------

    def select(self, key: str, preset: RangePreset) -> None:
        """Show series `key` over `preset` (as if the person chose them)."""
        self.series_box.blockSignals(True)
        self.series_box.setCurrentIndex(self.series_box.findData(key))
        self.series_box.blockSignals(False)
        self.range_box.setCurrentIndex(list(RangePreset).index(preset))
        self.refresh()

    def refresh(self) -> None:
        """Load the chosen series again (after a new check-in, or a new day)."""
        key = self.series_box.currentData()
        preset = self.range_box.currentData()
        if not isinstance(key, str) or not isinstance(preset, RangePreset):
            return
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
        self.table.resizeColumnsToContents()
        self.loaded.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.summary and event.type() == QEvent.Type.Resize:
            self._fit_summary()
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

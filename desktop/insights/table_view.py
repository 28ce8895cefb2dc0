"""The insights as a table: the same figures as the chart, for screen readers and numbers people."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, Qt

from desktop.insights.logic import Finding
from desktop.insights.words_view import (
    difference_text,
    factor_name,
    outcome_name,
    range_text,
    sentence,
    short_difference_text,
)
from desktop.ui.rows_model import RowsModel
from desktop.words import QT_TRANSLATE_NOOP


class Column(IntEnum):
    FACTOR = 0
    OUTCOME = 1
    DIFFERENCE = 2
    RANGE = 3
    WITH = 4
    WITHOUT = 5


_HEADERS: Final = {
    Column.FACTOR: QT_TRANSLATE_NOOP("InsightsTableModel", "Kind of day"),
    Column.OUTCOME: QT_TRANSLATE_NOOP("InsightsTableModel", "Compared on"),
    Column.DIFFERENCE: QT_TRANSLATE_NOOP("InsightsTableModel", "Difference"),
    Column.RANGE: QT_TRANSLATE_NOOP("InsightsTableModel", "Range (95%)"),
    Column.WITH: QT_TRANSLATE_NOOP("InsightsTableModel", "With"),
    Column.WITHOUT: QT_TRANSLATE_NOOP("InsightsTableModel", "Without"),
}


class InsightsTableModel(RowsModel[Finding]):
    """One row per clear finding: kind of day, outcome, difference, range and counts."""

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        self.set_rows(findings)

    def headers(self) -> list[str]:
        return [self._header(column) for column in Column]

    def _header(self, column: Column) -> str:
        # One heading translated, not all six for each: a first show asks ~240 times.
        return QCoreApplication.translate("InsightsTableModel", _HEADERS[column])

    def cell(self, finding: Finding, column_number: int, role: int) -> Any:
        column = Column(column_number)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(finding, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The difference cell is short; a listener hears it with its unit.
            value = (difference_text(finding) if column is Column.DIFFERENCE
                     else self._display(finding, column))
            return self.tr("{header}: {value}").format(header=self._header(column), value=value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return sentence(finding)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.WITH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, finding: Finding, column: Column) -> str:
        comparison = finding.comparison
        if column is Column.FACTOR:
            return factor_name(finding.factor)
        if column is Column.OUTCOME:
            return outcome_name(finding.outcome)
        if column is Column.DIFFERENCE:
            return short_difference_text(finding)
        if column is Column.RANGE:
            return range_text(finding)
        count = comparison.n_with if column is Column.WITH else comparison.n_without
        return self._count_text(count, daily=finding.outcome.daily)

    def _count_text(self, count: int, *, daily: bool) -> str:
        # Each English form is a source of its own (lupdate reads literals); both are plurals.
        if daily:
            if count == 1:
                return self.tr("%n day", "", count)
            return self.tr("%n days", "", count)
        if count == 1:
            return self.tr("%n result", "", count)
        return self.tr("%n results", "", count)

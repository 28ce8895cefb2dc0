"""Merging supporters' reports for the program coordinator, who never holds a contact.

Each input is an already suppressed report, so some of its cells are not exact: "<11"
(a count from 1 to 10) and "*" (hidden to protect another cell, value unknown). Merging
adds cells position by position (same table, row and month; a month outside a report's
period adds nothing from it):

- only exact cells: the exact sum;
- any unknown part: the merged cell is unknown too. It is "<11" when the sum is certainly
  between 1 and 10 (exact part plus one to ten for each "<11", and no "*"), otherwise "*".
  A range such as "21-30" is never published: it would say more than the inputs agree on.

The merged tables are then suppressed again with the same algorithm as a supporter's
report: new exact counts from 1 to 10 become "<11", and complementary suppression runs
over the merged margins with the unknown cells already hidden. So the published merge
keeps every rule a single report keeps, and no "<11" cell of it can be worked out from
its totals; the exact audit (`audit.publish`) then withholds more until no hidden cell
of the merge is pinned to 1..10. Inputs are checked (signature and rules) before anything
is added, and the same report given twice is refused by its random id, because it would
count contacts twice.

Refused, because together they could give a count away: two reports signed by one key
(one supporter's vault) whose periods overlap (January and the first quarter subtract to
February), and a report whose period is not on the fixed grid. A merged report is not
signed (the coordinator has no supporter key), so it is not merged again: merge the
supporters' own signed reports instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.records.peer.audit import AuditError, publish
from desktop.records.peer.period import named, overlaps, period_name
from desktop.records.peer.report import (
    MAX_MONTHS,
    SHAPE,
    TABLES,
    AggregateReport,
    ReportTable,
    month_of,
    months_between,
    shared_margins,
)
from desktop.records.peer.suppress import SMALL, THRESHOLD, WITHHELD, Cell
from desktop.records.peer.words import Refusal
from desktop.words import QT_TRANSLATE_NOOP


class MergeRefused(Refusal):
    """The reports cannot be merged; `detail` says why (no personal data), `words(tr)`
    the same in the language in force."""


def merge_cells(cells: Sequence[Cell]) -> Cell:
    """The merged value of one position, from each input's cell there."""
    exact = sum(c for c in cells if isinstance(c, int))
    small = sum(c == SMALL for c in cells)
    withheld = sum(c == WITHHELD for c in cells)
    if small == 0 and withheld == 0:
        return exact
    if withheld == 0 and exact + 10 * small < THRESHOLD:
        return SMALL  # at least `small` >= 1 and at most 10
    return WITHHELD


def merge_reports(
    reports: Sequence[AggregateReport], label: str, generated: date
) -> AggregateReport:
    """One report from several supporters' reports, suppressed again.

    Args:
        reports: read with `report_file.read_report` (so checked already).
        label: the coordinator's label, already checked with `report.check_label`.
        generated: today; only its month is kept.

    Raises:
        MergeRefused: fewer than two reports, the same report twice, a merged report, a
            period off the grid, or one supporter's reports with overlapping periods.
    """
    if len(reports) < 2:
        raise MergeRefused(QT_TRANSLATE_NOOP(
            "PeerLogRefusal", "choose at least two reports to merge"))
    _check_periods(reports)
    sources = [s for r in reports for s in r.sources]
    if len(set(sources)) != len(sources):
        raise MergeRefused(QT_TRANSLATE_NOOP(
            "PeerLogRefusal",
            "a report was chosen twice (perhaps inside a merged report); "
            "it would count its contacts twice"))
    first = min(r.months[0] for r in reports)
    last = max(r.months[-1] for r in reports)
    try:
        months = months_between(first, last)
    except ValueError:
        raise MergeRefused(QT_TRANSLATE_NOOP(
            "PeerLogRefusal", "the reports span too long a period (at most {most} months)"),
            most=MAX_MONTHS) from None
    grids: list[list[list[Cell]]] = []
    for spec in TABLES:
        tables = [r.table(spec.id) for r in reports]
        grid = [
            [
                merge_cells([_at(t, r, row, m) for t, r in zip(tables, reports, strict=True)])
                for m in [*months, None]
            ]
            for row in range(len(spec.rows) + 1)
        ]
        grids.append(grid)
    noise = tuple(n for r in reports for n in r.noise)
    # Inputs without noise keep identical per-contact totals, so those cells stay linked.
    links = shared_margins(TABLES, len(months)) if all(n is None for n in noise) else []
    try:
        published = publish(grids, links, SHAPE, months, exact=all(n is None for n in noise))
    except AuditError:  # signed, each table adds up, yet no true counts fit them all
        raise MergeRefused(QT_TRANSLATE_NOOP(
            "PeerLogRefusal",
            "the reports contradict each other (their tables cannot all be true), so they "
            "were not made by Confide as they are")) from None
    tables_out = tuple(
        ReportTable(spec, tuple(tuple(row) for row in grid))
        for spec, grid in zip(TABLES, published, strict=True)
    )
    signers = tuple(s for r in reports for s in r.signers)
    return AggregateReport(
        label, months, tables_out, month_of(generated), noise, tuple(sources), signers
    )


def _check_periods(reports: Sequence[AggregateReport]) -> None:
    for report in reports:
        if report.reports_merged > 1:
            raise MergeRefused(QT_TRANSLATE_NOOP(
                "PeerLogRefusal",
                "a merged report is not signed, so it cannot be merged again; "
                "merge the supporters' own signed reports instead"))
        if period_name(report.months) is None:
            raise MergeRefused(
                QT_TRANSLATE_NOOP(
                    "PeerLogRefusal",
                    "a report covers {first} to {last}, which is not a whole calendar month, "
                    "quarter, half-year or year"),
                first=report.months[0], last=report.months[-1])
    for i, one in enumerate(reports):
        for other in reports[i + 1 :]:
            key = one.signers[0]
            if key and key == other.signers[0] and overlaps(one.months, other.months):
                raise MergeRefused(
                    QT_TRANSLATE_NOOP(
                        "PeerLogRefusal",
                        "two reports signed by the same supporter overlap ({one} and "
                        "{other}); together they could give a small count away, so they are "
                        "not merged"),
                    one=named(one.months), other=named(other.months))


def _at(table: ReportTable, report: AggregateReport, row: int, month: str | None) -> Cell:
    """The input's cell at `row` for `month` (None: the row total); 0 outside its period."""
    if month is None:
        return table.grid[row][-1]
    try:
        column = report.months.index(month)
    except ValueError:
        return 0
    return table.grid[row][column]

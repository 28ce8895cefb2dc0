"""Attackers on published reports, written apart from the suppression code they test.

`solve_lines` is the attacker the issue names: it reads the shown counts and repeatedly
solves any row or column (margins included) with a single unknown, across linked tables.
`solve_linear` is the strongest linear attacker: Gaussian elimination over every line's
equation at once (modulo a large prime; the matrices are 0/+-1 network matrices, so ranks
agree with the rationals), reporting every hidden cell the equations fix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.records.peer.report import TABLES, AggregateReport, shared_margins

Cell = int | str
Where = tuple[int, int, int]
_P = (1 << 61) - 1


def grids_and_links(report: AggregateReport) -> tuple[list[list[list[Cell]]], list[list[Where]]]:
    grids = [[list(row) for row in t.grid] for t in report.tables]
    links = (
        shared_margins(TABLES, len(report.months)) if all(n is None for n in report.noise) else []
    )
    return grids, links


def _lines(grid: Sequence[Sequence[Cell]]) -> list[list[tuple[int, int]]]:
    rows, cols = len(grid), len(grid[0])
    return [[(r, c) for c in range(cols)] for r in range(rows)] + [
        [(r, c) for r in range(rows)] for c in range(cols)
    ]


def _canon(links: Sequence[Sequence[Where]]) -> dict[Where, Where]:
    canon: dict[Where, Where] = {}
    for group in links:
        for where in group:
            canon[where] = group[0]
    return canon


def solve_lines(
    grids: Sequence[Sequence[Sequence[Cell]]], links: Sequence[Sequence[Where]] = ()
) -> dict[Where, int]:
    """Hidden cells recovered by single-unknown elimination; {} when none is."""
    canon = _canon(links)
    known: dict[Where, int] = {}
    for g, grid in enumerate(grids):
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                if isinstance(value, int):
                    known[canon.get((g, r, c), (g, r, c))] = value
    recovered: dict[Where, int] = {}
    progress = True
    while progress:
        progress = False
        for g, grid in enumerate(grids):
            for line in _lines(grid):
                keys = [canon.get((g, r, c), (g, r, c)) for r, c in line]
                unknown = [k for k in set(keys) if k not in known]
                if len(unknown) != 1:
                    continue
                # inner cells sum to the last cell (the total)
                inner = sum(known.get(k, 0) for k in keys[:-1])
                if keys[-1] == unknown[0]:
                    value = inner
                elif keys[:-1].count(unknown[0]) == 1:
                    value = known[keys[-1]] - inner
                else:
                    continue
                known[unknown[0]] = value
                recovered[unknown[0]] = value
                progress = True
    return recovered


def solve_linear(
    grids: Sequence[Sequence[Sequence[Cell]]], links: Sequence[Sequence[Where]] = ()
) -> set[Where]:
    """Hidden cells whose value every line's equation, taken together, fixes."""
    canon = _canon(links)
    rows: list[dict[Where, int]] = []
    for g, grid in enumerate(grids):
        for line in _lines(grid):
            equation: dict[Where, int] = {}
            for i, (r, c) in enumerate(line):
                if isinstance(grid[r][c], str):
                    key = canon.get((g, r, c), (g, r, c))
                    sign = -1 if i == len(line) - 1 else 1
                    equation[key] = (equation.get(key, 0) + sign) % _P
            equation = {k: v for k, v in equation.items() if v}
            if equation:
                rows.append(equation)
    pivots: dict[Where, dict[Where, int]] = {}
    for equation in rows:
        _add_equation(pivots, equation)
    return {pivot for pivot, row in pivots.items() if len(row) == 1}


def _subtract(row: dict[Where, int], factor: int, other: dict[Where, int]) -> dict[Where, int]:
    result = dict(row)
    for k, v in other.items():
        result[k] = (result.get(k, 0) - factor * v) % _P
    return {k: v for k, v in result.items() if v}


def _add_equation(pivots: dict[Where, dict[Where, int]], equation: dict[Where, int]) -> None:
    """Reduce `equation` by the pivot rows and, if anything is left, add it as a pivot
    (keeping every pivot row free of the other pivots: reduced row echelon form)."""
    row = dict(equation)
    for pivot, prow in pivots.items():
        if pivot in row:
            row = _subtract(row, row[pivot], prow)
    if not row:
        return
    pivot = min(row)
    inverse = pow(row[pivot], _P - 2, _P)
    row = {k: v * inverse % _P for k, v in row.items()}
    for other, orow in pivots.items():
        if pivot in orow:
            pivots[other] = _subtract(orow, orow[pivot], row)
    pivots[pivot] = row


DAY_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|"
    r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b"
)

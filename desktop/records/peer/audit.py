"""The exact disclosure audit: can anything released, taken together, pin a count 1-10?

An attacker holds every report a supporter released (and merges of them) and knows how
they are made. For each hidden cell the audit solves two integer programs with GLPK
(through `swiglpk`): the least and the most the cell can hold subject to everything
published. A cell whose least equals its most is pinned; pinned at 1 to 10 is a
disclosure (a pinned 0 or large count could have been shown anyway).

What the attacker is given (the constraints):
- unknowns: the count of every table row in every month, whole numbers from 0 up;
- a shown count (0 or 11 and more) is exact: the cell's sum equals it (0 IS shown as 0);
- "<11" means 1 to 10; "*" means any count, 0 and 1 to 10 included;
- a row total is its months' sum, a month total its rows' sum, the grand total all;
- releases of exact counts share the unknowns of the months they cover (so a January
  and a first-quarter report would be subtracted: the period rules refuse that, and
  the audit would catch it too);
- structure of the true counts ("structural" releases, without noise): the contacts in
  a month are the same in the three one-per-contact tables; a contact names a "what
  happened", support or referral item at most once (so each such row is at most the
  contacts that month) and names at least one "what happened" (their sum is at least
  the contacts).
Noised releases get unknowns of their own (their cells are noisy values, which obey
only the margins), so noise is never subtracted as if it were a true count.

Speed: every solution the solver returns is a witness. Two feasible solutions that give
a cell different values prove it is not pinned; one that gives it 0 or 11 and more
proves it harmless (a pinned cell holds the same value in every solution). So most
cells need no program of their own. Solutions are rounded and re-checked exactly before
they count as witnesses.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from desktop.records.peer.suppress import SMALL, WITHHELD, Cell, Where, suppress

UPPER: Final = 1_000_000  # no count in a peer log comes near; keeps every program bounded

Var = tuple[str, int, int, str]  # namespace, table, row, month
Expr = tuple[int, ...]  # sorted column indexes, each with coefficient 1


class AuditError(ValueError):
    """The releases contradict each other (a damaged or forged input): nothing is
    consistent with all of them, so no audit is possible."""


@dataclass(frozen=True)
class Shape:
    """What the audit knows about the report tables.

    Attributes:
        per_contact: per table, True when each contact counts in exactly one row.
        required: per table, True when each contact names at least one of its rows.
    """

    per_contact: tuple[bool, ...]
    required: tuple[bool, ...]


@dataclass(frozen=True)
class Released:
    """One released report as the audit reads it.

    Attributes:
        name: a release id (for messages and for noised releases' own unknowns).
        months: the months it covers, in order.
        grids: its published tables with margins, in the shape's order.
        exact: True when its cells are true counts (no noise): then it shares unknowns
            with every other exact release and the structural rules apply.
    """

    name: str
    months: tuple[str, ...]
    grids: tuple[tuple[tuple[Cell, ...], ...], ...]
    exact: bool = True


@dataclass(frozen=True)
class Pinned:
    """A hidden cell the releases fix to one value from 1 to 10."""

    release: str
    where: Where
    value: int


@dataclass
class _Model:
    shape: Shape
    columns: dict[Var, int] = field(default_factory=dict)
    rows: list[tuple[dict[int, int], float, float]] = field(default_factory=list)
    cells: list[tuple[str, Where, Expr]] = field(default_factory=list)  # hidden cells
    structured: set[tuple[str, str]] = field(default_factory=set)  # (namespace, month)

    def column(self, var: Var) -> int:
        return self.columns.setdefault(var, len(self.columns))

    def add(self, release: Released) -> None:
        space = "" if release.exact else release.name
        months = release.months
        for g, grid in enumerate(release.grids):
            inner = len(grid) - 1
            for r, row in enumerate(grid):
                for c, value in enumerate(row):
                    rows = range(inner) if r == inner else (r,)
                    cols = months if c == len(months) else (months[c],)
                    expr = tuple(
                        sorted(self.column((space, g, rr, m)) for rr in rows for m in cols)
                    )
                    if isinstance(value, int):
                        self.rows.append((dict.fromkeys(expr, 1), value, value))
                    elif value == SMALL:
                        self.rows.append((dict.fromkeys(expr, 1), 1, 10))
                    elif value != WITHHELD:
                        raise AuditError(f"unknown cell {value!r}")
                    if isinstance(value, str):
                        self.cells.append((release.name, (g, r, c), expr))
            if release.exact:
                for month in months:
                    self._structure(space, month, [len(gr) - 1 for gr in release.grids])

    def _structure(self, space: str, month: str, sizes: list[int]) -> None:
        if (space, month) in self.structured:
            return
        self.structured.add((space, month))
        shape = self.shape
        contacts = [g for g, one in enumerate(shape.per_contact) if one]

        def total(g: int) -> dict[int, int]:
            return {self.column((space, g, r, month)): 1 for r in range(sizes[g])}

        if not contacts:
            return
        base = total(contacts[0])
        for g in contacts[1:]:  # the same contacts in each one-per-contact table
            self.rows.append((_minus(total(g), base), 0, 0))
        for g, one in enumerate(shape.per_contact):
            if one:
                continue
            for r in range(sizes[g]):  # a row is named at most once per contact
                self.rows.append((_minus({self.column((space, g, r, month)): 1}, base), -UPPER, 0))
            if shape.required[g]:  # every contact names at least one
                self.rows.append((_minus(total(g), base), 0, UPPER * sizes[g]))


def _minus(plus: dict[int, int], minus: dict[int, int]) -> dict[int, int]:
    out = dict(plus)
    for k, v in minus.items():
        out[k] = out.get(k, 0) - v
    return {k: v for k, v in out.items() if v}


def _feasible(rows: list[tuple[dict[int, int], float, float]], values: list[int]) -> bool:
    return all(
        low <= sum(a * values[k] for k, a in coefficients.items()) <= high
        for coefficients, low, high in rows
    ) and all(0 <= v <= UPPER for v in values)


def pinned_cells(
    releases: Sequence[Released], shape: Shape, audit: Iterable[str] | None = None
) -> list[Pinned]:
    """The hidden cells that everything in `releases` together pins to 1..10.

    Args:
        releases: everything released that could be combined.
        shape: the tables' structure.
        audit: names of the releases whose hidden cells to check (None: all).

    Raises:
        AuditError: the releases are inconsistent.
    """
    wanted = None if audit is None else set(audit)
    model = _Model(shape)
    for release in releases if wanted is None else _connected(releases, wanted):
        model.add(release)
    targets = [cell for cell in model.cells if wanted is None or cell[0] in wanted]
    if not targets:
        return []
    return _Programs(model, targets).pinned()


class _Programs:
    """The integer programs over one model, and the witnesses their solutions give.

    Solved with GLPK (the GNU Linear Programming Kit, GPL-3.0, through `swiglpk`): an
    exact branch-and-cut MIP solver in a 2 MB wheel with no further dependencies. (HiGHS
    through `highspy` needs numpy, about 70 MB, which the frozen build leaves out.)
    """

    def __init__(self, model: _Model, targets: list[tuple[str, Where, Expr]]) -> None:
        # Late: only a release or a merge loads the solver.
        import swiglpk as glp  # noqa: PLC0415

        self._glp = glp
        self._model, self._targets = model, targets
        n = self._n = len(model.columns)
        glp.glp_term_out(glp.GLP_OFF)  # GLPK prints progress to standard output otherwise
        problem = self._problem = glp.glp_create_prob()
        glp.glp_add_cols(problem, n)
        for column in range(1, n + 1):
            glp.glp_set_col_bnds(problem, column, glp.GLP_DB, 0.0, float(UPPER))
            glp.glp_set_col_kind(problem, column, glp.GLP_IV)
        glp.glp_add_rows(problem, len(model.rows))
        for row, (coefficients, low, high) in enumerate(model.rows, start=1):
            kind = glp.GLP_FX if low == high else glp.GLP_DB
            glp.glp_set_row_bnds(problem, row, kind, float(low), float(high))
            count = len(coefficients)
            index, value = glp.intArray(count + 1), glp.doubleArray(count + 1)
            for k, (column, a) in enumerate(coefficients.items(), start=1):
                index[k], value[k] = column + 1, float(a)
            glp.glp_set_mat_row(problem, row, count, index, value)
        self._parameters = glp.glp_iocp()
        glp.glp_init_iocp(self._parameters)
        self._parameters.presolve = glp.GLP_ON  # solves the LP relaxation itself
        self._parameters.msg_lev = glp.GLP_MSG_OFF
        self._seen: dict[Expr, set[int]] = {expr: set() for _name, _where, expr in targets}

    def __del__(self) -> None:
        problem = getattr(self, "_problem", None)
        if problem is not None:
            self._glp.glp_delete_prob(problem)

    def pinned(self) -> list[Pinned]:
        # Group objectives first: push all unsettled cells at once, each up or down by a
        # random sign (a row whose sum is shown needs some cells up and some down); every
        # cell that moves is settled. Repeat while that settles any (a round more without
        # progress, with new signs); the rest get programs of their own.
        signs = random.Random(0)  # noqa: S311 - a search heuristic, not a secret
        idle = 0
        while idle < 2:
            open_exprs = [e for e, values in self._seen.items() if not _settled(values)]
            if not open_exprs:
                return []
            costs = [0.0] * self._n
            for expr in open_exprs:
                sign = signs.choice((-1.0, 1.0))
                for k in expr:
                    costs[k] += sign
            self._solve(costs, maximize=False)
            idle = idle + 1 if all(not _settled(self._seen[e]) for e in open_exprs) else 0
        found = []
        for name, where, expr in self._targets:
            if _settled(self._seen[expr]):
                continue
            least = self._bound(expr, maximize=False)
            if _settled(self._seen[expr]):
                continue
            most = self._bound(expr, maximize=True)
            if least == most and 1 <= least <= 10:
                found.append(Pinned(name, where, least))
        return found

    def _solve(self, costs: list[float], *, maximize: bool) -> int:
        glp, problem = self._glp, self._problem
        for column, cost in enumerate(costs, start=1):
            glp.glp_set_obj_coef(problem, column, cost)
        glp.glp_set_obj_dir(problem, glp.GLP_MAX if maximize else glp.GLP_MIN)
        failed = glp.glp_intopt(problem, self._parameters)
        if failed or glp.glp_mip_status(problem) != glp.GLP_OPT:
            raise AuditError("the released reports contradict each other")
        values = [round(glp.glp_mip_col_val(problem, j)) for j in range(1, self._n + 1)]
        if _feasible(self._model.rows, values):  # a witness only when exactly feasible
            for expr, seen in self._seen.items():
                seen.add(sum(values[k] for k in expr))
        objective: float = glp.glp_mip_obj_val(problem)
        return round(objective)

    def _bound(self, expr: Expr, *, maximize: bool) -> int:
        costs = [0.0] * self._n
        for k in expr:
            costs[k] = 1.0
        return self._solve(costs, maximize=maximize)


def _settled(values: set[int]) -> bool:
    """Whether witnesses already show a cell harmless: two values (not pinned), or a
    value of 0 or 11 and more (if pinned, pinned there, which could have been shown)."""
    return len(values) > 1 or any(not 1 <= v <= 10 for v in values)


def _connected(releases: Sequence[Released], wanted: set[str]) -> list[Released]:
    """The audited releases and every release that shares an unknown with them
    (transitively); the rest share none, so they cannot change any bound."""
    keep = [r for r in releases if r.name in wanted]
    months = {m for r in keep if r.exact for m in r.months}
    grown = True
    while grown:
        grown = False
        for release in releases:
            if release.exact and release not in keep and months & set(release.months):
                keep.append(release)
                months |= set(release.months)
                grown = True
    return keep


def publish(
    grids: Sequence[Sequence[Sequence[Cell]]],
    links: Sequence[Sequence[Where]],
    shape: Shape,
    months: tuple[str, ...],
    *,
    exact: bool,
    earlier: Sequence[Released] = (),
) -> list[list[list[Cell]]]:
    """`suppress`, then withhold more cells until the exact audit pins nothing.

    Args:
        grids: the tables with margins, as for `suppress`.
        links: cells that hold the same quantity, as for `suppress`.
        shape: the tables' structure.
        months: the period.
        exact: whether the counts are true counts (no noise).
        earlier: releases the new one could be combined with (from the ledger).

    Each round withholds, for every pinned cell, the cheapest shown cell on its row or
    column (inner cells before totals, so a row of "<11" whose shown total forces each
    to 1 loses its total), or, when all of them are hidden already, turns its lines'
    "<11" cells into "*" (which promises no lower bound); failing both, its table's
    cheapest shown cell, and failing that every cell. Every round withholds at least one
    more cell, so it ends (at worst all hidden).

    Raises:
        AuditError: a count is pinned even with every cell of this report hidden.
    """
    withhold: set[Where] = set()
    group_of = {w: group for group in links for w in group}
    while True:
        published = suppress(grids, links, withhold)
        new = Released("new", months, _frozen(published), exact)
        found = pinned_cells([*earlier, new], shape, audit=["new"])
        if not found:
            return published
        before = len(withhold)
        for pin in found:
            withhold |= _more_to_withhold(published, pin.where, withhold)
        for where in list(withhold):
            withhold |= set(group_of.get(where, ()))
        if len(withhold) == before:
            # Pinned from outside its own tables: withhold every cell (the report then
            # says nothing); if even that is pinned, earlier releases disclose it.
            everything = {
                (g, r, c)
                for g, grid in enumerate(grids)
                for r in range(len(grid))
                for c in range(len(grid[0]))
            }
            if withhold >= everything:
                raise AuditError("earlier releases pin a count that this report cannot hide")
            withhold = everything


def _frozen(grids: Sequence[Sequence[Sequence[Cell]]]) -> tuple[tuple[tuple[Cell, ...], ...], ...]:
    return tuple(tuple(tuple(row) for row in grid) for grid in grids)


def _more_to_withhold(
    published: list[list[list[Cell]]], where: Where, withhold: set[Where]
) -> set[Where]:
    g, r, c = where
    grid = published[g]
    line = [(g, r, cc) for cc in range(len(grid[0]))] + [(g, rr, c) for rr in range(len(grid))]
    shown = [w for w in line if isinstance(grid[w[1]][w[2]], int)]
    if shown:
        return {min(shown, key=lambda w: _cost(grid, w))}
    small = {w for w in line if grid[w[1]][w[2]] == SMALL and w not in withhold}
    if small:
        return small
    rest = [
        (g, rr, cc)
        for rr in range(len(grid))
        for cc in range(len(grid[0]))
        if isinstance(grid[rr][cc], int) or (grid[rr][cc] == SMALL and (g, rr, cc) not in withhold)
    ]
    return {min(rest, key=lambda w: _cost(grid, w))} if rest else set()


def _cost(grid: list[list[Cell]], where: Where) -> tuple[int, int, int]:
    _g, r, c = where
    value = grid[r][c]
    margin = r == len(grid) - 1 or c == len(grid[0]) - 1
    # Shown counts before "<11" ones (a "<11" turned "*" loses the most meaning), then
    # inner cells before totals, then the smallest count.
    return (int(not isinstance(value, int)), int(margin), value if isinstance(value, int) else 0)

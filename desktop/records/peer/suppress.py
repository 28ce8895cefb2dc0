"""Small-cell suppression with complementary suppression, for tables with margins.

A table here is a grid whose last row and last column are totals (the column totals, the
row totals and the grand total). Every line -- each row and each column, the totals row
and column included -- obeys one equation: its inner cells add up to its total cell.

Primary suppression: every count from 1 to 10 is shown as `SMALL` ("<11"); zero is shown.
Complementary suppression hides more cells, shown as `WITHHELD` ("*": hidden, any count),
until nobody can work a hidden cell out from what is shown. Three rules are applied,
cheapest first, and repeated until none of them changes a cell (a fixed point; each round
hides a cell or turns a "<11" into "*", so it ends):

1. Lines: a line with exactly one hidden cell gets a second one (the cheapest shown cell
   in it: an inner cell before a total, a non-zero count before a zero, the smallest
   first). Without this, the line's equation gives the hidden cell away at once.
2. Linear algebra: negate the total cells and every line sums to zero, so the hidden
   cells form a bipartite graph (line nodes, cell edges) and a hidden cell's value is
   fixed by the shown cells exactly when its edge is a bridge (lies on no cycle).
   For a bridge, a shown cell joining the two sides is hidden, closing a cycle.
3. Ranges: an attacker also knows that "<11" means 1..10 and that no count is negative.
   Interval propagation over every line's equation (iterated) must not narrow a hidden
   count from 1 to 10 (or one the publisher does not know) to a single value; a pinned 0
   or large count is harmless, as it could have been shown. If one is pinned, one more
   cell on its lines is hidden (else elsewhere in its tables), or -- when
   all of them are hidden already (ten "<11" rows under a "<11" total are all 1) -- the
   "<11" cells on those lines are shown as "*", which promises no lower bound.

So "*" may hold any count, a small one included; an attacker cannot assume it is large.
Several grids may share cells (the contacts per month appear as the column totals of
every one-per-contact table): `links` name such cells, and they are hidden together.
Cells the publisher does not know (a merge of suppressed reports) come in as markers and
are treated as already hidden.

Limits, stated: rule 3 is interval propagation, not a full integer-programming audit; it
is fast and settles most tables. `audit.publish` then runs the exact audit (integer
programs, GLPK) and asks for more cells to be withheld until no hidden cell is pinned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

SMALL: Final = "<11"  # a count from 1 to 10
WITHHELD: Final = "*"  # hidden so that another hidden count cannot be worked out
THRESHOLD: Final = 11
MARKERS: Final = frozenset({SMALL, WITHHELD})
_INF: Final = float("inf")
_ROUNDS: Final = 60  # interval propagation rounds; report-sized tables settle in a few

Cell = int | str  # an exact count (0 or >= 11), SMALL or WITHHELD
Where = tuple[int, int, int]  # grid, row, column


def is_small(value: int) -> bool:
    """Whether a count must be suppressed: 1 to 10."""
    return 1 <= value < THRESHOLD


@dataclass
class _State:
    grids: list[list[list[Cell]]]
    links: list[list[Where]]
    truth: list[list[list[Cell]]]  # what the publisher knows: a count, or a marker

    def sensitive(self, where: Where) -> bool:
        """Whether learning this cell's value would disclose something: a count from 1
        to 10, or a count the publisher does not know (it might be one)."""
        g, r, c = where
        value = self.truth[g][r][c]
        return isinstance(value, str) or is_small(value)

    def linked_grids(self, g: int) -> set[int]:
        grids = {g}
        for group in self.links:
            if any(w[0] == g for w in group):
                grids |= {w[0] for w in group}
        return grids

    def lines(self, g: int) -> Iterable[list[Where]]:
        grid = self.grids[g]
        rows, cols = len(grid), len(grid[0])
        for r in range(rows):
            yield [(g, r, c) for c in range(cols)]
        for c in range(cols):
            yield [(g, r, c) for r in range(rows)]

    def all_lines(self) -> Iterable[list[Where]]:
        for g in range(len(self.grids)):
            yield from self.lines(g)

    def value(self, where: Where) -> Cell:
        g, r, c = where
        return self.grids[g][r][c]

    def hidden(self, where: Where) -> bool:
        return isinstance(self.value(where), str)

    def hide(self, where: Where, marker: str = WITHHELD) -> None:
        g, r, c = where
        if not self.hidden(where):
            self.grids[g][r][c] = marker

    def cost(self, where: Where) -> tuple[int, int, int]:
        g, r, c = where
        value = self.value(where)
        if not isinstance(value, int):
            raise TypeError("only a shown count has a cost")
        grid = self.grids[g]
        margin = r == len(grid) - 1 or c == len(grid[0]) - 1
        return (int(margin), int(value == 0), value)

    def hide_cheapest(self, candidates: Iterable[Where]) -> bool:
        shown = [w for w in candidates if not self.hidden(w)]
        if not shown:
            return False
        self.hide(min(shown, key=self.cost))
        return True

    def sync_links(self) -> bool:
        changed = False
        for group in self.links:
            markers = [self.value(w) for w in group if self.hidden(w)]
            if markers and len(markers) < len(group):
                marker = SMALL if SMALL in markers else WITHHELD
                for where in group:
                    self.hide(where, marker)
                changed = True
        return changed


def suppress(
    grids: Sequence[Sequence[Sequence[Cell]]],
    links: Sequence[Sequence[Where]] = (),
    withhold: Iterable[Where] = (),
) -> list[list[list[Cell]]]:
    """The grids as they may be published: primary and complementary suppression applied.

    Args:
        grids: tables with margins (last row and column are totals); a cell is a count,
            or a marker for a count the publisher does not know exactly.
        links: groups of cells, in different grids, that hold the same quantity.
        withhold: cells to show as `WITHHELD` whatever they hold (the exact audit in
            `audit.publish` asks for these when the rules below left a cell pinned).

    Returns:
        New grids where every cell is 0, a count of at least 11, `SMALL` or `WITHHELD`.
    """
    state = _State(
        [[[_primary(v) for v in row] for row in grid] for grid in grids],
        [list(group) for group in links],
        [[list(row) for row in grid] for grid in grids],
    )
    for g, r, c in withhold:
        state.grids[g][r][c] = WITHHELD
    state.sync_links()
    while True:
        if _lines_rule(state) or state.sync_links():
            continue
        if _bridge_rule(state) or state.sync_links():
            continue
        if _range_rule(state) or state.sync_links():
            continue
        return state.grids


def _primary(value: Cell) -> Cell:
    if isinstance(value, str):
        if value not in MARKERS:
            raise ValueError(f"unknown cell marker {value!r}")
        return value
    if value < 0:
        raise ValueError("a count cannot be negative")
    return SMALL if is_small(value) else value


def _lines_rule(state: _State) -> bool:
    changed = False
    for line in state.all_lines():
        if sum(state.hidden(w) for w in line) == 1:
            changed |= state.hide_cheapest(line)
    return changed


def _bridge_rule(state: _State) -> bool:
    for g, grid in enumerate(state.grids):
        edges = [
            (r, c) for r in range(len(grid)) for c in range(len(grid[0])) if state.hidden((g, r, c))
        ]
        for r, c in _bridges(edges):
            rest = [e for e in edges if e != (r, c)]
            side_a = _reachable(("r", r), rest)
            side_b = _reachable(("c", c), rest)
            cross = [
                (g, rr, cc)
                for rr in range(len(grid))
                for cc in range(len(grid[0]))
                if (("r", rr) in side_a and ("c", cc) in side_b)
                or (("r", rr) in side_b and ("c", cc) in side_a)
            ]
            if state.hide_cheapest(cross) or state.hide_cheapest(
                w for line in state.lines(g) if (g, r, c) in line for w in line
            ):
                return True
            _hide_grid(state, g)  # nothing left to close a cycle with: publish no cell
            return True
    return False


def _hide_grid(state: _State, g: int) -> None:
    for line in state.lines(g):
        for where in line:
            state.hide(where)


Node = tuple[str, int]


def _adjacency(edges: Iterable[tuple[int, int]]) -> dict[Node, list[Node]]:
    adjacent: dict[Node, list[Node]] = {}
    for r, c in edges:
        adjacent.setdefault(("r", r), []).append(("c", c))
        adjacent.setdefault(("c", c), []).append(("r", r))
    return adjacent


def _reachable(start: Node, edges: Iterable[tuple[int, int]]) -> set[Node]:
    adjacent = _adjacency(edges)
    seen, todo = {start}, [start]
    while todo:
        for nxt in adjacent.get(todo.pop(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _bridges(edges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The edges on no cycle (Tarjan's low-link), in a simple bipartite graph."""
    adjacent = _adjacency(edges)
    order: dict[Node, int] = {}
    low: dict[Node, int] = {}
    found: list[tuple[int, int]] = []

    def visit(node: Node, parent: Node | None) -> None:
        order[node] = low[node] = len(order)
        for nxt in adjacent[node]:
            if nxt == parent:
                continue  # simple graph: the one edge back to the parent is the tree edge
            if nxt in order:
                low[node] = min(low[node], order[nxt])
                continue
            visit(nxt, node)
            low[node] = min(low[node], low[nxt])
            if low[nxt] > order[node]:
                row, col = (node, nxt) if node[0] == "r" else (nxt, node)
                found.append((row[1], col[1]))

    for node in adjacent:
        if node not in order:
            visit(node, None)
    return found


def _range_rule(state: _State) -> bool:
    changed = False
    done: set[int] = set()
    for where in disclosed_cells(state.grids, state.links):
        g = where[0]
        if g in done or not state.sensitive(where):
            continue  # a pinned 0 or large count could have been shown anyway
        done.add(g)  # one fix per table per round: one cause often pins several cells
        cells = [w for line in state.lines(g) if where in line for w in line]
        if state.hide_cheapest(cells):
            changed = True
        elif any(state.value(w) == SMALL for w in cells):
            # Everything on its lines is hidden and the cell is still pinned by what "<11"
            # says (at least 1): show those small counts as "*", which promises nothing.
            for w in cells:
                if state.value(w) == SMALL:
                    state.grids[w[0]][w[1]][w[2]] = WITHHELD
            changed = True
        else:  # pinned from further away: hide more of its tables, cheapest first
            changed |= state.hide_cheapest(
                w
                for other in sorted(state.linked_grids(g))
                for line in state.lines(other)
                for w in line
            )
    return changed


def disclosed_cells(
    grids: Sequence[Sequence[Sequence[Cell]]], links: Sequence[Sequence[Where]] = ()
) -> dict[Where, int]:
    """Hidden cells an attacker can pin to one value by interval propagation, and the
    value (the true one: every step is a sound deduction).

    The attacker reads the shown counts, knows `SMALL` means 1..10 and `WITHHELD` means
    0 or at least 11, and repeatedly narrows each hidden cell through every line's
    equation. Linked cells are one unknown.
    """
    variable: dict[Where, Where] = {}
    for group in links:
        for where in group:
            variable[where] = group[0]
    low: dict[Where, float] = {}
    high: dict[Where, float] = {}
    equations: list[tuple[dict[Where, int], float]] = []
    for g, grid in enumerate(grids):
        rows, cols = len(grid), len(grid[0])
        lines = [[(g, r, c) for c in range(cols)] for r in range(rows)]
        lines += [[(g, r, c) for r in range(rows)] for c in range(cols)]
        for line in lines:
            coefficients: dict[Where, int] = {}
            constant = 0.0
            for i, where in enumerate(line):
                sign = -1 if i == len(line) - 1 else 1
                value = grid[where[1]][where[2]]
                if isinstance(value, int):
                    constant -= sign * value
                    continue
                var = variable.get(where, where)
                coefficients[var] = coefficients.get(var, 0) + sign
                if value == SMALL:
                    low[var], high[var] = max(low.get(var, 1), 1), min(high.get(var, 10), 10)
                else:
                    low.setdefault(var, 0)
                    high.setdefault(var, _INF)
            equations.append(({v: a for v, a in coefficients.items() if a}, constant))
    _propagate(equations, low, high)
    return {w: int(low[w]) for w in sorted(low) if low[w] == high[w]}


def _propagate(
    equations: list[tuple[dict[Where, int], float]],
    low: dict[Where, float],
    high: dict[Where, float],
) -> None:
    for _round in range(_ROUNDS):
        changed = False
        for coefficients, constant in equations:
            # Sums of every term's least and most value, keeping infinities apart so that
            # one term can be taken out again (inf - inf has no value).
            spans = {v: sorted((a * low[v], a * high[v])) for v, a in coefficients.items()}
            least = sum(s[0] for s in spans.values() if s[0] != -_INF)
            least_inf = sum(s[0] == -_INF for s in spans.values())
            most = sum(s[1] for s in spans.values() if s[1] != _INF)
            most_inf = sum(s[1] == _INF for s in spans.values())
            for var, a in coefficients.items():
                own_least, own_most = spans[var]
                others_least = (
                    -_INF
                    if least_inf - (own_least == -_INF)
                    else least - (own_least if own_least != -_INF else 0)
                )
                others_most = (
                    _INF
                    if most_inf - (own_most == _INF)
                    else most - (own_most if own_most != _INF else 0)
                )
                # a * x = constant - (the others' sum)
                bounds = sorted(((constant - others_most) / a, (constant - others_least) / a))
                new_low, new_high = max(low[var], bounds[0]), min(high[var], bounds[1])
                if (new_low, new_high) != (low[var], high[var]) and new_low <= new_high:
                    low[var], high[var] = new_low, new_high
                    changed = True
        if not changed:
            return

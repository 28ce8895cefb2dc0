"""Noise is drawn once per period and epsilon: pressing Preview again shows the same draw.

Were every Preview a new draw, a supporter could press it until the figures looked
"right" and export that one. Choosing among k draws by what they show is a different
mechanism from the one the report states, and can cost up to k times its epsilon. So the
first noised draw for a period and epsilon is kept in the vault (settings table, beside
the true counts it was drawn from) and every later Preview of that period and epsilon
reuses it, whatever the label. Only when the counts change (a contact logged or edited
in the period) is a new draw made, because the old one no longer describes the log.

A release forgets the draws of its months: they can never be released again.

Every function runs vault queries: in the app, on the worker thread only.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from typing import Any, Final

from desktop.records.peer.report import SENSITIVITY, Noise
from desktop.vault_queries import VaultQueries

log = logging.getLogger(__name__)

DRAWS_KEY: Final = "peer_report_noise_draws"
_UPSERT: Final = (
    "INSERT INTO settings (key, value) VALUES (?, ?) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)

Grids = list[list[list[int]]]
Draw = Callable[[Grids, float], tuple[Grids, Noise]]


def _name(months: tuple[str, ...], epsilon: float) -> str:
    return f"{months[0]}..{months[-1]}@{epsilon!r}"


def _digest(inner: Grids) -> str:
    return hashlib.sha256(json.dumps(inner, separators=(",", ":")).encode()).hexdigest()


def _load(conn: Any) -> dict[str, Any]:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (DRAWS_KEY,)).fetchone()
    if row is None:
        return {}
    try:
        kept = json.loads(row[0])
    except ValueError:
        kept = None
    if not isinstance(kept, dict):
        log.warning("the kept noise draws are unreadable; starting afresh")
        return {}
    return kept


def _valid(entry: Any, shape: Grids) -> bool:
    """A kept draw fits the report's shape (a damaged one is drawn anew, never used)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("noisy"), list):
        return False
    noisy = entry["noisy"]
    return len(noisy) == len(shape) and all(
        isinstance(grid, list) and len(grid) == len(want)
        and all(isinstance(row, list) and len(row) == len(w)
                and all(type(v) is int and v >= 0 for v in row)
                for row, w in zip(grid, want, strict=True))
        for grid, want in zip(noisy, shape, strict=True))


def noised(vault: VaultQueries, months: tuple[str, ...], epsilon: float, inner: Grids,
           draw: Draw) -> tuple[Grids, Noise]:
    """`inner` (the true counts of `months`) with noise for `epsilon`: the kept draw when
    one was made for the same period, epsilon and counts, else `draw`'s, kept."""
    name, digest = _name(months, epsilon), _digest(inner)
    with vault.transaction() as conn:  # read and written in one transaction
        kept = _load(conn)
        entry = kept.get(name)
        if isinstance(entry, dict) and entry.get("counts") == digest and _valid(entry, inner):
            return entry["noisy"], Noise(epsilon=epsilon, scale=SENSITIVITY / epsilon)
        noisy, noise = draw(inner, epsilon)
        kept[name] = {"counts": digest, "noisy": noisy}
        conn.execute(_UPSERT, (DRAWS_KEY, json.dumps(kept, sort_keys=True)))
        return noisy, noise


def forget_months(conn: Any, months: tuple[str, ...]) -> None:
    """Drop every kept draw sharing a month with `months` (inside the caller's transaction)."""
    kept = _load(conn)
    left = {name: entry for name, entry in kept.items()
            if not _shares(name, set(months))}
    if left != kept:
        conn.execute(_UPSERT, (DRAWS_KEY, json.dumps(left, sort_keys=True)))


def _shares(name: str, months: set[str]) -> bool:
    first, _, rest = name.partition("..")
    last = rest.partition("@")[0]
    return any(first <= month <= last for month in months)  # "YYYY-MM" sorts as dates

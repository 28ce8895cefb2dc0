"""How the search index answers the filters, in the index's own columns.

Each resource's facts are kept twice: as tokens in the full-text index's `flags` column
("xmodtext", "xstateny", "xisfree": letters only, so the tokenizer keeps each whole), and
as columns of the `fact` table (a set as ",a,b,", so `instr` finds one member). With typed
words FTS5 intersects the flag tokens itself, which is far quicker on a large directory
than joining every match to the facts; with nothing typed and many passing, the `fact`
table is read in the list's order. "Open now" depends on the clock: here it is only "has
hours", and the caller checks the clock on what is left (see `open_hours`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from referral_directory.hours import may_open
from referral_directory.model import NATIONAL, Filters, Resource

TEXT_COLUMNS: Final = "{name organization description terms}"  # what typed words search


def flag(kind: str, value: str) -> str:
    """A filter's token in the flags column: letters only, so the tokenizer keeps it whole."""
    return "x" + kind + "".join(c for c in value.casefold() if c.isalnum())


def flags_of(resource: Resource) -> str:
    """The flags column of `resource`: a token for each fact a filter asks about."""
    return _flags(
        resource.modalities,
        resource.states,
        resource.serves,
        resource.is_free,
        resource.employer_told == "never",
        resource.licensing_exposure == "none",
        may_open(resource),
    )


@lru_cache(maxsize=4096)  # a large directory repeats a few hundred combinations of facts
def _flags(
    modalities: frozenset[str],
    states: frozenset[str],
    serves: frozenset[str],
    free: bool,
    employer_never: bool,
    licensing_none: bool,
    hours: bool,
) -> str:
    words = [flag("mod", m) for m in modalities]
    words += [flag("state", s) for s in states]
    words += [flag("serves", s) for s in serves]
    if free:
        words.append(flag("is", "free"))
    if employer_never:
        words.append(flag("is", "employernever"))
    if licensing_none:
        words.append(flag("is", "licensingnone"))
    if hours:
        words.append(flag("is", "hours"))
    return " ".join(sorted(words))


def flags_match(filters: Filters) -> str | None:
    """The filters as an FTS5 expression on the flags column ("open now": has hours).

    With typed words, FTS5 intersects the filters' lists itself, which is far quicker on
    a large directory than joining every match to the facts table.
    """
    parts = []
    if filters.open_now:
        parts.append(flag("is", "hours"))
    if filters.free_only:
        parts.append(flag("is", "free"))
    if filters.employer_never:
        parts.append(flag("is", "employernever"))
    if filters.licensing_none:
        parts.append(flag("is", "licensingnone"))
    if filters.modalities:
        parts.append("(" + " OR ".join(flag("mod", m) for m in sorted(filters.modalities)) + ")")
    if filters.state:
        state = flag("state", filters.state)
        parts.append(f"({state} OR {flag('state', NATIONAL)})")
    if filters.serves:
        serves = flag("serves", filters.serves)
        parts.append(f"({serves} OR {flag('serves', 'all_health_workers')})")
    return "{flags} : (" + " AND ".join(parts) + ")" if parts else None


def with_flags(expression: str, filters: Filters) -> str:
    """Typed words (in the text columns only) and the filters, as one MATCH expression."""
    flags = flags_match(filters)
    text = f"{TEXT_COLUMNS} : ({expression})"
    return text if flags is None else f"{text} AND {flags}"


def set_text(values: frozenset[str]) -> str:
    """A set as a `fact` column: ",a,b," (so `instr` finds ",a," and never part of a word)."""
    return "," + ",".join(sorted(values)) + ","


def filter_sql(filters: Filters) -> tuple[str, list[object]]:
    """The filters as a WHERE clause on the `fact` table, and its parameters.

    The clause is built from fixed text only; every value is a bound parameter.
    """
    clauses = ["1"]
    params: list[object] = []
    if filters.free_only:
        clauses.append("fact.free")
    if filters.employer_never:
        clauses.append("fact.employer_never")
    if filters.licensing_none:
        clauses.append("fact.licensing_none")
    if filters.open_now:
        clauses.append("fact.hours")  # a candidate; its hours are checked in Python
    if filters.modalities:
        ors = " OR ".join("instr(fact.modalities, ?)" for _ in filters.modalities)
        clauses.append(f"({ors})")
        params += [f",{m}," for m in sorted(filters.modalities)]
    if filters.state:
        clauses.append("(instr(fact.states, ?) OR instr(fact.states, ?))")
        params += [f",{filters.state.upper()},", f",{NATIONAL},"]
    if filters.serves:
        clauses.append("(instr(fact.serves, ?) OR instr(fact.serves, ',all_health_workers,'))")
        params.append(f",{filters.serves},")
    return " AND ".join(clauses), params

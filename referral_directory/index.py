"""Search as you type: an SQLite FTS5 index in memory over names, descriptions and facts.

The index lives in a `:memory:` database (standard-library `sqlite3`), so nothing about
what a person searches for touches the disk. Each keystroke's words become prefix
queries ("pan" finds "panic"; a Spanish word finds its English terms too, and a person's
word for what the services help with finds the services' words: see `query`); the facts
filters are tokens in the index and SQL on a side table (see `flags`), so even a
one-letter query over a large directory stays fast. Only "open now", which depends on
the clock, is checked in Python on what the other filters left, and only for resources
that have hours at all (a flag in the index), from hours kept in memory: no resource is
read for it. With nothing typed, the list's order (988 first, then by name) is kept as
each resource's place in it, so a few matches are sorted in Python rather than found by
walking the whole list in order. A risk word puts every crisis line first and 988
whatever the filters: it never finds nothing.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Final

from referral_directory.flags import (
    filter_sql,
    flags_match,
    flags_of,
    set_text,
    with_flags,
)
from referral_directory.hours import may_open
from referral_directory.model import NO_FILTERS, Filters, Resource
from referral_directory.open_hours import OpenHours
from referral_directory.query import Typed, read
from referral_directory.ranking import OTHER_POSITION, list_position
from referral_directory.tagging import Tagger

RANKED_MAX: Final = 5_000  # up to this many resources, results are ordered by relevance
# With nothing typed and at least this many passing the filters, the list is read in order
# up to the limit (a few rows skipped per result); fewer are fetched whole and sorted.
_DENSE: Final = 2_000
_LIST_ORDER: Final = "ORDER BY position, name, id"
# bm25 column weights: a hit in the name matters most, then the organization, the facts;
# the flags column (the filters' tokens) never counts.
_WEIGHTS: Final = "10.0, 3.0, 1.0, 2.0, 0.0"
_FACT_WORDS: Final = {
    "call": "call phone",
    "text": "text sms message",
    "chat": "chat online",
    "video": "video online",
    "in_person": "in person",
    "free": "free no cost",
    "physicians": "physicians doctors",
    "nurses": "nurses nursing",
    "students": "students",
    "trainees": "residents fellows interns trainees",
    "all_health_workers": "all health workers nurses physicians doctors students",
}


def _terms(resource: Resource, tagger: Tagger) -> str:
    """The facts' words, then the concepts its words speak to (see `tagging`)."""
    r = resource
    facts = _fact_words(
        r.modalities, r.serves, r.is_free, r.crisis, r.licensing_exposure == "none", r.languages
    )
    text = f"{resource.name} {resource.organization} {resource.description}"
    return " ".join([facts, *tagger.tags(text, facts)])


@lru_cache(maxsize=4096)  # a large directory repeats a few hundred combinations of facts
def _fact_words(
    modalities: frozenset[str],
    serves: frozenset[str],
    free: bool,
    crisis: bool,
    licensing_none: bool,
    languages: tuple[str, ...],
) -> str:
    words = [_FACT_WORDS.get(m, m) for m in sorted(modalities)]
    words += [_FACT_WORDS.get(s, s) for s in sorted(serves)]
    if free:
        words.append(_FACT_WORDS["free"])
    if crisis:
        words.append("crisis emergency urgent")
    if licensing_none:
        words.append("confidential licensing board")
    words += languages
    return " ".join(words)


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH text for what was typed: every word as a quoted prefix (None: empty).

    A Spanish word also matches its English terms ("ansiedad": "ansiedad" or "anxi"), and
    a person's word for what the services help with matches the services' words
    ("anxiety": "mental health", "counsel"...); see `query`.
    """
    return read(query).expression


class SearchIndex:
    """An in-memory full-text index over a fixed list of resources."""

    def __init__(self, resources: Sequence[Resource]) -> None:
        self._resources: Sequence[Resource] = list(resources)
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        # A large directory is never ranked by relevance (see `search`), so its index keeps
        # neither the text (contentless) nor word positions: a third of the size, which is
        # what a cached start reads and checks.
        lean = ", content = '', detail = column" if len(self._resources) > RANKED_MAX else ""
        self._db.executescript(
            f"""
            CREATE VIRTUAL TABLE doc USING fts5(
                name, organization, description, terms, flags,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'{lean});
            CREATE TABLE fact (
                id INTEGER PRIMARY KEY, free INTEGER, employer_never INTEGER,
                licensing_none INTEGER, modalities TEXT, states TEXT, serves TEXT,
                crisis INTEGER, name TEXT, position INTEGER, hours INTEGER);
            CREATE INDEX fact_order ON fact (position, name, id);
            """
        )
        tagger = Tagger()
        # Merged once, by 'optimize' below, rather than over and over as rows come in.
        self._db.execute("INSERT INTO doc(doc, rank) VALUES ('automerge', 0)")
        self._db.executemany(
            "INSERT INTO doc (rowid, name, organization, description, terms, flags) "
            "VALUES (?,?,?,?,?,?)",
            (
                (i, r.name, r.organization, r.description, _terms(r, tagger), flags_of(r))
                for i, r in enumerate(self._resources)
            ),
        )
        self._db.executemany(
            "INSERT INTO fact VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    i,
                    r.is_free,
                    r.employer_told == "never",
                    r.licensing_exposure == "none",
                    set_text(r.modalities),
                    set_text(r.states),
                    set_text(r.serves),
                    r.crisis,
                    r.name.casefold(),
                    list_position(r),  # 988 first, 911 never above it
                    may_open(r),
                )
                for i, r in enumerate(self._resources)
            ),
        )
        self._hours = OpenHours.of(self._resources)
        self._hours.store(self._db)
        self._place = array("i", bytes(4 * len(self._resources)))
        for place, (i,) in enumerate(self._db.execute(f"SELECT id FROM fact {_LIST_ORDER}")):  # noqa: S608
            self._place[i] = place
        self._db.execute("CREATE TABLE fact_place (places BLOB)")
        self._db.execute("INSERT INTO fact_place VALUES (?)", (self._place.tobytes(),))
        self._crisis: tuple[list[int], bool] | None = None  # found at the first risk word
        self._db.execute("INSERT INTO doc(doc) VALUES ('optimize')")
        self._db.execute("INSERT INTO doc(doc, rank) VALUES ('automerge', 4)")  # the default
        self._db.commit()

    @classmethod
    def adopt(cls, db: sqlite3.Connection, resources: Sequence[Resource]) -> SearchIndex:
        """The index already built in `db` (a cached directory, see `cache`), over `resources`."""
        index = cls.__new__(cls)
        index._resources = resources
        index._db = db
        index._hours = OpenHours.load(db)
        index._place = array("i")
        index._place.frombytes(db.execute("SELECT places FROM fact_place").fetchone()[0])
        index._crisis = None
        return index

    def _crisis_lines(self) -> tuple[list[int], bool]:
        """Every crisis line in the list's order, and whether the first is 988 (position 0)."""
        if self._crisis is None:
            # Crisis lines sort before every other resource: a range of the list's index.
            sql = f"SELECT id, position FROM fact WHERE position < ? AND crisis {_LIST_ORDER}"  # noqa: S608
            rows = self._db.execute(sql, [OTHER_POSITION]).fetchall()
            self._crisis = [i for i, _position in rows], bool(rows) and rows[0][1] == 0
        return self._crisis

    @property
    def database(self) -> sqlite3.Connection:
        """The in-memory database holding the index (the cache stores it whole)."""
        return self._db

    def __len__(self) -> int:
        return len(self._resources)

    def close(self) -> None:
        """Free the in-memory database."""
        self._db.close()

    def size_bytes(self) -> int:
        """The index's size in memory (pages times page size)."""
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        size = self._db.execute("PRAGMA page_size").fetchone()[0]
        return int(pages) * int(size)

    def search(
        self,
        query: str,
        filters: Filters = NO_FILTERS,
        now: datetime | None = None,
        limit: int | None = None,
    ) -> list[Resource]:
        """Resources matching every typed word as a prefix and every filter, best first.

        Args:
            query: what has been typed so far ("" lists everything: 988, Crisis Text
                Line, 911, any other crisis line, then the rest by name).
            filters: narrowing choices.
            now: the time for the open-now filter (default: the current local time).
            limit: at most this many results (None: all).
        """
        return self._pick(self._positions(read(query), filters, now, limit, counted=False)[0])

    def find(
        self, typed: Typed, filters: Filters, now: datetime | None, limit: int
    ) -> tuple[list[Resource], int]:
        """The first `limit` of `search`'s results and how many there are in all.

        `typed` is the query as `query.read` reads it (the caller also asks it whether a
        risk word was typed: read once). One pass: "open now" and a search with nothing
        typed read their matches once for both; only typed words over more than `limit`
        results are counted apart (in SQL).
        """
        ids, total = self._positions(typed, filters, now, limit, counted=True)
        return self._pick(ids), total

    def count(self, query: str, filters: Filters = NO_FILTERS, now: datetime | None = None) -> int:
        """How many resources `search` would return without a limit (the same rules)."""
        return self._positions(read(query), filters, now, 0, counted=True)[1]

    def open_positions(self, positions: Iterable[int], now: datetime | None = None) -> list[int]:
        """Those of `positions` open at `now` (default: the current local time), in order.

        From the hours kept in memory (see `open_hours`), so no resource is read: a cached
        directory's resources are decoded from disk only for the results shown.
        """
        return self._hours.open_positions(positions, now)

    def _positions(
        self, typed: Typed, filters: Filters, now: datetime | None, limit: int | None,
        *, counted: bool,
    ) -> tuple[list[int], int]:
        """The first `limit` matching positions, and the total (when not `counted`: a floor)."""
        if typed.expression is None:
            return self._listed(filters, now, limit)
        if not typed.leads_with_988:
            return self._found(typed.expression, filters, now, limit, counted=counted)
        # A risk word: crisis lines first, 988 whatever the filters (or 988 alone, see `query`).
        first = self._leading(typed.risk, filters, now)
        more = None if limit is None else limit + len(first)
        found, total = self._found(typed.expression, filters, now, more, counted=counted)
        ids = first + [i for i in found if i not in first]  # a few crisis lines at most
        total += len(first) - len(self._among(first, typed.expression, filters, now))
        return (ids if limit is None else ids[:limit]), total

    def _found(self, expression: str, filters: Filters, now: datetime | None,
               limit: int | None, *, counted: bool) -> tuple[list[int], int]:  # fmt: skip
        if filters.open_now:  # every match is checked against the clock: counted for free
            return self._open_matching(expression, filters, now, limit)
        found = self._matching(expression, filters, limit)
        if not counted or limit is None or len(found) < limit:
            return found, len(found)
        # The full-text index alone counts, filters included, without building the results.
        sql = "SELECT count(*) FROM doc WHERE doc MATCH ?"
        return found, int(self._db.execute(sql, [with_flags(expression, filters)]).fetchone()[0])

    def _leading(self, risk: bool, filters: Filters, now: datetime | None) -> list[int]:
        """988 (whatever the filters), then, for a risk word, the crisis lines passing them."""
        crisis, starts_with_988 = self._crisis_lines()
        lead = crisis[:1] if starts_with_988 else []
        if not risk:
            return lead
        others = crisis[len(lead) :]
        if (flags := flags_match(filters)) is not None:
            others = self._matched_by(others, flags)
        if filters.open_now:
            others = self.open_positions(others, now)
        return lead + others

    def _among(self, positions: list[int], expression: str, filters: Filters,
               now: datetime | None) -> list[int]:  # fmt: skip
        """Those of (a few) `positions` that the typed words and every filter find."""
        found = self._matched_by(positions, with_flags(expression, filters))
        return self.open_positions(found, now) if filters.open_now else found

    def _matched_by(self, positions: list[int], match: str) -> list[int]:  # a few positions
        sql = "SELECT rowid FROM doc WHERE doc MATCH ? AND rowid = ?"
        return [i for i in positions if self._db.execute(sql, [match, i]).fetchone()]

    def _listed(
        self, filters: Filters, now: datetime | None, limit: int | None
    ) -> tuple[list[int], int]:
        """With nothing typed: those passing the filters in the list's order, and how many."""
        flags = flags_match(filters)
        if flags is None:  # no filter: the list itself
            return self._ids(f"SELECT id FROM fact {_LIST_ORDER}", [], limit), len(self)  # noqa: S608
        if not filters.open_now:
            sql = "SELECT count(*) FROM doc WHERE doc MATCH ?"
            total = int(self._db.execute(sql, [flags]).fetchone()[0])
            if total >= _DENSE:  # read in order, results come every few rows
                where, params = filter_sql(filters)
                # `where` is built from fixed clauses only; every value is a bound parameter.
                sql = f"SELECT id FROM fact WHERE {where} {_LIST_ORDER}"  # noqa: S608
                return self._ids(sql, params, limit), total
        # Few pass, or "open now" (only the clock says which): fetch them and sort.
        ids = [row[0] for row in self._db.execute("SELECT rowid FROM doc WHERE doc MATCH ?",
                                                   [flags])]  # fmt: skip
        if filters.open_now:
            ids = self.open_positions(ids, now)
        ids.sort(key=self._place.__getitem__)
        return (ids if limit is None else ids[:limit]), len(ids)

    def _open_matching(
        self, expression: str, filters: Filters, now: datetime | None, limit: int | None
    ) -> tuple[list[int], int]:
        """Typed words with "open now": every open match is counted, each read once."""
        if len(self._resources) <= RANKED_MAX:
            found = self.open_positions(self._matching(expression, filters, None), now)
            return (found if limit is None else found[:limit]), len(found)
        # As `_matching` orders a large directory (name hits first), but the name hits
        # are read only until `limit` of them are open.
        allowed = self._hours.open_at(now)
        sql = "SELECT rowid FROM doc WHERE doc MATCH ?"
        flags = flags_match(filters)
        first: list[int] = []
        if limit != 0:
            for (i,) in self._db.execute(sql, [f"{{name}} : ({expression}) AND {flags}"]):
                if i in allowed:
                    first.append(i)
                    if len(first) == limit:
                        break
        every = [i for (i,) in self._db.execute(sql, [with_flags(expression, filters)])
                 if i in allowed]  # fmt: skip
        if limit is None or len(first) < limit:
            seen = set(first)
            first += [i for i in every if i not in seen]
        return (first if limit is None else first[:limit]), len(every)

    def _matching(self, expression: str, filters: Filters, cap: int | None) -> list[int]:
        """Positions matching the typed words and every filter ("open now": those with hours)."""
        if len(self._resources) <= RANKED_MAX:
            sql = (
                "SELECT rowid FROM doc WHERE doc MATCH ? "  # noqa: S608 - fixed weights only
                f"ORDER BY bm25(doc, {_WEIGHTS}), rowid"
            )
            return self._ids(sql, [with_flags(expression, filters)], cap)
        # A large directory: sorting every match by relevance costs far more than a
        # keystroke may take, so name hits come first, then the rest, each in directory
        # order; SQLite stops reading at the limit.
        sql = "SELECT rowid FROM doc WHERE doc MATCH ?"
        flags = flags_match(filters)
        names = f"{{name}} : ({expression})" + (f" AND {flags}" if flags else "")
        ids = self._ids(sql, [names], cap)
        more = self._ids(
            sql, [with_flags(expression, filters)], None if cap is None else cap + len(ids)
        )
        seen = set(ids)
        ids += [i for i in more if i not in seen]
        return ids if cap is None else ids[:cap]

    def passing(self, filters: Filters) -> set[int]:
        """Positions (in the list indexed) of the resources passing every filter but open now.

        "Open now" depends on the clock; the caller checks it on what is left. The full-text
        index's filter tokens answer this without reading every resource's facts.
        """
        flags = flags_match(filters)
        if flags is not None:
            return {row[0] for row in self._db.execute(
                "SELECT rowid FROM doc WHERE doc MATCH ?", (flags,))}  # fmt: skip
        where, params = filter_sql(filters)
        sql = f"SELECT id FROM fact WHERE {where}"  # noqa: S608 - fixed clauses only
        return {row[0] for row in self._db.execute(sql, params)}

    def _pick(self, ids: list[int]) -> list[Resource]:
        many = getattr(self._resources, "many", None)  # a cached directory's: one query
        if many is not None:
            return list(many(ids))
        return [self._resources[i] for i in ids]

    def _ids(self, sql: str, params: list[object], limit: int | None) -> list[int]:
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        return [row[0] for row in self._db.execute(sql, params)]

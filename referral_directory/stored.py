"""The cached directory's resources: each as compact JSON, decoded only when shown.

`cache` keeps the whole built directory as one database; this is its `resource` table.
`Directory.cache_database` stores every resource with `add_resources`, and a directory
read back from the cache looks its resources up through `StoredResources`, a sequence that
turns rows back into `Resource`s only when asked for (a page shows a few hundred of 50,000).
The stored form is part of the cache's `FORMAT`: raise it when `encode` changes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Final, overload

from referral_directory.facts import share as _share
from referral_directory.model import Claim, Phone, Resource

_MEMO: Final = 16_384  # resources kept decoded (a page shows a few hundred; ~20 MB at most)


def encode(resource: Resource) -> str:
    """A resource as compact JSON (see `decode`)."""
    r = resource
    return json.dumps(
        [
            r.id, r.name, r.description, r.organization,
            [[p.number, p.label, p.kind, p.body] for p in r.phones],
            r.text_instructions, r.chat_url, r.website, r.hours_text, r.open_24_7,
            list(r.schedule), sorted(r.modalities), r.cost, r.employer_told,
            r.licensing_exposure, r.creates_treatment_record, sorted(r.states),
            list(r.languages), sorted(r.serves), r.crisis, r.what_happens, r.source_url,
            r.checked.isoformat(),
            [[c.kind, c.value, c.statement, c.source_url, c.checked.isoformat(), c.confirmed,
              c.method] for c in r.claims],
            r.origin,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )  # fmt: skip


def decode(text: str) -> Resource:
    """The resource `encode` wrote."""
    (rid, name, description, organization, phones, text_instructions, chat_url, website,
     hours_text, open_24_7, schedule, modalities, cost, employer_told, licensing_exposure,
     creates_record, states, languages, serves, crisis, what_happens, source_url, checked,
     claims, origin) = json.loads(text)  # fmt: skip
    made = object.__new__(Resource)  # frozen: filled as the dataclass would, faster
    made.__dict__.update(
        id=rid,
        name=name,
        description=description,
        organization=organization,
        phones=tuple(Phone(*p) for p in phones),
        text_instructions=text_instructions,
        chat_url=chat_url,
        website=website,
        hours_text=hours_text,
        open_24_7=open_24_7,
        schedule=tuple(schedule),
        modalities=_share(frozenset(modalities)),
        cost=cost,
        employer_told=employer_told,
        licensing_exposure=licensing_exposure,
        creates_treatment_record=creates_record,
        states=_share(frozenset(states)),
        languages=tuple(languages),
        serves=_share(frozenset(serves)),
        crisis=crisis,
        what_happens=what_happens,
        source_url=source_url,
        checked=date.fromisoformat(checked),
        claims=tuple(
            Claim(k, v, s, u, date.fromisoformat(d), ok, m) for k, v, s, u, d, ok, m in claims
        ),
        origin=origin,
    )
    return made


def add_resources(db: sqlite3.Connection, items: Sequence[Resource]) -> None:
    """Store every resource, by its position, in the database about to be cached."""
    db.execute("CREATE TABLE resource (position INTEGER PRIMARY KEY, id TEXT, data TEXT)")
    db.execute("CREATE INDEX resource_id ON resource (id)")
    db.executemany(
        "INSERT INTO resource VALUES (?, ?, ?)",
        ((i, r.id, encode(r)) for i, r in enumerate(items)),
    )
    db.commit()


class StoredResources(Sequence[Resource]):
    """The cached directory's resources, turned back into `Resource`s only when asked for."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._count = int(db.execute("SELECT count(*) FROM resource").fetchone()[0])
        self._memo: dict[int, Resource] = {}

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Resource: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Resource]: ...

    def __getitem__(self, index: int | slice) -> Resource | Sequence[Resource]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        found = self._memo.get(index)
        if found is not None:
            return found
        row = self._db.execute("SELECT data FROM resource WHERE position = ?", (index,)).fetchone()
        if row is None:
            raise IndexError(index)
        if len(self._memo) >= _MEMO:
            self._memo.clear()
        found = self._memo[index] = decode(row[0])
        return found

    def many(self, positions: Sequence[int]) -> list[Resource]:
        """The resources at `positions`, in that order (one query for those not decoded)."""
        wanted = [i for i in positions if i not in self._memo]
        if wanted:
            if len(self._memo) + len(wanted) > _MEMO:
                self._memo.clear()
            marks = ",".join("?" * len(wanted))
            sql = f"SELECT position, data FROM resource WHERE position IN ({marks})"  # noqa: S608
            for position, text in self._db.execute(sql, wanted):
                self._memo[position] = decode(text)
        return [self._memo[i] if i in self._memo else self[i] for i in positions]

    def __iter__(self) -> Iterator[Resource]:
        for position, text in self._db.execute("SELECT position, data FROM resource ORDER BY 1"):
            yield self._memo.get(position) or decode(text)

    def position(self, resource_id: str) -> int | None:
        """Where the resource with this id is (None when there is none)."""
        row = self._db.execute(
            "SELECT position FROM resource WHERE id = ? ORDER BY position LIMIT 1", (resource_id,)
        ).fetchone()
        return None if row is None else int(row[0])

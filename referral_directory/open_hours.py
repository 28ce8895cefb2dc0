"""Which resources are open at a moment, for a whole directory at once ("open now").

Checking each match's schedule rows at every keystroke costs microseconds a resource,
which a 50,000-service directory turns into a pause, and a cached directory would first
have to decode every match. Services share a few schedules ("Monday to Friday, 9 to 5"),
so the hours are kept grouped: each distinct schedule (what a row says, not its ids) is
read once, and resources with the same schedules (and the same 24/7 fact) form a group.
A moment then costs one check per distinct schedule and group, and a set lookup per
match. The groups' positions are stored packed in the cache: a cached start reads them
without parsing.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable
from datetime import datetime
from sqlite3 import Connection

from referral_directory.hours import OpenClock, WeeklyHours, may_open, read_row
from referral_directory.model import Resource

Group = tuple[bool, tuple[int, ...], "array[int]"]  # open 24/7, its rows' keys, its positions


class OpenHours:
    """The hours of every resource that has any, grouped by identical schedules."""

    def __init__(self, texts: list[str], groups: list[Group]) -> None:
        self._texts = texts  # a row for each distinct schedule, as JSON: its key is its place
        self._rows = [read_row(json.loads(text)) for text in texts]
        self._groups = groups
        self._memo: tuple[tuple[bool, ...], frozenset[int]] | None = None

    @classmethod
    def of(cls, resources: Iterable[Resource]) -> OpenHours:
        """The hours of `resources`, by their positions in that order."""
        keys: dict[WeeklyHours, int] = {}
        texts: list[str] = []
        found: dict[tuple[bool, tuple[int, ...]], array[int]] = {}
        for position, resource in enumerate(resources):
            if not may_open(resource):
                continue
            own = []
            for row in resource.schedule:
                hours = read_row(row)
                if hours is None:
                    continue  # never open: as if the row were not there
                if hours not in keys:  # rows differ in their ids, rarely in their hours
                    keys[hours] = len(texts)
                    texts.append(json.dumps(row))  # one row standing for all the same
                own.append(keys[hours])
            group = (resource.open_24_7, tuple(sorted(set(own))))
            found.setdefault(group, array("i")).append(position)
        return cls(texts, [(always, own, at) for (always, own), at in found.items()])

    def store(self, db: Connection) -> None:
        """Keep the hours in `db` (the cached directory's database), for `load`."""
        db.executescript(
            "CREATE TABLE hours_row (key INTEGER PRIMARY KEY, row TEXT);"
            "CREATE TABLE hours_group (always INTEGER, keys TEXT, positions BLOB);"
        )
        db.executemany("INSERT INTO hours_row VALUES (?, ?)", enumerate(self._texts))
        db.executemany(
            "INSERT INTO hours_group VALUES (?, ?, ?)",
            ((always, json.dumps(own), at.tobytes()) for always, own, at in self._groups),
        )

    @classmethod
    def load(cls, db: Connection) -> OpenHours:
        """The hours `store` kept in `db`."""
        texts = [row for (row,) in db.execute("SELECT row FROM hours_row ORDER BY key")]
        groups: list[Group] = []
        for always, own, blob in db.execute("SELECT always, keys, positions FROM hours_group"):
            at = array("i")
            at.frombytes(blob)
            groups.append((bool(always), tuple(json.loads(own)), at))
        return cls(texts, groups)

    def open_positions(self, positions: Iterable[int], now: datetime | None = None) -> list[int]:
        """Those of `positions` open at `now` (default: the current local time), in order."""
        allowed = self.open_at(now)
        return [i for i in positions if i in allowed]

    def open_at(self, now: datetime | None) -> frozenset[int]:
        """The positions open at `now` (default: the current local time)."""
        clock = OpenClock(now)
        rows = [row is not None and clock.open(False, (row,)) for row in self._rows]
        which = tuple(always or any(rows[k] for k in own) for always, own, _at in self._groups)
        if self._memo is not None and self._memo[0] == which:
            return self._memo[1]  # the same groups open as last time: typing goes on
        allowed = frozenset(
            p for is_open, (_a, _k, at) in zip(which, self._groups, strict=True) if is_open
            for p in at
        )
        self._memo = (which, allowed)
        return allowed

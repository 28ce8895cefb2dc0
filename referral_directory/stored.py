"""The cached directory's resources: compact JSON, each checked against its own SHA-256.

In the cache file (see `referral_directory.cache`) the resources' text follows the
database image, outside the HMAC; the image's `resource` table holds where each text is,
its length and its SHA-256. Opening a cache then authenticates only the image (about half
the file) and reads none of the text; a resource's text is read when it is first shown,
and used only if its SHA-256 is the one the authenticated image holds. This is a hash
tree of one level under the HMAC: a changed, moved or swapped text is refused exactly as
a changed image is (`Changed`), just when it is read rather than at start. The bytes
checked are the bytes used: a text is read into memory, checked, then decoded.

Before the cache is written (`Directory.cache_database`), the texts are kept in a second,
attached in-memory database (`texts`), so `VACUUM INTO` writes the image without them and
the writer appends them after it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import sqlite3
import threading
import weakref
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO, Final, overload

from referral_directory.facts import share as _share
from referral_directory.model import Claim, Phone, Resource

_MEMO: Final = 16_384  # resources kept decoded (a page shows a few hundred; ~20 MB at most)
_log = logging.getLogger(__name__)


class Changed(Exception):
    """A resource's text in the cache file is not what was written (changed since start)."""


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


def decode(text: str | bytes) -> Resource:
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
    """Store every resource, by its position, in the database about to be cached: where
    its text will be and its SHA-256 in `db`, the text itself in the attached `texts`."""
    db.execute("CREATE TABLE resource (position INTEGER PRIMARY KEY, id TEXT, at INTEGER, "
               "size INTEGER, digest BLOB)")  # fmt: skip
    db.execute("CREATE INDEX resource_id ON resource (id)")
    db.execute("ATTACH DATABASE ':memory:' AS texts")
    db.execute("CREATE TABLE texts.resource_text (position INTEGER PRIMARY KEY, data BLOB)")
    rows: list[tuple[int, str, int, int, bytes]] = []

    def texts() -> Iterator[tuple[int, bytes]]:  # one text in memory at a time, not 34 MB
        at = 0
        for i, r in enumerate(items):
            data = encode(r).encode("utf-8")
            rows.append((i, r.id, at, len(data), hashlib.sha256(data).digest()))
            at += len(data)
            yield i, data

    db.executemany("INSERT INTO texts.resource_text VALUES (?, ?)", texts())
    db.executemany("INSERT INTO resource VALUES (?, ?, ?, ?, ?)", rows)
    db.commit()


def texts_in_order(db: sqlite3.Connection) -> Iterator[bytes]:
    """The texts `add_resources` kept, in position order (what the writer appends)."""
    for (data,) in db.execute("SELECT data FROM texts.resource_text ORDER BY position"):
        yield bytes(data)


class TextSection:
    """The resources' texts in an open cache file: `size` bytes from `start`.

    The file stays open while the directory is in use (a cache rewritten meanwhile is a
    new file; this one's bytes stay readable on POSIX). On a mismatch the cache file is
    removed, so the next start rebuilds it from the signed bundle.
    """

    def __init__(self, file: BinaryIO, path: Path, start: int, size: int) -> None:
        self._file = file
        self._path = path
        self._start = start
        self._size = size
        self._lock = threading.Lock()  # where there is no pread, seek and read are a pair
        # Closed with the directory that reads it (no `close` is owed by anyone).
        self._closer = weakref.finalize(self, file.close)

    def read(self, at: int, size: int, digest: bytes) -> bytes:
        """The text at `at`, checked against `digest` (from the authenticated image).

        Raises:
            Changed: it is not there, or not what was written.
        """
        data = b""
        if at >= 0 and size >= 0 and at + size <= self._size:
            try:
                data = self._read_at(self._start + at, size)
            except OSError as exc:
                _log.warning("directory cache unreadable (%s)", type(exc).__name__)
        if len(data) != size or not hmac.compare_digest(hashlib.sha256(data).digest(), digest):
            _log.warning("directory cache changed while in use; rebuilt at the next start")
            with contextlib.suppress(OSError):
                self._path.unlink(missing_ok=True)
            raise Changed(self._path.name)
        return data

    def _read_at(self, at: int, size: int) -> bytes:
        if hasattr(os, "pread"):
            return os.pread(self._file.fileno(), size, at)
        with self._lock:  # Windows
            self._file.seek(at)
            return self._file.read(size)

    def close(self) -> None:
        self._closer()


class StoredResources(Sequence[Resource]):
    """The cached directory's resources, turned back into `Resource`s only when asked for.

    Args:
        texts: the open cache file's texts; None: they are in `db`'s attached `texts` (a
            directory about to be cached, or tests).
    """

    def __init__(self, db: sqlite3.Connection, texts: TextSection | None = None) -> None:
        self._db = db
        self._texts = texts
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
        if not 0 <= index < self._count:
            raise IndexError(index)
        if len(self._memo) >= _MEMO:
            self._memo.clear()
        self._decode([index])
        return self._memo[index]

    def many(self, positions: Sequence[int]) -> list[Resource]:
        """The resources at `positions`, in that order (one query for those not decoded)."""
        wanted = [i for i in positions if i not in self._memo]
        if wanted:
            if len(self._memo) + len(wanted) > _MEMO:
                self._memo.clear()
            self._decode(wanted)
        return [self._memo[i] if i in self._memo else self[i] for i in positions]

    def _decode(self, positions: list[int]) -> None:
        marks = ",".join("?" * len(positions))
        if self._texts is None:
            sql = f"SELECT position, data FROM texts.resource_text WHERE position IN ({marks})"  # noqa: S608
            for position, data in self._db.execute(sql, positions):
                self._memo[position] = decode(data)
            return
        sql = f"SELECT position, at, size, digest FROM resource WHERE position IN ({marks})"  # noqa: S608
        read = self._texts.read
        for position, at, size, digest in self._db.execute(sql, positions).fetchall():
            self._memo[position] = decode(read(at, size, digest))

    def __iter__(self) -> Iterator[Resource]:
        for start in range(0, self._count, 512):  # a query a few hundred, as a page does
            yield from self.many(range(start, min(start + 512, self._count)))

    def position(self, resource_id: str) -> int | None:
        """Where the resource with this id is (None when there is none)."""
        row = self._db.execute(
            "SELECT position FROM resource WHERE id = ? ORDER BY position LIMIT 1", (resource_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def close(self) -> None:
        """Close the cache file (the database is the directory's, closed with it)."""
        if self._texts is not None:
            self._texts.close()

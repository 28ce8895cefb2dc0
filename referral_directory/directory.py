"""The directory the app shows: shipped national resources plus the organization's bundle.

`Directory.open` never fails for want of organization entries: the national directory
(with every crisis line) is always there. A new bundle is taken only when it passes every
check (see `bundle`); otherwise the bundle in use stays, and `notices` says why. A bundle
in use that has expired stays in use, with a "may be out of date" warning.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

import resources
from crypto.errors import VaultError
from crypto.signing import PublicKey, SignatureError
from referral_directory import bundle as bundles
from referral_directory import cache, stored
from referral_directory.errors import BundleRefused, HsdsError
from referral_directory.hsds import Progress, read_json
from referral_directory.index import SearchIndex
from referral_directory.licensing import LicensingTable, read_services
from referral_directory.licensing import national as national_licensing
from referral_directory.model import NO_FILTERS, Filters, Need, Resource
from referral_directory.notices import Notice, NoticeKind
from referral_directory.opening import InUse, Opening, expiry_notice
from referral_directory.query import read
from referral_directory.ranking import CRISIS_ORDER, Ranker, ranked
from referral_directory.stored import StoredResources, add_resources

NATIONAL_RESOURCE: Final = "directory/national.json"
_PASSING_KEPT: Final = 16
_log = logging.getLogger(__name__)


def national_resources() -> list[Resource]:
    """The resources shipped with the app."""
    data = read_json(resources.read_text(NATIONAL_RESOURCE), "national.json", kind="service")
    return list(data.resources)  # the licensing-questions service is data, not a resource


def parse_pinned_keys(keys: Sequence[str | PublicKey]) -> tuple[PublicKey, ...]:
    """Policy's pinned keys ("RW..." lines) as public keys; malformed ones are skipped."""
    parsed = []
    for key in keys:
        try:
            parsed.append(key if isinstance(key, PublicKey) else PublicKey.from_base64(key))
        except SignatureError:
            _log.warning("a pinned directory key is malformed and was ignored")
    return tuple(parsed)


@dataclass(frozen=True)
class Results:
    """The first results to show, best first, and how many there are in all.

    A page shows a bounded number of rows (a word-wrapped list of thousands would stall
    every keystroke) and says how many more there are.

    Attributes:
        resources: at most the limit asked for, best first.
        total: how many resources matched in all.
        risk: a risk word was typed (see `query`): crisis lines first, 988 at the top.
    """

    resources: tuple[Resource, ...]
    total: int
    risk: bool = False

    @property
    def capped(self) -> bool:
        """Whether more matched than `resources` holds."""
        return self.total > len(self.resources)


class Directory:
    """Searchable, rankable resources (see the brief's Directory API)."""

    def __init__(
        self,
        national: Sequence[Resource],
        organization: Sequence[Resource] = (),
        *,
        bundle_info: bundles.BundleInfo | None = None,
        refusal: BundleRefused | None = None,
        notices: Sequence[Notice] = (),
        licensing: LicensingTable | None = None,
    ) -> None:
        self.resources: Sequence[Resource] = (*national, *organization)
        self._by_id: dict[str, int] | None = {}
        for position, resource in enumerate(self.resources):
            self._by_id.setdefault(resource.id, position)
        self.index = SearchIndex(self.resources)
        self.bundle_info = bundle_info
        self.refusal = refusal
        self.notices: list[Notice] = list(notices)
        self._ranked: dict[Need, tuple[list[int], list[int]]] = {}
        self._stored_ranking: dict[Need, tuple[bytes, bytes]] = {}
        self._passing_memo: dict[Filters, frozenset[int]] = {}
        # What each state board's application asks (see `licensing`): shipped, bundle on top.
        self.licensing = licensing if licensing is not None else national_licensing()
        # The bundle's own board-question services, kept in the cache with the rest.
        self.licensing_services: tuple[dict[str, Any], ...] = ()

    @property
    def warnings(self) -> list[str]:
        """The notices in English (the command-line tools; the app words `notices`)."""
        return [notice.english() for notice in self.notices]

    @classmethod
    def from_cache(
        cls,
        db: sqlite3.Connection,
        *,
        texts: stored.TextSection | None = None,
        bundle_info: bundles.BundleInfo | None,
        refusal: BundleRefused | None = None,
        notices: Sequence[Notice] = (),
    ) -> Directory:
        """The directory built before and kept in `db` (see `cache`): nothing is re-read.

        Args:
            texts: the resources' texts in the cache file; None: in `db` (not yet written).
        """
        directory = cls.__new__(cls)
        kept = StoredResources(db, texts)
        directory.resources = kept
        directory._by_id = None  # looked up in `db`
        directory.index = SearchIndex.adopt(db, kept)
        directory.bundle_info = bundle_info
        directory.refusal = refusal
        directory.notices = list(notices)
        directory._ranked = {}
        directory._passing_memo = {}
        board_services = tuple(
            json.loads(row[0]) for row in db.execute("SELECT service FROM licensing")
        )
        directory.licensing_services = board_services
        directory.licensing = national_licensing().overridden(
            read_services(board_services, "organization")
        )
        # Turned into lists when the need is first chosen (a few ms each at 50,000).
        directory._stored_ranking = {
            Need(need): (crisis, rest)
            for need, crisis, rest in db.execute("SELECT need, crisis, rest FROM ranking")
        }
        return directory

    def cache_database(self) -> sqlite3.Connection:
        """The index's database with every resource and ranking added, ready to be cached."""
        self.rank_needs()
        db = self.index.database
        add_resources(db, self.resources)
        db.execute("CREATE TABLE licensing (service TEXT)")  # the bundle's board answers
        db.executemany(
            "INSERT INTO licensing VALUES (?)",
            ((json.dumps(service),) for service in self.licensing_services),
        )
        db.execute("CREATE TABLE ranking (need TEXT PRIMARY KEY, crisis BLOB, rest BLOB)")
        db.executemany(
            "INSERT INTO ranking VALUES (?, ?, ?)",
            (
                (need.value, array("i", crisis).tobytes(), array("i", rest).tobytes())
                for need, (crisis, rest) in self._ranked.items()
            ),
        )
        db.commit()
        return db

    @classmethod
    def open(
        cls,
        data_dir: Path | None,
        *,
        pinned_keys: Sequence[str | PublicKey] = (),
        bundle_path: Path | None = None,
        now: datetime | None = None,
        minimum_version: int = 0,
        cache_key: bytes | None = None,
        progress: Progress | None = None,
        entries: Sequence[Resource] = (),
    ) -> Directory:
        """The shipped national data plus the accepted organization bundle, if any.

        Args:
            data_dir: where the accepted bundle is kept (None: national data only).
            pinned_keys: policy's `directory_bundle.pinned_public_keys`.
            bundle_path: policy's `directory_bundle.location`: a bundle to consider.
            now: the current time (tests).
            minimum_version: refuse any bundle older than this (policy's minimum, or the
                highest version the person's vault has seen: a rollback guard).
            cache_key: the key of the built-directory cache (see `cache`); None: no cache
                is read or written.
            progress: told how far reading a bundle's services has got, (done, in all).
            entries: the organization's own entries its policy gives (its EAP), first.
        """
        today = (now or datetime.now().astimezone()).date()
        pinned = parse_pinned_keys(pinned_keys)
        if data_dir is None:
            return cls._built(None, today, None, [], entries)
        opening = Opening(data_dir, pinned, minimum_version, cache_key, progress, entries)
        if bundle_path is not None and opening.offered_is_cached(bundle_path):
            return cls._from_opening(opening, today)  # the usual start: the same bundle
        opening.load_stored()
        if bundle_path is not None:
            opening.consider(bundle_path, today)
        return cls._from_opening(opening, today)

    @classmethod
    def _built(
        cls,
        in_use: InUse | None,
        today: date,
        refusal: BundleRefused | None,
        notices: list[Notice],
        entries: Sequence[Resource],
    ) -> Directory:
        organization: Sequence[Resource] = ()
        licensing = national_licensing()
        board_services: tuple[dict[str, Any], ...] = ()
        if in_use is not None:
            organization = in_use.resources or ()
            try:
                licensing = licensing.overridden(
                    read_services(in_use.licensing, "organization")
                )
                board_services = in_use.licensing
            except HsdsError:  # a board named in two of its services: keep the shipped ones
                notices.append(Notice(NoticeKind.LICENSING_TWICE))
            expiry_notice(in_use.info, today, notices)
        national = national_resources()
        known = {r.id for r in national}  # national ids win, then the policy's entries
        entries = [r for r in entries if r.id not in known]
        known |= {r.id for r in entries}
        organization = [*entries, *(r for r in organization if r.id not in known)]
        directory = cls(
            national,
            organization,
            bundle_info=in_use.info if in_use else None,
            refusal=refusal,
            notices=notices,
            licensing=licensing,
        )
        directory.licensing_services = board_services
        directory.rank_needs()  # here, on the worker, rather than at the first need's click
        return directory

    @classmethod
    def _from_opening(cls, opening: Opening, today: date) -> Directory:
        """The directory for the bundle in use: from the cache when it is the cached one."""
        in_use = opening.in_use
        if in_use is not None and in_use.unread is not None:
            in_use = opening.read_stored(in_use)
        if in_use is not None and in_use.cached and opening.cached is not None:
            expiry_notice(in_use.info, today, opening.notices)
            return cls.from_cache(
                opening.cached.db, texts=opening.cached.texts, bundle_info=in_use.info,
                refusal=opening.refusal,
                notices=opening.notices,
            )  # fmt: skip
        if opening.cached is not None:
            opening.cached.close()  # before a new cache replaces the file (Windows)
        built = cls._built(in_use, today, opening.refusal, opening.notices, opening.entries)
        if in_use is not None and opening.cache_key is not None:
            stamp = cache.Stamp(in_use.sha256, in_use.signature_text, in_use.info, opening.shipped)
            offered = opening.offered_path
            if offered is not None:
                stamp = stamp.with_files(
                    offered, offered.with_name(offered.name + bundles.SIGNATURE_SUFFIX)
                )
            try:
                cache.write(opening.cache_path, opening.cache_key, stamp, built.cache_database())
            except (OSError, VaultError, sqlite3.Error) as exc:
                _log.warning("directory cache not written: %s", type(exc).__name__)
        return built

    def search(
        self,
        query: str,
        filters: Filters = NO_FILTERS,
        now: datetime | None = None,
        limit: int | None = None,
    ) -> list[Resource]:
        """Resources matching what has been typed so far and the filters, best first."""
        return self.index.search(query, filters, now, limit)

    def find(
        self,
        query: str,
        filters: Filters = NO_FILTERS,
        now: datetime | None = None,
        *,
        limit: int,
    ) -> Results:
        """The first `limit` search results and how many matched in all."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        typed = read(query)
        first, total = self.index.find(typed, filters, now, limit)
        return Results(tuple(first), total, risk=typed.risk)

    def for_need(
        self,
        need: Need,
        filters: Filters = NO_FILTERS,
        now: datetime | None = None,
        limit: int | None = None,
    ) -> list[Resource]:
        """Resources for a need, best first: 988 first, every crisis line when it is urgent.

        988 (and, when urgent, every crisis line) is never filtered away. The same order
        and filters as the plain oracle in the tests, made quick for a large directory: each need is
        ranked once and kept (see `rank_needs`), and the filters are the search index's SQL.
        """
        chosen = self._need_positions(need, filters, now)
        return self._at(chosen if limit is None else chosen[:limit])

    def find_for_need(
        self,
        need: Need,
        filters: Filters = NO_FILTERS,
        now: datetime | None = None,
        *,
        limit: int,
    ) -> Results:
        """The first `limit` resources for a need and how many fit it in all."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        chosen = self._need_positions(need, filters, now)
        return Results(tuple(self._at(chosen[:limit])), len(chosen))

    def rank_needs(self) -> None:
        """Rank every need now (slow on a large directory: `open` does it on the worker)."""
        ranker: Ranker | None = None
        for need in Need:
            if need not in self._ranked and need not in self._stored_ranking:
                ranker = ranker or Ranker(self.resources)  # texts read once for every need
                self._ranked[need] = ranker.ranked(need)
            self._ranking(need)

    def get(self, resource_id: str) -> Resource:
        """The resource with this id (KeyError when there is none)."""
        position = self._position(resource_id)
        if position is None:
            raise KeyError(resource_id)
        return self.resources[position]

    def crisis_contacts(self) -> list[Resource]:
        """988, Crisis Text Line and 911, in that order (the lock screen's crisis panel)."""
        positions = (self._position(i) for i in CRISIS_ORDER)
        return [self.resources[p] for p in positions if p is not None]

    def _at(self, positions: list[int]) -> list[Resource]:
        stored = self.resources
        if isinstance(stored, StoredResources):
            return stored.many(positions)  # one query for what is not decoded yet
        return [stored[i] for i in positions]

    def _position(self, resource_id: str) -> int | None:
        if self._by_id is not None:
            return self._by_id.get(resource_id)
        stored = self.resources
        return stored.position(resource_id) if isinstance(stored, StoredResources) else None

    def _need_positions(self, need: Need, filters: Filters, now: datetime | None) -> list[int]:
        crisis, rest = self._ranking(need)
        facts = replace(filters, open_now=False)
        if facts != NO_FILTERS:
            allowed = self._passing(facts)
            rest = [i for i in rest if i in allowed]
        if filters.open_now:  # from the index's hours: no resource is read for it
            rest = self.index.open_positions(rest, now)
        return crisis + rest

    def _passing(self, filters: Filters) -> frozenset[int]:
        # The same filters are asked again at every need chosen: a few are kept.
        memo = self._passing_memo
        found = memo.get(filters)
        if found is None:
            if len(memo) >= _PASSING_KEPT:
                memo.clear()
            found = memo[filters] = frozenset(self.index.passing(filters))
        return found

    def _ranking(self, need: Need) -> tuple[list[int], list[int]]:
        if need not in self._ranked:
            kept = self._stored_ranking.pop(need, None)
            self._ranked[need] = (
                (_positions(kept[0]), _positions(kept[1])) if kept else ranked(self.resources, need)
            )
        return self._ranked[need]


def _positions(blob: bytes) -> list[int]:
    found = array("i")
    found.frombytes(blob)
    return found.tolist()

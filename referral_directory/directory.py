"""The directory the app shows: shipped national resources plus the organization's bundle.

`Directory.open` never fails for want of organization entries: the national directory
(with every crisis line) is always there. A new bundle is taken only when it passes every
check (see `bundle`); otherwise the bundle in use stays, and `warnings` says why. A bundle
in use that has expired stays in use, with a "may be out of date" warning.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Final

import resources
from crypto.errors import VaultError
from crypto.signing import PublicKey, SignatureError
from referral_directory import bundle as bundles
from referral_directory.errors import BundleRefused, HsdsError, RefusalReason
from referral_directory.facts import to_resource
from referral_directory.hours import is_open
from referral_directory.hsds import read_json
from referral_directory.index import SearchIndex
from referral_directory.licensing import LicensingTable, is_licensing_service, read_services
from referral_directory.licensing import national as national_licensing
from referral_directory.model import NO_FILTERS, Filters, Need, Resource
from referral_directory.ranking import CRISIS_ORDER, ranked

NATIONAL_RESOURCE: Final = "directory/national.json"
_log = logging.getLogger(__name__)

_REFUSED_WORDS: Final = {
    RefusalReason.UNREADABLE: "could not be read",
    RefusalReason.BAD_SIGNATURE: "its signature does not match (it was changed or damaged)",
    RefusalReason.UNTRUSTED_KEY: "it is not signed by a key your organization's policy trusts",
    RefusalReason.NO_PINNED_KEY: "policy names no key to check it with",
    RefusalReason.NOT_NEWER: "it is not newer than the entries in use",
    RefusalReason.ROLLED_BACK: (
        "it is older than a version already used on this computer or required by your "
        "organization's policy"
    ),
    RefusalReason.EXPIRED: "it has expired",
    RefusalReason.NOT_YET_VALID: "its issue date is in the future",
    RefusalReason.BAD_DATA: "its data is malformed",
}


def national_resources() -> list[Resource]:
    """The resources shipped with the app."""
    data = read_json(resources.read_text(NATIONAL_RESOURCE), "national.json", kind="service")
    return [to_resource(s, "national") for s in data.services if not is_licensing_service(s)]


def parse_pinned_keys(keys: Sequence[str | PublicKey]) -> tuple[PublicKey, ...]:
    """Policy's pinned keys ("RW..." lines) as public keys; malformed ones are skipped."""
    parsed = []
    for key in keys:
        try:
            parsed.append(key if isinstance(key, PublicKey) else PublicKey.from_base64(key))
        except SignatureError:
            _log.warning("a pinned directory key is malformed and was ignored")
    return tuple(parsed)


def refusal_words(refusal: BundleRefused) -> str:
    """A refusal in words, for the view and the warnings list."""
    detail = (
        f" ({refusal.detail})"
        if refusal.reason
        in (RefusalReason.NOT_NEWER, RefusalReason.ROLLED_BACK, RefusalReason.EXPIRED,
            RefusalReason.NOT_YET_VALID)
        else ""
    )
    return (
        f"The organization's directory update was not used: "
        f"{_REFUSED_WORDS[refusal.reason]}{detail}. The entries you had are kept."
    )


@dataclass(frozen=True)
class Results:
    """The first results to show, best first, and how many there are in all.

    A page shows a bounded number of rows (a word-wrapped list of thousands would stall
    every keystroke) and says how many more there are.

    Attributes:
        resources: at most the limit asked for, best first.
        total: how many resources matched in all.
    """

    resources: tuple[Resource, ...]
    total: int

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
        warnings: Sequence[str] = (),
        licensing: LicensingTable | None = None,
    ) -> None:
        self.resources: tuple[Resource, ...] = (*national, *organization)
        self._by_id = {r.id: r for r in self.resources}
        self.index = SearchIndex(self.resources)
        self.bundle_info = bundle_info
        self.refusal = refusal
        self.warnings: list[str] = list(warnings)
        self._ranked: dict[Need, tuple[list[int], list[int]]] = {}
        # What each state board's application asks (see `licensing`): shipped, bundle on top.
        self.licensing = licensing if licensing is not None else national_licensing()

    @classmethod
    def open(
        cls,
        data_dir: Path | None,
        *,
        pinned_keys: Sequence[str | PublicKey] = (),
        bundle_path: Path | None = None,
        now: datetime | None = None,
        minimum_version: int = 0,
    ) -> Directory:
        """The shipped national data plus the accepted organization bundle, if any.

        Args:
            data_dir: where the accepted bundle is kept (None: national data only).
            pinned_keys: policy's `directory_bundle.pinned_public_keys`.
            bundle_path: policy's `directory_bundle.location`: a bundle to consider.
            now: the current time (tests).
            minimum_version: refuse any bundle older than this (policy's minimum, or the
                highest version the person's vault has seen: a rollback guard).
        """
        today = (now or datetime.now().astimezone()).date()
        pinned = parse_pinned_keys(pinned_keys)
        store = bundles.BundleStore(data_dir) if data_dir is not None else None
        in_use: bundles.Bundle | None = None
        warnings: list[str] = []
        refusal: BundleRefused | None = None
        if store is not None:
            try:
                in_use = store.load(pinned)
                if in_use is not None:
                    bundles.check_minimum(in_use.info, minimum_version)
            except BundleRefused as exc:
                in_use = None
                refusal = exc
                warnings.append(refusal_words(exc))
        if bundle_path is not None and store is not None:
            in_use, offered_refusal = _consider(
                bundle_path, pinned, in_use, today, store, minimum_version
            )
            if offered_refusal is not None:
                refusal = offered_refusal
                warnings.append(refusal_words(offered_refusal))
        organization: list[Resource] = []
        licensing = national_licensing()
        if in_use is not None:
            services = in_use.data.services
            organization = [
                to_resource(s, "organization") for s in services if not is_licensing_service(s)
            ]
            try:
                licensing = licensing.overridden(read_services(services, "organization"))
            except HsdsError:  # a board named in two of its services: keep the shipped ones
                warnings.append(
                    "The organization's licensing-question entries could not be used: a board "
                    "is named twice. The shipped entries are shown."
                )
            if in_use.info.expired(today):
                warnings.append(
                    f"Organization entries may be out of date (expired "
                    f"{in_use.info.expires.isoformat()})."
                )
        national = national_resources()
        known = {r.id for r in national}
        organization = [r for r in organization if r.id not in known]  # national ids win
        directory = cls(
            national,
            organization,
            bundle_info=in_use.info if in_use else None,
            refusal=refusal,
            warnings=warnings,
            licensing=licensing,
        )
        directory.rank_needs()  # here, on the worker, rather than at the first need's click
        return directory

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
        if filters.open_now:  # the hours are checked in Python: one pass gives both
            found = self.index.search(query, filters, now)
            return Results(tuple(found[:limit]), len(found))
        first = self.index.search(query, filters, now, limit)
        total = len(first) if len(first) < limit else self.index.count(query, filters, now)
        return Results(tuple(first), total)

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
        return [self.resources[i] for i in (chosen if limit is None else chosen[:limit])]

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
        return Results(tuple(self.resources[i] for i in chosen[:limit]), len(chosen))

    def rank_needs(self) -> None:
        """Rank every need now (slow on a large directory: `open` does it on the worker)."""
        for need in Need:
            self._ranking(need)

    def get(self, resource_id: str) -> Resource:
        """The resource with this id (KeyError when there is none)."""
        return self._by_id[resource_id]

    def crisis_contacts(self) -> list[Resource]:
        """988, Crisis Text Line and 911, in that order (the lock screen's crisis panel)."""
        return [self._by_id[i] for i in CRISIS_ORDER if i in self._by_id]

    def _need_positions(self, need: Need, filters: Filters, now: datetime | None) -> list[int]:
        crisis, rest = self._ranking(need)
        facts = replace(filters, open_now=False)
        if facts != NO_FILTERS:
            allowed = self.index.passing(facts)
            rest = [i for i in rest if i in allowed]
        if filters.open_now:
            moment = now or datetime.now().astimezone()
            rest = [i for i in rest if is_open(self.resources[i], moment)]
        return crisis + rest

    def _ranking(self, need: Need) -> tuple[list[int], list[int]]:
        if need not in self._ranked:
            self._ranked[need] = ranked(self.resources, need)
        return self._ranked[need]


def _consider(
    path: Path,
    pinned: tuple[PublicKey, ...],
    in_use: bundles.Bundle | None,
    today: date,
    store: bundles.BundleStore,
    minimum: int,
) -> tuple[bundles.Bundle | None, BundleRefused | None]:
    """Take the bundle at `path` if it passes; else keep `in_use` and say why."""
    try:
        offered = bundles.load_file(path, pinned)
        if (
            in_use is not None
            and offered.info.version == in_use.info.version
            and offered.raw == in_use.raw
        ):
            return in_use, None  # the same bundle as every start: nothing to say
        bundles.check_acceptable(offered, in_use.info if in_use else None, today, minimum)
    except BundleRefused as exc:
        _log.info("directory bundle refused: %s", exc.reason.value)
        return in_use, exc
    try:
        store.save(offered)
    except (OSError, VaultError) as exc:  # DiskFull and friends: use it now, store next time
        _log.warning("accepted directory bundle could not be stored: %s", type(exc).__name__)
    _log.info("directory bundle version %d accepted", offered.info.version)
    return offered, None

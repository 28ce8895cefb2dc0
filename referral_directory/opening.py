"""Which organization bundle a directory opens with: the stored one, one offered, the cache.

`Directory.open` (see `directory`) makes an `Opening`: it reads the cache and the stored
bundle, considers an offered one, and keeps the bundle in use with the notices that say
why another was refused. Nothing here builds a directory, so this module never imports it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from crypto.errors import VaultError
from crypto.signing import PublicKey, key_id_hex
from referral_directory import bundle as bundles
from referral_directory import cache
from referral_directory.errors import BundleRefused, HsdsError, RefusalReason
from referral_directory.hsds import Progress, read_json
from referral_directory.model import Resource
from referral_directory.notices import Notice, NoticeKind

_log = logging.getLogger("referral_directory.directory")  # the name its records always had


def expiry_notice(info: bundles.BundleInfo, today: date, notices: list[Notice]) -> None:
    if info.expired(today):
        notices.append(Notice(NoticeKind.EXPIRED, day=info.expires))


@dataclass
class InUse:
    """The bundle in use: read now (its `resources`), signed but not read yet (`unread`:
    the stored one, read only if no newer bundle replaces it), or kept in the cache.

    Only what a directory needs is kept: a large bundle's raw data goes once it is stored.
    """

    info: bundles.BundleInfo
    sha256: str
    signature_text: str
    resources: tuple[Resource, ...] | None = None
    unread: bytes | None = None
    licensing: tuple[dict[str, Any], ...] = ()  # the bundle's board-question services

    @property
    def cached(self) -> bool:
        return self.resources is None and self.unread is None

    @classmethod
    def of(cls, bundle: bundles.Bundle) -> InUse:
        return cls(bundle.info, bundle.sha256, bundle.signature_text, bundle.data.resources,
                   licensing=bundle.data.licensing)


class Opening:
    """One `Directory.open`: the bundle in use, a bundle offered, the cache.

    `Directory._from_opening` then builds the directory for the bundle chosen.
    """

    offered_path: Path | None = None  # the offered bundle, when it is the one in use

    def __init__(
        self,
        data_dir: Path,
        pinned: tuple[PublicKey, ...],
        minimum: int,
        cache_key: bytes | None,
        progress: Progress | None,
        entries: Sequence[Resource] = (),
    ) -> None:
        """`entries`: the organization's own that its policy gives (see `Directory.open`)."""
        self.store = bundles.BundleStore(data_dir)
        self.entries = tuple(entries)
        self.shipped = cache.shipped_digest(self.entries)  # what a cache must be built with
        self.pinned = pinned
        self.minimum = minimum
        self.cache_key = cache_key
        self.progress = progress
        self.cache_path = data_dir / cache.CACHE_NAME
        self.in_use: InUse | None = None
        self.refusal: BundleRefused | None = None
        self.notices: list[Notice] = []
        self.cached: cache.Cached | None = None
        if cache_key is not None:
            found = cache.read(self.cache_path, cache_key)
            if found is not None and self._still_trusted(found.stamp):
                self.cached = found
            elif found is not None:
                found.close()

    def _still_trusted(self, stamp: cache.Stamp) -> bool:
        pinned_ids = {key_id_hex(k.key_id) for k in self.pinned}
        return (
            stamp.shipped_sha256 == self.shipped
            and stamp.info.key_id in pinned_ids
            and stamp.info.version >= self.minimum
        )

    def _cached_in_use(self, sha256: str, signature: bytes | str) -> InUse | None:
        text = signature.decode("utf-8", "replace") if isinstance(signature, bytes) else signature
        if self.cached is not None and self.cached.stamp.matches(sha256, text):
            stamp = self.cached.stamp
            return InUse(stamp.info, stamp.bundle_sha256, stamp.signature_text)
        return None

    def offered_is_cached(self, path: Path) -> bool:
        """Whether the offered bundle is the one cached (then nothing else is read)."""
        if self.cached is None:
            return False
        stamp = self.cached.stamp
        signature_path = path.with_name(path.name + bundles.SIGNATURE_SUFFIX)
        try:
            if stamp.unchanged(path) and stamp.unchanged(signature_path):
                # Unchanged since it was verified: not even read again (see `Stamp.unchanged`).
                self.in_use = self._cached_in_use(stamp.bundle_sha256, signature_path.read_text())
                return self.in_use is not None
            data, signature = bundles.read_files(path)
        except (BundleRefused, OSError, UnicodeDecodeError):
            return False
        self.in_use = self._cached_in_use(bundles.sha256_hex(data), signature)
        return self.in_use is not None

    def load_stored(self) -> None:
        """The stored bundle: the cached one when unchanged, else verified and read."""
        try:
            parts = self.store.read()
            if parts is None:
                return
            data, signature = parts
            sha256 = bundles.sha256_hex(data)
            self.in_use = self._cached_in_use(sha256, signature)
            if self.in_use is None:  # signature now; the data only if nothing newer comes
                bundles.check_size(self.store.path.name, len(data))
                info = bundles.check_signature(data, signature, self.pinned)
                text = signature.decode("utf-8", "replace")
                self.in_use = InUse(info, sha256, text, unread=data)
            bundles.check_minimum(self.in_use.info, self.minimum)
        except BundleRefused as exc:
            self.in_use = None
            self._refused(exc)

    def read_stored(self, in_use: InUse) -> InUse | None:
        """The stored bundle's services, now that it is the one to use (signature checked)."""
        assert in_use.unread is not None  # noqa: S101 - the caller checked
        try:
            data = read_json(
                in_use.unread, self.store.path.name, kind="service", origin="organization",
                progress=self.progress, keep_records=False,
            )  # fmt: skip
        except HsdsError as exc:
            self._refused(BundleRefused(RefusalReason.BAD_DATA, str(exc)))
            self.in_use = None
            return None
        self.in_use = replace(in_use, resources=data.resources, unread=None,
                              licensing=data.licensing)
        return self.in_use

    def _refused(self, refusal: BundleRefused) -> None:
        self.refusal = refusal
        self.notices.append(Notice(NoticeKind.REFUSED, refusal))

    def consider(self, path: Path, today: date) -> None:
        """Take the bundle at `path` if it passes; else keep the one in use and say why."""
        in_use = self.in_use
        try:
            data, signature = bundles.read_files(path)
            sha256 = bundles.sha256_hex(data)
            text = signature.decode("utf-8", "replace")
            if in_use is not None and in_use.sha256 == sha256 and (
                in_use.signature_text.strip() == text.strip()
            ):
                self.offered_path = path  # the bundle in use: its files are recorded
                return  # the same bundle as every start: nothing to say
            offered = bundles.verify(
                data, signature, self.pinned, file=path.name, progress=self.progress,
                keep_records=False, sha256=sha256,
            )  # fmt: skip
            bundles.check_acceptable(offered, in_use.info if in_use else None, today, self.minimum)
        except BundleRefused as exc:
            _log.info("directory bundle refused: %s", exc.reason.value)
            self._refused(exc)
            return
        try:
            self.store.save(offered)
        except (OSError, VaultError) as exc:  # DiskFull and friends: use it now, store next time
            _log.warning("accepted directory bundle could not be stored: %s", type(exc).__name__)
        _log.info("directory bundle version %d accepted", offered.info.version)
        self.offered_path = path
        self.in_use = InUse.of(offered)

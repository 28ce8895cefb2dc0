"""Opening the referral directory as the organization's policy says (Qt-free).

Runs on the directory's own worker at start-up (never the vault's: a large directory must
not delay unlocking): the shipped national data, plus the organization's signed bundle
when policy names one and pins its key, plus the EAP policy names (see `eap`).

The built directory is cached in the data folder (see `referral_directory.cache`) under an
HMAC whose key is kept beside the data folder, not in it (`cache_key_file`): someone who
can change only the data folder (a copied, synced, shared or restored folder) cannot make
a cache the app will trust. Someone who can write the folders around it as the person can
also change what the person runs, which no file check here could stop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from desktop.directory.eap import eap_resource
from referral_directory import cache
from referral_directory.directory import Directory
from referral_directory.hsds import Progress
from referral_directory.model import Resource


def cache_key_file(data_dir: Path) -> Path:
    """Where the directory cache's key is kept: beside the data folder, not inside it."""
    return data_dir.parent / f".{data_dir.name}-directory-cache.key"


def bundle_path(location: str) -> Path | None:
    """A policy's bundle location (a path or a file: URL) as a path; None if unset."""
    if not location:
        return None
    if location.startswith("file:"):
        return Path(unquote(urlparse(location).path))
    return Path(location)


@dataclass(frozen=True)
class BundleSettings:
    """What the organization's policy says of its directory: its bundle, and its EAP.

    The shell reads it from policy (`bundle_settings(policy.directory_bundle,
    eap=policy.eap)`), so this room needs only these facts, not the policy.

    Attributes:
        entries: the organization's entries policy gives itself (its EAP), listed before
            the bundle's.
    """

    location: Path | None = None
    pinned_keys: tuple[str, ...] = ()
    minimum_version: int = 0
    entries: tuple[Resource, ...] = ()


def bundle_settings(
    value: Mapping[str, object] | None, eap: Mapping[str, Any] | None = None
) -> BundleSettings:
    """Policy's `directory_bundle` and `eap` values (already checked against its schema)."""
    entries = (eap_resource(eap),) if eap else ()
    if not value:
        return BundleSettings(entries=entries)
    keys = value.get("pinned_public_keys") or ()
    minimum = value.get("minimum_version") or 0
    return BundleSettings(
        location=bundle_path(str(value.get("location", "") or "")),
        pinned_keys=tuple(str(key) for key in keys) if isinstance(keys, list | tuple) else (),
        minimum_version=minimum if isinstance(minimum, int) else 0,
        entries=entries,
    )


def open_directory(
    data_dir: Path,
    bundle: BundleSettings,
    minimum_version: int = 0,
    *,
    progress: Progress | None = None,
) -> Directory:
    """The national directory plus the organization's signed bundle, as policy allows.

    Args:
        minimum_version: the oldest bundle version to take, besides policy's own minimum
            (the highest version the person's vault has seen; see `rollback`).
        progress: told how far reading a new bundle has got, (services done, in all).
    """
    # No bundle named, no key pinned: national data only, and no key file is made.
    key = cache.load_key(cache_key_file(data_dir)) if bundle.pinned_keys else None
    return Directory.open(
        data_dir,
        pinned_keys=bundle.pinned_keys,
        bundle_path=bundle.location,
        minimum_version=max(minimum_version, bundle.minimum_version),
        cache_key=key,
        progress=progress,
        entries=bundle.entries,
    )

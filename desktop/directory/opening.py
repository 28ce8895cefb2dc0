"""Opening the referral directory as the organization's policy says (Qt-free).

Runs on the directory's own worker at start-up (never the vault's: a large directory must
not delay unlocking): the shipped national data, plus the organization's signed bundle
when policy names one and pins its key.

The built directory is cached in the data folder (see `referral_directory.cache`) under an
HMAC whose key is kept beside the data folder, not in it (`cache_key_file`): someone who
can change only the data folder (a copied, synced, shared or restored folder) cannot make
a cache the app will trust. Someone who can write the folders around it as the person can
also change what the person runs, which no file check here could stop.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

from desktop.policy.effective import EffectivePolicy
from referral_directory import cache
from referral_directory.directory import Directory
from referral_directory.hsds import Progress


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


def open_directory(
    data_dir: Path,
    policy: EffectivePolicy,
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
    bundle = policy.directory_bundle or {}
    location = bundle_path(str(bundle.get("location", "") or ""))
    pinned = tuple(bundle.get("pinned_public_keys", ()))
    # No bundle named, no key pinned: national data only, and no key file is made.
    key = cache.load_key(cache_key_file(data_dir)) if pinned else None
    return Directory.open(
        data_dir,
        pinned_keys=pinned,
        bundle_path=location,
        minimum_version=max(minimum_version, int(bundle.get("minimum_version", 0) or 0)),
        cache_key=key,
        progress=progress,
    )

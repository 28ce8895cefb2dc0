"""Opening the referral directory as the organization's policy says (Qt-free).

Runs on the worker at start-up: the shipped national data, plus the organization's
signed bundle when policy names one and pins its key.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

from desktop.policy.effective import EffectivePolicy
from referral_directory.directory import Directory


def bundle_path(location: str) -> Path | None:
    """A policy's bundle location (a path or a file: URL) as a path; None if unset."""
    if not location:
        return None
    if location.startswith("file:"):
        return Path(unquote(urlparse(location).path))
    return Path(location)


def open_directory(data_dir: Path, policy: EffectivePolicy, minimum_version: int = 0) -> Directory:
    """The national directory plus the organization's signed bundle, as policy allows.

    Args:
        minimum_version: the oldest bundle version to take, besides policy's own minimum
            (the highest version the person's vault has seen; see `rollback`).
    """
    bundle = policy.directory_bundle or {}
    return Directory.open(
        data_dir,
        pinned_keys=tuple(bundle.get("pinned_public_keys", ())),
        bundle_path=bundle_path(str(bundle.get("location", "") or "")),
        minimum_version=max(minimum_version, int(bundle.get("minimum_version", 0) or 0)),
    )

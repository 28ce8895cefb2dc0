"""The released periods, kept a second time outside the vault, so a restore cannot forget them.

The ledger lives in the vault. Restoring a backup made before a release brings back a
ledger without it, and a new report for an overlapping period could then be subtracted
from the one already handed over. So every release is also written to a small file in
the data folder, which a restore leaves alone, and the release rules read both.

The file holds what the rules need and nothing more: each release's random id, its
months and its epsilon, and the day it was made. No count, label or contact. It shows
that reports were made, as the vault's presence shows that Confide is used.

A damaged file stops new releases (it might have been the only record of one) with words
that name it; nothing else depends on it.

A crash after the file is written but before the vault's transaction commits leaves a
period here that the vault never recorded: that period is refused from then on, as if
released. Failing closed is the safe side: a release is never forgotten.

Every function touches the disk: in the app, on the worker thread only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from crypto.atomic import write_atomic
from desktop.records.peer.report import check_month, months_between

MIRROR_NAME: Final = "released-periods.json"
_FORMAT: Final = "confide-released-periods"
_MAX_BYTES: Final = 1024 * 1024  # about 10,000 releases: far beyond any real program


class MirrorDamaged(ValueError):
    """The file cannot be read; `path` says which."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


@dataclass(frozen=True)
class MirroredRelease:
    """One release as the file keeps it."""

    report_id: str
    months: tuple[str, ...]
    epsilon: float | None
    released_at: str


def read_mirror(path: Path) -> list[MirroredRelease]:
    """Every release the file records ([] when there is no file yet).

    Raises:
        MirrorDamaged: the file is there but is not one this module wrote.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    try:
        if len(raw) > _MAX_BYTES:
            raise ValueError("too large")
        document = json.loads(raw.decode("utf-8"))
        if document.get("format") != _FORMAT:
            raise ValueError("not this file")
        return [_release(item) for item in document["releases"]]
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise MirrorDamaged(path) from None


def _release(item: dict[str, Any]) -> MirroredRelease:
    epsilon = item["epsilon"]
    if epsilon is not None and (type(epsilon) not in (int, float) or not epsilon > 0):
        raise ValueError("bad epsilon")
    return MirroredRelease(
        str(item["report_id"]),
        months_between(check_month(item["first_month"]), check_month(item["last_month"])),
        None if epsilon is None else float(epsilon),
        str(item["released_at"]),
    )


def _write(path: Path, releases: list[MirroredRelease]) -> None:
    document = {
        "format": _FORMAT,
        "releases": [
            {"report_id": r.report_id, "first_month": r.months[0], "last_month": r.months[-1],
             "epsilon": r.epsilon, "released_at": r.released_at}
            for r in releases
        ],
    }
    write_atomic(path, (json.dumps(document, indent=1) + "\n").encode("utf-8"))


def add_to_mirror(path: Path, release: MirroredRelease) -> None:
    """Record `release` (once: a release already there is left as it is)."""
    releases = read_mirror(path)
    if all(r.report_id != release.report_id for r in releases):
        _write(path, [*releases, release])


def remove_from_mirror(path: Path, report_id: str) -> None:
    """Forget a release whose files were never written (see `Ledger.forget`)."""
    releases = read_mirror(path)
    kept = [r for r in releases if r.report_id != report_id]
    if kept != releases:
        _write(path, kept)

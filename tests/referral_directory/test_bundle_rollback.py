"""An older, still validly signed bundle cannot take the place of a newer one.

The attack: delete (or damage) the stored bundle in the data folder and put an older
signed bundle where policy looks. Without a floor it is accepted as if new.
"""

from __future__ import annotations

from pathlib import Path

from referral_directory import bundle as bundles
from referral_directory.directory import Directory
from referral_directory.errors import RefusalReason
from tests.referral_directory.test_bundle import NOW, PINNED, _names, _publish


def test_without_a_floor_a_deleted_store_lets_an_older_bundle_in(
    data_dir: Path, tmp_path: Path
) -> None:
    """What the floor is for: this is today's behaviour with no minimum."""
    Directory.open(data_dir, pinned_keys=PINNED, bundle_path=_publish(tmp_path, 5), now=NOW)
    (data_dir / bundles.STORED_NAME).unlink()
    older = _publish(tmp_path, 2, name="EAP v2")
    directory = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=older, now=NOW)
    assert _names(directory) == {"EAP v2"}


def test_an_older_offered_bundle_is_refused_below_the_minimum(
    data_dir: Path, tmp_path: Path
) -> None:
    older = _publish(tmp_path, 2, name="EAP v2")
    directory = Directory.open(
        data_dir, pinned_keys=PINNED, bundle_path=older, now=NOW, minimum_version=5
    )
    assert _names(directory) == set()
    assert directory.refusal is not None
    assert directory.refusal.reason is RefusalReason.ROLLED_BACK
    assert "version 5 or newer" in directory.warnings[-1]
    assert not (data_dir / bundles.STORED_NAME).exists()  # never stored


def test_an_older_stored_bundle_is_not_used_below_the_minimum(
    data_dir: Path, tmp_path: Path
) -> None:
    Directory.open(data_dir, pinned_keys=PINNED, bundle_path=_publish(tmp_path, 3), now=NOW)
    directory = Directory.open(data_dir, pinned_keys=PINNED, now=NOW, minimum_version=4)
    assert _names(directory) == set()
    assert directory.refusal is not None and directory.refusal.reason is RefusalReason.ROLLED_BACK
    assert directory.bundle_info is None


def test_a_bundle_at_the_minimum_is_taken(data_dir: Path, tmp_path: Path) -> None:
    path = _publish(tmp_path, 4, name="EAP v4")
    directory = Directory.open(
        data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW, minimum_version=4
    )
    assert _names(directory) == {"EAP v4"} and directory.refusal is None

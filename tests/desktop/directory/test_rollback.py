"""The vault remembers the highest bundle version used; an older one afterwards is not used.

Real vault, real worker, real signed bundles: the stored bundle is deleted and an older
signed one put where policy looks, as an attacker with the data folder could.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.directory.opening import bundle_settings, open_directory
from desktop.directory.rollback import HIGHEST_KEY, check_bundle_version, read_highest
from desktop.policy.effective import EffectivePolicy, read_system_policy
from desktop.shell.directory_source import DirectorySource
from desktop.ui.worker import Worker
from referral_directory import bundle as bundles
from referral_directory.directory import Directory
from referral_directory.errors import RefusalReason
from tests.referral_directory.test_bundle import PINNED, _names, _publish


def _open(data_dir: Path, policy: EffectivePolicy) -> Directory:
    """Open as the shell does: with the bundle settings policy names."""
    return open_directory(data_dir, bundle_settings(policy.directory_bundle))


def _policy(location: Path, minimum: int | None = None) -> EffectivePolicy:
    """A real policy folder with a managed document naming the bundle."""
    bundle: dict[str, object] = {"location": str(location), "pinned_public_keys": list(PINNED)}
    if minimum is not None:
        bundle["minimum_version"] = minimum
    root = location.parent / "policies"
    root.mkdir(mode=0o755, exist_ok=True)
    root.chmod(0o755)
    (root / "managed").mkdir(mode=0o755, exist_ok=True)
    document = root / "managed" / "10-org.json"
    document.write_text(json.dumps({"directory_bundle": bundle}))
    document.chmod(0o644)
    policy = EffectivePolicy.resolve(
        read_system_policy("linux", linux_root=root, trusted_uid=os.getuid())
    )
    assert policy.problems == (), policy.problems
    return policy


def test_the_vault_records_the_highest_version(
    vault: Vault, worker: Worker, data_dir: Path, tmp_path: Path
) -> None:
    policy = _policy(_publish(tmp_path, 5))
    directory = _open(data_dir, policy)
    first = worker.run_blocking(lambda: check_bundle_version(vault, directory))
    assert (first.in_use, first.highest, first.rolled_back) == (5, 0, False)
    assert worker.run_blocking(lambda: read_highest(vault)) == 5
    # Damaged value: read as none rather than stopping anything.
    worker.run_blocking(lambda: vault.execute(
        "UPDATE settings SET value = 'x' WHERE key = ?", (HIGHEST_KEY,)))
    assert worker.run_blocking(lambda: read_highest(vault)) == 0


def test_policy_minimum_guards_before_unlock(data_dir: Path, tmp_path: Path) -> None:
    directory = _open(data_dir, _policy(_publish(tmp_path, 2), minimum=3))
    assert _names(directory) == set()
    assert directory.refusal is not None and directory.refusal.reason is RefusalReason.ROLLED_BACK


def test_after_unlock_a_rolled_back_bundle_is_replaced_by_national_only(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path, tmp_path: Path
) -> None:
    bundle_dir = tmp_path / "published"
    bundle_dir.mkdir()
    policy = _policy(_publish(bundle_dir, 5, name="EAP v5"))
    source = DirectorySource(_open(data_dir, policy))
    source.guard_rollback(worker, vault, data_dir, policy)
    worker.run_blocking(lambda: None)  # the check ran; nothing to replace
    assert worker.run_blocking(lambda: read_highest(vault)) == 5

    # The attack: the stored bundle goes, an older signed one is put back.
    (data_dir / bundles.STORED_NAME).unlink()
    _publish(bundle_dir, 2, name="EAP v2")
    source = DirectorySource(_open(data_dir, policy))  # the next start
    assert source.directory is not None and _names(source.directory) == {"EAP v2"}
    with qtbot.waitSignal(source.opened, timeout=5_000) as opened:
        source.guard_rollback(worker, vault, data_dir, policy)
    reopened = opened.args[0]
    assert isinstance(reopened, Directory)
    assert _names(reopened) == set()
    assert any("older than a version already used" in w for w in reopened.warnings)
    assert source.directory is reopened


def test_a_missing_bundle_after_one_was_used_is_said(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path, tmp_path: Path
) -> None:
    bundle_dir = tmp_path / "published"
    bundle_dir.mkdir()
    path = _publish(bundle_dir, 5)
    policy = _policy(path)
    source = DirectorySource(_open(data_dir, policy))
    source.guard_rollback(worker, vault, data_dir, policy)
    worker.run_blocking(lambda: None)
    (data_dir / bundles.STORED_NAME).unlink()
    path.unlink()
    source = DirectorySource(_open(data_dir, policy))
    with qtbot.waitSignal(source.opened, timeout=5_000) as opened:
        source.guard_rollback(worker, vault, data_dir, policy)
    assert any("version 5 was used on this computer before" in w for w in opened.args[0].warnings)


def test_a_replaced_directory_is_not_reopened_at_every_unlock(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path, tmp_path: Path
) -> None:
    bundle_dir = tmp_path / "published"
    bundle_dir.mkdir()
    policy = _policy(_publish(bundle_dir, 5, name="EAP v5"))
    worker.run_blocking(lambda: check_bundle_version(vault, _open(data_dir, policy)))
    (data_dir / bundles.STORED_NAME).unlink()
    _publish(bundle_dir, 2, name="EAP v2")
    opened: list[object] = []
    source = DirectorySource(_open(data_dir, policy), opener=_counting(opened))
    with qtbot.waitSignal(source.opened, timeout=5_000):
        source.guard_rollback(worker, vault, data_dir, policy)
    assert len(opened) == 1
    replaced = source.directory
    # The next unlock in the same run: the directory in use is already guarded.
    with qtbot.assertNotEmitted(source.opened, wait=200):
        source.guard_rollback(worker, vault, data_dir, policy)
        worker.run_blocking(lambda: None)
    assert len(opened) == 1 and source.directory is replaced


def _counting(calls: list[object]) -> Callable[..., Directory]:
    def opener(*args: object, **kwargs: object) -> Directory:
        calls.append(kwargs.get("minimum_version"))
        return open_directory(*args, **kwargs)  # type: ignore[arg-type]  # as given
    return opener

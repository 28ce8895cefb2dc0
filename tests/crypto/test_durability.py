"""Crash and full-disk behaviour, with real processes, real SIGKILL and a real full filesystem."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from crypto.kdf import KdfParams
from crypto.vault import Vault

PROBE = Path(__file__).with_name("durability_probe.py")
PASS = "durability pass phrase"
ROOT = Path(__file__).resolve().parents[2]


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.mark.slow
def test_every_committed_record_survives_kill_9(data_dir: Path, fast_kdf: KdfParams) -> None:
    Vault.create(data_dir, PASS, kdf_params=fast_kdf)[0].lock()
    rng = random.Random(20261122)
    seen: set[int] = set()
    for _ in range(6):
        with subprocess.Popen(
            [sys.executable, str(PROBE), "writer", str(data_dir)],
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        ) as child:
            assert child.stdout is not None
            for _ in range(rng.randint(5, 120)):
                seen.add(int(child.stdout.readline()))
            child.send_signal(signal.SIGKILL)  # mid-write: the next insert is in flight
        vault = Vault.unlock(data_dir, PASS)
        stored = {row for (row,) in vault.query("SELECT id FROM checkin")}
        assert seen <= stored, f"lost committed records: {sorted(seen - stored)[:5]}"
        assert vault.integrity_problems() == []
        vault.lock()


def test_a_full_disk_is_reported_and_loses_nothing(tmp_path: Path) -> None:
    """A 1 MiB tmpfs in a private mount namespace: the disk really fills."""
    unshare = shutil.which("unshare")
    assert unshare, "util-linux's unshare is needed for the full-disk test"
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    script = (
        f"mount -t tmpfs -o size=1m tmpfs {mount_point} && "
        f"{sys.executable} {PROBE} fill {mount_point / 'vault'}"
    )
    # Root mounts in a private namespace; anyone else maps to root in a user namespace.
    args = [unshare, "-m" if os.geteuid() == 0 else "-Urm", "sh", "-c", script]
    done = subprocess.run(
        args, capture_output=True, text=True, env=child_env(), timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["error"] == "DiskFull"
    assert report["committed"] > 10
    assert report["read_before_lock"] == report["committed"]
    assert report["read_after_reopen"] == report["committed"]
    assert report["integrity"] == []

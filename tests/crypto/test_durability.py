"""Crash and full-disk behaviour, with real processes, real SIGKILL and a real full filesystem."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from crypto import backup, migrations
from crypto.errors import WrongPassphrase
from crypto.kdf import KdfParams
from crypto.vault import FolderState, Vault
from tests.crypto.durability_probe import RESTORED_PASS

PROBE = Path(__file__).with_name("durability_probe.py")
PASS = "durability pass phrase"
ROOT = Path(__file__).resolve().parents[2]


def child_env() -> dict[str, str]:
    # Buffered as when run alone: pytest-xdist's workers set PYTHONUNBUFFERED, and the
    # probe's lines must reach the pipe whole (see `kill_at_random`).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    return {**env, "PYTHONPATH": str(ROOT)}


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


# -- issue 11: key rotation and restore, killed at random points --------------------------

ROUNDS = 50


def kill_at_random(job: str, directory: Path, rng: random.Random, within: float) -> list[str]:
    """Start the probe, let it run a random while once it is ready, SIGKILL it, and return
    every line it had printed (each printed only after what it reports was durable)."""
    with subprocess.Popen(
        [sys.executable, str(PROBE), job, str(directory)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        lines = []
        while (line := child.stdout.readline()) and line != "ready\n":
            lines.append(line)
        assert line == "ready\n", child.stderr.read()
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=rng.uniform(0, within))  # a kill timer, not a wait for state
        child.send_signal(signal.SIGKILL)
        lines += child.stdout.readlines()
        error = child.stderr.read()
        assert child.wait() == -signal.SIGKILL, error
    # A line the kill cut short was never printed whole, so it reports nothing. (With
    # PYTHONUNBUFFERED, as under pytest-xdist, print writes each word on its own: "shown"
    # could arrive without its code.)
    return [line.rstrip("\n") for line in lines if line.endswith("\n")]


def opens_with_code(directory: Path, code: str) -> bool:
    try:
        Vault.unlock_with_recovery(directory, code).lock()
    except WrongPassphrase:
        return False
    return True


@pytest.mark.slow
def test_key_rotation_killed_anywhere_leaves_no_dead_code_and_no_false_damage(
    data_dir: Path, fast_kdf: KdfParams
) -> None:
    vault, first = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    vault.lock()
    rng = random.Random(20261204)
    confirmed = shown = str(first)
    rows: set[int] = set()
    for _ in range(ROUNDS):
        for line in kill_at_random("rotate", data_dir, rng, within=0.6):
            word, value = line.split(" ", 1)
            if word == "row":
                rows.add(int(value))
            elif word == "shown":
                shown = value
            elif word == "confirmed":
                confirmed = value
        opened = Vault.unlock(data_dir, PASS)  # VaultCorrupt here is the false "damaged"
        assert opened.integrity_problems() == []
        stored = {row for (row,) in opened.query("SELECT id FROM checkin")}
        assert rows <= stored, f"lost committed rows: {sorted(rows - stored)[:5]}"
        pending = opened.pending_recovery_code
        opened.lock()
        # The person holds the last code they confirmed, or the one on screen when the
        # crash came: one of them opens, and a code the app will show again opens too.
        assert opens_with_code(data_dir, confirmed) or opens_with_code(data_dir, shown)
        if pending is not None:
            assert opens_with_code(data_dir, pending)
            confirmed = shown = str(pending)  # the next start shows and confirms it
    assert not list(data_dir.glob(".vault.key.tmp-*"))


@pytest.mark.slow
def test_restore_killed_anywhere_never_loses_the_vault(
    data_dir: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    source, _ = Vault.create(tmp_path / "source", "source pass", kdf_params=fast_kdf)
    source.execute("INSERT INTO settings VALUES ('from', 'backup')")
    source.export_backup(tmp_path / "b.age", "backup pass")
    source.lock()
    content = backup.read(tmp_path / "b.age", "backup pass", migrations.LATEST)
    data_dir.with_suffix(".content.json").write_text(
        json.dumps(
            {
                "vault_id": content.vault_id,
                "schema_version": content.schema_version,
                "data_key": content.data_key.hex(),
                "database": content.database.hex(),
            }
        )
    )
    original, _ = Vault.create(data_dir, PASS, kdf_params=fast_kdf)
    original.execute("INSERT INTO settings VALUES ('from', 'original')")
    original.lock()
    rng = random.Random(20261205)
    restored_once = False
    last_code = ""
    for _ in range(ROUNDS):
        for line in kill_at_random("restore", data_dir, rng, within=0.6):
            if line.startswith("shown "):
                last_code = line.split(" ", 1)[1]
            restored_once |= line == "restored"
        assert Vault.prepare(data_dir) is FolderState.VAULT  # never a folder without a vault
        try:
            opened = Vault.unlock(data_dir, RESTORED_PASS)
            expected = [("from", "backup")]
        except WrongPassphrase:
            assert not restored_once, "a finished restore was undone"
            opened = Vault.unlock(data_dir, PASS)
            expected = [("from", "original")]
        assert opened.integrity_problems() == []
        assert opened.query("SELECT key, value FROM settings") == expected
        pending = opened.pending_recovery_code
        opened.lock()
        if expected == [("from", "backup")]:
            # The restored vault's code is either still pending (shown again) or was shown.
            assert (pending is not None and opens_with_code(data_dir, pending)) or (
                last_code and opens_with_code(data_dir, last_code)
            )
        names = {p.name for p in data_dir.iterdir()}
        assert names <= {"vault.db", "vault.key", "vault.lock", "vault.db-wal", "vault.db-shm"}

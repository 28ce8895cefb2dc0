"""Child processes for the durability tests: a writer to kill, and a writer on a tiny disk.

Run as `python durability_probe.py writer DIR` or `python durability_probe.py fill DIR`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from crypto.errors import DiskFull
from crypto.kdf import KdfParams
from crypto.vault import Vault

PASS = "durability pass phrase"
INSERT = (
    "INSERT INTO checkin(day, recorded_at, mood, energy, sleep, note) VALUES (?, ?, 3, 3, 3, ?)"
)


def writer(directory: Path) -> None:
    """Commit check-ins forever, printing each id only after its COMMIT returned."""
    vault = Vault.unlock(directory, PASS)
    n = 0
    while True:
        n += 1
        row = vault.execute(
            INSERT,
            (f"day-{n}", "t", "note " * 50),
        )
        print(row, flush=True)


def fill(directory: Path) -> None:
    """Write until the disk is full; report what committed and whether the vault still works."""
    vault, _ = Vault.create(directory, PASS, kdf_params=KdfParams.minimum())
    committed = 0
    error = ""
    try:
        for n in range(100_000):
            vault.execute(
                INSERT,
                (f"day-{n}", "t", "x" * 3000),
            )
            committed += 1
    except DiskFull as exc:
        error = type(exc).__name__
    still_reads = vault.query("SELECT count(*) FROM checkin")[0][0]
    vault.lock()
    reopened = Vault.unlock(directory, PASS)
    report = {
        "error": error,
        "committed": committed,
        "read_before_lock": still_reads,
        "read_after_reopen": reopened.query("SELECT count(*) FROM checkin")[0][0],
        "integrity": reopened.integrity_problems(),
    }
    reopened.lock()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    {"writer": writer, "fill": fill}[sys.argv[1]](Path(sys.argv[2]))

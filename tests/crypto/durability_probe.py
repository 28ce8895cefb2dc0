"""Child processes for the durability tests: a writer to kill, a writer on a tiny disk,
and (issue 11) a key rotator and a restorer to kill.

Run as `python durability_probe.py writer|fill|rotate|restore DIR`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from crypto import backup
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


def rotate(directory: Path) -> None:
    """Change the recovery code and the data key forever, saying what the person has seen.

    Prints "shown CODE" when a new code is on screen and "confirmed CODE" once the
    person has confirmed it (the old code may stop only after that), and "row N" after
    each committed check-in, so the WAL always holds something.
    """
    vault = Vault.unlock(directory, PASS)
    if (pending := vault.pending_recovery_code) is not None:  # what the app shows first
        print("shown", pending, flush=True)
        vault.confirm_recovery_code()
        print("confirmed", pending, flush=True)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        print("row", vault.execute(INSERT, (f"day-{n}", "t", "note " * 50)), flush=True)
        code = vault.rotate_data_key(PASS) if n % 2 else vault.new_recovery_code()
        print("shown", code, flush=True)
        vault.confirm_recovery_code()
        print("confirmed", code, flush=True)


def restore(directory: Path) -> None:
    """Restore the same backup over the vault forever.

    age's scrypt costs over a second per backup read, by design; the parent read the
    backup once and left its content in `DIR.content.json`, which stands in for
    `backup.read` here. Everything after the read is the real restore.
    """
    raw = json.loads(directory.with_suffix(".content.json").read_text())
    content = backup.BackupContent(
        raw["vault_id"], raw["schema_version"], bytes.fromhex(raw["data_key"]),
        bytes.fromhex(raw["database"]),
    )
    backup.read = lambda *_args: content  # see the docstring
    print("ready", flush=True)
    while True:
        restored, code = Vault.restore_backup(
            Path("unused.age"), "unused", directory, RESTORED_PASS, replace=True,
            kdf_params=KdfParams.minimum(),
        )
        print("shown", code, flush=True)
        restored.confirm_recovery_code()
        restored.lock()
        print("restored", flush=True)


RESTORED_PASS = "restored pass phrase"

if __name__ == "__main__":
    jobs = {"writer": writer, "fill": fill, "rotate": rotate, "restore": restore}
    jobs[sys.argv[1]](Path(sys.argv[2]))

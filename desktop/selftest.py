"""`confide --self-test`: proves on this machine that the vault machinery works end to end.

It makes a throwaway vault in a temporary folder, writes and reads a check-in holding a
random canary note, locks, reopens with the passphrase, and then searches every file left
in the folder for the canary and for SQLite's plaintext header. It then loads the data
Confide ships (questionnaires, crisis lines) and reads the organization's policy, so an
installed copy proves its bundle is whole and shows IT that their policy file was read.
A policy with problems does not fail the test -- Confide starts with the valid rest --
but the line says how many were ignored. Support staff can ask a person to run it; it
touches nothing of theirs and prints no personal data.
"""

from __future__ import annotations

import secrets
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from crypto.connection import PLAINTEXT_HEADER
from crypto.errors import VaultError
from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.policy.effective import EffectivePolicy, load_policy
from desktop.records.instruments import InstrumentFileError, load_all
from referral_directory.crisis import load_crisis_directory
from referral_directory.errors import DirectoryError

_INSERT = (
    "INSERT INTO checkin (day, recorded_at, mood, energy, sleep, stressors, note) "
    "VALUES (?, ?, 3, 3, 3, 'other', ?)"
)


@dataclass
class ScanResult:
    """What a plaintext scan looked at and what it found.

    Attributes:
        files_checked: how many files were read.
        findings: one line per hit, naming the file and what was found (never the text).
    """

    files_checked: int = 0
    findings: list[str] = field(default_factory=list)


def scan_for_plaintext(root: Path, canary: str) -> ScanResult:
    """Search every file under `root` for `canary` (UTF-8 and UTF-16) and a plaintext header."""
    needles = {
        "the canary (UTF-8)": canary.encode("utf-8"),
        "the canary (UTF-16-LE)": canary.encode("utf-16-le"),
    }
    result = ScanResult()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        result.files_checked += 1
        name = path.relative_to(root)
        result.findings += [f"{what} in {name}" for what, needle in needles.items()
                            if needle in data]
        if data.startswith(PLAINTEXT_HEADER):
            result.findings.append(f"a plaintext SQLite header in {name}")
    return result


class _CheckFailedError(Exception):
    """A step ran but its result was wrong."""


def _write_and_read(vault: Vault, canary: str) -> None:
    now = datetime.now(UTC)
    row_id = vault.execute(_INSERT, (date.today().isoformat(), now.isoformat(), canary))
    rows = vault.query("SELECT note FROM checkin WHERE id = ?", (row_id,))
    if rows != [(canary,)]:
        raise _CheckFailedError("the check-in read back differs from the one written")


def _reopen_and_confirm(directory: Path, passphrase: str, canary: str) -> None:
    vault = Vault.unlock(directory, passphrase)
    try:
        if vault.query("SELECT count(*) FROM checkin WHERE note = ?", (canary,)) != [(1,)]:
            raise _CheckFailedError("the check-in was not there after reopening")
    finally:
        vault.lock()


def run() -> tuple[bool, str]:
    """Run the self-test; returns (passed, one line to show the person)."""
    started = time.perf_counter()
    canary = f"confide-self-test-canary-{secrets.token_hex(16)}"
    passphrase = secrets.token_urlsafe(24)
    step = "creating a vault"
    try:
        with tempfile.TemporaryDirectory(prefix="confide-selftest-") as tmp:
            root = Path(tmp)
            directory = root / "vault"
            directory.mkdir(mode=0o700)
            # OWASP's minimum Argon2id cost: this tests the machinery, not the cost, and
            # keeps the self-test under a second. Real vaults use calibrated parameters.
            vault, _code = Vault.create(directory, passphrase, kdf_params=KdfParams.minimum())
            step = "writing and reading a check-in"
            try:
                _write_and_read(vault, canary)
            finally:
                vault.lock()
            step = "reopening the vault with its passphrase"
            _reopen_and_confirm(directory, passphrase, canary)
            step = "scanning the files for plaintext"
            scan = scan_for_plaintext(root, canary)
    except _CheckFailedError as exc:
        return False, f"self-test failed: {exc}"
    except (VaultError, OSError) as exc:
        # The type name only: an error message could carry a path with a person's name.
        return False, f"self-test failed while {step}: {type(exc).__name__}"
    if scan.findings:
        return False, "self-test failed: plaintext on disk: " + "; ".join(scan.findings)
    if scan.files_checked == 0:
        return False, "self-test failed: the vault left no files to check"
    try:
        shipped = _shipped_data()
    except (InstrumentFileError, DirectoryError, OSError, ValueError) as exc:
        return False, f"self-test failed while loading the shipped data: {type(exc).__name__}"
    elapsed = time.perf_counter() - started
    return True, (
        "self-test passed: vault created, record written and read, relocked and reopened, "
        f"no plaintext on disk ({scan.files_checked} files checked); {shipped}; "
        f"{policy_summary()} in {elapsed:.2f} s"
    )


def _shipped_data() -> str:
    instruments = load_all()
    crisis = load_crisis_directory()
    return f"{len(instruments)} questionnaires and {len(crisis.contacts)} crisis lines loaded"


def policy_summary(policy: EffectivePolicy | None = None) -> str:
    """How many settings the organization set (and locked), and how many problems."""
    if policy is None:
        policy = load_policy()
    lines = policy.describe(include_defaults=False)
    text = (f"organization policy: {len(lines)} settings, "
            f"{sum(line.locked for line in lines)} locked") if lines else "no organization policy"
    if policy.problems:
        text += (f" ({len(policy.problems)} problems ignored: "
                 "see `confide-admin policy show`)")
    return text

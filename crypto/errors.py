"""One root exception for the vault, split into what the person caused and what the machine did.

Errors carry data; the view turns them into words. None of them ever holds a secret.
"""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    """Root of every error this package raises on purpose."""


class WrongPassphrase(VaultError):
    """The passphrase (or recovery code) does not open this vault's key file."""


class RecoveryCodeUnconfirmed(VaultError):
    """A data-key change waits for its new recovery code to be confirmed; another would
    retire the code the person wrote down before they have the one in between."""


class QuickUnlockUnavailable(VaultError):
    """Quick unlock is off, expired, revoked, or its keyring entry is gone.

    Attributes:
        reason: one of "off", "expired", "missing", "keyring".
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class KeyringUnavailable(VaultError):
    """No real OS keyring backend is available (never confused with a wrong passphrase)."""


class EnvironmentProblem(VaultError):
    """The machine, not the person: a file is damaged, missing, busy or the disk is full.

    Attributes:
        path: the file concerned.
    """

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class VaultMissing(EnvironmentProblem):
    """There is no vault in this folder."""


class VaultCorrupt(EnvironmentProblem):
    """The vault or key file is damaged, truncated or not a Confide file; it was left untouched."""


class VaultExists(EnvironmentProblem):
    """A vault is already in this folder; nothing was overwritten."""


class VaultTooNew(EnvironmentProblem):
    """The vault was written by a newer Confide; this version will not touch it.

    Attributes:
        found: the version on disk.
        supported: the newest version this build understands.
    """

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(path, f"version {found}, this build understands up to {supported}")
        self.found = found
        self.supported = supported


class VaultBusy(EnvironmentProblem):
    """Another Confide (or another program) holds the vault open."""


class DiskFull(EnvironmentProblem):
    """The disk has no room for the write; nothing was changed."""


class BackupInvalid(VaultError):
    """A backup file is tampered, truncated, not a Confide backup, or its passphrase is wrong.

    Attributes:
        reason: one of "passphrase", "damaged", "foreign", "too-new".
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

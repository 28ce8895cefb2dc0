"""What the unlock screen runs on the worker: opening the vault and the quick-unlock probe.

No Qt, and no cryptography until a job runs: `crypto.vault` (cryptography, SQLCipher and
age) is imported on the worker, so the unlock screen never waits for it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from desktop.lock.flow import (
    OpenedVault,
    UnlockRequest,
    VaultOpener,
    perform,
    quick_unlock_offered,
)


def vault_class() -> VaultOpener:
    """The Vault class, imported where called (on the worker): the screen never needs it."""
    from crypto.vault import Vault  # noqa: PLC0415 - cryptography, SQLCipher and age

    return cast(VaultOpener, Vault)


def open_vault(opener: VaultOpener | None, directory: Path, request: UnlockRequest) -> OpenedVault:
    """Run an unlock attempt (on the worker) with `opener`, or the Vault class if None."""
    return perform(opener or vault_class(), directory, request)


def probe_quick_unlock(directory: Path) -> bool:
    """Whether to offer quick unlock (runs on the worker: the keyring may be slow)."""
    from crypto.quick_unlock import keyring_status  # noqa: PLC0415 - on the worker
    from crypto.vault import Vault  # noqa: PLC0415 - on the worker, not before the screen

    expiry = Vault.quick_unlock_expiry(directory)
    if expiry is None:
        return False  # no need to wake the keyring at all
    return quick_unlock_offered(expiry, keyring_status().available, datetime.now(UTC))

"""What a data folder holds, read from file names alone.

Kept apart from `crypto.vault` on purpose: the first screen only needs to know whether
a vault is there, and this module imports nothing heavy (no cryptography, SQLCipher or
age), so the unlock screen is not kept waiting for them.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Final

DB_NAME: Final = "vault.db"
KEY_NAME: Final = "vault.key"
RESTORE_INTENT: Final = "restore.intent"
SETUP_INTENT: Final = "setup.intent"


class FolderState(Enum):
    """What a data folder holds, for choosing the first screen."""

    EMPTY = "empty"  # nothing, or only what an interrupted setup left: set up a vault
    VAULT = "vault"  # a key file: unlock
    KEY_MISSING = "key-missing"  # a database without its key file: never set up over it


def vault_exists(directory: Path) -> bool:
    """Whether `directory` holds a vault's key file."""
    return (directory / KEY_NAME).is_file()


def first_look(directory: Path) -> FolderState | None:
    """The folder's state before `Vault.prepare`, or None when only preparing can tell.

    A restore a crash interrupted must be finished before the state is known. Otherwise
    preparing changes no file that decides the state (it removes leftovers and ends an
    expired quick unlock), so it may run after the first screen, ahead of any unlock.
    """
    if (directory / RESTORE_INTENT).exists():
        return None
    if vault_exists(directory):
        return FolderState.VAULT
    if (directory / DB_NAME).is_file() and not (directory / SETUP_INTENT).exists():
        return FolderState.KEY_MISSING
    return FolderState.EMPTY

"""The highest directory-bundle version this person has used, kept in their vault (Qt-free).

The accepted bundle is a plain file in the data folder, so someone with access to that
folder can delete or damage it and put back an older bundle that is still validly signed
(its entries out of date on purpose: an EAP number that changed, a service that closed).
The stored file cannot remember what came before it; the vault can. After each unlock the
version in use is compared with the highest one the vault has recorded: a newer one is
recorded, an older one (or none, while policy names a bundle) means the directory is
opened again without anything older than the recorded version.

Before unlock only policy's `directory_bundle.minimum_version` guards the lock screen's
directory: the vault is not open yet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from referral_directory.notices import Notice, NoticeKind

if TYPE_CHECKING:
    from crypto.vault import Vault
    from referral_directory.directory import Directory

log = logging.getLogger(__name__)

HIGHEST_KEY: Final = "directory_bundle_highest"


@dataclass(frozen=True)
class RollbackCheck:
    """What the vault says about the bundle in use.

    Attributes:
        in_use: the version of the bundle in use (0: none).
        highest: the highest version recorded before this check (0: none).
    """

    in_use: int
    highest: int

    @property
    def rolled_back(self) -> bool:
        """Whether an older bundle than one used before is in use, or none at all."""
        return self.in_use < self.highest


def read_highest(vault: Vault) -> int:
    """The highest bundle version recorded in `vault` (0 when none or unreadable)."""
    rows = vault.query("SELECT value FROM settings WHERE key = ?", (HIGHEST_KEY,))
    try:
        return max(0, int(str(rows[0][0]))) if rows else 0
    except ValueError:
        log.warning("the recorded directory version is not a number; treating it as none")
        return 0


def check_bundle_version(vault: Vault, directory: Directory) -> RollbackCheck:
    """Compare the bundle in use with the vault's record, and record a newer one (worker)."""
    in_use = directory.bundle_info.version if directory.bundle_info is not None else 0
    highest = read_highest(vault)
    if in_use > highest:
        vault.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (HIGHEST_KEY, str(in_use)),
        )
    return RollbackCheck(in_use, highest)



def missing_notice(highest: int) -> Notice:
    """The notice when no organization bundle is in use although one was before."""
    return Notice(NoticeKind.BUNDLE_MISSING, version=highest)

"""Plain words for what went wrong in a settings task (Qt-free, so it is tested alone).

The vault's errors carry data; this is where they become sentences a tired clinician
can act on. No message repeats a passphrase, a path under the home folder or any
personal text.
"""

from __future__ import annotations

import logging

from crypto.errors import (
    BackupInvalid,
    DiskFull,
    EnvironmentProblem,
    KeyringUnavailable,
    RecoveryCodeUnconfirmed,
    VaultBusy,
    VaultCorrupt,
    VaultError,
    VaultExists,
    WrongPassphrase,
)

log = logging.getLogger(__name__)

NOTHING_CHANGED = "Nothing was changed."

BACKUP_REASONS = {
    "passphrase": "That backup passphrase does not open this backup file.",
    "damaged": "This backup file is damaged or incomplete, so it cannot be restored.",
    "foreign": "This file is not a Confide backup.",
    "too-new": "This backup was made by a newer Confide. Update Confide, then try again.",
}


# Most specific first: the first matching type gives the words.
_WORDS: tuple[tuple[type[BaseException], str], ...] = (
    (WrongPassphrase, f"That passphrase is not the right one. {NOTHING_CHANGED}"),
    (
        RecoveryCodeUnconfirmed,
        "First confirm the recovery code Confide showed after the last key change: lock "
        "and unlock to see it again, and press \u201cI have written it down\u201d. "
        f"{NOTHING_CHANGED}",
    ),
    (
        KeyringUnavailable,
        "No secure system keyring is available, so quick unlock cannot be turned on. "
        "Nothing was stored.",
    ),
    (DiskFull, f"The disk is full. {NOTHING_CHANGED} Free some space, then try again."),
    (
        VaultExists,
        "There is already a vault in that folder, and Confide never overwrites one "
        f"without asking. {NOTHING_CHANGED}",
    ),
    (
        VaultBusy,
        "Another program is using the vault. Close other copies of Confide, then try again.",
    ),
    (VaultCorrupt, f"The file is damaged, so Confide did not use it. {NOTHING_CHANGED}"),
)


def describe_error(error: BaseException) -> str:
    """One or two sentences for `error`, saying what happened and what to do."""
    if isinstance(error, BackupInvalid):
        return BACKUP_REASONS.get(error.reason, "This backup cannot be restored.")
    for kind, words in _WORDS:
        if isinstance(error, kind):
            return words
    if isinstance(error, EnvironmentProblem):
        detail = f" ({error.detail})" if error.detail else ""
        return f"Confide could not read or write a file{detail}. {NOTHING_CHANGED}"
    if isinstance(error, VaultError):
        return f"That did not work. {NOTHING_CHANGED}"
    log.error("unexpected error in a settings task: %s", type(error).__name__)
    return f"Something unexpected went wrong. {NOTHING_CHANGED} The log has details."

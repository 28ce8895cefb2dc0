"""Plain words for what went wrong in a settings task (Qt-free, so it is tested alone).

The vault's errors carry data; this is where they become sentences a tired clinician
can act on. No message repeats a passphrase, a path under the home folder or any
personal text.
"""

from __future__ import annotations

import logging
from typing import Final

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
from desktop.words import QT_TRANSLATE_NOOP, Translate, english

log = logging.getLogger(__name__)

# Each message is one whole sentence or two, marked for lupdate in the "SettingsMessages"
# context; `describe_error(error, QCoreApplication.translate)` gives it in the language shown.
CONTEXT: Final = "SettingsMessages"
# (context, text) -> the text in the language in force; QCoreApplication.translate fits.

BACKUP_REASONS = {
    "passphrase": QT_TRANSLATE_NOOP(
        "SettingsMessages", "That backup passphrase does not open this backup file."),
    "damaged": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "This backup file is damaged or incomplete, so it cannot be restored."),
    "foreign": QT_TRANSLATE_NOOP("SettingsMessages", "This file is not a Confide backup."),
    "too-new": QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "This backup was made by a newer Confide. Update Confide, then try again."),
}
UNKNOWN_BACKUP = QT_TRANSLATE_NOOP("SettingsMessages", "This backup cannot be restored.")


# Most specific first: the first matching type gives the words.
_WORDS: tuple[tuple[type[BaseException], str], ...] = (
    (WrongPassphrase, QT_TRANSLATE_NOOP(
        "SettingsMessages", "That passphrase is not the right one. Nothing was changed.")),
    (
        RecoveryCodeUnconfirmed,
        QT_TRANSLATE_NOOP(
            "SettingsMessages",
            "First confirm the recovery code Confide showed after the last key change: lock "
            "and unlock to see it again, and press \u201cI have written it down\u201d. "
            "Nothing was changed."),
    ),
    (
        KeyringUnavailable,
        QT_TRANSLATE_NOOP(
            "SettingsMessages",
            "No secure system keyring is available, so quick unlock cannot be turned on. "
            "Nothing was stored."),
    ),
    (DiskFull, QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "The disk is full. Nothing was changed. Free some space, then try again.")),
    (
        VaultExists,
        QT_TRANSLATE_NOOP(
            "SettingsMessages",
            "There is already a vault in that folder, and Confide never overwrites one "
            "without asking. Nothing was changed."),
    ),
    (
        VaultBusy,
        QT_TRANSLATE_NOOP(
            "SettingsMessages",
            "Another program is using the vault. Close other copies of Confide, then try "
            "again."),
    ),
    (VaultCorrupt, QT_TRANSLATE_NOOP(
        "SettingsMessages",
        "The file is damaged, so Confide did not use it. Nothing was changed.")),
)
_FILE_PROBLEM = QT_TRANSLATE_NOOP(
    "SettingsMessages", "Confide could not read or write a file. Nothing was changed.")
_FILE_PROBLEM_DETAIL = QT_TRANSLATE_NOOP(
    "SettingsMessages", "Confide could not read or write a file ({detail}). Nothing was changed.")
_DID_NOT_WORK = QT_TRANSLATE_NOOP(
    "SettingsMessages", "That did not work. Nothing was changed.")
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "SettingsMessages",
    "Something unexpected went wrong. Nothing was changed. The log has details.")


def describe_error(error: BaseException, translate: Translate = english) -> str:
    """One or two sentences for `error`, saying what happened and what to do.

    Args:
        error: what the task raised.
        translate: gives each sentence in the language shown (English when left out).
    """

    def say(text: str) -> str:
        return translate(CONTEXT, text)

    if isinstance(error, BackupInvalid):
        return say(BACKUP_REASONS.get(error.reason, UNKNOWN_BACKUP))
    for kind, words in _WORDS:
        if isinstance(error, kind):
            return say(words)
    if isinstance(error, EnvironmentProblem):
        if error.detail:  # the system's own words (no path), untranslated
            return say(_FILE_PROBLEM_DETAIL).format(detail=error.detail)
        return say(_FILE_PROBLEM)
    if isinstance(error, VaultError):
        return say(_DID_NOT_WORK)
    log.error("unexpected error in a settings task: %s", type(error).__name__)
    return say(_UNEXPECTED)
